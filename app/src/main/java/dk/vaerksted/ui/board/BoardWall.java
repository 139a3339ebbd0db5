package dk.vaerksted.ui.board;

import dk.vaerksted.core.board.BoardNotes;
import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wall's columns from a session and the filters, in one pass over the notes: the notes not
 * grouped (or grouped under a theme of another exercise), then each theme of the exercise on the
 * wall (or every theme, for the whole session) with its notes and, once revealed, its dots.
 */
final class BoardWall {
    private BoardWall() {}

    /**
     * @param scope the exercise on the wall, or null for the whole session; {@code step},
     *              {@code table}, {@code tag}: only notes with these, or null for all
     */
    static List<BoardViewModel.Column> columns(Session s, String scope, String step, String table, String tag) {
        Board board = Board.of(s);
        Map<String, String> tableNames = new HashMap<>();
        Map<String, String> stepNames = new HashMap<>();
        for (Exercise e : s.exercises()) {
            for (Group g : e.groups()) {
                tableNames.putIfAbsent(g.id(), g.displayName());
            }
            for (Step st : e.steps()) {
                stepNames.put(e.id() + "/" + st.id(), st.title() == null ? st.id() : Emphasis.plain(st.title()));
            }
        }
        Map<String, Board.Tag> tagsById = new HashMap<>();
        board.tagsInUse().forEach(t -> tagsById.put(t.id(), t));
        List<Board.Theme> themes = board.themes().stream()
                .filter(t -> scope == null || t.exerciseId() == null || t.exerciseId().equals(scope)).toList();
        Map<String, List<BoardViewModel.Card>> byTheme = new LinkedHashMap<>();
        byTheme.put(null, new ArrayList<>());
        themes.forEach(t -> byTheme.put(t.id(), new ArrayList<>()));
        for (BoardNotes.Placed p : BoardNotes.of(s)) {
            Note n = p.note();
            if ((scope != null && !scope.equals(p.exerciseId()))
                    || (step != null && (p.harvest() || !step.equals(n.stepId())))
                    || (table != null && !table.equals(p.table()))
                    || (tag != null && !n.tags().contains(tag))) {
                continue;
            }
            List<Board.Tag> tags = new ArrayList<>(n.tags().size());
            n.tags().forEach(t -> {
                Board.Tag known = tagsById.get(t);
                if (known != null) {
                    tags.add(known);
                }
            });
            String where = p.harvest() ? s.harvest().get(p.promptIndex()).prompt()
                    : n.stepId() == null ? null : stepNames.get(p.exerciseId() + "/" + n.stepId());
            String name = p.table() == null ? null : tableNames.getOrDefault(p.table(), p.table());
            BoardViewModel.Card c = new BoardViewModel.Card(p.key(), n.text(), name, where, List.copyOf(tags),
                    n.keyPoint(), n.theme());
            List<BoardViewModel.Card> column = byTheme.get(n.theme());
            (column == null ? byTheme.get(null) : column).add(c);
        }
        Board.Votes votes = board.votes();
        Map<String, Integer> totals = votes != null && votes.revealed() ? votes.totals() : Map.of();
        List<BoardViewModel.Column> out = new ArrayList<>();
        out.add(new BoardViewModel.Column(null, List.copyOf(byTheme.get(null)), -1));
        for (Board.Theme t : themes) {
            out.add(new BoardViewModel.Column(t, List.copyOf(byTheme.get(t.id())), totals.getOrDefault(t.id(), -1)));
        }
        return List.copyOf(out);
    }

    /** The key points of the wall: starred themes, then starred notes. */
    static List<String> keyPoints(List<BoardViewModel.Column> columns) {
        List<String> out = new ArrayList<>();
        for (BoardViewModel.Column c : columns) {
            if (c.theme() != null && c.theme().key()) {
                out.add(c.theme().name());
            }
        }
        for (BoardViewModel.Column c : columns) {
            for (BoardViewModel.Card card : c.cards()) {
                if (card.starred()) {
                    out.add(card.text());
                }
            }
        }
        return out;
    }
}
