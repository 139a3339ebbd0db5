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
import java.util.function.Consumer;
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
 * signals. Every command is one undoable action: the {@link Host} records what the runner wrote
 * into the session's {@code run[]} and is told how to take the whole action back.
 */
public final class RunViewModel {
    /** Where the run's record goes, and where its undo is kept (the session's view model). */
    public interface Host {
        /** The exercise's {@code run[]} as it is now in the session. */
        List<StepRun> runs(String exerciseId);

        /** The runner recorded these step runs; add them to the exercise's {@code run[]} (no undo of its own). */
        void appendRuns(String exerciseId, List<StepRun> runs);

        /**
         * One timer action was taken: undo sets the exercise's {@code run[]} back to {@code runsBefore}
         * and then calls {@code restore}; redo puts the run back as the action left it and calls
         * {@code again}.
         */
        void timerAction(String exerciseId, List<StepRun> runsBefore, Runnable restore, Runnable again);
    }

    private final LongSupplier nanoClock;
    private final Clock wallClock;
    private final SignalScheduler signals;
    private final Host host;
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
    private final ReadOnlyStringWrapper roomStageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper timed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>();
    private Consumer<ExerciseRunner.Place> onPlaceChanged = p -> { };
    private final java.util.List<Runnable> onChanged = new java.util.ArrayList<>();

    public RunViewModel(LongSupplier nanoClock, Clock wallClock, SignalScheduler.Timer timer,
            SignalScheduler.Listener sound, Host host, Messages messages) {
        this.nanoClock = nanoClock;
        this.wallClock = wallClock;
        this.signals = new SignalScheduler(timer, nanoClock, sound);
        this.host = host;
        this.messages = messages;
    }

    /** Told after every change of the run's place (for crash recovery); null when nothing is loaded. */
    public void setOnPlaceChanged(Consumer<ExerciseRunner.Place> listener) {
        this.onPlaceChanged = listener;
    }

    /**
     * Prepares the exercise's first step (ready, not running); an exercise whose {@code run[]}
     * holds a record was run and ended before and opens ended ({@link #again} runs it again). Null
     * clears the panel.
     */
    public void load(Exercise e, boolean rehearsal) {
        if (runner != null) {
            runner.finish();
            report();
        }
        signals.reset();
        reported = 0;
        exercise.set(e);
        if (e == null || e.steps().isEmpty()) {
            runner = null;
            active.set(false);
            started.set(false);
            timed.set(false);
            finished.set(false);
            step.set(null);
            nextStep.set(null);
            stepLabel.set("");
            stageLabel.set("");
            roomStageLabel.set("");
            time.set("00:00");
            onPlaceChanged.accept(null);
            onChanged.forEach(Runnable::run);
            return;
        }
        runner = new ExerciseRunner(e, nanoClock, wallClock, rehearsal);
        if (!e.run().isEmpty()) {
            runner.openEnded(e.run().get(e.run().size() - 1).stepId());
        }
        active.set(true);
        changed();
    }

    /** Back to a place remembered before a crash, paused; nothing is recorded or undoable. */
    public void resumeAt(ExerciseRunner.Place place) {
        if (runner != null && place != null && runner.exercise().id().equals(place.exerciseId())) {
            runner.resumeAt(place);
            signals.reset();
            changed();
        }
    }

    /**
     * The loaded exercise was edited (minutes, steps): the run stays on its step and a changed
     * step's minutes reach the countdown at once. Another exercise is loaded afresh.
     */
    public void update(Exercise edited) {
        if (runner == null || edited == null || !runner.exercise().id().equals(edited.id())) {
            load(edited, false);
            return;
        }
        if (edited.steps().isEmpty()) {
            load(edited, false);
            return;
        }
        boolean stepsChanged = !edited.steps().equals(runner.exercise().steps());
        runner.update(edited);
        exercise.set(edited);
        if (stepsChanged) {
            changed();
        }
    }

    /** Space: start, pause or resume. */
    public void toggle() {
        act(ExerciseRunner::toggle);
    }

    public void plusMinute() {
        actUnlessFinished(r -> r.countdown().add(Duration.ofMinutes(1)));
    }

    public void minusMinute() {
        actUnlessFinished(r -> r.countdown().add(Duration.ofMinutes(-1)));
    }

    /** The step from the start again; an ended exercise is taken up again with Tilbage, not here. */
    public void restart() {
        actUnlessFinished(r -> r.countdown().restart());
    }

    private void actUnlessFinished(Consumer<ExerciseRunner> command) {
        if (runner != null && !runner.finished()) {
            act(command);
        }
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

    /**
     * A clicker's "forward": starts a step that is ready, moves on from one that has been started,
     * so one button drives a whole exercise.
     */
    public void advance() {
        if (runner == null || runner.finished()) {
            return;
        }
        long now = nanoClock.getAsLong();
        boolean ends = runner.stepStarted() && runner.nextStep() == null;
        if (ends && now - lastAdvance < ADVANCE_BOUNCE_NANOS) {
            // A clicker's double press (or a second press meant for the step that just began)
            // never ends the exercise: ending takes a press of its own, a moment later.
            return;
        }
        lastAdvance = now;
        if (runner.stepStarted()) {
            next();
        } else {
            toggle();
        }
    }

    /** The digits of an ended exercise. */
    static final String ENDED_TIME = "00:00";

    /** How soon after a clicker's forward another one is not taken as "end the exercise". */
    static final long ADVANCE_BOUNCE_NANOS = 2_000_000_000L;
    private long lastAdvance = Long.MIN_VALUE / 2;

    /**
     * "Kør igen", after the facilitator said so: an ended exercise from its first step, ready to
     * start; what was recorded the first time stays in {@code run[]}. Undoable.
     */
    public void again() {
        if (runner != null && runner.finished()) {
            act(r -> {
                r.again();
                signals.reset();
            });
        }
    }

    /** Ends the exercise on the current step. */
    public void finish() {
        if (runner != null && !runner.finished()) {
            act(ExerciseRunner::finish);
        }
    }

    /** Ends the run when the exercise is left (another one, or the session closes); not undoable. */
    public void finishQuietly() {
        if (runner != null) {
            runner.finish();
            report();
        }
    }

    private void act(Consumer<ExerciseRunner> command) {
        if (runner == null) {
            return;
        }
        ExerciseRunner r = runner;
        String id = r.exercise().id();
        ExerciseRunner.Memento before = r.mark();
        List<StepRun> runsBefore = host.runs(id);
        command.accept(r);
        ExerciseRunner.Memento after = r.mark();
        if (after.sameAs(before)) {
            return; // nothing changed (Space on an ended exercise): nothing to undo either
        }
        changed();
        host.timerAction(id, runsBefore, () -> restore(r, before), () -> restore(r, after));
    }

    private void restore(ExerciseRunner r, ExerciseRunner.Memento m) {
        if (runner != r) {
            return; // another exercise is loaded now: only its record is set back
        }
        r.restore(m);
        reported = m.recordedCount(); // the session's run[] was set to match by the caller
        signals.reset();
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
        started.set(runner.stepStarted());
        timed.set(s.minutes() != null);
        refresh();
        onPlaceChanged.accept(runner.place());
        onChanged.forEach(Runnable::run);
    }

    private void report() {
        List<StepRun> all = runner.recorded();
        if (all.size() > reported) {
            List<StepRun> fresh = List.copyOf(all.subList(reported, all.size()));
            reported = all.size(); // first: adding them to the session may bring the runner an edit
            host.appendRuns(runner.exercise().id(), fresh);
        }
    }

    /** Told after every change of the run (for the tables' pages), besides the place listener. */
    public void addOnChanged(Runnable listener) {
        onChanged.add(listener);
    }

    /** The current step's index, or -1 when nothing is loaded. */
    public int stepIndex() {
        return runner == null ? -1 : runner.stepIndex();
    }

    /** The countdown now, or null when nothing is loaded. */
    public Countdown.Snapshot snapshot() {
        return runner == null ? null : runner.countdown().snapshot();
    }

    /** When the current step's warning starts (remaining nanoseconds). */
    public long warningNanos() {
        return runner == null ? 0 : runner.countdown().warningThresholdNanos();
    }

    /** Where the run stands now (for crash recovery), or null. */
    public ExerciseRunner.Place place() {
        return runner == null ? null : runner.place();
    }

    /** Reads the countdown into the properties; cheap enough for every frame. */
    public void refresh() {
        if (runner == null) {
            return;
        }
        Countdown.Snapshot s = runner.countdown().snapshot();
        state.set(s.state());
        if (runner.finished()) {
            // Ended: calm and the same however it ended or came back (a restore, a file opened
            // again) — no overrun counting on, no stale time of the step it ended on.
            time.set(ENDED_TIME);
            stage.set(Countdown.Stage.NORMAL);
            progress.set(0);
            stageLabel.set(messages.get("run.finished"));
            roomStageLabel.set(messages.get("run.finished"));
            return;
        }
        time.set(Countdown.format(s));
        stage.set(s.stage());
        progress.set(s.timed() ? Math.max(0, Math.min(1, s.progress())) : 0);
        boolean paused = s.state() == Countdown.State.PAUSED;
        String words = switch (s.stage()) {
            case WARNING -> messages.get("run.warning");
            case OVERRUN -> messages.get("run.overrun");
            default -> "";
        };
        if (paused) {
            String p = messages.get("run.paused");
            stageLabel.set(words.isEmpty() ? p : p + " · " + words);
            roomStageLabel.set(stageLabel.get());
        } else if (s.state() == Countdown.State.READY) {
            stageLabel.set(messages.get("run.ready"));
            roomStageLabel.set("");
        } else {
            stageLabel.set(words);
            roomStageLabel.set(words);
        }
    }

    public ReadOnlyStringProperty timeProperty() { return time.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Countdown.Stage> stageProperty() { return stage.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Countdown.State> stateProperty() { return state.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Step> stepProperty() { return step.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Step> nextStepProperty() { return nextStep.getReadOnlyProperty(); }

    /** The exercise loaded into the runner (as last edited), or null. */
    public ReadOnlyObjectProperty<Exercise> exerciseProperty() { return exercise.getReadOnlyProperty(); }

    /** "Trin 2 af 2". */
    public ReadOnlyStringProperty stepLabelProperty() { return stepLabel.getReadOnlyProperty(); }

    /** "Tiden er næsten gået", "Overtid", "Pause", "Klar" …: the stage in words for the presenter. */
    public ReadOnlyStringProperty stageLabelProperty() { return stageLabel.getReadOnlyProperty(); }

    /** The stage in words for the room: no presenter hints ("Klar"), only what the room should know. */
    public ReadOnlyStringProperty roomStageLabelProperty() { return roomStageLabel.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    /** Whether an exercise with steps is loaded. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    /** Whether the current step has been started (running or paused), as opposed to merely ready. */
    public ReadOnlyBooleanProperty startedProperty() { return started.getReadOnlyProperty(); }

    /** Whether the current step has planned minutes (an untimed step counts up). */
    public ReadOnlyBooleanProperty timedProperty() { return timed.getReadOnlyProperty(); }
}
