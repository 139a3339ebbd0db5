package dk.vaerksted.core.board;

import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The session's own tags ({@code board.tags}, docs/session-format.md) as the facilitator makes
 * them: add, rename, reorder and remove tags, or go back to the Aarhuskompasset's four. Each change
 * returns the session after it and what takes it back ({@link BoardEdits#revert}), for the
 * session's one undo.
 *
 * <p>A tag's id is made once, from the name it is given first — lowercase ASCII like the four's
 * ({@code Løse} → {@code loese}, {@code Lære sammen} → {@code laere-sammen}) — and kept through
 * every rename, so the notes keep their tags. A tag that goes is taken off every note that carries
 * it, in the same change. A session whose tags are the four as they are keeps no tags of its own.
 */
public final class TagEdits {
    /** The most tags the app makes: one for each of the board's keys 1–9 (a file may hold more). */
    public static final int MAX = 9;
    /** The longest id made from a name. */
    private static final int ID_LENGTH = 40;

    /**
     * A change: the session after it, what takes it back from the session as it is then, and the
     * id of the tag it made (null when it made none).
     */
    public record Edit(Session session, UnaryOperator<Session> undo, String tagId) {}

    /** Why a name cannot be a tag's. */
    public enum NameProblem { BLANK, TAKEN }

    private final BoardEdits notes;

    /** @param notes gives a note an id where a tag is taken off it, so the undo finds it again */
    public TagEdits(BoardEdits notes) {
        this.notes = notes;
    }

    // ---- what there is -----------------------------------------------------------------------

    /** Whether the session has tags of its own (else the four are in use). */
    public static boolean own(Session s) {
        return Board.of(s).tags() != null;
    }

    /** How many notes carry each tag, by id (tags no note carries are absent). */
    public static Map<String, Integer> carrying(Session s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (BoardNotes.Placed p : BoardNotes.of(s)) {
            for (String t : p.note().tags()) {
                out.merge(t, 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * What is wrong with {@code name} as a tag's name beside the {@code others}' names: blank, or
     * already taken (the same letters, case and surrounding spaces aside); null when it is fine.
     */
    public static NameProblem problem(String name, Collection<String> others) {
        if (name == null || name.isBlank()) {
            return NameProblem.BLANK;
        }
        String key = comparable(name);
        return others.stream().anyMatch(o -> o != null && comparable(o).equals(key)) ? NameProblem.TAKEN : null;
    }

    private static String comparable(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * An id for a tag named {@code name}, not in {@code used}: lowercase ASCII letters and digits
     * joined by hyphens (æ → ae, ø → oe, å → aa, other accents dropped), "maerke" when nothing of
     * the name is left, and "-2", "-3" … after it when it is taken.
     */
    public static String idFor(String name, Collection<String> used) {
        String folded = (name == null ? "" : name).strip().toLowerCase(new Locale("da"))
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("ß", "ss");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String base = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > ID_LENGTH) {
            base = base.substring(0, ID_LENGTH).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = "maerke";
        }
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    // ---- changes ----------------------------------------------------------------------------

    /** A new tag named {@code name} after the others (the four become the session's own first). */
    public Edit add(Session s, String name) {
        List<Board.Tag> tags = new ArrayList<>(Board.of(s).tagsInUse());
        tags.add(new Board.Tag(null, name));
        return set(s, tags);
    }

    /** The tag is called {@code name} from now on; its id, and so the notes' tags, stay. */
    public Edit rename(Session s, String tagId, String name) {
        List<Board.Tag> tags = new ArrayList<>(Board.of(s).tagsInUse());
        tags.replaceAll(t -> t.id().equals(tagId) ? new Board.Tag(t.id(), name) : t);
        return set(s, tags);
    }

    /** The tag up (negative) or down among the tags: its key on the board changes with its place. */
    public Edit move(Session s, String tagId, int delta) {
        List<Board.Tag> tags = new ArrayList<>(Board.of(s).tagsInUse());
        int i = indexOf(tags, tagId);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= tags.size()) {
            return unchanged(s);
        }
        tags.add(j, tags.remove(i));
        return set(s, tags);
    }

    /** The tag goes, and comes off every note that carries it ({@link #carrying} says how many). */
    public Edit remove(Session s, String tagId) {
        List<Board.Tag> tags = new ArrayList<>(Board.of(s).tagsInUse());
        tags.removeIf(t -> t.id().equals(tagId));
        return set(s, tags);
    }

    /** Back to the four: the session's own tags go, and come off the notes; the four keep theirs. */
    public Edit useDefaults(Session s) {
        return set(s, null);
    }

    /**
     * The session's tags become {@code wanted}, in that order (null: the four). A tag without an id
     * is new and gets one from its name; a tag in use now that is not wanted is taken off every
     * note. Names are stripped; a blank name, or two tags of one name, is refused.
     *
     * @throws IllegalArgumentException for a blank or repeated name, or a repeated id
     */
    public Edit set(Session s, List<Board.Tag> wanted) {
        Board board = Board.of(s);
        List<Board.Tag> before = board.tagsInUse();
        Set<String> used = new HashSet<>();
        before.forEach(t -> used.add(t.id()));
        List<Board.Tag> next = null;
        String made = null;
        if (wanted != null) {
            next = new ArrayList<>(wanted.size());
            List<String> names = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Board.Tag t : wanted) {
                if (problem(t.name(), names) != null) {
                    throw new IllegalArgumentException("a tag's name is blank or repeated: " + t.name());
                }
                names.add(t.name());
                if (t.id() != null) {
                    used.add(t.id());
                }
            }
            for (Board.Tag t : wanted) {
                String id = t.id();
                if (id == null) {
                    id = idFor(t.name(), used);
                    used.add(id);
                    made = made == null ? id : made;
                }
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("a tag's id is repeated: " + id);
                }
                next.add(new Board.Tag(id, t.name().strip()));
            }
            if (next.equals(Board.DEFAULT_TAGS)) {
                next = null;
            }
        }
        List<Board.Tag> after = next == null ? Board.DEFAULT_TAGS : next;
        if (java.util.Objects.equals(next, board.tags())) {
            return unchanged(s);
        }
        Set<String> gone = new HashSet<>();
        before.forEach(t -> gone.add(t.id()));
        after.forEach(t -> gone.remove(t.id()));
        Session out = SessionEdits.withBoard(s, board.withTags(next));
        if (!gone.isEmpty()) {
            List<String> keys = new ArrayList<>();
            for (BoardNotes.Placed p : BoardNotes.of(out)) {
                if (p.note().tags().stream().anyMatch(gone::contains)) {
                    keys.add(p.key());
                }
            }
            out = notes.mapNotes(out, keys, f -> {
                List<String> kept = new ArrayList<>(f.tags());
                kept.removeAll(gone);
                return f.withTags(kept);
            }, null).session();
        }
        return new Edit(out, BoardEdits.revert(s, out), made);
    }

    private static Edit unchanged(Session s) {
        return new Edit(s, cur -> cur, null);
    }

    private static int indexOf(List<Board.Tag> tags, String id) {
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
