package dk.vaerksted.ui.day;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.NewSession;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.Recovery;
import dk.vaerksted.core.session.ReportRound;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.core.timer.Countdown;
import dk.vaerksted.core.timer.WallClock;
import dk.vaerksted.ui.session.SessionViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day's view model in plain JUnit, both clocks faked: seed 003's example day with 16 tables,
 * run item by item — a late start that pushes, time taken out, a talk into overrun, a pause
 * counting to a clock time, an exercise, a report-back round — each step undone through the
 * session's one undo.
 */
class DayViewModelTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate DAY = LocalDate.of(2019, 8, 30);

    @TempDir
    Path dir;

    private long nanos = 1_000_000_000_000L;
    private final WallClock wall = new WallClock(ZonedDateTime.of(DAY, LocalTime.of(8, 55), CPH).toInstant(), CPH);
    private final Messages m = new Messages("dk.vaerksted.i18n.ui", Messages.DANISH);
    private SessionViewModel session;
    private DayViewModel day;
    private Session example;

    @BeforeEach
    void setUp() {
        session = new SessionViewModel(new SessionStore(), Runnable::run, Runnable::run, wall,
                new Recovery(dir.resolve("autosave"), new SessionStore()),
                Executors.newSingleThreadScheduledExecutor(), Duration.ofMillis(50));
        day = new DayViewModel(session, () -> nanos, wall, m, new Random(3));
        Session template = new BuiltInLibrary(new DocumentReader()).templates().stream()
                .map(BuiltInLibrary.Entry::value).filter(t -> Program.of(t).isPresent()).findFirst().orElseThrow();
        example = NewSession.fromTemplate(template, DAY, 16);
    }

    /** Both clocks run on together. */
    private void pass(Duration d) {
        nanos += d.toNanos();
        wall.advance(d);
        day.refresh();
    }

    private void at(int h, int min) {
        Duration d = Duration.between(wall.instant(), ZonedDateTime.of(DAY, LocalTime.of(h, min), CPH).toInstant());
        pass(d);
    }

    private Program program() {
        return Program.of(session.sessionProperty().get()).orElseThrow();
    }

    @Test
    void aSessionWithoutAProgramHasNoDayAndF6DoesNothing() throws Exception {
        Session plain = new DocumentReader().readSession("forum", java.nio.file.Files.readAllBytes(
                Path.of("../samples/strategisk-ledelsesforum-2019.session.json")));
        session.open(plain, null);
        day.refresh();
        assertThat(day.presentProperty().get()).isFalse();
        assertThat(day.running().screenProperty().get()).isEqualTo(DayNow.Screen.EXERCISE);
        day.advance();
        day.move(false);
        assertThat(session.sessionProperty().get()).isSameAs(plain);
        assertThat(session.history().canUndoProperty().get()).isFalse();
        assertThat(day.rows()).isEmpty();
    }

    @Test
    void aLateStartPushesTheDayAndOneUndoTakesItBack() {
        session.openNew(example);
        day.refresh();
        assertThat(day.rows()).hasSize(14);
        assertThat(day.rows().get(0).planned()).isEqualTo("09.00");
        assertThat(day.exampleNoteProperty().get()).contains("eksempel");
        assertThat(day.delayTextProperty().get()).isEqualTo("Til tiden");
        assertThat(day.nowTextProperty().get()).isEqualTo("Dagen er ikke begyndt");

        at(9, 4);
        assertThat(day.delayTextProperty().get()).as("the day is late before it starts").isEqualTo("+4 min. bagud");
        day.advance();
        assertThat(program().items().get(0).startedAt()).isEqualTo("2019-08-30T09:04:00+02:00");
        assertThat(day.delayProperty().get()).isEqualTo(4);
        assertThat(day.rows().get(1).time()).isEqualTo("09.19");
        assertThat(day.rows().get(1).shift()).isEqualTo("+4");
        assertThat(day.rows().get(13).shift()).as("pushed to the end: the plan has no slack").isEqualTo("+4");
        assertThat(day.nowTextProperty().get()).startsWith("Nu: Velkomst");
        assertThat(day.nextTextProperty().get()).isEqualTo(
                "Næste: Introduktion til ledelsestræning i efteråret, ved Helle Bach Lauridsen (MBU) · kl. 09.19");

        session.undo();
        day.refresh();
        assertThat(program().started()).isFalse();
        assertThat(day.currentProperty().get()).isEqualTo(-1);
    }

    @Test
    void aTalkCountsItsMinutesWarnsAndShowsItsOverrun() {
        session.openNew(example);
        at(9, 0);
        day.advance();
        DayNow now = day.running();
        assertThat(now.screenProperty().get()).isEqualTo(DayNow.Screen.TALK);
        assertThat(now.headlineProperty().get()).startsWith("Velkomst: Retning og forventninger");
        assertThat(now.sublineProperty().get()).as("the speaker is in the title already").isEqualTo("Oplæg");
        assertThat(now.timeProperty().get()).isEqualTo("15:00");
        pass(Duration.ofMinutes(14).plusSeconds(30));
        assertThat(now.stageProperty().get()).isEqualTo(Countdown.Stage.WARNING);
        assertThat(now.stageTextProperty().get()).isEqualTo("Tiden er næsten gået");
        pass(Duration.ofMinutes(2));
        assertThat(now.timeProperty().get()).isEqualTo("+01:30");
        assertThat(now.stageTextProperty().get()).isEqualTo("Overtid");
        // 1 min. 30 sek. over: the next item is expected at 09.16 against 09.15, as the clock times say.
        assertThat(day.delayTextProperty().get()).as("the overrun pushes the day").isEqualTo("+1 min. bagud");
        assertThat(day.nextTextProperty().get()).endsWith("kl. 09.16");
        // A minute added to the talk on the day moves its end at once.
        day.adjust(0, 1);
        day.refresh();
        assertThat(now.timeProperty().get()).isEqualTo("+00:30");
        assertThat(day.rows().get(0).minutes()).isEqualTo("15 + 1 min.");
    }

    @Test
    void aPauseCountsToItsClockTimeEvenAcrossASuspendAndTimeTakenOutCatchesUp() {
        session.openNew(example);
        at(9, 0);
        for (int i = 0; i < 4; i++) {
            day.advance(); // velkomst, introduktion, graensekrydsende, oplaeg
        }
        assertThat(day.currentProperty().get()).isEqualTo(3);
        at(10, 50); // the CFIA talk ran 5 minutes over (due to end at 10.45)
        assertThat(day.delayTextProperty().get()).isEqualTo("+5 min. bagud");
        day.advance(); // PAUSE, 15 minutes, then the 11.00 talk
        DayNow now = day.running();
        assertThat(now.screenProperty().get()).isEqualTo(DayNow.Screen.PAUSE);
        assertThat(now.headlineProperty().get()).isEqualTo("Pause · vi fortsætter kl. 11.05");
        assertThat(now.afterProperty().get()).startsWith("Derefter: Samskabelse – hvor svært");
        assertThat(now.timeProperty().get()).isEqualTo("15:00");
        // Five minutes out of the break: back on time for 11.00.
        day.catchUp(4);
        day.refresh();
        assertThat(now.headlineProperty().get()).isEqualTo("Pause · vi fortsætter kl. 11.00");
        assertThat(now.timeProperty().get()).isEqualTo("10:00");
        assertThat(day.rows().get(5).shift()).isEmpty();
        assertThat(day.rows().get(4).minutes()).isEqualTo("15 − 5 min.");
        // The laptop sleeps for four minutes: the monotonic clock stands still, 11.00 does not move.
        wall.advance(Duration.ofMinutes(4));
        day.refresh();
        assertThat(now.timeProperty().get()).isEqualTo("06:00");
        // Undo the time taken out: the push is back.
        session.undo();
        day.refresh();
        assertThat(now.headlineProperty().get()).isEqualTo("Pause · vi fortsætter kl. 11.05");
        assertThat(now.timeProperty().get()).isEqualTo("11:00");
    }

    @Test
    void anExerciseItemSelectsItsExerciseAndLeavesTheProjectorToIt() {
        session.openNew(example);
        at(9, 0);
        day.start(2);
        assertThat(session.exerciseProperty().get().id()).isEqualTo("graensekrydsende");
        assertThat(day.running().screenProperty().get()).isEqualTo(DayNow.Screen.EXERCISE);
        assertThat(day.rows().get(0).state()).isEqualTo(dk.vaerksted.core.day.Schedule.State.SKIPPED);
        day.showProgramProperty().set(true);
        assertThat(day.running().screenProperty().get()).isEqualTo(DayNow.Screen.PROGRAM);
    }

    @Test
    void aReportBackRoundOfSixteenTablesTakesTurnsAndRecordsTheTimeEachUsed() {
        session.openNew(example);
        DayNow now = day.running();
        at(9, 0);
        day.start(0); // Velkomst, a talk
        assertThat(now.roundPossibleProperty().get()).as("no round in a talk").isFalse();
        at(14, 25);
        day.start(10); // KAFFEPAUSE
        assertThat(now.roundPossibleProperty().get()).as("no round in a pause").isFalse();
        at(14, 40);
        day.start(12); // Opsamling på dagens drøftelser
        assertThat(now.screenProperty().get()).as("a plenary has its title and clock, like a talk")
                .isEqualTo(DayNow.Screen.TALK);
        assertThat(now.headlineProperty().get()).isEqualTo("Opsamling på dagens drøftelser");
        assertThat(now.sublineProperty().get()).isEqualTo("Plenum");
        assertThat(now.roundPossibleProperty().get()).isTrue();
        day.startRound(2, false);
        assertThat(now.roundRunningProperty().get()).isTrue();
        assertThat(now.screenProperty().get()).isEqualTo(DayNow.Screen.ROUND);
        assertThat(now.headlineProperty().get()).isEqualTo("Bord 1 har ordet");
        assertThat(now.afterProperty().get()).isEqualTo("Derefter: Bord 2  ·  Bord 3");
        assertThat(now.sublineProperty().get()).isEqualTo("1 af 16");
        assertThat(now.timeProperty().get()).isEqualTo("02:00");
        pass(Duration.ofSeconds(100));
        day.advance(); // F6: the next table
        assertThat(now.headlineProperty().get()).isEqualTo("Bord 2 har ordet");
        assertThat(now.timeProperty().get()).as("each table the same countdown").isEqualTo("02:00");
        pass(Duration.ofSeconds(130));
        assertThat(now.timeProperty().get()).isEqualTo("+00:10");
        day.skipTable();
        assertThat(now.headlineProperty().get()).isEqualTo("Bord 3 har ordet");
        day.move(false); // Shift+F6: back
        assertThat(now.headlineProperty().get()).isEqualTo("Bord 2 har ordet");
        session.undo();
        day.refresh();
        assertThat(now.headlineProperty().get()).as("undone: Bord 3 again").isEqualTo("Bord 3 har ordet");
        for (int i = 3; i <= 16; i++) {
            pass(Duration.ofSeconds(60));
            day.advance();
        }
        assertThat(now.roundRunningProperty().get()).isFalse();
        assertThat(now.roundPossibleProperty().get()).as("one round an item: its times are kept").isFalse();
        ReportRound r = program().items().get(12).round();
        assertThat(r.finished()).isTrue();
        assertThat(r.usedSeconds()).hasSize(16).containsEntry("bord-1", 100L).containsEntry("bord-3", 60L);
        assertThat(r.turns().get(1).skipped()).as("bord 2 passed").isTrue();
        assertThat(r.skippedOnly()).containsExactly("bord-2");
        assertThat(r.usedSeconds().get("bord-2")).isNull();
        day.advance(); // the round is over: F6 goes on to the next item
        assertThat(day.currentProperty().get()).isEqualTo(13);
    }

    @Test
    void aShuffledRoundKeepsItsOrderInTheSession() {
        session.openNew(example);
        at(14, 40);
        day.start(12);
        day.startRound(1, true);
        ReportRound r = program().items().get(12).round();
        assertThat(r.shuffled()).isTrue();
        assertThat(r.order()).hasSize(16).doesNotHaveDuplicates();
        assertThat(r.order()).isNotEqualTo(r.order().stream().sorted(java.util.Comparator.comparingInt(
                (String t) -> Integer.parseInt(t.substring(5)))).toList());
        assertThat(day.running().timeProperty().get()).isEqualTo("01:00");
        assertThat(program().items().get(12).kind()).isEqualTo(ProgramItem.Kind.PLENARY);
    }

    /**
     * The tester's afternoon: a talk started at 16.10.45 and ended 15 seconds later, an exercise,
     * a 13-second break, a plenary. The panel and the PDF give every item the same clock time (as
     * a clock shows it: 16.10, not 16.11) and the same time used (15 sek., not 0 min.).
     */
    @Test
    void thePanelAndThePdfShowTheSameTimesForTheSameDay() throws Exception {
        Program afternoon = new Program(false, null, java.util.List.of(
                ProgramItem.planned("velkommen", ProgramItem.Kind.TALK, "Velkommen", "Anne Sørensen",
                        null, LocalTime.of(16, 20), 1.0),
                ProgramItem.planned("oevelse", ProgramItem.Kind.EXERCISE, null, null, "graensekrydsende", null, 3.0),
                ProgramItem.planned("kaffe", ProgramItem.Kind.BREAK, "Kaffepause", null, null, null, 1.0),
                ProgramItem.planned("plenum", ProgramItem.Kind.PLENARY, "Opsamling i plenum", null, null, null, 2.0)),
                dk.vaerksted.core.session.Extras.NONE);
        session.openNew(Program.set(example, afternoon));
        at(16, 10);
        pass(Duration.ofSeconds(45));
        day.advance(); // the talk, 16.10.45
        pass(Duration.ofSeconds(15));
        day.advance(); // the exercise, 16.11.00
        pass(Duration.ofSeconds(219));
        day.advance(); // the break, 16.14.39
        pass(Duration.ofSeconds(13));
        day.advance(); // the plenary, 16.14.52
        pass(Duration.ofSeconds(93));
        day.advance(); // the end of the day, 16.16.25

        assertThat(day.rows()).extracting(DayViewModel.Row::time).containsExactly("16.10", "16.11", "16.14", "16.14");
        assertThat(day.rows()).extracting(DayViewModel.Row::planned).containsExactly("16.20", "16.21", "16.24", "16.25");
        assertThat(day.rows()).as("the difference of the two clock times beside it")
                .extracting(DayViewModel.Row::shift).containsExactly("−10", "−10", "−10", "−11");
        assertThat(day.rows()).extracting(DayViewModel.Row::minutes).containsExactly(
                "1 min. → 15 sek.", "3 min. → 3 min. 39 sek.", "1 min. → 13 sek.", "2 min. → 1 min. 33 sek.");

        String pdf;
        try (var d = org.apache.pdfbox.Loader.loadPDF(new dk.vaerksted.export.PdfSummaryExporter(
                new dk.vaerksted.export.PdfFonts()).render(java.util.List.of(session.sessionProperty().get()),
                        dk.vaerksted.export.ExportOptions.DEFAULT).bytes())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
        assertThat(pdf).contains("16.20 → 16.10", "16.21 → 16.11", "16.24 → 16.14", "16.25 → 16.14");
        assertThat(pdf).contains("planlagt 1 min., brugt 15 sek.", "planlagt 3 min., brugt 3 min. 39 sek.",
                "planlagt 1 min., brugt 13 sek.", "planlagt 2 min., brugt 1 min. 33 sek.");
        assertThat(pdf).doesNotContain("0 min.").contains("Sidste punkt sluttede kl. 16.16, 11 min. tidligere end planlagt.");
    }
}
