package dk.vaerksted.core.session;

import java.util.List;

/**
 * A further list on a card, under its own lead-in: the "hensyn" of Aarhuskompassets holdepunkt 3
 * ("Det bliver en vigtig fælles opgave at forene følgende hensyn:"), or "Samskabelse er ikke…"
 * with its points. Items carry card markup (see {@link dk.vaerksted.core.card.Emphasis}); a list
 * of one item without a lead-in is a closing paragraph.
 *
 * @param leadIn the text that introduces the items, or null
 */
public record CardList(String leadIn, List<String> items, Extras extras) {
    public CardList {
        items = List.copyOf(items);
    }
}
