package dk.vaerksted.ui.timer;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.session.StepRun;
import dk.vaerksted.core.timer.Countdown;
import dk.vaerksted.core.timer.ExerciseRunner;
import dk.vaerksted.core.timer.SignalScheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The timed run of the selected exercise, for the presenter's controls and the projector: time
 * shown, stage, progress, the current and next step. {@link #refresh} reads the countdown (every
 * frame in the app, by hand in tests with a fake clock); commands change it and re-arm the
 * signals. What the runner records is handed to {@code recorder} (exercise id, new entries).
 */
public final class RunViewModel {
    private final LongSupplier nanoClock;
    private final Clock wallClock;
    private final SignalScheduler signals;
    private final BiConsumer<String, List<StepRun>> recorder;
    private final Messages messages;

    private ExerciseRunner runner;
    private int reported;

    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("00:00");
    private final ReadOnlyObjectWrapper<Countdown.Stage> stage = new ReadOnlyObjectWrapper<>(Countdown.Stage.NORMAL);
    private final ReadOnlyObjectWrapper<Countdown.State> state = new ReadOnlyObjectWrapper<>(Countdown.State.READY);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Step> nextStep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stepLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);

    public RunViewModel(LongSupplier nanoClock, Clock wallClock, SignalScheduler.Timer timer,
            SignalScheduler.Listener sound, BiConsumer<String, List<StepRun>> recorder, Messages messages) {
        this.nanoClock = nanoClock;
        this.wallClock = wallClock;
        this.signals = new SignalScheduler(timer, nanoClock, sound);
        this.recorder = recorder;
        this.messages = messages;
    }

    /** Prepares the exercise's first step (ready, not running); null clears the panel. */
    public void load(Exercise exercise, boolean rehearsal) {
        if (runner != null) {
            runner.finish();
            report();
        }
        signals.reset();
        reported = 0;
        if (exercise == null || exercise.steps().isEmpty()) {
            runner = null;
            active.set(false);
            step.set(null);
            nextStep.set(null);
            stepLabel.set("");
            time.set("00:00");
            return;
        }
        runner = new ExerciseRunner(exercise, nanoClock, wallClock, rehearsal);
        active.set(true);
        changed();
    }

    public void toggle() {
        act(ExerciseRunner::toggle);
    }

    public void plusMinute() {
        act(r -> r.countdown().add(Duration.ofMinutes(1)));
    }

    public void minusMinute() {
        act(r -> r.countdown().add(Duration.ofMinutes(-1)));
    }

    public void restart() {
        act(r -> r.countdown().restart());
    }

    public void next() {
        act(r -> {
            int before = r.stepIndex();
            r.next();
            if (r.stepIndex() != before) {
                signals.reset();
            }
        });
    }

    public void previous() {
        act(r -> {
            r.previous();
            signals.reset();
        });
    }

    public void finish() {
        act(ExerciseRunner::finish);
    }

    private void act(java.util.function.Consumer<ExerciseRunner> command) {
        if (runner == null) {
            return;
        }
        command.accept(runner);
        changed();
    }

    private void changed() {
        signals.update(runner.countdown());
        report();
        Step s = runner.step();
        step.set(s);
        nextStep.set(runner.nextStep());
        stepLabel.set(messages.get("run.stepOf", runner.stepIndex() + 1, runner.exercise().steps().size()));
        finished.set(runner.finished());
        refresh();
    }

    private void report() {
        List<StepRun> all = runner.recorded();
        if (all.size() > reported) {
            recorder.accept(runner.exercise().id(), all.subList(reported, all.size()));
            reported = all.size();
        }
    }

    /** Reads the countdown into the properties; cheap enough for every frame. */
    public void refresh() {
        if (runner == null) {
            return;
        }
        Countdown.Snapshot s = runner.countdown().snapshot();
        time.set(Countdown.format(s));
        stage.set(s.stage());
        state.set(s.state());
        progress.set(s.timed() ? Math.max(0, Math.min(1, s.progress())) : 0);
        stageLabel.set(switch (s.stage()) {
            case WARNING -> messages.get("run.warning");
            case OVERRUN -> messages.get("run.overrun");
            default -> runner.finished() ? messages.get("run.finished")
                    : s.state() == Countdown.State.PAUSED ? messages.get("run.paused")
                    : s.state() == Countdown.State.READY ? messages.get("run.ready") : "";
        });
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Countdown.Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Countdown.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> nextStepProperty() {
        return nextStep.getReadOnlyProperty();
    }

    /** "Trin 2 af 2". */
    public ReadOnlyStringProperty stepLabelProperty() {
        return stepLabel.getReadOnlyProperty();
    }

    /** "Tiden er næsten gået", "Overtid", "Pause" …: the stage in words, so it is not told by colour alone. */
    public ReadOnlyStringProperty stageLabelProperty() {
        return stageLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Whether an exercise with steps is loaded. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
