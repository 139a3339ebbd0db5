package dk.vaerksted.core.board;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Every note of a session on one wall: the exercises' notes table by table, then the harvest's,
 * each with where it is and a key that names it while the board shows it.
 *
 * <p>A note's key is {@code n:ID} once it has an id (the board gives one to every note it changes,
 * {@link BoardEdits}); before that a table's note is named by its table and client id, and a note
 * typed by the facilitator by its place.
 */
public final class BoardNotes {
    private BoardNotes() {}

    /**
     * A note and where it is.
     *
     * @param groupId     the table (group) whose notes hold it, or null for a harvest note
     * @param table       the table it comes from: the group, or the table that answered a harvest prompt
     * @param promptIndex the harvest prompt, or -1
     * @param index       its place in its list
     */
    public record Placed(String key, String exerciseId, String groupId, String table, int promptIndex, int index,
            Note note) {
        public boolean harvest() {
            return promptIndex >= 0;
        }
    }

    /** The session's notes in order: exercise by exercise, table by table, then the harvest. */
    public static List<Placed> of(Session s) {
        List<Placed> out = new ArrayList<>(s.noteCount());
        for (Exercise e : s.exercises()) {
            for (Group g : e.groups()) {
                List<Note> notes = g.notes();
                for (int i = 0; i < notes.size(); i++) {
                    Note n = notes.get(i);
                    out.add(new Placed(key(n, e.id(), g.id(), -1, i), e.id(), g.id(), g.id(), -1, i, n));
                }
            }
        }
        for (int p = 0; p < s.harvest().size(); p++) {
            HarvestPrompt h = s.harvest().get(p);
            for (int i = 0; i < h.notes().size(); i++) {
                Note n = h.notes().get(i);
                out.add(new Placed(key(n, null, null, p, i), null, null, n.table(), p, i, n));
            }
        }
        return out;
    }

    /** The key of a note at a place; {@code exerciseId} and {@code groupId} are null in the harvest. */
    static String key(Note n, String exerciseId, String groupId, int prompt, int index) {
        String id = n.id();
        if (id != null) {
            return "n:" + id;
        }
        String where = prompt >= 0 ? "h" + prompt : exerciseId + "/" + groupId;
        if (n.clientId() != null && n.table() != null) {
            return "c:" + where + "/" + n.table() + "/" + n.clientId();
        }
        return "p:" + where + "/" + index;
    }

    /** The key a note has once it carries {@code id}. */
    public static String idKey(String id) {
        return "n:" + id;
    }
}
