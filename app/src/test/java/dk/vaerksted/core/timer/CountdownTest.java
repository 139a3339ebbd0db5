package dk.vaerksted.core.timer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.timer.Countdown.Stage;
import dk.vaerksted.core.timer.Countdown.State;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CountdownTest {
    private final FakeClock clock = new FakeClock();

    private Countdown minutes(double m) {
        return Countdown.ofMinutes(clock, m);
    }

    private static String shown(Countdown c) {
        return Countdown.format(c.snapshot());
    }

    @Test
    void readyShowsThePlannedTime() {
        Countdown c = minutes(8);
        clock.seconds(100);
        assertThat(shown(c)).isEqualTo("08:00");
        assertThat(c.snapshot().stage()).isEqualTo(Stage.NORMAL);
        assertThat(c.state()).isEqualTo(State.READY);
    }

    @Test
    void countsDownFromTheDeadline() {
        Countdown c = minutes(8);
        c.start();
        clock.seconds(0.001);
        assertThat(shown(c)).isEqualTo("08:00");
        clock.seconds(1);
        assertThat(shown(c)).isEqualTo("07:59");
        clock.seconds(137.999);
        assertThat(shown(c)).isEqualTo("05:41");
    }

    @Test
    void pauseDoesNotConsumeRemainingTime() {
        Countdown c = minutes(2);
        c.start();
        clock.seconds(30);
        c.pause();
        clock.seconds(600);
        assertThat(shown(c)).isEqualTo("01:30");
        assertThat(c.snapshot().pausedNanos()).isEqualTo(600_000_000_000L);
        c.toggle();
        clock.seconds(30);
        assertThat(shown(c)).isEqualTo("01:00");
    }

    @Test
    void tenMinutesWithManyPausesHasZeroDrift() {
        Countdown c = minutes(10);
        Random random = new Random(42);
        long runningNanos = 0;
        long pausedNanos = 0;
        c.start();
        for (int i = 0; i < 500; i++) {
            long run = random.nextInt(1_000_000_000) + 1;
            clock.advance(Duration.ofNanos(run));
            runningNanos += run;
            c.pause();
            long pause = random.nextInt(2_000_000_000) + 1;
            clock.advance(Duration.ofNanos(pause));
            pausedNanos += pause;
            c.start();
        }
        Countdown.Snapshot s = c.snapshot();
        assertThat(s.remainingNanos()).isEqualTo(Duration.ofMinutes(10).toNanos() - runningNanos);
        assertThat(s.elapsedNanos()).isEqualTo(runningNanos);
        assertThat(s.pausedNanos()).isEqualTo(pausedNanos);
        clock.advance(Duration.ofNanos(s.remainingNanos()));
        assertThat(c.snapshot().remainingNanos()).isZero();
        assertThat(shown(c)).isEqualTo("00:00");
    }

    @Test
    void readingTheClockOftenOrRarelyGivesTheSameTime() {
        Countdown often = minutes(3);
        Countdown rarely = minutes(3);
        often.start();
        rarely.start();
        for (int i = 0; i < 10_000; i++) {
            clock.seconds(0.0167);
            often.snapshot();
        }
        assertThat(often.snapshot().remainingNanos()).isEqualTo(rarely.snapshot().remainingNanos());
    }

    @Test
    void pastZeroItCountsOverrunInsteadOfStopping() {
        Countdown c = minutes(1);
        c.start();
        clock.seconds(60);
        assertThat(shown(c)).isEqualTo("00:00");
        assertThat(c.snapshot().stage()).isEqualTo(Stage.OVERRUN);
        clock.seconds(83.5);
        assertThat(shown(c)).isEqualTo("+01:23");
        assertThat(c.snapshot().progress()).isGreaterThan(1);
        c.pause();
        assertThat(c.snapshot().stage()).isEqualTo(Stage.OVERRUN);
    }

    @Test
    void warningIsTheLastMinuteOrTheLastFifthOfShortSteps() {
        Countdown longStep = minutes(8);
        longStep.start();
        clock.seconds(7 * 60 - 0.001);
        assertThat(longStep.snapshot().stage()).isEqualTo(Stage.NORMAL);
        clock.seconds(0.002);
        assertThat(longStep.snapshot().stage()).isEqualTo(Stage.WARNING);

        Countdown shortStep = minutes(2);
        shortStep.start();
        clock.seconds(95);
        assertThat(shortStep.snapshot().stage()).isEqualTo(Stage.NORMAL);
        clock.seconds(1);
        assertThat(shortStep.snapshot().stage()).isEqualTo(Stage.WARNING);
    }

    @Test
    void aRunningStepCutShortIsInItsWarningAtOnceWhileAPlanChangedBeforeTheStartWarnsByTheNewPlan() {
        Countdown talk = minutes(15);
        talk.start();
        clock.seconds(30);
        talk.replan(1.0);
        assertThat(shown(talk)).isEqualTo("00:30");
        assertThat(talk.snapshot().stage()).as("30 s left of a cut talk: its last minute").isEqualTo(Stage.WARNING);
        talk.pause();
        talk.replan(2.0);
        assertThat(shown(talk)).isEqualTo("01:30");
        assertThat(talk.snapshot().stage()).as("the window stays the minute it had").isEqualTo(Stage.NORMAL);
        talk.toggle();
        clock.seconds(30);
        assertThat(talk.snapshot().stage()).isEqualTo(Stage.WARNING);
        talk.restart();
        assertThat(talk.warningThresholdNanos()).as("started afresh: the plan's own window").isEqualTo(24_000_000_000L);

        Countdown ready = minutes(15);
        ready.replan(1.0);
        assertThat(ready.warningThresholdNanos()).as("not started: the new plan's window").isEqualTo(12_000_000_000L);
        Countdown copy = talk.copy();
        assertThat(copy.sameAs(talk)).isTrue();
        assertThat(copy.warningThresholdNanos()).isEqualTo(talk.warningThresholdNanos());
    }

    @Test
    void addAndRemoveAMinute() {
        Countdown c = minutes(5);
        c.start();
        clock.seconds(60);
        c.add(Duration.ofMinutes(1));
        assertThat(shown(c)).isEqualTo("05:00");
        c.add(Duration.ofMinutes(-1));
        c.add(Duration.ofMinutes(-1));
        assertThat(shown(c)).isEqualTo("03:00");
        c.pause();
        c.add(Duration.ofMinutes(1));
        assertThat(shown(c)).isEqualTo("04:00");
    }

    @Test
    void removingAMinuteStopsAtZeroNotInOverrun() {
        Countdown c = minutes(1);
        c.start();
        clock.seconds(30);
        c.add(Duration.ofMinutes(-1));
        assertThat(c.snapshot().remainingNanos()).isZero();
        clock.seconds(10);
        assertThat(shown(c)).isEqualTo("+00:10");
        c.add(Duration.ofMinutes(-1));
        assertThat(shown(c)).isEqualTo("+00:10");
        c.add(Duration.ofMinutes(1));
        assertThat(shown(c)).isEqualTo("00:50");
        // A one-minute step warns in its last fifth (12 s), counted from the planned minute.
        assertThat(c.snapshot().stage()).isEqualTo(Stage.NORMAL);
    }

    @Test
    void restartGoesBackToThePlannedTimeAndKeepsRunning() {
        Countdown c = minutes(2);
        c.start();
        c.add(Duration.ofMinutes(3));
        clock.seconds(200);
        c.restart();
        assertThat(shown(c)).isEqualTo("02:00");
        assertThat(c.state()).isEqualTo(State.RUNNING);
        clock.seconds(1);
        assertThat(shown(c)).isEqualTo("01:59");
    }

    @Test
    void untimedStepsCountUpAndNeverOverrun() {
        Countdown c = Countdown.ofMinutes(clock, null);
        assertThat(shown(c)).isEqualTo("00:00");
        c.start();
        clock.seconds(3725);
        assertThat(shown(c)).isEqualTo("1:02:05");
        assertThat(c.snapshot().stage()).isEqualTo(Stage.NORMAL);
        c.add(Duration.ofMinutes(1));
        assertThat(shown(c)).isEqualTo("1:02:05");
        assertThat(c.deadlineNanos()).isNull();
    }

    @Test
    void fractionalMinutes() {
        Countdown c = minutes(2.5);
        assertThat(shown(c)).isEqualTo("02:30");
    }
}
