package dk.vaerksted.core.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.DocumentWriter;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The session's own tags: each change gives the session after it and its undo (issue 16). */
class TagEditsTest {
    private final AtomicInteger ids = new AtomicInteger();
    private final BoardEdits board = new BoardEdits(() -> "id" + ids.incrementAndGet());
    private final TagEdits tags = new TagEdits(board);

    private static List<String> names(Session s) {
        return Board.of(s).tagsInUse().stream().map(Board.Tag::name).toList();
    }

    private static List<String> idsOf(Session s) {
        return Board.of(s).tagsInUse().stream().map(Board.Tag::id).toList();
    }

    private static Note note(Session s, int i) {
        return BoardNotes.of(s).get(i).note();
    }

    /** The sample with notes 0 and 1 tagged Lære, note 1 also Lede, note 2 Lytte. */
    private Session tagged() throws Exception {
        Session s = BoardEditsTest.sample();
        List<BoardNotes.Placed> all = BoardNotes.of(s);
        s = board.toggleTag(s, List.of(all.get(0).key(), all.get(1).key()), "laere").session();
        s = board.toggleTag(s, List.of(BoardNotes.of(s).get(1).key()), "lede").session();
        return board.toggleTag(s, List.of(BoardNotes.of(s).get(2).key()), "lytte").session();
    }

    /** The file as the reader takes it: the board's rules (a note's tags name the board's) hold. */
    private static Session readBack(Session s) throws Exception {
        return new DocumentReader().readSession("tags.session.json", new DocumentWriter().write(s));
    }

    @Test
    void idsAreMadeFromTheNameInAsciiAndNeverTwice() {
        assertThat(TagEdits.idFor("Løse", Set.of())).isEqualTo("loese");
        assertThat(TagEdits.idFor("Lære", Set.of())).isEqualTo("laere");
        assertThat(TagEdits.idFor("  Lære sammen ", Set.of())).isEqualTo("laere-sammen");
        assertThat(TagEdits.idFor("Åben dør!", Set.of())).isEqualTo("aaben-doer");
        assertThat(TagEdits.idFor("Café & idé", Set.of())).isEqualTo("cafe-ide");
        assertThat(TagEdits.idFor("Mod", Set.of("mod", "mod-2"))).isEqualTo("mod-3");
        assertThat(TagEdits.idFor("???", Set.of())).isEqualTo("maerke");
        assertThat(TagEdits.idFor("x".repeat(80), Set.of())).hasSize(40);
    }

    @Test
    void namesMustBeGivenAndDifferent() {
        List<String> four = List.of("Lytte", "Løse", "Lære", "Lede");
        assertThat(TagEdits.problem("  ", four)).isEqualTo(TagEdits.NameProblem.BLANK);
        assertThat(TagEdits.problem(" lære ", four)).isEqualTo(TagEdits.NameProblem.TAKEN);
        assertThat(TagEdits.problem("Lære  sammen", List.of("lære sammen"))).isEqualTo(TagEdits.NameProblem.TAKEN);
        assertThat(TagEdits.problem("Mod", four)).isNull();
    }

    @Test
    void aNewTagStartsFromTheFourAndIsUndone() throws Exception {
        Session s = tagged();
        TagEdits.Edit e = tags.add(s, " Mod ");
        assertThat(e.tagId()).isEqualTo("mod");
        assertThat(names(e.session())).containsExactly("Lytte", "Løse", "Lære", "Lede", "Mod");
        assertThat(TagEdits.own(e.session())).isTrue();
        assertThat(note(e.session(), 0).tags()).containsExactly("laere");
        assertThat(readBack(e.session())).isEqualTo(e.session());

        Session back = e.undo().apply(e.session());
        assertThat(TagEdits.own(back)).isFalse();
        assertThat(Board.of(back)).isEqualTo(Board.of(s));
    }

    @Test
    void aRenameKeepsTheIdSoTheNotesKeepTheirTag() throws Exception {
        Session s = tagged();
        TagEdits.Edit e = tags.rename(s, "laere", "Lære sammen");
        assertThat(names(e.session())).containsExactly("Lytte", "Løse", "Lære sammen", "Lede");
        assertThat(idsOf(e.session())).containsExactly("lytte", "loese", "laere", "lede");
        assertThat(note(e.session(), 0).tags()).containsExactly("laere");
        assertThat(Board.of(e.session()).tag("laere").orElseThrow().name()).isEqualTo("Lære sammen");
        assertThat(readBack(e.session())).isEqualTo(e.session());
        assertThat(names(e.undo().apply(e.session()))).containsExactly("Lytte", "Løse", "Lære", "Lede");
        // Renamed back to what it was: the four as they are, nothing of the session's own.
        assertThat(TagEdits.own(tags.rename(e.session(), "laere", "Lære").session())).isFalse();
    }

    @Test
    void aMoveChangesTheOrderAndSoTheKeys() throws Exception {
        Session s = tagged();
        TagEdits.Edit e = tags.move(s, "lede", -3);
        assertThat(idsOf(e.session())).containsExactly("lede", "lytte", "loese", "laere");
        assertThat(tags.move(s, "lytte", -1).session()).isSameAs(s);
        assertThat(idsOf(e.undo().apply(e.session()))).containsExactly("lytte", "loese", "laere", "lede");
    }

    @Test
    void aRemovedTagComesOffItsNotesAndTheUndoPutsItBack() throws Exception {
        Session s = tagged();
        assertThat(TagEdits.carrying(s)).containsEntry("laere", 2).containsEntry("lede", 1).containsEntry("lytte", 1);
        TagEdits.Edit e = tags.remove(s, "laere");
        assertThat(names(e.session())).containsExactly("Lytte", "Løse", "Lede");
        assertThat(note(e.session(), 0).tags()).isEmpty();
        assertThat(note(e.session(), 1).tags()).containsExactly("lede");
        assertThat(TagEdits.carrying(e.session())).doesNotContainKey("laere");
        assertThat(e.session().noteCount()).isEqualTo(s.noteCount());
        assertThat(readBack(e.session())).isEqualTo(e.session());

        // A table adds a note meanwhile: the undo keeps it and gives the tag back to its notes.
        var ex = e.session().exercises().get(0);
        var g = ex.groups().get(0);
        List<Note> notes = new ArrayList<>(g.notes());
        notes.add(Note.fromTable("tal", "Ny fra bordet", null, g.id(), "abcdefgh12"));
        Session meanwhile = SessionEdits.withGroupNotes(e.session(), ex.id(), g.id(), notes);
        Session back = e.undo().apply(meanwhile);
        assertThat(names(back)).containsExactly("Lytte", "Løse", "Lære", "Lede");
        assertThat(note(back, 0).tags()).containsExactly("laere");
        assertThat(note(back, 1).tags()).containsExactly("laere", "lede");
        assertThat(back.noteCount()).isEqualTo(s.noteCount() + 1);
    }

    @Test
    void backToTheFourTakesTheOwnTagsOffTheNotesAndKeepsTheFours() throws Exception {
        Session s = tags.add(tags.rename(tagged(), "lytte", "Lytte godt").session(), "Mod").session();
        s = board.toggleTag(s, List.of(BoardNotes.of(s).get(0).key()), "mod").session();
        assertThat(note(s, 0).tags()).containsExactly("laere", "mod");
        TagEdits.Edit e = tags.useDefaults(s);
        assertThat(TagEdits.own(e.session())).isFalse();
        assertThat(names(e.session())).containsExactly("Lytte", "Løse", "Lære", "Lede");
        assertThat(note(e.session(), 0).tags()).containsExactly("laere");
        assertThat(note(e.session(), 2).tags()).containsExactly("lytte");
        assertThat(readBack(e.session())).isEqualTo(e.session());
        Session back = e.undo().apply(e.session());
        assertThat(names(back)).containsExactly("Lytte godt", "Løse", "Lære", "Lede", "Mod");
        assertThat(note(back, 0).tags()).containsExactly("laere", "mod");
    }

    @Test
    void aTagRemovedAndAddedAgainInOneChangeIsANewTag() throws Exception {
        Session s = tags.add(tagged(), "Mod").session();
        s = board.toggleTag(s, List.of(BoardNotes.of(s).get(0).key()), "mod").session();
        List<Board.Tag> wanted = new ArrayList<>(Board.DEFAULT_TAGS);
        wanted.add(new Board.Tag(null, "Mod"));
        TagEdits.Edit e = tags.set(s, wanted);
        assertThat(e.tagId()).isEqualTo("mod-2");
        assertThat(note(e.session(), 0).tags()).containsExactly("laere");
    }

    @Test
    void blankOrRepeatedNamesAreRefused() throws Exception {
        Session s = tagged();
        assertThatThrownBy(() -> tags.add(s, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tags.add(s, "lede")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tags.rename(s, "lytte", "Løse")).isInstanceOf(IllegalArgumentException.class);
        assertThat(tags.rename(s, "lytte", "Lytte").session()).isSameAs(s);
    }
}
