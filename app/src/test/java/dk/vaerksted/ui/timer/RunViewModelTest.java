package dk.vaerksted.ui.timer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.session.StepRun;
import dk.vaerksted.core.timer.Countdown;
import dk.vaerksted.core.timer.SignalScheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run view model in plain JUnit, on a fake clock. */
class RunViewModelTest {
    private long now = 5_000_000_000L;
    private final List<StepRun> recorded = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final SignalScheduler.Timer timer = (task, delay) -> {
        scheduled.add(task);
        return () -> scheduled.remove(task);
    };
    private final SignalScheduler.Listener silent = new SignalScheduler.Listener() {
        @Override
        public void warning(long late) {
        }

        @Override
        public void end(long late) {
        }
    };
    /** The session's side: the run record and one undo stack, as SessionViewModel keeps them. */
    private final List<Runnable> undo = new ArrayList<>();
    private final RunViewModel.Host host = new RunViewModel.Host() {
        @Override
        public List<StepRun> runs(String exerciseId) {
            return List.copyOf(recorded);
        }

        @Override
        public void appendRuns(String exerciseId, List<StepRun> runs) {
            recorded.addAll(runs);
        }

        @Override
        public void timerAction(String exerciseId, List<StepRun> runsBefore, Runnable restore, Runnable again) {
            undo.add(() -> {
                recorded.clear();
                recorded.addAll(runsBefore);
                restore.run();
            });
        }
    };
    private final RunViewModel model = new RunViewModel(() -> now,
            Clock.fixed(Instant.parse("2024-05-29T08:00:00Z"), ZoneOffset.ofHours(2)), timer, silent,
            host, new Messages("dk.vaerksted.i18n.ui", Messages.DANISH));

    private void undo() {
        undo.remove(undo.size() - 1).run();
    }

    private final Exercise exercise = new Exercise("halvfaerdig", "Tør du dele det halvfærdige?", null, List.of(
            new Step("laes", "Læs teksten i kortet højt", null, 2.0, Extras.NONE),
            new Step("tal", "Tal om", "Hvad ville princippet mon give anledning til i min organisation?", 8.0,
                    Extras.NONE)), List.of(), List.of(), Extras.NONE);

    private void seconds(double s) {
        now += Math.round(s * 1e9);
        model.refresh();
    }

    @Test
    void showsTheStepReadyToStart() {
        model.load(exercise, false);
        assertThat(model.timeProperty().get()).isEqualTo("02:00");
        assertThat(model.stepLabelProperty().get()).isEqualTo("Trin 1 af 2");
        assertThat(model.stageLabelProperty().get()).startsWith("Klar");
        assertThat(model.nextStepProperty().get().title()).isEqualTo("Tal om");
    }

    @Test
    void countsDownWarnsAndShowsOverrunInWords() {
        model.load(exercise, false);
        model.toggle();
        seconds(30);
        assertThat(model.timeProperty().get()).isEqualTo("01:30");
        assertThat(model.progressProperty().get()).isEqualTo(0.25);
        seconds(70);
        assertThat(model.stageProperty().get()).isEqualTo(Countdown.Stage.WARNING);
        assertThat(model.stageLabelProperty().get()).isEqualTo("Tiden er næsten gået");
        seconds(25);
        assertThat(model.timeProperty().get()).isEqualTo("+00:05");
        assertThat(model.stageLabelProperty().get()).isEqualTo("Overtid");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void nextRecordsTheStepAndMovesOn() {
        model.load(exercise, false);
        model.toggle();
        seconds(130);
        model.next();
        assertThat(model.stepProperty().get().id()).isEqualTo("tal");
        assertThat(model.stateProperty().get()).isEqualTo(Countdown.State.RUNNING);
        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.stepId()).isEqualTo("laes");
            assertThat(r.startedAt()).isEqualTo("2024-05-29T10:00:00+02:00");
        });
        model.next();
        assertThat(model.finishedProperty().get()).isTrue();
        assertThat(recorded).hasSize(2);
    }

    @Test
    void minutesCanBeAddedAndRemoved() {
        model.load(exercise, false);
        model.plusMinute();
        assertThat(model.timeProperty().get()).isEqualTo("03:00");
        model.minusMinute();
        model.minusMinute();
        assertThat(model.timeProperty().get()).isEqualTo("01:00");
        model.restart();
        assertThat(model.timeProperty().get()).isEqualTo("02:00");
    }

    @Test
    void loadingAnotherExerciseFinishesTheRunningOne() {
        model.load(exercise, false);
        model.toggle();
        seconds(10);
        model.load(null, false);
        assertThat(recorded).extracting(StepRun::stepId).containsExactly("laes");
        assertThat(model.activeProperty().get()).isFalse();
    }

    @Test
    void signalsAreArmedWhileRunningOnly() {
        model.load(exercise, false);
        assertThat(scheduled).isEmpty();
        model.toggle();
        assertThat(scheduled).hasSize(2);
        model.toggle();
        assertThat(scheduled).isEmpty();
    }

    @Test
    void backFromTheEndReopensTheLastStepWithAnEmptyBar() {
        model.load(exercise, false);
        model.toggle();
        seconds(10);
        model.next();
        seconds(500);
        model.finish();
        model.previous();
        assertThat(model.finishedProperty().get()).isFalse();
        assertThat(model.stepProperty().get().id()).as("the step the exercise ended on").isEqualTo("tal");
        assertThat(model.timeProperty().get()).isEqualTo("08:00");
        model.toggle();
        seconds(2);
        assertThat(model.timeProperty().get()).isEqualTo("07:58");
        assertThat(model.progressProperty().get()).isLessThan(0.01);
    }

    @Test
    void keysOnAnEndedExerciseChangeNothingAndLeaveNothingToUndo() {
        model.load(exercise, false);
        model.toggle();
        seconds(10);
        model.finish();
        int undoable = undo.size();
        String time = model.timeProperty().get();
        model.toggle();
        model.restart();
        model.plusMinute();
        model.minusMinute();
        model.finish();
        seconds(5);
        assertThat(model.timeProperty().get()).isEqualTo(time);
        assertThat(model.finishedProperty().get()).isTrue();
        assertThat(undo).hasSize(undoable);
    }

    @Test
    void aClickersDoublePressNeverEndsTheExercise() {
        model.load(exercise, false);
        model.advance();
        seconds(60);
        model.advance();
        assertThat(model.stepProperty().get().id()).isEqualTo("tal");
        seconds(0.4);
        model.advance(); // the bounce, or a press meant to start the step that just began
        assertThat(model.finishedProperty().get()).isFalse();
        assertThat(model.stateProperty().get()).isEqualTo(Countdown.State.RUNNING);
        seconds(3);
        model.advance();
        assertThat(model.finishedProperty().get()).isTrue();
    }

    @Test
    void anEndedExerciseShowsACalmEndNotAStaleOverrunTheSameAfterARestore() {
        model.load(exercise, false);
        model.toggle();
        seconds(130);
        assertThat(model.stageProperty().get()).isEqualTo(Countdown.Stage.OVERRUN);
        model.finish();
        seconds(109);
        assertThat(model.timeProperty().get()).isEqualTo("00:00");
        assertThat(model.stageProperty().get()).as("no overrun after the end").isEqualTo(Countdown.Stage.NORMAL);
        assertThat(model.stageLabelProperty().get()).isEqualTo("Øvelsen er slut");
        assertThat(model.progressProperty().get()).isZero();

        // After a crash: the same place in a fresh model, on the session's record.
        var place = model.place();
        RunViewModel restored = new RunViewModel(() -> now,
                Clock.fixed(Instant.parse("2024-05-29T08:10:00Z"), ZoneOffset.ofHours(2)), timer, silent, host,
                new Messages("dk.vaerksted.i18n.ui", Messages.DANISH));
        restored.load(new Exercise(exercise.id(), exercise.title(), null, exercise.steps(), List.of(),
                List.copyOf(recorded), Extras.NONE), false);
        restored.resumeAt(place);
        seconds(5);
        restored.refresh();
        assertThat(restored.timeProperty().get()).isEqualTo(model.timeProperty().get());
        assertThat(restored.stageProperty().get()).isEqualTo(model.stageProperty().get());
        assertThat(restored.stageLabelProperty().get()).isEqualTo(model.stageLabelProperty().get());
        assertThat(restored.progressProperty().get()).isEqualTo(model.progressProperty().get());
        assertThat(restored.stepProperty().get()).isEqualTo(model.stepProperty().get());
    }
}
