package dk.vaerksted.core.timer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.session.StepRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseRunnerTest {
    private final FakeClock nanos = new FakeClock();
    private Instant wall = Instant.parse("2024-05-29T08:02:00Z");
    private final Clock wallClock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(2);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return wall;
        }
    };

    private final Exercise exercise = new Exercise("halvfaerdig", "Tør du dele det halvfærdige?", null, List.of(
            new Step("laes", "Læs teksten i kortet højt", null, 2.0, Extras.NONE),
            new Step("tal", "Tal om", "Hvad ville princippet mon give anledning til i min organisation?", 8.0,
                    Extras.NONE)), List.of(), List.of(), Extras.NONE);

    private void pass(int seconds) {
        nanos.advance(Duration.ofSeconds(seconds));
        wall = wall.plusSeconds(seconds);
    }

    @Test
    void recordsEachStepWithItsTimesAndPauses() {
        ExerciseRunner r = new ExerciseRunner(exercise, nanos, wallClock, false);
        r.toggle();
        pass(130);
        r.next();
        assertThat(r.step().id()).isEqualTo("tal");
        assertThat(r.countdown().state()).isEqualTo(Countdown.State.RUNNING);
        pass(100);
        r.toggle();
        pass(30);
        r.toggle();
        pass(440);
        r.next();
        assertThat(r.finished()).isTrue();
        assertThat(r.recorded()).containsExactly(
                new StepRun("laes", "2024-05-29T10:02:00+02:00", "2024-05-29T10:04:10+02:00", 0.0, Extras.NONE),
                new StepRun("tal", "2024-05-29T10:04:10+02:00", "2024-05-29T10:13:40+02:00", 30.0, Extras.NONE));
    }

    @Test
    void rehearsalRunsTheSameFlowWithoutRecording() {
        ExerciseRunner r = new ExerciseRunner(exercise, nanos, wallClock, true);
        r.toggle();
        pass(120);
        r.next();
        pass(480);
        r.finish();
        assertThat(r.finished()).isTrue();
        assertThat(r.recorded()).isEmpty();
    }

    @Test
    void aStepThatNeverStartedIsNotRecordedAndTheNextWaits() {
        ExerciseRunner r = new ExerciseRunner(exercise, nanos, wallClock, false);
        r.next();
        assertThat(r.countdown().state()).isEqualTo(Countdown.State.READY);
        assertThat(Countdown.format(r.countdown().snapshot())).isEqualTo("08:00");
        assertThat(r.recorded()).isEmpty();
        assertThat(r.nextStep()).isNull();
    }

    @Test
    void previousGoesBackAndStartsAfresh() {
        ExerciseRunner r = new ExerciseRunner(exercise, nanos, wallClock, false);
        r.toggle();
        pass(60);
        r.next();
        pass(10);
        r.previous();
        assertThat(r.step().id()).isEqualTo("laes");
        assertThat(Countdown.format(r.countdown().snapshot())).isEqualTo("02:00");
        assertThat(r.recorded()).extracting(StepRun::stepId).containsExactly("laes", "tal");
    }

    @Test
    void anExerciseEndedInAnEarlierSittingOpensEndedAndOnlyAgainRunsItAgain() {
        ExerciseRunner r = new ExerciseRunner(exercise, nanos, wallClock, false);
        r.openEnded("tal");
        assertThat(r.finished()).isTrue();
        assertThat(r.step().id()).isEqualTo("tal");
        // A clicker's forward and back, Space, the next step: nothing runs, nothing is recorded.
        r.toggle();
        r.next();
        r.previous();
        pass(60);
        assertThat(r.finished()).isTrue();
        assertThat(r.countdown().state()).isEqualTo(Countdown.State.READY);
        assertThat(r.recorded()).isEmpty();

        r.again();
        assertThat(r.finished()).isFalse();
        assertThat(r.step().id()).isEqualTo("laes");
        assertThat(r.stepStarted()).isFalse();
        r.toggle();
        pass(30);
        r.finish();
        assertThat(r.recorded()).extracting(StepRun::stepId).containsExactly("laes");
        // Ended in this sitting, a step back takes it up again, as before.
        r.previous();
        assertThat(r.finished()).isFalse();
    }

    @Test
    void anEndedRunKeepsItsPlaceAcrossUndoOfRunningItAgain() {
        ExerciseRunner r = new ExerciseRunner(exercise, nanos, wallClock, false);
        r.openEnded("gone");
        assertThat(r.step().id()).as("a step no longer there: the last one").isEqualTo("tal");
        ExerciseRunner.Memento before = r.mark();
        r.again();
        r.restore(before);
        assertThat(r.finished()).isTrue();
        r.previous();
        assertThat(r.finished()).as("still ended as opened: no step back into it").isTrue();
    }
}
