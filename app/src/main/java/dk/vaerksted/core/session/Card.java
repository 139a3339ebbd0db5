package dk.vaerksted.core.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A principle card as the deck prints it. Running texts (body, reminders, what-if, examples,
 * dilemmas, standpoints, lead-ins, further lists) carry {@code **strong**} and {@code *emphasis*}
 * markup (see {@link dk.vaerksted.core.card.Emphasis}); number, title, question and source are plain.
 *
 * @param examples    short illustrations printed with the card (e.g. headlines)
 * @param dilemmas    dilemma questions the card raises
 * @param standpoints suggested standpoints ("ståsteder") in those dilemmas
 * @param leadIns     per part ({@link #BODY}, {@link #REMINDERS} …) the source's own words that
 *                    introduce it, shown in place of the app's generic label ("Små huskere",
 *                    "Umiddelbare ståsteder kunne være:"); parts without one get the generic label
 * @param lists       further lists, each under its own lead-in, shown after the standpoints
 */
public record Card(
        String id,
        String deck,
        String number,
        String title,
        String question,
        List<String> body,
        List<String> reminders,
        List<String> whatIf,
        List<String> examples,
        List<String> dilemmas,
        List<String> standpoints,
        Map<String, String> leadIns,
        List<CardList> lists,
        String source,
        Extras extras) {

    /** The parts a lead-in may introduce: the keys of {@link #leadIns}. */
    public static final String BODY = "body";
    public static final String REMINDERS = "reminders";
    public static final String WHAT_IF = "whatIf";
    public static final String EXAMPLES = "examples";
    public static final String DILEMMAS = "dilemmas";
    public static final String STANDPOINTS = "standpoints";

    public Card {
        body = List.copyOf(body);
        reminders = List.copyOf(reminders);
        whatIf = List.copyOf(whatIf);
        examples = List.copyOf(examples);
        dilemmas = List.copyOf(dilemmas);
        standpoints = List.copyOf(standpoints);
        leadIns = Collections.unmodifiableMap(new LinkedHashMap<>(leadIns));
        lists = List.copyOf(lists);
    }

    /**
     * A card without lead-ins or further lists, as cards were before they had them. A copy of a
     * card must keep them: use the canonical constructor.
     */
    public Card(String id, String deck, String number, String title, String question, List<String> body,
            List<String> reminders, List<String> whatIf, List<String> examples, List<String> dilemmas,
            List<String> standpoints, String source, Extras extras) {
        this(id, deck, number, title, question, body, reminders, whatIf, examples, dilemmas, standpoints, Map.of(),
                List.of(), source, extras);
    }

    /** The source's lead-in of a part ({@link #BODY}, {@link #DILEMMAS} …), or null. */
    public String leadIn(String part) {
        return leadIns.get(part);
    }

    /** "07 Bliv klogere sammen igen og igen", or whatever part of it the card has. */
    public String label() {
        String n = number == null ? "" : number;
        String t = title == null ? "" : title;
        String joined = (n + " " + t).trim();
        return joined.isEmpty() ? id : joined;
    }
}
