package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.problems;
import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day's program in the file (issue 17): read, checked at each place, written back unchanged. */
class ProgramFormatTest {
    static final String PROGRAM = """
            {
                "exampleTimes": true,
                "source": "Program · Fælles om ledelse",
                "items": [
                  { "id": "velkomst", "kind": "talk", "title": "Velkomst, ved direktørgruppen", "speaker": "direktørgruppen", "start": "09:00", "minutes": 15, "startedAt": "2024-05-29T09:02:00+02:00", "endedAt": "2024-05-29T09:20:00+02:00" },
                  { "id": "halv", "kind": "exercise", "exerciseId": "halvfaerdig", "minutes": 10.5, "adjustMinutes": -2, "startedAt": "2024-05-29T09:20:00+02:00", "color": "blue" },
                  { "id": "pause", "kind": "break", "title": "PAUSE", "start": "10:00" },
                  { "id": "opsamling", "kind": "plenary", "title": "Opsamling", "start": "10:30", "minutes": 30,
                    "round": { "minutesEach": 2, "order": ["bord-1"], "shuffled": true,
                      "turns": [ { "table": "bord-1", "startedAt": "2024-05-29T10:31:00+02:00", "endedAt": "2024-05-29T10:32:40+02:00" } ] } }
                ],
                "futureField": 1
              }""";

    static String withProgram(String program) {
        return Docs.VALID.replaceFirst("\"harvest\": \\[", "\"program\": " + program + ",\n  \"harvest\": [");
    }

    private static Session read(String json) throws SessionFormatException {
        return new DocumentReader().readSession("test.session.json", utf8(json));
    }

    @Test
    void aProgramIsReadWithEveryFieldAndWrittenBackByteForByte() throws Exception {
        Session s = read(withProgram(PROGRAM));
        Program p = Program.of(s).orElseThrow();
        assertThat(p.exampleTimes()).isTrue();
        assertThat(p.source()).isEqualTo("Program · Fælles om ledelse");
        assertThat(p.items()).extracting(ProgramItem::kind).containsExactly(ProgramItem.Kind.TALK,
                ProgramItem.Kind.EXERCISE, ProgramItem.Kind.BREAK, ProgramItem.Kind.PLENARY);
        ProgramItem talk = p.items().get(0);
        assertThat(talk.speaker()).isEqualTo("direktørgruppen");
        assertThat(talk.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(talk.ended()).isTrue();
        ProgramItem ex = p.items().get(1);
        assertThat(ex.displayTitle(s)).isEqualTo("Tør du dele det halvfærdige?");
        assertThat(ex.effectiveMinutes()).isEqualTo(8.5);
        assertThat(ex.extras().fields()).containsKey("color");
        assertThat(p.items().get(2).minutes()).isNull();
        ReportRound r = p.items().get(3).round();
        assertThat(r.shuffled()).isTrue();
        assertThat(r.usedSeconds()).containsEntry("bord-1", 100L);
        assertThat(p.extras().fields()).containsKey("futureField");

        byte[] once = new DocumentWriter().write(s);
        String text = new String(once, StandardCharsets.UTF_8);
        assertThat(text).contains("\"start\": \"09:00\"").contains("\"minutes\": 10.5").contains("\"color\": \"blue\"");
        byte[] twice = new DocumentWriter().write(read(text));
        assertThat(twice).isEqualTo(once);
        assertThat(Program.of(read(text))).contains(p);
    }

    /** A program made in code (the dialogs, the day's edits) is written as a file would have it. */
    @Test
    void aProgramSetInCodeIsWrittenAsRead() throws Exception {
        Session s = read(withProgram(PROGRAM));
        Session set = Program.set(s, Program.of(s).orElseThrow());
        assertThat(new String(new DocumentWriter().write(set), StandardCharsets.UTF_8))
                .isEqualTo(new String(new DocumentWriter().write(s), StandardCharsets.UTF_8));
    }

    @Test
    void aSessionWithoutAProgramHasNoneAndGainsNoneBySaving() throws Exception {
        Session s = read(Docs.VALID);
        assertThat(Program.of(s)).isEmpty();
        assertThat(new String(new DocumentWriter().write(s), StandardCharsets.UTF_8)).doesNotContain("program");
        Session with = Program.set(s, Program.of(read(withProgram(PROGRAM))).orElseThrow());
        assertThat(Program.of(with)).isPresent();
        assertThat(Program.of(Program.set(with, null))).isEmpty();
    }

    /** An older version keeps what it does not know: the program travels in the session's unknown fields. */
    @Test
    void theProgramTravelsAsAnUnknownFieldThroughEveryCopyOfTheSession() throws Exception {
        Session s = read(withProgram(PROGRAM));
        assertThat(s.extras().fields()).containsKey(Program.FIELD);
        Session renamed = SessionEdits.withDetails(s, "Ny titel", s.date(), s.place(), s.facilitators());
        assertThat(Program.of(renamed)).isEqualTo(Program.of(s));
    }

    @Test
    void aBrokenProgramIsReportedAtEachPlaceInBothLanguages() {
        List<Problem> p = problems(withProgram("""
                { "exampleTimes": "ja", "items": [
                  { "id": "a", "kind": "speech", "title": "A", "start": "9.00", "minutes": 15 },
                  { "id": "b", "kind": "exercise", "exerciseId": "nope", "minutes": 0 },
                  { "id": "b", "kind": "talk", "minutes": 5, "adjustMinutes": -6, "endedAt": "2024-05-29T10:00:00+02:00" },
                  { "id": "d", "kind": "plenary", "title": "D", "start": "10:00",
                    "round": { "minutesEach": 90, "order": ["bord-1", "bord-9", "bord-1"],
                      "turns": [ { "table": "bord-2" } ] } }
                ] }"""));
        assertThat(p).extracting(Problem::path).containsExactlyInAnyOrder("program.exampleTimes",
                "program.items[0].kind", "program.items[0].start", "program.items[1].exerciseId",
                "program.items[1].minutes", "program.items[2].title", "program.items[2].adjustMinutes",
                "program.items[2].endedAt", "program.items[2].id", "program.items[3].round.minutesEach",
                "program.items[3].round.order[1]", "program.items[3].round.order[2]",
                "program.items[3].round.turns[0].table");
        assertThat(p).allSatisfy(x -> assertThat(x.line()).isPositive());
        for (java.util.Locale l : List.of(Messages.ENGLISH, Messages.DANISH)) {
            Messages m = Messages.core(l);
            assertThat(p).allSatisfy(x -> assertThat(x.format(m)).doesNotContain(x.key()).doesNotContain("{0}"));
        }
    }

    @Test
    void theTimesMustMakeADay() {
        List<Problem> p = problems(withProgram("""
                { "items": [
                  { "id": "a", "kind": "talk", "title": "A", "minutes": 15 },
                  { "id": "b", "kind": "talk", "title": "B" },
                  { "id": "c", "kind": "talk", "title": "C", "minutes": 30 },
                  { "id": "d", "kind": "talk", "title": "D", "start": "09:00", "minutes": 60 },
                  { "id": "e", "kind": "talk", "title": "E", "start": "09:30", "minutes": 10 }
                ] }"""));
        assertThat(p).extracting(Problem::path, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("program.items[0].start", "program.firstStart"),
                org.assertj.core.groups.Tuple.tuple("program.items[1].start", "program.noTime"),
                org.assertj.core.groups.Tuple.tuple("program.items[2].start", "program.openBefore"),
                org.assertj.core.groups.Tuple.tuple("program.items[4].start", "program.startsBeforePrevious"));
        assertThat(Docs.english(p.get(3))).contains("09.30").contains("10.00");
    }

    @Test
    void theRulesOfTheTimesSayWhichItemAndWhy() {
        List<ProgramItem> ok = List.of(
                ProgramItem.planned("a", ProgramItem.Kind.TALK, "A", null, null, LocalTime.of(9, 0), 15.0),
                ProgramItem.planned("b", ProgramItem.Kind.BREAK, "B", null, null, LocalTime.of(9, 15), null),
                ProgramItem.planned("c", ProgramItem.Kind.TALK, "C", null, null, LocalTime.of(10, 0), null));
        assertThat(Program.timeProblems(ok)).isEmpty();
        assertThat(Program.timeProblems(List.of(ok.get(0), ok.get(1),
                ProgramItem.planned("c", ProgramItem.Kind.TALK, "C", null, null, null, 5.0))))
                .extracting(Program.TimeProblem::index, Program.TimeProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "program.openBefore"));
        assertThat(Program.timeProblems(List.of(ok.get(0),
                ProgramItem.planned("b", ProgramItem.Kind.BREAK, "B", null, null, LocalTime.of(9, 10), 5.0))))
                .extracting(Program.TimeProblem::index, Program.TimeProblem::key, Program.TimeProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "program.startsBeforePrevious",
                        List.of("09.10", "09.15")));
    }
}
