package dk.vaerksted.core.day;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.ProgramItem.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day in time: planned, actual and expected starts; late items push, anchors and time taken out absorb. */
class ScheduleTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate DAY = LocalDate.of(2019, 8, 30);

    private static Instant at(int h, int m) {
        return ZonedDateTime.of(DAY, LocalTime.of(h, m), CPH).toInstant();
    }

    private static String iso(int h, int m) {
        return ZonedDateTime.of(DAY, LocalTime.of(h, m), CPH).toOffsetDateTime().toString() + ":00";
    }

    private static ProgramItem item(String id, Kind kind, LocalTime start, Double minutes) {
        return ProgramItem.planned(id, kind, id, null, null, start, minutes);
    }

    /** 09.00 talk 15 · talk 30 · break 15 · 10.15 (anchor) exercise 30 · talk open-ended until 11.00 · 11.00 talk 15. */
    private static Program day() {
        return new Program(false, null, List.of(
                item("velkomst", Kind.TALK, LocalTime.of(9, 0), 15.0),
                item("oplaeg", Kind.TALK, null, 30.0),
                item("pause", Kind.BREAK, null, 15.0),
                item("oevelse", Kind.EXERCISE, LocalTime.of(10, 15), 30.0),
                item("plenum", Kind.PLENARY, null, null),
                item("afrunding", Kind.TALK, LocalTime.of(11, 0), 15.0)), Extras.NONE);
    }

    private static Program started(Program p, int index, String at) {
        return DayEdits.start(p, index, at);
    }

    private static List<Instant> starts(Schedule s) {
        List<Instant> out = new ArrayList<>();
        s.slots().forEach(x -> out.add(x.start()));
        return out;
    }

    @Test
    void thePlanFollowsFromStartsAndMinutes() {
        Schedule s = Schedule.of(day(), at(8, 0), CPH);
        assertThat(s.slots()).extracting(Schedule.Slot::plannedStart).containsExactly(at(9, 0), at(9, 15), at(9, 45),
                at(10, 15), at(10, 45), at(11, 0));
        assertThat(s.slots().get(2).plannedEnd()).isEqualTo(at(10, 0));
        assertThat(s.slots().get(4).plannedEnd()).as("open-ended: until the next start").isEqualTo(at(11, 0));
        assertThat(starts(s)).as("before the day, the plan is the forecast")
                .containsExactly(at(9, 0), at(9, 15), at(9, 45), at(10, 15), at(10, 45), at(11, 0));
        assertThat(s.delayMinutes()).isZero();
        assertThat(s.current()).isEqualTo(-1);
        assertThat(s.next()).isZero();
        assertThat(s.day()).isEqualTo(DAY);
    }

    @Test
    void aLateStartPushesEveryItemUntilAnAnchorWithSlack() {
        Program p = started(day(), 0, iso(9, 6));
        Schedule s = Schedule.of(p, at(9, 10), CPH);
        assertThat(s.current()).isZero();
        assertThat(s.slots()).extracting(Schedule.Slot::shiftMinutes).containsExactly(6L, 6L, 6L, 0L, 0L, 0L);
        assertThat(s.delayMinutes()).isEqualTo(6);
        // The break ends at 10.06: the exercise at 10.15 does not start before its time.
        assertThat(s.slots().get(3).start()).isEqualTo(at(10, 15));
    }

    @Test
    void anItemThatOverrunsKeepsPushingAsTheMinutesGo() {
        Program p = started(day(), 0, iso(9, 0));
        p = started(p, 1, iso(9, 15));
        // The talk was due to end at 9.45; it is 10.05 and it goes on.
        Schedule s = Schedule.of(p, at(10, 5), CPH);
        assertThat(s.slots().get(1).end()).isEqualTo(at(10, 5));
        assertThat(s.slots().get(2).start()).isEqualTo(at(10, 5));
        assertThat(s.delayMinutes()).isEqualTo(20);
        assertThat(s.slots().get(3).shiftMinutes()).as("past the anchor's slack").isEqualTo(5);
        assertThat(Schedule.of(p, at(10, 10), CPH).delayMinutes()).isEqualTo(25);
    }

    @Test
    void timeTakenOutOfALaterItemAbsorbsThePush() {
        Program p = started(started(day(), 0, iso(9, 0)), 1, iso(9, 15));
        p = DayEdits.adjust(p, 2, -5); // the break loses 5 of its 15 minutes
        Schedule s = Schedule.of(p, at(10, 5), CPH);
        assertThat(s.slots().get(3).start()).isEqualTo(at(10, 15));
        assertThat(s.slots().get(3).shiftMinutes()).isZero();
        assertThat(s.slots().get(2).shiftMinutes()).as("the break itself still starts late").isEqualTo(20);
        // "Indhent her": all of the delay out of the break.
        Program all = DayEdits.catchUp(started(started(day(), 0, iso(9, 0)), 1, iso(9, 15)), 2, 20);
        assertThat(all.items().get(2).effectiveMinutes()).isZero();
        assertThat(DayEdits.adjust(all, 2, -5).items().get(2).effectiveMinutes()).as("never below 0").isZero();
    }

    @Test
    void endingEarlyPutsTheDayAheadUntilTheNextAnchor() {
        Program p = started(day(), 0, iso(9, 0));
        p = started(p, 1, iso(9, 12));
        Schedule s = Schedule.of(p, at(9, 20), CPH);
        assertThat(s.delayMinutes()).isEqualTo(-3);
        assertThat(s.slots().get(3).start()).isEqualTo(at(10, 15));
    }

    @Test
    void itemsPassedOverAreSkippedAndTheRestFollowsTheOneRunning() {
        Program p = started(day(), 0, iso(9, 0));
        p = started(p, 2, iso(9, 20));
        Schedule s = Schedule.of(p, at(9, 25), CPH);
        assertThat(s.slots().get(1).state()).isEqualTo(Schedule.State.SKIPPED);
        assertThat(s.slots().get(0).state()).isEqualTo(Schedule.State.DONE);
        assertThat(s.slots().get(0).end()).isEqualTo(at(9, 20));
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.next()).isEqualTo(3);
        assertThat(s.delayMinutes()).as("the exercise waits for 10.15").isZero();
    }

    @Test
    void aPauseCountsToTheNextAnchorOrItsOwnEndToTheMinute() {
        Program p = started(day(), 0, iso(9, 0));
        p = started(p, 1, iso(9, 15));
        p = started(p, 2, ZonedDateTime.of(DAY, LocalTime.of(9, 51, 37), CPH).toOffsetDateTime().toString());
        Schedule s = Schedule.of(p, at(9, 52), CPH);
        assertThat(s.pauseTarget(2)).as("the exercise is anchored at 10.15").isEqualTo(at(10, 15));
        Program late = started(started(started(day(), 0, iso(9, 0)), 1, iso(9, 15)), 2,
                ZonedDateTime.of(DAY, LocalTime.of(10, 5, 40), CPH).toOffsetDateTime().toString());
        assertThat(Schedule.of(late, at(10, 6), CPH).pauseTarget(2)).as("10.20.40, to the nearest minute")
                .isEqualTo(at(10, 21));
        Program noAnchor = new Program(false, null, List.of(item("a", Kind.BREAK, LocalTime.of(12, 0), 45.0),
                item("b", Kind.TALK, null, 10.0)), Extras.NONE);
        assertThat(Schedule.of(started(noAnchor, 0, iso(12, 3)), at(12, 4), CPH).pauseTarget(0)).isEqualTo(at(12, 48));
    }

    @Test
    void theLastItemEndsTheDayAndTheDelayIsItsEnd() {
        Program p = day();
        for (int i = 0; i < 6; i++) {
            p = started(p, i, iso(9 + i / 2, (i % 2) * 30));
        }
        p = DayEdits.endRunning(p, iso(11, 20));
        Schedule s = Schedule.of(p, at(12, 0), CPH);
        assertThat(s.finished()).isTrue();
        assertThat(s.delayMinutes()).isEqualTo(5);
    }

    @Test
    void aDayOverTheChangeToWinterTimeCountsRealMinutes() {
        // 26 October 2025: 01.30 summer time + 120 minutes is 02.30 winter time (the second 02.30),
        // not 03.30 as the clock faces would add it.
        Program p = new Program(false, null, List.of(item("nat", Kind.TALK, LocalTime.of(1, 30), 120.0),
                item("morgen", Kind.TALK, null, 30.0)), Extras.NONE);
        LocalDate change = LocalDate.of(2025, 10, 26);
        Schedule s = Schedule.of(p, ZonedDateTime.of(change, LocalTime.of(1, 0), CPH).toInstant(), CPH);
        assertThat(s.slots().get(1).plannedStart()).isEqualTo(Instant.parse("2025-10-26T01:30:00Z"));
        assertThat(s.slots().get(1).plannedStart().atZone(CPH).toLocalTime()).isEqualTo(LocalTime.of(2, 30));
    }

    @Test
    void aDayOverTheChangeToSummerTimeCountsRealMinutes() {
        // 30 March 2025: 01.30 + 60 minutes is 03.30 summer time, not 02.30 (which does not exist).
        Program p = new Program(false, null, List.of(item("nat", Kind.TALK, LocalTime.of(1, 30), 60.0),
                item("morgen", Kind.TALK, null, 30.0)), Extras.NONE);
        LocalDate change = LocalDate.of(2025, 3, 30);
        Instant before = ZonedDateTime.of(change, LocalTime.of(1, 0), CPH).toInstant();
        Schedule s = Schedule.of(p, before, CPH);
        assertThat(s.slots().get(1).plannedStart()).isEqualTo(ZonedDateTime.of(change, LocalTime.of(3, 30), CPH)
                .toInstant());
        assertThat(s.slots().get(1).plannedStart().getEpochSecond() - s.slots().get(0).plannedStart().getEpochSecond())
                .isEqualTo(3600);
    }
}
