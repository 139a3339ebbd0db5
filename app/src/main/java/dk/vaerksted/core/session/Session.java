package dk.vaerksted.core.session;

import java.util.List;
import java.util.Optional;

/**
 * Everything a facilitator keeps of one workshop: the document of a {@code *.session.json} file.
 * Immutable; the app changes a session by making a new one.
 *
 * @param date     ISO date (YYYY-MM-DD) or null
 * @param language BCP 47 tag; "da" when the file does not say
 */
public record Session(
        String title,
        String date,
        String place,
        List<String> facilitators,
        String language,
        List<Card> cards,
        List<Exercise> exercises,
        List<HarvestPrompt> harvest,
        Extras extras) {

    public static final String FORMAT = "vaerksted.session";
    public static final int FORMAT_VERSION = 1;

    public Session {
        facilitators = List.copyOf(facilitators);
        cards = List.copyOf(cards);
        exercises = List.copyOf(exercises);
        harvest = List.copyOf(harvest);
    }

    public Optional<Card> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }

    public int noteCount() {
        int n = 0;
        for (Exercise e : exercises) {
            for (Group g : e.groups()) {
                n += g.notes().size();
            }
        }
        for (HarvestPrompt h : harvest) {
            n += h.notes().size();
        }
        return n;
    }
}
