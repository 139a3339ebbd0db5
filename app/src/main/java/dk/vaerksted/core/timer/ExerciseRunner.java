package dk.vaerksted.core.timer;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.session.StepRun;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Runs an exercise's steps in order, one countdown per step, and records what happened (started,
 * ended, paused seconds) as the session's {@code run} entries so the PDF can show planned against
 * actual time. In rehearsal mode the same flow records nothing.
 */
public final class ExerciseRunner {
    /** Everything a timer action changes, kept before it so that undo can put it back. */
    public static final class Memento {
        private final String exerciseId;
        private final int index;
        private final Countdown countdown;
        private final OffsetDateTime stepStartedAt;
        private final boolean finished;
        private final boolean closed;
        private final int recorded;
        private final List<StepRun> recordings;

        private Memento(ExerciseRunner r) {
            this.exerciseId = r.exercise.id();
            this.index = r.index;
            this.countdown = r.countdown.copy();
            this.stepStartedAt = r.stepStartedAt;
            this.finished = r.finished;
            this.closed = r.closed;
            this.recorded = r.recorded.size();
            this.recordings = List.copyOf(r.recorded);
        }

        public String exerciseId() {
            return exerciseId;
        }

        /** How many step runs had been recorded when this was taken. */
        public int recordedCount() {
            return recorded;
        }

        /** Whether nothing differs between the two: an action between them changed nothing. */
        public boolean sameAs(Memento o) {
            return o != null && exerciseId.equals(o.exerciseId) && index == o.index && countdown.sameAs(o.countdown)
                    && java.util.Objects.equals(stepStartedAt, o.stepStartedAt) && finished == o.finished
                    && closed == o.closed && recorded == o.recorded;
        }
    }

    /**
     * Where a run stood, to be remembered across a crash: the step, the time left (elapsed for an
     * untimed step) and of how much, when the step was started (ISO date-time, null if it was not),
     * the time it had been paused, whether the exercise had ended, and when this was taken
     * (epoch milliseconds). Resumed paused.
     */
    public record Place(String exerciseId, String stepId, long remainingNanos, Long durationNanos, String startedAt,
            long pausedNanos, boolean finished, long takenAtMillis) {}

    private Exercise exercise;
    private final LongSupplier nanoClock;
    private final Clock wallClock;
    private final boolean rehearsal;
    private final List<StepRun> recorded = new ArrayList<>();

    private int index;
    private Countdown countdown;
    private OffsetDateTime stepStartedAt;
    private boolean finished;
    /**
     * Ended before this runner was made (its record says so): only {@link #again} takes it up,
     * never a step back or forward.
     */
    private boolean closed;

    /**
     * @param nanoClock monotonic time for the countdown ({@code System::nanoTime})
     * @param wallClock date and time written into the record, with the machine's offset
     */
    public ExerciseRunner(Exercise exercise, LongSupplier nanoClock, Clock wallClock, boolean rehearsal) {
        if (exercise.steps().isEmpty()) {
            throw new IllegalArgumentException("an exercise without steps cannot be run: " + exercise.id());
        }
        this.exercise = exercise;
        this.nanoClock = nanoClock;
        this.wallClock = wallClock;
        this.rehearsal = rehearsal;
        enter(0, false);
    }

    public Exercise exercise() {
        return exercise;
    }

    public boolean rehearsal() {
        return rehearsal;
    }

    public int stepIndex() {
        return index;
    }

    public Step step() {
        return exercise.steps().get(index);
    }

    /** The step after the current one, or null on the last step. */
    public Step nextStep() {
        return index + 1 < exercise.steps().size() ? exercise.steps().get(index + 1) : null;
    }

    public Countdown countdown() {
        return countdown;
    }

    public boolean finished() {
        return finished;
    }

    /**
     * The exercise was run and ended before (its {@code run[]} holds what happened; the file was
     * closed and opened again): it opens ended on the step the record ends with, and only
     * {@link #again} runs it again.
     */
    public void openEnded(String lastStepId) {
        int at = exercise.steps().size() - 1;
        for (int i = 0; i < exercise.steps().size(); i++) {
            if (exercise.steps().get(i).id().equals(lastStepId)) {
                at = i;
            }
        }
        enter(at, false);
        finished = true;
        closed = true;
    }

    /** The exercise from its first step again, ready (a deliberate "Kør igen"); what was recorded stays. */
    public void again() {
        if (finished) {
            finished = false;
            closed = false;
            enter(0, false);
        }
    }

    /** Whether the current step has been started (it is running or paused, not merely ready). */
    public boolean stepStarted() {
        return stepStartedAt != null || countdown.state() != Countdown.State.READY;
    }

    /** The state before an action, for {@link #restore}. */
    public Memento mark() {
        return new Memento(this);
    }

    /**
     * Puts back what {@link #mark} kept, the recordings as they were then (undo drops those made
     * since, redo brings them back; the session's own record is set by the caller).
     */
    public void restore(Memento m) {
        if (!m.exerciseId.equals(exercise.id())) {
            throw new IllegalArgumentException("a memento of another exercise: " + m.exerciseId);
        }
        index = Math.min(m.index, exercise.steps().size() - 1);
        countdown = m.countdown.copy();
        stepStartedAt = m.stepStartedAt;
        finished = m.finished;
        closed = m.closed;
        recorded.clear();
        recorded.addAll(m.recordings);
    }

    /** Where the run stands now. */
    public Place place() {
        Countdown.Snapshot s = countdown.snapshot();
        return new Place(exercise.id(), step().id(), s.timed() ? s.remainingNanos() : s.elapsedNanos(),
                s.durationNanos(), stepStartedAt == null ? null : format(stepStartedAt), s.pausedNanos(), finished,
                wallClock.millis());
    }

    /**
     * Back to a remembered place (after a crash), paused: the same step with the same time left.
     * A step that no longer exists leaves the runner at the start.
     */
    public void resumeAt(Place p) {
        for (int i = 0; i < exercise.steps().size(); i++) {
            if (exercise.steps().get(i).id().equals(p.stepId())) {
                enter(i, false);
                finished = p.finished();
                closed = closed && finished;
                if (p.startedAt() != null) {
                    stepStartedAt = OffsetDateTime.parse(p.startedAt());
                    // The time the app was away counts as paused: it was not spent on the step.
                    long away = Math.max(0, wallClock.millis() - p.takenAtMillis()) * 1_000_000L;
                    countdown.pausedAt(p.remainingNanos(), p.durationNanos(), p.pausedNanos() + away);
                }
                return;
            }
        }
    }

    /**
     * The exercise was edited (minutes, steps added, removed or reordered): the runner stays on
     * its step (by id) and a change to its minutes moves its deadline at once.
     */
    public void update(Exercise edited) {
        if (edited.steps().isEmpty()) {
            throw new IllegalArgumentException("an exercise without steps cannot be run: " + edited.id());
        }
        String current = step().id();
        exercise = edited;
        for (int i = 0; i < edited.steps().size(); i++) {
            if (edited.steps().get(i).id().equals(current)) {
                index = i;
                countdown.replan(edited.steps().get(i).minutes());
                return;
            }
        }
        // The running step was removed: the one now at its place, from its start.
        boolean running = countdown.state() == Countdown.State.RUNNING;
        record();
        enter(Math.min(index, edited.steps().size() - 1), running);
    }

    /** Space: start, pause or resume the current step. The first start begins the record. */
    public void toggle() {
        if (finished) {
            return;
        }
        if (stepStartedAt == null) {
            stepStartedAt = now();
        }
        countdown.toggle();
    }

    /** Ends the current step and moves on; the next step runs if this one was running. */
    public void next() {
        if (finished) {
            return;
        }
        boolean running = countdown.state() == Countdown.State.RUNNING;
        record();
        if (index + 1 >= exercise.steps().size()) {
            finished = true;
            countdown.pause();
            return;
        }
        enter(index + 1, running);
    }

    /**
     * Back to the previous step (a clicker's Page Up), starting it afresh; after the end, back to
     * the step the exercise ended on.
     */
    public void previous() {
        if (closed) {
            return; // ended in an earlier sitting: run again only on purpose (again())
        }
        if (finished) {
            // Back from "the exercise has ended": the step it ended on, ready to run again.
            finished = false;
            enter(index, false);
            return;
        }
        if (index == 0) {
            countdown.restart();
            return;
        }
        boolean running = !finished && countdown.state() == Countdown.State.RUNNING;
        record();
        finished = false;
        enter(index - 1, running);
    }

    /** Ends the exercise on the current step. */
    public void finish() {
        if (!finished) {
            record();
            finished = true;
            countdown.pause();
        }
    }

    /** What happened so far, one entry per step stretch that was started; empty in rehearsal. */
    public List<StepRun> recorded() {
        return List.copyOf(recorded);
    }

    private void enter(int i, boolean start) {
        index = i;
        countdown = Countdown.ofMinutes(nanoClock, exercise.steps().get(i).minutes());
        stepStartedAt = null;
        if (start) {
            stepStartedAt = now();
            countdown.start();
        }
    }

    private void record() {
        if (stepStartedAt == null || rehearsal) {
            return;
        }
        Countdown.Snapshot s = countdown.snapshot();
        double paused = Math.round(s.pausedNanos() / 1e8) / 10.0;
        recorded.add(new StepRun(step().id(), format(stepStartedAt), format(now()), paused, Extras.NONE));
        stepStartedAt = null;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(wallClock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String format(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
