package dk.vaerksted.room;

import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a table can do to the session from its page, as pure functions: add a note (once per
 * client id, however often it is retried), correct or delete one of its own notes while the
 * exercise is open, answer a harvest prompt while the harvest is open. A table reaches only notes
 * whose {@code table} field is its own id.
 */
public final class TableEdits {
    private TableEdits() {}

    /** The most characters a note may have. */
    public static final int MAX_NOTE_CHARS = 5_000;

    public enum Outcome {
        /** The note is new. */
        ADDED,
        /** A note with this client id was added before (a retry): nothing changed. */
        ALREADY_ADDED,
        CHANGED,
        DELETED,
        /** No such note of this table. */
        NOT_FOUND,
        /** The exercise (or the harvest) is closed for the tables' changes. */
        CLOSED,
        /** The exercise has ended: a note written after its end is not taken (the facilitator may take it up again). */
        ENDED,
        /** The room is not open, or this table is not in it. */
        NO_TABLE,
        /** A vote: the table's dots on a theme are set. */
        VOTED,
        /** A vote that would spend more dots than the table has. */
        TOO_MANY_DOTS
    }

    /**
     * Sets this table's dots on a theme of the open vote to {@code count} (0 takes them back): the
     * same request sent twice changes nothing the second time. Refused when the vote is not open
     * ({@link Outcome#CLOSED}), the theme is not on the ballot ({@link Outcome#NOT_FOUND}) or the
     * table would spend more than its dots ({@link Outcome#TOO_MANY_DOTS}).
     */
    public static Function<Session, RoomModel.Change<Outcome>> vote(String tableId, String themeId, int count) {
        return s -> {
            if (open(s, tableId).isEmpty()) {
                return unchanged(s, Outcome.NO_TABLE);
            }
            Board board = Board.of(s);
            Board.Votes v = board.votes();
            if (v == null || !v.open()) {
                return unchanged(s, Outcome.CLOSED);
            }
            if (!v.themes().contains(themeId) || count < 0) {
                return unchanged(s, Outcome.NOT_FOUND);
            }
            if (v.used(tableId) - v.given(tableId, themeId) + count > v.dots()) {
                return unchanged(s, Outcome.TOO_MANY_DOTS);
            }
            if (v.given(tableId, themeId) == count) {
                return unchanged(s, Outcome.VOTED);
            }
            return new RoomModel.Change<>(SessionEdits.withBoard(s, board.withVotes(v.withGiven(tableId, themeId, count))),
                    Outcome.VOTED);
        };
    }

    /** Where a note goes: the table's notes in the room's exercise, or a harvest prompt's answers. */
    public record Target(Integer harvestPrompt) {
        public static final Target NOTES = new Target(null);

        public static Target harvest(int prompt) {
            return new Target(prompt);
        }
    }

    /**
     * Adds a note of {@code tableId} with {@code clientId}, unless one with that id is there already.
     * A note in the exercise is filed under the step that is running (when it is this exercise's),
     * otherwise under the exercise's last step with a prompt (what the tables talk about). Once the
     * exercise has ended ({@link Running#ended}), a new note of it is refused ({@link Outcome#ENDED})
     * unless it was written on a page that could still write before the end: one that waited in the
     * page's outbox while the laptop was out of reach is still taken.
     *
     * @param at        the time to record (ISO date-time with offset)
     * @param writtenAt the server's instant ({@link TableView#writeStamp}) of the page the note was
     *                  written on, or null when unknown
     */
    public static Function<Session, RoomModel.Change<Outcome>> add(String tableId, Target target, String clientId,
            String text, String at, Running running, Long writtenAt) {
        return s -> {
            Optional<Open> open = open(s, tableId);
            if (open.isEmpty()) {
                return unchanged(s, Outcome.NO_TABLE);
            }
            RoomState room = open.get().room();
            Exercise e = open.get().exercise();
            if (target.harvestPrompt() != null) {
                int i = target.harvestPrompt();
                if (i < 0 || i >= s.harvest().size()) {
                    return unchanged(s, Outcome.NOT_FOUND);
                }
                if (findHarvest(s, tableId, clientId) != null) {
                    return unchanged(s, Outcome.ALREADY_ADDED);
                }
                if (!room.harvest()) {
                    return unchanged(s, Outcome.CLOSED);
                }
                List<Note> notes = new ArrayList<>(s.harvest().get(i).notes());
                notes.add(Note.fromTable(null, text, at, tableId, clientId));
                return new RoomModel.Change<>(SessionEdits.withHarvestNotes(s, i, notes), Outcome.ADDED);
            }
            Group g = open.get().group();
            if (indexOf(g.notes(), tableId, clientId) >= 0) {
                return unchanged(s, Outcome.ALREADY_ADDED);
            }
            if (room.isClosed(e.id())) {
                return unchanged(s, Outcome.CLOSED);
            }
            if (running != null && running.endedBefore(e.id(), writtenAt)) {
                return unchanged(s, Outcome.ENDED);
            }
            List<Note> notes = new ArrayList<>(g.notes());
            notes.add(Note.fromTable(stepFor(e, running), text, at, tableId, clientId));
            return new RoomModel.Change<>(SessionEdits.withGroupNotes(s, e.id(), g.id(), notes), Outcome.ADDED);
        };
    }

    /** Corrects the text of one of the table's notes (in the room's exercise or the harvest). */
    public static Function<Session, RoomModel.Change<Outcome>> edit(String tableId, String clientId, String text) {
        return s -> change(s, tableId, clientId, n -> n.withText(text), Outcome.CHANGED);
    }

    /** Deletes one of the table's notes (in the room's exercise or the harvest). */
    public static Function<Session, RoomModel.Change<Outcome>> delete(String tableId, String clientId) {
        return s -> change(s, tableId, clientId, n -> null, Outcome.DELETED);
    }

    private static RoomModel.Change<Outcome> change(Session s, String tableId, String clientId,
            Function<Note, Note> how, Outcome done) {
        Optional<Open> open = open(s, tableId);
        if (open.isEmpty()) {
            return unchanged(s, Outcome.NO_TABLE);
        }
        Exercise e = open.get().exercise();
        Group g = open.get().group();
        int i = indexOf(g.notes(), tableId, clientId);
        if (i >= 0) {
            if (open.get().room().isClosed(e.id())) {
                return unchanged(s, Outcome.CLOSED);
            }
            List<Note> notes = new ArrayList<>(g.notes());
            Note next = how.apply(notes.get(i));
            if (next == null) {
                notes.remove(i);
            } else {
                notes.set(i, next);
            }
            return new RoomModel.Change<>(SessionEdits.withGroupNotes(s, e.id(), g.id(), notes), done);
        }
        int[] at = findHarvest(s, tableId, clientId);
        if (at == null) {
            return unchanged(s, Outcome.NOT_FOUND);
        }
        if (!open.get().room().harvest()) {
            return unchanged(s, Outcome.CLOSED);
        }
        List<Note> notes = new ArrayList<>(s.harvest().get(at[0]).notes());
        Note next = how.apply(notes.get(at[1]));
        if (next == null) {
            notes.remove(at[1]);
        } else {
            notes.set(at[1], next);
        }
        return new RoomModel.Change<>(SessionEdits.withHarvestNotes(s, at[0], notes), done);
    }

    /** The room's state, exercise and this table's group there, when the room is open and holds the table. */
    record Open(RoomState room, Exercise exercise, Group group) {}

    static Optional<Open> open(Session s, String tableId) {
        Optional<RoomState> room = RoomState.of(s);
        if (room.isEmpty() || !room.get().open() || !room.get().tokens().containsKey(tableId)) {
            return Optional.empty();
        }
        Optional<Exercise> e = room.get().exercise(s);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        return SessionEdits.group(e.get(), tableId).map(g -> new Open(room.get(), e.get(), g));
    }

    /** The step a new note of the exercise is filed under. */
    static String stepFor(Exercise e, Running running) {
        if (running != null && e.id().equals(running.exerciseId()) && e.step(running.stepId()).isPresent()) {
            return running.stepId();
        }
        List<Step> steps = e.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).prompt() != null && !steps.get(i).prompt().isBlank()) {
                return steps.get(i).id();
            }
        }
        return null;
    }

    static int indexOf(List<Note> notes, String tableId, String clientId) {
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            if (clientId.equals(n.clientId()) && tableId.equals(n.table())) {
                return i;
            }
        }
        return -1;
    }

    /** {prompt, index} of the table's harvest answer with this id, or null. */
    static int[] findHarvest(Session s, String tableId, String clientId) {
        List<HarvestPrompt> h = s.harvest();
        for (int p = 0; p < h.size(); p++) {
            int i = indexOf(h.get(p).notes(), tableId, clientId);
            if (i >= 0) {
                return new int[] {p, i};
            }
        }
        return null;
    }

    private static RoomModel.Change<Outcome> unchanged(Session s, Outcome o) {
        return new RoomModel.Change<>(s, o);
    }
}
