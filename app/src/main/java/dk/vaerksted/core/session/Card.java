package dk.vaerksted.core.session;

import java.util.List;

/**
 * A principle card as the deck prints it. Body paragraphs carry {@code **strong**} markup
 * (see {@link dk.vaerksted.core.card.Emphasis}); every other text is plain.
 *
 * @param examples    short illustrations printed with the card (e.g. headlines)
 * @param dilemmas    dilemma questions the card raises
 * @param standpoints suggested standpoints ("ståsteder") in those dilemmas
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
        String source,
        Extras extras) {

    public Card {
        body = List.copyOf(body);
        reminders = List.copyOf(reminders);
        whatIf = List.copyOf(whatIf);
        examples = List.copyOf(examples);
        dilemmas = List.copyOf(dilemmas);
        standpoints = List.copyOf(standpoints);
    }

    /** "07 Bliv klogere sammen igen og igen", or whatever part of it the card has. */
    public String label() {
        String n = number == null ? "" : number;
        String t = title == null ? "" : title;
        String joined = (n + " " + t).trim();
        return joined.isEmpty() ? id : joined;
    }
}
