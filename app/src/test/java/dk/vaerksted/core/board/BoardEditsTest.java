package dk.vaerksted.core.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoardEditsTest {
    private final AtomicInteger ids = new AtomicInteger();
    private final BoardEdits edits = new BoardEdits(() -> "id" + ids.incrementAndGet());

    /** The small sample without the board it ships with: no themes, tags, stars or votes yet. */
    static Session sample() throws Exception {
        Path p = Path.of("..", "samples", "halvfaerdig.session.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(Files.readAllBytes(p));
        root.remove(Board.FIELD);
        for (JsonNode note : root.findParents("text")) {
            ((ObjectNode) note).remove(List.of(Note.ID, Note.THEME, Note.TAGS, Note.KEY));
        }
        Session s = new DocumentReader().readSession(p.toString(), json.writeValueAsBytes(root));
        assertThat(Board.of(s).isEmpty()).isTrue();
        return s;
    }

    private static List<String> keys(Session s, int... indexes) {
        List<BoardNotes.Placed> all = BoardNotes.of(s);
        List<String> out = new ArrayList<>();
        for (int i : indexes) {
            out.add(all.get(i).key());
        }
        return out;
    }

    private static Note note(Session s, int i) {
        return BoardNotes.of(s).get(i).note();
    }

    @Test
    void groupingGivesTheNotesIdsAndTheThemeItsPlace() throws Exception {
        Session s = sample();
        List<String> two = keys(s, 0, 3);
        BoardEdits.Result r = edits.newTheme(s, "  Del tidligt ", "halvfaerdig", two);
        Board b = Board.of(r.session());
        assertThat(b.themes()).containsExactly(new Board.Theme(r.themeId(), "Del tidligt", false, "halvfaerdig"));
        assertThat(note(r.session(), 0).theme()).isEqualTo(r.themeId());
        assertThat(note(r.session(), 3).theme()).isEqualTo(r.themeId());
        assertThat(note(r.session(), 1).theme()).isNull();
        assertThat(r.renamed()).containsOnlyKeys(two);
        assertThat(r.renamed().values()).allMatch(k -> k.startsWith("n:"));
        // Text, step, time and the rest of the note are as they were.
        assertThat(note(r.session(), 0).text()).isEqualTo(note(s, 0).text());
        assertThat(note(r.session(), 0).stepId()).isEqualTo(note(s, 0).stepId());
        assertThat(r.session().noteCount()).isEqualTo(s.noteCount());
    }

    @Test
    void tagsAndStarsToggleForAllTheNotesAtOnce() throws Exception {
        Session s = sample();
        Session t = edits.toggleTag(s, keys(s, 0, 1), "lytte").session();
        assertThat(note(t, 0).tags()).containsExactly("lytte");
        assertThat(note(t, 1).tags()).containsExactly("lytte");
        List<String> k = List.of(BoardNotes.of(t).get(0).key(), BoardNotes.of(t).get(1).key());
        Session u = edits.toggleTag(t, k, "lytte").session();
        assertThat(note(u, 0).tags()).isEmpty();
        Session v = edits.toggleKey(u, k.subList(0, 1)).session();
        assertThat(note(v, 0).keyPoint()).isTrue();
        assertThat(note(v, 1).keyPoint()).isFalse();
        // One starred, one not: starring both stars the other too.
        Session w = edits.toggleKey(v, k).session();
        assertThat(note(w, 0).keyPoint()).isTrue();
        assertThat(note(w, 1).keyPoint()).isTrue();
    }

    @Test
    void revertTakesBackTheChangeButNotATablesNoteAddedMeanwhile() throws Exception {
        Session s = sample();
        BoardEdits.Result r = edits.newTheme(s, "Tema", null, keys(s, 1, 2));
        Session after = r.session();
        // Meanwhile a table adds a note before the grouped ones and another deletes the first note.
        var e = after.exercises().get(0);
        var g = e.groups().get(0);
        List<Note> notes = new ArrayList<>(g.notes());
        notes.add(0, Note.fromTable("tal", "Ny fra bordet", null, g.id(), "abcdefgh12"));
        notes.remove(1);
        Session meanwhile = SessionEdits.withGroupNotes(after, e.id(), g.id(), notes);

        Session back = BoardEdits.revert(s, after).apply(meanwhile);
        assertThat(Board.of(back).themes()).isEmpty();
        assertThat(BoardNotes.of(back)).noneMatch(p -> p.note().theme() != null);
        assertThat(back.exercises().get(0).groups().get(0).notes().get(0).text()).isEqualTo("Ny fra bordet");
        assertThat(back.noteCount()).isEqualTo(meanwhile.noteCount());
    }

    @Test
    void deletingAThemeUngroupsItsNotesAndTakesItsDots() throws Exception {
        Session s = sample();
        BoardEdits.Result r = edits.newTheme(s, "A", null, keys(s, 0));
        String a = r.themeId();
        BoardEdits.Result r2 = edits.newTheme(r.session(), "B", null, keys(r.session(), 1));
        Session voted = edits.openVotes(r2.session(), 3, List.of(a, r2.themeId()));
        Board.Votes v = Board.of(voted).votes().withGiven("bord-1", a, 2).withGiven("bord-1", r2.themeId(), 1);
        voted = SessionEdits.withBoard(voted, Board.of(voted).withVotes(v));
        Session without = edits.deleteTheme(voted, a).session();
        assertThat(Board.of(without).themes()).extracting(Board.Theme::name).containsExactly("B");
        assertThat(note(without, 0).theme()).isNull();
        assertThat(note(without, 1).theme()).isEqualTo(r2.themeId());
        assertThat(Board.of(without).votes().totals()).containsOnlyKeys(r2.themeId());
        assertThat(Board.of(without).votes().used("bord-1")).isEqualTo(1);
        // And back.
        Session back = BoardEdits.revert(voted, without).apply(without);
        assertThat(Board.of(back)).isEqualTo(Board.of(voted));
        assertThat(note(back, 0).theme()).isEqualTo(a);
    }

    @Test
    void aRevealedVoteIsClosedAndThemesMoveAndStar() throws Exception {
        Session s = sample();
        BoardEdits.Result r = edits.newTheme(s, "A", null, List.of());
        BoardEdits.Result r2 = edits.newTheme(r.session(), "B", null, List.of());
        Session moved = edits.moveTheme(r2.session(), r2.themeId(), -1);
        assertThat(Board.of(moved).themes()).extracting(Board.Theme::name).containsExactly("B", "A");
        Session starred = edits.toggleThemeKey(moved, r.themeId());
        assertThat(Board.of(starred).theme(r.themeId()).orElseThrow().key()).isTrue();
        Session open = edits.openVotes(starred, 2, List.of(r.themeId()));
        assertThat(Board.of(open).votes().open()).isTrue();
        Session shown = edits.reveal(open, true);
        assertThat(Board.of(shown).votes().revealed()).isTrue();
        assertThat(Board.of(shown).votes().open()).isFalse();
    }
}
