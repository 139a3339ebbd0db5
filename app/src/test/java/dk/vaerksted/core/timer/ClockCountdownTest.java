package dk.vaerksted.core.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Counting to a clock time ("vi fortsætter kl. 14.30") with both clocks faked: the target is the
 * wall clock's, the counting the monotonic clock's, and what is right when they disagree is
 * {@link ClockCountdown}'s documented choice — the room's clock time holds.
 */
class ClockCountdownTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private final FakeClock mono = new FakeClock();

    private static Instant at(int y, int mo, int d, int h, int mi) {
        return ZonedDateTime.of(LocalDate.of(y, mo, d), LocalTime.of(h, mi), CPH).toInstant();
    }

    private static String shown(ClockCountdown c) {
        return Countdown.format(c.snapshot());
    }

    /** Both clocks run on together, as they do when nothing happens. */
    private void pass(WallClock wall, Duration d) {
        mono.advance(d);
        wall.advance(d);
    }

    @Test
    void countsTheRealTimeLeftWhenTheClocksGoForward() {
        // 30 March 2025: at 02:00 CET the clocks go to 03:00 CEST. From 01:50 to 03:30 is 40 minutes.
        WallClock wall = new WallClock(at(2025, 3, 30, 1, 50), CPH);
        ClockCountdown c = new ClockCountdown(mono, wall, at(2025, 3, 30, 3, 30));
        assertThat(shown(c)).as("not 1 h 40 min, as the two clock faces would say").isEqualTo("40:00");
        pass(wall, Duration.ofMinutes(15)); // 02:05 CET is 03:05 CEST
        assertThat(wall.instant().atZone(CPH).toLocalTime()).isEqualTo(LocalTime.of(3, 5));
        assertThat(shown(c)).as("no jump at the change").isEqualTo("25:00");
        pass(wall, Duration.ofMinutes(25));
        assertThat(shown(c)).isEqualTo("00:00");
        assertThat(c.snapshot().stage()).isEqualTo(Countdown.Stage.OVERRUN);
    }

    @Test
    void countsTheRealTimeLeftWhenTheClocksGoBack() {
        // 26 October 2025: at 03:00 CEST the clocks go back to 02:00 CET; 02:30 comes twice, the first counts.
        WallClock wall = new WallClock(at(2025, 10, 26, 1, 50), CPH);
        Instant target = at(2025, 10, 26, 2, 30);
        assertThat(target).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        ClockCountdown c = new ClockCountdown(mono, wall, target);
        assertThat(shown(c)).isEqualTo("40:00");
        // And to 03:30 CET, across the change: 2 h 40 min of real time, not 1 h 40 min.
        ClockCountdown later = new ClockCountdown(mono, wall, at(2025, 10, 26, 3, 30));
        assertThat(shown(later)).isEqualTo("2:40:00");
        pass(wall, Duration.ofMinutes(70)); // 03:00 CEST became 02:00 CET: now 02:00 CET
        assertThat(shown(later)).isEqualTo("1:30:00");
    }

    @Test
    void aWallClockPutBackWhileTheMonotonicClockRunsOnIsFollowed() {
        WallClock wall = new WallClock(at(2024, 5, 29, 14, 0), CPH);
        ClockCountdown c = new ClockCountdown(mono, wall, at(2024, 5, 29, 14, 30));
        pass(wall, Duration.ofMinutes(10));
        assertThat(shown(c)).isEqualTo("20:00");
        // NTP finds the laptop 2 minutes fast and steps it back; the room's clocks say 14.08.
        mono.advance(Duration.ofSeconds(1));
        wall.advance(Duration.ofSeconds(1).minusMinutes(2));
        assertThat(shown(c)).as("the room's 14.30 is 22 minutes away now").isEqualTo("21:59");
        pass(wall, Duration.ofMinutes(5));
        assertThat(shown(c)).as("and it counts on evenly from there").isEqualTo("16:59");
    }

    @Test
    void aWallClockPutForwardIsFollowed() {
        WallClock wall = new WallClock(at(2024, 5, 29, 14, 0), CPH);
        ClockCountdown c = new ClockCountdown(mono, wall, at(2024, 5, 29, 14, 30));
        mono.advance(Duration.ofSeconds(2));
        wall.advance(Duration.ofSeconds(2).plusMinutes(3));
        assertThat(shown(c)).isEqualTo("26:58");
    }

    @Test
    void aSuspendWhereTheMonotonicClockStoodStillShowsTheTimeReallyLeft() {
        WallClock wall = new WallClock(at(2024, 5, 29, 12, 0), CPH);
        ClockCountdown c = new ClockCountdown(mono, wall, at(2024, 5, 29, 12, 45));
        pass(wall, Duration.ofMinutes(5));
        // The lid is closed for 20 minutes: the monotonic clock does not count them.
        wall.advance(Duration.ofMinutes(20));
        assertThat(shown(c)).as("12.45 is 20 minutes away, not 40").isEqualTo("20:00");
        // Asleep past the target: overrun by the time really over.
        wall.advance(Duration.ofMinutes(25));
        assertThat(shown(c)).isEqualTo("+05:00");
        assertThat(c.snapshot().stage()).isEqualTo(Countdown.Stage.OVERRUN);
    }

    @Test
    void jitterBelowTheToleranceDoesNotMoveTheSeconds() {
        WallClock wall = new WallClock(at(2024, 5, 29, 14, 0), CPH);
        ClockCountdown c = new ClockCountdown(mono, wall, at(2024, 5, 29, 14, 30));
        mono.advance(Duration.ofSeconds(10));
        wall.advance(Duration.ofMillis(10_600)); // the wall clock 0.6 s ahead: slewing, not a step
        assertThat(c.snapshot().remainingNanos()).as("counted on the monotonic clock")
                .isEqualTo(Duration.ofMinutes(30).minusSeconds(10).toNanos());
    }

    @Test
    void aTargetMovedByTimeTakenOutMovesTheCountdownAtOnce() {
        WallClock wall = new WallClock(at(2024, 5, 29, 14, 0), CPH);
        ClockCountdown c = new ClockCountdown(mono, wall, at(2024, 5, 29, 14, 30));
        pass(wall, Duration.ofMinutes(4));
        c.retarget(at(2024, 5, 29, 14, 25));
        assertThat(shown(c)).isEqualTo("21:00");
        assertThat(c.target()).isEqualTo(at(2024, 5, 29, 14, 25));
    }

    @Test
    void aTargetAlreadyPassedStartsInOverrun() {
        WallClock wall = new WallClock(at(2024, 5, 29, 14, 32), CPH);
        ClockCountdown c = new ClockCountdown(mono, wall, at(2024, 5, 29, 14, 30));
        assertThat(shown(c)).isEqualTo("+02:00");
        assertThat(c.snapshot().stage()).isEqualTo(Countdown.Stage.OVERRUN);
    }
}
