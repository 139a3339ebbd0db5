package dk.vaerksted.room;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.timer.Countdown;

/**
 * What is running now, for the tables' pages: the exercise, the step, its countdown. A snapshot
 * taken at {@code sampledAtNanos} (a monotonic clock, {@link System#nanoTime()}); {@link #at(long)}
 * moves a running countdown on to another instant, so whoever runs the timer publishes a new one
 * only when something changes (start, pause, ±1 minute, next step), not every second.
 *
 * @param exerciseId      the exercise being run, or null when nothing runs
 * @param stepIndex       0-based
 * @param remainingMillis time left (negative in overrun), or null for an untimed step
 * @param elapsedMillis   time the step has run
 * @param warningMillis   the remaining time from which the countdown shows its warning, or null
 */
public record Running(String exerciseId, String stepId, int stepIndex, int stepCount, String stepTitle,
        String stepPrompt, Countdown.State state, Long remainingMillis, long elapsedMillis, Long warningMillis,
        long sampledAtNanos) {

    /** No step is running (the command line's room, or the app before a step is started). */
    public static final Running NONE = new Running(null, null, 0, 0, null, null, Countdown.State.READY, null, 0,
            null, 0);

    /** What the runner shows now: exercise, the step at {@code stepIndex}, its countdown's snapshot. */
    public static Running of(Exercise exercise, int stepIndex, Countdown.Snapshot snapshot, long warningNanos,
            long nowNanos) {
        Step step = exercise.steps().get(stepIndex);
        return new Running(exercise.id(), step.id(), stepIndex, exercise.steps().size(), step.title(),
                step.prompt(), snapshot.state(), snapshot.timed() ? snapshot.remainingNanos() / 1_000_000 : null,
                snapshot.elapsedNanos() / 1_000_000, snapshot.timed() ? warningNanos / 1_000_000 : null, nowNanos);
    }

    /**
     * The exercise has ended at {@code endedAtNanos} (kept as {@link #sampledAtNanos}): the tables'
     * pages say so instead of showing its last step paused, and take no new note unless it was
     * written on a page that could still write before that instant ({@link TableEdits#add}).
     */
    public static Running ended(String exerciseId, long endedAtNanos) {
        return new Running(exerciseId, null, 0, 0, null, null, Countdown.State.READY, null, 0, null, endedAtNanos);
    }

    public boolean none() {
        return exerciseId == null;
    }

    /** Whether this says that the exercise has ended ({@link #ended}). */
    public boolean isEnded() {
        return exerciseId != null && stepId == null;
    }

    /**
     * Whether this says that {@code exercise} has ended, and a note written on a page that could
     * still write at {@code writtenAtNanos} (null: unknown) came later than the end.
     */
    public boolean endedBefore(String exercise, Long writtenAtNanos) {
        return isEnded() && exerciseId.equals(exercise) && (writtenAtNanos == null || writtenAtNanos - sampledAtNanos > 0);
    }

    /** The same countdown at {@code nowNanos}: a running one has moved on, a paused or ready one has not. */
    public Running at(long nowNanos) {
        if (none() || isEnded() || state != Countdown.State.RUNNING) {
            return this;
        }
        long passed = (nowNanos - sampledAtNanos) / 1_000_000;
        return new Running(exerciseId, stepId, stepIndex, stepCount, stepTitle, stepPrompt, state,
                remainingMillis == null ? null : remainingMillis - passed, elapsedMillis + passed, warningMillis,
                nowNanos);
    }

    /** "07:42", "+01:23" in overrun, the elapsed time for an untimed step: as the presenter shows it. */
    public String clock() {
        long seconds;
        String sign = "";
        if (remainingMillis == null) {
            seconds = elapsedMillis / 1000;
        } else if (remainingMillis > 0) {
            seconds = (remainingMillis + 999) / 1000;
        } else {
            seconds = -remainingMillis / 1000;
            sign = seconds == 0 ? "" : "+";
        }
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return sign + (h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(java.util.Locale.ROOT, "%02d:%02d", m, s));
    }

    /** How far the countdown is: normal, warning (the last stretch) or overrun. */
    public Countdown.Stage stage() {
        if (remainingMillis == null) {
            return Countdown.Stage.NORMAL;
        }
        if (remainingMillis <= 0 && state != Countdown.State.READY) {
            return Countdown.Stage.OVERRUN;
        }
        return warningMillis != null && remainingMillis <= warningMillis ? Countdown.Stage.WARNING
                : Countdown.Stage.NORMAL;
    }
}
