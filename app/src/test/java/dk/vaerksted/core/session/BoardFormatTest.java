package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.problems;
import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harvest board in the file: themes, key points, tags and votes read, checked and written back. */
class BoardFormatTest {
    static final String NOTE = "{ \"stepId\": \"tal\", \"text\": \"Vi deler sjældent udkast.\", \"at\": \"2024-05-29T10:12:00+02:00\" }";

    static String withBoard(String board, String noteFields) {
        String s = Docs.VALID.replace(NOTE, NOTE.replace(" }", ", " + noteFields + " }"));
        return board == null ? s : s.replaceFirst("\"harvest\": \\[", "\"board\": " + board + ",\n  \"harvest\": [");
    }

    private static Session read(String json) throws SessionFormatException {
        return new DocumentReader().readSession("test.session.json", utf8(json));
    }

    static final String BOARD = "{\n    \"tags\": [\n      { \"id\": \"mod\", \"name\": \"Mod\" }\n    ],\n"
            + "    \"themes\": [\n      { \"id\": \"t1\", \"name\": \"Del tidligt\", \"key\": true, \"exerciseId\": \"halvfaerdig\" },\n"
            + "      { \"id\": \"t2\", \"name\": \"\" }\n    ],\n"
            + "    \"votes\": { \"dots\": 3, \"open\": true, \"revealed\": false, \"themes\": [\"t1\", \"t2\"],"
            + " \"tables\": { \"bord-1\": { \"t1\": 2, \"t2\": 1 } } }\n  }";

    @Test
    void aBoardAndANotesBoardFieldsSurviveAReadAndAWriteByteForByte() throws Exception {
        Session s = read(withBoard(BOARD, "\"id\": \"n1\", \"theme\": \"t1\", \"tags\": [\"mod\"], \"key\": true"));
        Board b = Board.of(s);
        assertThat(b.tagsInUse()).containsExactly(new Board.Tag("mod", "Mod"));
        assertThat(b.themes()).containsExactly(new Board.Theme("t1", "Del tidligt", true, "halvfaerdig"),
                new Board.Theme("t2", "", false, null));
        assertThat(b.votes().totals()).containsExactly(Map.entry("t1", 2), Map.entry("t2", 1));
        assertThat(b.votes().used("bord-1")).isEqualTo(3);
        Note n = s.exercises().get(0).groups().get(0).notes().get(0);
        assertThat(n.board()).isEqualTo(new Note.BoardFields("n1", "t1", List.of("mod"), true));

        byte[] once = new DocumentWriter().write(s);
        byte[] twice = new DocumentWriter().write(read(new String(once, StandardCharsets.UTF_8)));
        assertThat(twice).isEqualTo(once);
        // The board written from its record reads back as the same board.
        Session again = SessionEdits.withBoard(read(new String(once, StandardCharsets.UTF_8)), b);
        assertThat(Board.of(read(new String(new DocumentWriter().write(again), StandardCharsets.UTF_8)))).isEqualTo(b);
    }

    @Test
    void withoutABoardTheFourTagsOfTheAarhuskompassetApply() throws Exception {
        Session s = read(withBoard(null, "\"tags\": [\"lytte\", \"lede\"]"));
        assertThat(Board.of(s).tagsInUse()).extracting(Board.Tag::name).containsExactly("Lytte", "Løse", "Lære", "Lede");
        assertThat(s.exercises().get(0).groups().get(0).notes().get(0).tags()).containsExactly("lytte", "lede");
    }

    @Test
    void aBrokenBoardIsReportedAtEachPlace() {
        String board = "{ \"tags\": [ { \"id\": \"mod\" }, { \"id\": \"mod\", \"name\": \"Mod\" } ],"
                + " \"themes\": [ { \"id\": \"t1\", \"name\": \"A\", \"key\": \"ja\", \"exerciseId\": \"nej\" } ],"
                + " \"votes\": { \"dots\": 0, \"themes\": [\"t9\"], \"tables\": { \"bord-7\": {}, \"bord-1\": { \"t1\": -1 } } } }";
        List<Problem> p = problems(withBoard(board, "\"id\": \" \", \"theme\": \"t3\", \"tags\": [\"lytte\"], \"key\": 1"));
        assertThat(p).extracting(Problem::path).containsExactlyInAnyOrder("board.tags[0].name", "board.tags[1].id",
                "board.themes[0].key", "board.themes[0].exerciseId", "board.votes.dots", "board.votes.themes[0]",
                "board.votes.tables.bord-7", "board.votes.tables.bord-1.t1", "board.votes.tables.bord-1.t1",
                "exercises[0].groups[0].notes[0].id", "exercises[0].groups[0].notes[0].theme",
                "exercises[0].groups[0].notes[0].tags[0]", "exercises[0].groups[0].notes[0].key");
        assertThat(p).allSatisfy(x -> assertThat(x.line()).isPositive());
        Messages da = Messages.core(Messages.DANISH);
        assertThat(p.stream().map(x -> x.message(da)).toList())
                .anyMatch(t -> t.contains("intet tema med id’et »t3«"))
                .anyMatch(t -> t.contains("intet mærke med id’et »lytte«"));
    }

    @Test
    void noteIdsAreUniqueInTheFileAndATableSpendsNoMoreThanItsDots() {
        String json = withBoard("{ \"themes\": [ { \"id\": \"t1\", \"name\": \"A\" } ], \"votes\": { \"dots\": 2,"
                + " \"themes\": [\"t1\"], \"tables\": { \"bord-1\": { \"t1\": 3 } } } }", "\"id\": \"same\"")
                .replace("{ \"text\": \"De rå data.\"", "{ \"id\": \"same\", \"text\": \"De rå data.\"");
        List<Problem> p = problems(json);
        assertThat(p).extracting(Problem::path).containsExactlyInAnyOrder("harvest[0].notes[0].id",
                "board.votes.tables.bord-1");
        assertThat(p.get(1).message(Messages.core(Messages.ENGLISH)) + p.get(0).message(Messages.core(Messages.ENGLISH)))
                .contains("has given 3 dots but has only 2");
    }

    @Test
    void aCopyOfANoteAsTheEditorsMakeItKeepsItsBoardFields() throws Exception {
        Note n = read(withBoard("{ \"themes\": [ { \"id\": \"t1\", \"name\": \"A\" } ] }",
                "\"id\": \"n1\", \"theme\": \"t1\", \"key\": true")).exercises().get(0).groups().get(0).notes().get(0);
        Note edited = new Note(n.stepId(), "Rettet tekst", n.at(), n.extras());
        Note moved = new Note("laes", n.text(), n.at(), n.extras());
        assertThat(edited.board()).isEqualTo(n.board());
        assertThat(moved.board()).isEqualTo(n.board());
        assertThat(n.withText("Ny").board()).isEqualTo(n.board());
    }
}
