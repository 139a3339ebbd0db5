package dk.vaerksted.core.day;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.ReportRound;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The day's moves as pure changes of the program: starting, minutes on the day, the report-back round. */
class DayEditsTest {
    private static final String T0 = "2019-08-30T14:00:00+02:00";
    private static final String T1 = "2019-08-30T14:01:30+02:00";
    private static final String T2 = "2019-08-30T14:03:00+02:00";
    private static final String T3 = "2019-08-30T14:04:10+02:00";
    private static final List<String> TABLES = List.of("bord-1", "bord-2", "bord-3", "bord-4");

    private static Program two() {
        return new Program(false, null, List.of(
                ProgramItem.planned("a", ProgramItem.Kind.TALK, "A", null, null, LocalTime.of(9, 0), 15.0),
                ProgramItem.planned("b", ProgramItem.Kind.PLENARY, "B", null, null, null, 30.0)), Extras.NONE);
    }

    @Test
    void startingAnItemEndsTheOneRunningAndAStartedItemIsNotStartedAgain() {
        Program p = DayEdits.start(two(), 0, T0);
        assertThat(p.items().get(0).startedAt()).isEqualTo(T0);
        p = DayEdits.start(p, 1, T1);
        assertThat(p.items().get(0).endedAt()).isEqualTo(T1);
        assertThat(p.items().get(1).startedAt()).isEqualTo(T1);
        assertThat(DayEdits.start(p, 0, T2)).isEqualTo(p);
        assertThat(DayEdits.endRunning(p, T2).items().get(1).endedAt()).isEqualTo(T2);
    }

    @Test
    void theEndOfTheDayIsTakenBackByTheItemThatEndedLastRunningAgain() {
        Program p = DayEdits.start(DayEdits.start(two(), 1, T0), 0, T1); // B first, then A
        Program over = DayEdits.endRunning(p, T2);
        Program back = DayEdits.reopenLast(over);
        assertThat(back.items().get(0).startedAt()).isEqualTo(T1);
        assertThat(back.items().get(0).endedAt()).as("A ended last: it runs again").isNull();
        assertThat(back.items().get(1).endedAt()).isEqualTo(T1);
        assertThat(DayEdits.reopenLast(back)).as("while an item runs, nothing to take back").isEqualTo(back);
        assertThat(DayEdits.reopenLast(two())).as("a day not begun").isEqualTo(two());
    }

    @Test
    void aRoundGivesTheWordOnSkipsAndGoesBackRecordingTheTimeEachUsed() {
        ReportRound r = DayEdits.Rounds.begin(TABLES, 2, false, new Random(1), T0);
        assertThat(r.order()).isEqualTo(TABLES);
        assertThat(r.current().table()).isEqualTo("bord-1");
        r = DayEdits.Rounds.next(r, T1);
        assertThat(r.current().table()).isEqualTo("bord-2");
        r = DayEdits.Rounds.skip(r, T1);
        assertThat(r.current().table()).isEqualTo("bord-3");
        r = DayEdits.Rounds.back(r, T2);
        assertThat(r.current().table()).as("back to the one skipped").isEqualTo("bord-2");
        r = DayEdits.Rounds.next(r, T3);
        r = DayEdits.Rounds.next(r, T3);
        assertThat(r.current().table()).isEqualTo("bord-4");
        r = DayEdits.Rounds.next(r, T3);
        assertThat(r.current()).isNull();
        assertThat(r.finished()).isTrue();
        assertThat(r.usedSeconds()).containsEntry("bord-1", 90L).containsEntry("bord-2", 70L)
                .containsEntry("bord-3", 90L).containsEntry("bord-4", 0L);
        assertThat(r.skippedOnly()).isEmpty();
    }

    @Test
    void aShuffledRoundHasEveryTableOnce() {
        ReportRound r = DayEdits.Rounds.begin(TABLES, 1, true, new Random(7), T0);
        assertThat(r.shuffled()).isTrue();
        assertThat(r.order()).containsExactlyInAnyOrderElementsOf(TABLES).isNotEqualTo(TABLES);
        assertThat(r.current().table()).isEqualTo(r.order().get(0));
    }

    @Test
    void startingTheNextItemEndsTheTurnOfTheTableSpeaking() {
        Program p = DayEdits.start(DayEdits.start(two(), 0, T0), 1, T0);
        p = DayEdits.withRound(p, 1, DayEdits.Rounds.begin(TABLES, 2, false, new Random(1), T0));
        p = DayEdits.endRunning(p, T1);
        assertThat(p.items().get(1).round().current()).isNull();
        assertThat(p.items().get(1).round().usedSeconds()).containsEntry("bord-1", 90L);
    }
}
