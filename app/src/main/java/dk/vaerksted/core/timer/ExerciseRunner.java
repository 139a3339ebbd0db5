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
    private final Exercise exercise;
    private final LongSupplier nanoClock;
    private final Clock wallClock;
    private final boolean rehearsal;
    private final List<StepRun> recorded = new ArrayList<>();

    private int index;
    private Countdown countdown;
    private OffsetDateTime stepStartedAt;
    private boolean finished;

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

    /** Back to the previous step (a clicker's Page Up), starting it afresh. */
    public void previous() {
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
