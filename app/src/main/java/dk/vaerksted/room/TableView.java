package dk.vaerksted.room;

import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one table sees: its name, the exercise and its card, the step running in that exercise,
 * whether it is closed, its own notes (newest first) and, while the harvest is open, the prompts
 * with its own answers. Only notes whose {@code table} is this table's id are in it.
 *
 * @param running    the step running in this exercise, or null
 * @param harvest    the prompts, or null while the harvest is not open to the tables
 * @param writeStamp the server's instant (nanoseconds) of this view while the table can write new
 *                   notes of the exercise, else null: the page sends it with a note, so a note
 *                   written before the exercise ended is still taken after ({@link TableEdits#add})
 */
record TableView(String tableId, String tableName, String token, String language, String exerciseId,
        String exerciseTitle, Card card, Running running, boolean closed, List<NoteView> notes,
        List<PromptView> harvest, VoteView vote, Long writeStamp) {

    record NoteView(String id, String text) {}

    /**
     * The vote on themes as this table sees it: its own dots only, everyone's once revealed.
     *
     * @param ballot the themes, each with this table's dots and, once revealed, the total (else -1)
     */
    record VoteView(boolean open, boolean revealed, int dots, int used, List<Ballot> ballot) {
        record Ballot(String themeId, String name, int mine, int total) {}

        /** What the page's structure depends on: it reloads when the vote or this table's dots change. */
        String layout() {
            StringBuilder b = new StringBuilder().append(open).append(',').append(revealed).append(',').append(dots);
            ballot.forEach(x -> b.append(',').append(x.themeId()).append('=').append(x.mine()));
            return b.toString();
        }
    }

    /** The vote of the session for this table, or null when there is none. */
    static VoteView vote(Session s, String tableId) {
        dk.vaerksted.core.session.Board board = dk.vaerksted.core.session.Board.of(s);
        dk.vaerksted.core.session.Board.Votes v = board.votes();
        if (v == null) {
            return null;
        }
        java.util.Map<String, Integer> totals = v.revealed() ? v.totals() : java.util.Map.of();
        List<VoteView.Ballot> ballot = new ArrayList<>();
        for (String id : v.themes()) {
            String name = board.theme(id).map(dk.vaerksted.core.session.Board.Theme::name).orElse(id);
            ballot.add(new VoteView.Ballot(id, name, v.given(tableId, id), totals.getOrDefault(id, -1)));
        }
        return new VoteView(v.open(), v.revealed(), v.dots(), v.used(tableId), List.copyOf(ballot));
    }

    record PromptView(int index, String prompt, List<NoteView> notes) {}

    /** The table's view, or empty when the room is not open or the table is not in it. */
    static Optional<TableView> of(Session s, String tableId, Running running, long nowNanos) {
        return TableEdits.open(s, tableId).map(open -> {
            RoomState room = open.room();
            Exercise e = open.exercise();
            Group g = open.group();
            Card card = g.cardId() == null ? null : s.card(g.cardId()).orElse(null);
            Running r = running != null && e.id().equals(running.exerciseId()) ? running.at(nowNanos) : null;
            List<PromptView> harvest = null;
            if (room.harvest()) {
                harvest = new ArrayList<>();
                for (int i = 0; i < s.harvest().size(); i++) {
                    HarvestPrompt h = s.harvest().get(i);
                    harvest.add(new PromptView(i, h.prompt(), own(h.notes(), tableId)));
                }
            }
            boolean closed = room.isClosed(e.id());
            boolean ended = r != null && r.isEnded();
            return new TableView(tableId, g.displayName(), room.tokens().get(tableId), s.language(), e.id(),
                    e.title() == null ? e.id() : e.title(), card, r, closed, own(g.notes(), tableId),
                    harvest, vote(s, tableId), closed || ended ? null : nowNanos);
        });
    }

    /** The exercise has ended: its page says so and has no field for a new note (until it is taken up again). */
    boolean ended() {
        return running != null && running.isEnded();
    }

    /** Whether the table can write a new note of the exercise now. */
    boolean writable() {
        return !closed && !ended();
    }

    private static List<NoteView> own(List<Note> notes, String tableId) {
        List<NoteView> out = new ArrayList<>();
        for (int i = notes.size() - 1; i >= 0; i--) {
            Note n = notes.get(i);
            if (tableId.equals(n.table()) && n.clientId() != null) {
                out.add(new NoteView(n.clientId(), n.text()));
            }
        }
        return out;
    }

    /** The table's own note with this id, in the exercise or the harvest; {@code harvest} says which. */
    Optional<NoteView> note(String id) {
        for (NoteView n : notes) {
            if (n.id().equals(id)) {
                return Optional.of(n);
            }
        }
        if (harvest != null) {
            for (PromptView p : harvest) {
                for (NoteView n : p.notes()) {
                    if (n.id().equals(id)) {
                        return Optional.of(n);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the page's structure depends on: the page reloads itself when this changes (another
     * exercise, closed, ended or taken up again, the harvest opened or closed), its unsent text kept.
     */
    String layout() {
        return exerciseId + "|" + closed + "|" + ended() + "|" + (harvest == null ? "-" : harvest.size()) + "|"
                + (card == null ? "-" : card.id()) + "|" + (vote == null ? "-" : vote.layout());
    }
}
