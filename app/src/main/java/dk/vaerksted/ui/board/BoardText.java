package dk.vaerksted.ui.board;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Board;
import java.util.List;

/** How the board words a card: where it comes from, what a screen reader says. */
final class BoardText {
    private BoardText() {}

    /** "Bord 3 · Tal om", the table alone, the step alone, or nothing. */
    static String where(BoardViewModel.Card c, Messages m) {
        if (c.table() != null && c.where() != null) {
            return m.get("board.where", c.table(), c.where());
        }
        return c.table() != null ? c.table() : c.where() != null ? c.where() : "";
    }

    /** The card read out: its text, a key point or not, its tags, where it is from. */
    static String spoken(BoardViewModel.Card c, Messages m) {
        StringBuilder b = new StringBuilder();
        if (c.starred()) {
            b.append(m.get("board.keyPoint")).append(": ");
        }
        b.append(c.text());
        if (!c.tags().isEmpty()) {
            b.append(". ").append(m.get("board.tagsSpoken",
                    String.join(", ", c.tags().stream().map(Board.Tag::name).toList())));
        }
        String where = where(c, m);
        if (!where.isEmpty()) {
            b.append(". ").append(where);
        }
        return b.toString();
    }

    /** A tag's colour slot: its place among the tags in use (0–7, repeating). */
    static int tagIndex(List<Board.Tag> tags, Board.Tag t) {
        int i = tags.indexOf(t);
        return Math.floorMod(i < 0 ? t.id().hashCode() : i, 8);
    }

    /** The tag keys as the board's help says them: "1–4: Lytte, Løse, Lære, Lede", "1: Mod", or that there are none. */
    static String tagKeys(List<Board.Tag> tags, Messages m) {
        int keys = Math.min(tags.size(), dk.vaerksted.core.board.TagEdits.MAX);
        if (keys == 0) {
            return m.get("board.noTagKeys");
        }
        String names = String.join(", ", tags.subList(0, keys).stream().map(Board.Tag::name).toList());
        return m.get("board.tagKeys", keys == 1 ? "1" : "1–" + keys, names);
    }
}
