package dk.vaerksted.core.board;

import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The facilitator's changes on the harvest board, as functions of the session: group notes under
 * a theme (a new one or an existing one) or take them out, name, reorder, star and remove themes,
 * star notes as key points, tag them, open, close and reveal a vote on the themes.
 *
 * <p>A note the board changes gets an {@code id} in the same change (unless it has one), so that
 * {@link #revert} finds it again however the session changed meanwhile (a table adding, correcting
 * or deleting its notes). Nothing here adds, removes or reorders notes.
 */
public final class BoardEdits {
    private final Supplier<String> newId;

    /** @param newId makes a fresh id (for notes and themes); the edits check it is unused */
    public BoardEdits(Supplier<String> newId) {
        this.newId = newId;
    }

    /** Ids of 64 random bits (11 characters, base64url). */
    public static BoardEdits random() {
        SecureRandom random = new SecureRandom();
        return new BoardEdits(() -> {
            byte[] b = new byte[8];
            random.nextBytes(b);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        });
    }

    /**
     * A change's result: the session after it, the new keys of notes that got an id in it (old key
     * → new key), and the theme it made, if any.
     */
    public record Result(Session session, Map<String, String> renamed, String themeId) {}

    /** Puts the notes with these keys under {@code themeId}; null takes them out of any theme. */
    public Result setTheme(Session s, Collection<String> keys, String themeId) {
        return mapNotes(s, keys, f -> f.withTheme(themeId), null);
    }

    /** A new theme named {@code name} (for {@code exerciseId}, or null: the session) with these notes in it. */
    public Result newTheme(Session s, String name, String exerciseId, Collection<String> keys) {
        Board b = Board.of(s);
        Set<String> used = new HashSet<>();
        b.themes().forEach(t -> used.add(t.id()));
        String id = fresh(used);
        List<Board.Theme> themes = new ArrayList<>(b.themes());
        themes.add(new Board.Theme(id, name == null ? "" : name.strip(), false, exerciseId));
        Session withTheme = SessionEdits.withBoard(s, b.withThemes(themes));
        return mapNotes(withTheme, keys, f -> f.withTheme(id), id);
    }

    public Session renameTheme(Session s, String themeId, String name) {
        return mapTheme(s, themeId, t -> t.withName(name == null ? "" : name.strip()));
    }

    /** Stars a theme as a key point, or takes the star away. */
    public Session toggleThemeKey(Session s, String themeId) {
        return mapTheme(s, themeId, t -> t.withKey(!t.key()));
    }

    /** Moves a theme up (negative) or down among the themes. */
    public Session moveTheme(Session s, String themeId, int delta) {
        Board b = Board.of(s);
        List<Board.Theme> themes = new ArrayList<>(b.themes());
        int i = indexOf(themes, themeId);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= themes.size()) {
            return s;
        }
        java.util.Collections.swap(themes, i, j);
        return SessionEdits.withBoard(s, b.withThemes(themes));
    }

    /** Removes a theme: its notes are no longer grouped, its dots go with it. */
    public Result deleteTheme(Session s, String themeId) {
        Board b = Board.of(s);
        List<Board.Theme> themes = new ArrayList<>(b.themes());
        if (indexOf(themes, themeId) < 0) {
            return new Result(s, Map.of(), null);
        }
        themes.removeIf(t -> t.id().equals(themeId));
        Board.Votes v = b.votes();
        if (v != null) {
            List<String> ballot = new ArrayList<>(v.themes());
            ballot.remove(themeId);
            Map<String, Map<String, Integer>> tables = new LinkedHashMap<>();
            v.tables().forEach((t, m) -> {
                Map<String, Integer> given = new LinkedHashMap<>(m);
                given.remove(themeId);
                if (!given.isEmpty()) {
                    tables.put(t, given);
                }
            });
            v = new Board.Votes(v.dots(), v.open(), v.revealed(), ballot, tables);
        }
        Session without = SessionEdits.withBoard(s, b.withThemes(themes).withVotes(v));
        List<String> members = new ArrayList<>();
        for (BoardNotes.Placed p : BoardNotes.of(without)) {
            if (themeId.equals(p.note().theme())) {
                members.add(p.key());
            }
        }
        return mapNotes(without, members, f -> f.withTheme(null), null);
    }

    /** Stars the notes as key points; when all of them are starred already, takes the stars away. */
    public Result toggleKey(Session s, Collection<String> keys) {
        boolean all = !keys.isEmpty() && allNotes(s, keys, n -> n.keyPoint());
        return mapNotes(s, keys, f -> f.withKey(!all), null);
    }

    /** Gives the notes a tag; when all of them have it already, takes it away. */
    public Result toggleTag(Session s, Collection<String> keys, String tagId) {
        boolean all = !keys.isEmpty() && allNotes(s, keys, n -> n.tags().contains(tagId));
        return mapNotes(s, keys, f -> {
            List<String> tags = new ArrayList<>(f.tags());
            tags.remove(tagId);
            if (!all) {
                tags.add(tagId);
            }
            return f.withTags(tags);
        }, null);
    }

    /**
     * Opens a vote: each table may spend {@code dots} dots on {@code themeIds}; results stay hidden.
     * A vote whose results were shown starts afresh; one that was only closed keeps the dots given
     * on these themes (as far as a table's dots allow).
     */
    public Session openVotes(Session s, int dots, List<String> themeIds) {
        if (dots < 1 || dots > Board.MAX_DOTS) {
            throw new IllegalArgumentException("dots must be from 1 to " + Board.MAX_DOTS);
        }
        Board b = Board.of(s);
        Map<String, Map<String, Integer>> tables = new LinkedHashMap<>();
        if (b.votes() != null && !b.votes().revealed()) {
            b.votes().tables().forEach((t, m) -> {
                Map<String, Integer> kept = new LinkedHashMap<>();
                m.forEach((theme, n) -> {
                    if (themeIds.contains(theme)) {
                        kept.put(theme, n);
                    }
                });
                int sum = kept.values().stream().mapToInt(Integer::intValue).sum();
                if (!kept.isEmpty() && sum <= dots) {
                    tables.put(t, kept);
                }
            });
        }
        return SessionEdits.withBoard(s, b.withVotes(new Board.Votes(dots, true, false, themeIds, tables)));
    }

    /** Closes (or reopens) the vote for the tables; the results stay as they are. */
    public Session setVotesOpen(Session s, boolean open) {
        Board b = Board.of(s);
        if (b.votes() == null || b.votes().open() == open) {
            return s;
        }
        return SessionEdits.withBoard(s, b.withVotes(b.votes().withState(open, b.votes().revealed())));
    }

    /** Shows the results (the vote closes), or hides them again. */
    public Session reveal(Session s, boolean revealed) {
        Board b = Board.of(s);
        if (b.votes() == null || b.votes().revealed() == revealed) {
            return s;
        }
        return SessionEdits.withBoard(s, b.withVotes(b.votes().withState(revealed ? false : b.votes().open(),
                revealed)));
    }

    /**
     * What takes a change of the board back from the session as it is then: the changed notes'
     * board fields (found by id) and the board's tags, themes and vote as they were before — never
     * a note a table added meanwhile, nor a table's dots the change did not touch.
     */
    public static UnaryOperator<Session> revert(Session before, Session after) {
        Map<String, Note.BoardFields> notes = new HashMap<>();
        List<BoardNotes.Placed> a = BoardNotes.of(after);
        List<BoardNotes.Placed> b = BoardNotes.of(before);
        for (int i = 0; i < a.size() && i < b.size(); i++) {
            Note.BoardFields was = b.get(i).note().board();
            Note.BoardFields now = a.get(i).note().board();
            if (!was.equals(now) && now.id() != null) {
                notes.put(now.id(), was);
            }
        }
        Board was = Board.of(before);
        Board now = Board.of(after);
        boolean tags = !Objects.equals(was.tags(), now.tags());
        boolean themes = !was.themes().equals(now.themes());
        boolean votes = !Objects.equals(was.votes(), now.votes());
        return cur -> {
            Session out = restoreNotes(cur, notes);
            if (!tags && !themes && !votes) {
                return out;
            }
            Board board = Board.of(out);
            if (tags) {
                board = board.withTags(was.tags());
            }
            if (themes) {
                board = board.withThemes(was.themes());
            }
            if (votes) {
                board = board.withVotes(was.votes());
            }
            return SessionEdits.withBoard(out, board);
        };
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static Session restoreNotes(Session s, Map<String, Note.BoardFields> byId) {
        if (byId.isEmpty()) {
            return s;
        }
        return map(s, (n, key) -> {
            String id = n.id();
            Note.BoardFields was = id == null ? null : byId.get(id);
            return was == null ? n : n.withBoard(was);
        });
    }

    private interface NoteChange {
        Note apply(Note n, String key);
    }

    /** Every note passed through {@code change}; lists, groups and exercises are copied only where a note changed. */
    private static Session map(Session s, NoteChange change) {
        List<Exercise> exercises = new ArrayList<>(s.exercises().size());
        boolean anyExercise = false;
        for (Exercise e : s.exercises()) {
            List<Group> groups = new ArrayList<>(e.groups().size());
            boolean anyGroup = false;
            for (Group g : e.groups()) {
                List<Note> notes = mapList(g.notes(), i -> BoardNotes.key(g.notes().get(i), e.id(), g.id(), -1, i),
                        change);
                anyGroup |= notes != g.notes();
                groups.add(notes == g.notes() ? g
                        : new Group(g.id(), g.name(), g.members(), g.cardId(), notes, g.extras()));
            }
            anyExercise |= anyGroup;
            exercises.add(!anyGroup ? e : new Exercise(e.id(), e.title(), e.intro(), e.time(), e.source(), e.steps(),
                    groups, e.run(), e.extras()));
        }
        List<HarvestPrompt> harvest = new ArrayList<>(s.harvest().size());
        boolean anyHarvest = false;
        for (int p = 0; p < s.harvest().size(); p++) {
            HarvestPrompt h = s.harvest().get(p);
            int prompt = p;
            List<Note> notes = mapList(h.notes(), i -> BoardNotes.key(h.notes().get(i), null, null, prompt, i), change);
            anyHarvest |= notes != h.notes();
            harvest.add(notes == h.notes() ? h : new HarvestPrompt(h.prompt(), h.source(), notes, h.extras()));
        }
        Session out = anyExercise ? SessionEdits.withExercises(s, exercises) : s;
        return anyHarvest ? SessionEdits.withHarvest(out, harvest) : out;
    }

    private static List<Note> mapList(List<Note> notes, java.util.function.IntFunction<String> key, NoteChange change) {
        List<Note> out = null;
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            Note next = change.apply(n, key.apply(i));
            if (next != n && !next.equals(n)) {
                if (out == null) {
                    out = new ArrayList<>(notes);
                }
                out.set(i, next);
            }
        }
        return out == null ? notes : out;
    }

    /**
     * Applies {@code change} to the board fields of the notes with these keys, giving each an id it
     * lacks ({@link TagEdits} takes tags off notes through it).
     */
    Result mapNotes(Session s, Collection<String> keys, UnaryOperator<Note.BoardFields> change, String theme) {
        if (keys.isEmpty()) {
            return new Result(s, Map.of(), theme);
        }
        Set<String> wanted = new HashSet<>(keys);
        Set<String> used = new HashSet<>();
        for (BoardNotes.Placed p : BoardNotes.of(s)) {
            if (p.note().id() != null) {
                used.add(p.note().id());
            }
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        Session out = map(s, (n, key) -> {
            if (!wanted.contains(key)) {
                return n;
            }
            Note.BoardFields f = n.board();
            if (f.id() == null) {
                String id = fresh(used);
                f = f.withId(id);
                renamed.put(key, BoardNotes.idKey(id));
            }
            return n.withBoard(change.apply(f));
        });
        return new Result(out, renamed, theme);
    }

    private String fresh(Set<String> used) {
        for (int tries = 0; tries < 1000; tries++) {
            String id = newId.get();
            if (id != null && !id.isBlank() && used.add(id)) {
                return id;
            }
        }
        throw new IllegalStateException("no fresh id");
    }

    private static boolean allNotes(Session s, Collection<String> keys, java.util.function.Predicate<Note> test) {
        Set<String> wanted = new HashSet<>(keys);
        boolean found = false;
        for (BoardNotes.Placed p : BoardNotes.of(s)) {
            if (wanted.contains(p.key())) {
                found = true;
                if (!test.test(p.note())) {
                    return false;
                }
            }
        }
        return found;
    }

    private static Session mapTheme(Session s, String themeId, UnaryOperator<Board.Theme> change) {
        Board b = Board.of(s);
        List<Board.Theme> themes = new ArrayList<>(b.themes());
        int i = indexOf(themes, themeId);
        if (i < 0) {
            return s;
        }
        Board.Theme next = change.apply(themes.get(i));
        if (next.equals(themes.get(i))) {
            return s;
        }
        themes.set(i, next);
        return SessionEdits.withBoard(s, b.withThemes(themes));
    }

    private static int indexOf(List<Board.Theme> themes, String id) {
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
