package dk.vaerksted.core.session;

import java.util.List;

/**
 * A card library: the document of a {@code *.deck.json} file. Its cards are the same objects a
 * session embeds.
 *
 * @param source where the cards come from, word for word (document and date)
 */
public record Deck(String title, String source, String description, List<Card> cards, Extras extras) {
    public static final String FORMAT = "vaerksted.deck";
    public static final int FORMAT_VERSION = 1;

    public Deck {
        cards = List.copyOf(cards);
    }
}
