package dk.vaerksted.core.timer;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The countdown of one step, driven by a monotonic nanosecond clock. Remaining time is always
 * {@code deadline − now} while running (never counted from ticks), so it cannot drift however late
 * or irregular the screen's frames are. Past zero it keeps counting into overrun. A step without
 * planned minutes counts up (elapsed time) and never overruns.
 *
 * <p>Not thread-safe: the FX thread owns it; {@link EndSignal} reads snapshots under its own lock.
 */
public final class Countdown {
    /** How the step is going, for the display and the signals. */
    public enum Stage { NORMAL, WARNING, OVERRUN }

    public enum State { READY, RUNNING, PAUSED }

    /** Everything the display needs at one instant. */
    public record Snapshot(State state, Stage stage, long remainingNanos, long elapsedNanos, Long durationNanos,
            long pausedNanos) {
        public boolean timed() {
            return durationNanos != null;
        }

        /** 0 at the start, 1 at the end (and beyond, in overrun); 0 for an untimed step. */
        public double progress() {
            if (durationNanos == null || durationNanos == 0) {
                return 0;
            }
            return 1.0 - (double) remainingNanos / durationNanos;
        }
    }

    static final long MINUTE = 60_000_000_000L;
    private static final long SHORT_STEP = 5 * MINUTE;

    private final LongSupplier clock;
    private Long planned;
    private Long duration;
    /**
     * When the warning starts (remaining time at or below it): from the planned time, and never
     * less once the step has started (a replan that cuts a running step keeps the wider window).
     */
    private long warning;
    private State state = State.READY;
    /** While RUNNING: the monotonic time at which the remaining time reaches zero. */
    private long deadline;
    /** While READY or PAUSED: the remaining time. */
    private long remainingWhenStopped;
    /** For untimed steps: monotonic start of the current running stretch, and elapsed before it. */
    private long runningSince;
    private long elapsedBefore;
    private long pausedTotal;
    private long pausedSince;

    /** @param duration planned time, or null for an untimed step */
    public Countdown(LongSupplier nanoClock, Duration duration) {
        this.clock = nanoClock;
        this.planned = duration == null ? null : duration.toNanos();
        this.duration = planned;
        this.remainingWhenStopped = this.duration == null ? 0 : this.duration;
        this.warning = planned == null ? 0 : warningThreshold(planned);
    }

    public static Countdown ofMinutes(LongSupplier nanoClock, Double minutes) {
        return new Countdown(nanoClock, toNanos(minutes));
    }

    private static Duration toNanos(Double minutes) {
        return minutes == null ? null : Duration.ofNanos(Math.round(minutes * MINUTE));
    }

    /** Whether this countdown is set exactly as {@code other} (same plan, state and instants). */
    public boolean sameAs(Countdown other) {
        return other != null && java.util.Objects.equals(planned, other.planned)
                && java.util.Objects.equals(duration, other.duration) && warning == other.warning
                && state == other.state
                && deadline == other.deadline && remainingWhenStopped == other.remainingWhenStopped
                && runningSince == other.runningSince && elapsedBefore == other.elapsedBefore
                && pausedTotal == other.pausedTotal && pausedSince == other.pausedSince;
    }

    /**
     * An exact copy, on the same clock: what undo restores. A running copy keeps the same absolute
     * deadline, so restoring it later shows the time that has really passed since.
     */
    public Countdown copy() {
        Countdown c = new Countdown(clock, null);
        c.planned = planned;
        c.duration = duration;
        c.warning = warning;
        c.state = state;
        c.deadline = deadline;
        c.remainingWhenStopped = remainingWhenStopped;
        c.runningSince = runningSince;
        c.elapsedBefore = elapsedBefore;
        c.pausedTotal = pausedTotal;
        c.pausedSince = pausedSince;
        return c;
    }

    /**
     * The step's planned minutes changed (an edit while it is planned, running or paused): the
     * deadline moves by the difference at once, minutes added by hand stay added. A change to or
     * from untimed starts the step's time afresh, keeping the running or paused state. The warning
     * comes from the new plan, but a step that has started keeps at least the window it had: a
     * 15-minute talk cut to 1 minute with 30 s left is in its last minute and says so at once
     * (from the new plan alone the warning would wait for the last 12 s).
     */
    public void replan(Double minutes) {
        Duration d = toNanos(minutes);
        Long next = d == null ? null : d.toNanos();
        if (java.util.Objects.equals(next, planned)) {
            return;
        }
        if (next == null || planned == null) {
            planned = next;
            restart();
            return;
        }
        long delta = next - planned;
        planned = next;
        warning = state == State.READY ? warningThreshold(next) : Math.max(warning, warningThreshold(next));
        duration += delta;
        if (state == State.RUNNING) {
            deadline += delta;
        } else {
            remainingWhenStopped += delta;
        }
    }

    /**
     * A paused countdown at a remembered place (after a crash): {@code remainingNanos} left of
     * {@code durationNanos} (null for an untimed step, where {@code remainingNanos} is the time
     * elapsed). Nothing runs by itself: the facilitator resumes it.
     */
    public void pausedAt(long remainingNanos, Long durationNanos, long pausedNanos) {
        long now = clock.getAsLong();
        pausedTotal = Math.max(0, pausedNanos);
        if (planned == null || durationNanos == null) {
            elapsedBefore = Math.max(0, remainingNanos);
        } else {
            duration = durationNanos;
            remainingWhenStopped = remainingNanos;
        }
        state = State.PAUSED;
        pausedSince = now;
    }

    public State state() {
        return state;
    }

    public boolean timed() {
        return duration != null;
    }

    public void start() {
        long now = clock.getAsLong();
        if (state == State.RUNNING) {
            return;
        }
        if (state == State.PAUSED) {
            pausedTotal += now - pausedSince;
        }
        deadline = now + remainingWhenStopped;
        runningSince = now;
        state = State.RUNNING;
    }

    public void pause() {
        if (state != State.RUNNING) {
            return;
        }
        long now = clock.getAsLong();
        remainingWhenStopped = deadline - now;
        elapsedBefore += now - runningSince;
        pausedSince = now;
        state = State.PAUSED;
    }

    /** Space: start when ready, pause when running, resume when paused. */
    public void toggle() {
        if (state == State.RUNNING) {
            pause();
        } else {
            start();
        }
    }

    /**
     * Adds (or with a negative amount removes) time. Removing never pushes a step into overrun: it
     * stops at zero. An untimed step is unaffected.
     */
    public void add(Duration amount) {
        if (duration == null) {
            return;
        }
        long delta = amount.toNanos();
        long remaining = remainingNanos(clock.getAsLong());
        long target = remaining + delta;
        if (delta < 0) {
            target = Math.max(target, Math.min(remaining, 0));
        }
        long applied = target - remaining;
        if (state == State.RUNNING) {
            deadline += applied;
        } else {
            remainingWhenStopped += applied;
        }
        duration += applied;
    }

    /**
     * Aims the countdown anew: {@code remaining} is left from now (negative: that far into overrun),
     * running or not; the planned time, and with it the warning, stays. For a countdown to a clock
     * time whose wall clock was put right ({@link ClockCountdown}). An untimed step is unaffected.
     */
    public void setRemaining(Duration remaining) {
        if (duration == null) {
            return;
        }
        long r = remaining.toNanos();
        if (state == State.RUNNING) {
            deadline = clock.getAsLong() + r;
        } else {
            remainingWhenStopped = r;
        }
    }

    /**
     * Back to the planned time (minutes added are undone, the warning is the plan's own), keeping
     * the running or paused state.
     */
    public void restart() {
        long now = clock.getAsLong();
        duration = planned;
        warning = planned == null ? 0 : warningThreshold(planned);
        long full = duration == null ? 0 : duration;
        elapsedBefore = 0;
        runningSince = now;
        if (state == State.RUNNING) {
            deadline = now + full;
        } else {
            remainingWhenStopped = full;
        }
    }

    private long remainingNanos(long now) {
        return state == State.RUNNING ? deadline - now : remainingWhenStopped;
    }

    private long elapsedNanos(long now) {
        return elapsedBefore + (state == State.RUNNING ? now - runningSince : 0);
    }

    /** The monotonic time the step reaches zero, or null when not running or untimed. */
    public Long deadlineNanos() {
        return state == State.RUNNING && duration != null ? deadline : null;
    }

    public Snapshot snapshot() {
        long now = clock.getAsLong();
        long remaining = remainingNanos(now);
        long paused = pausedTotal + (state == State.PAUSED ? now - pausedSince : 0);
        return new Snapshot(state, stage(remaining), remaining, elapsedNanos(now), duration, paused);
    }

    private Stage stage(long remaining) {
        if (duration == null) {
            return Stage.NORMAL;
        }
        if (remaining <= 0 && (state != State.READY || duration == 0)) {
            return Stage.OVERRUN;
        }
        return remaining <= warningThresholdNanos() ? Stage.WARNING : Stage.NORMAL;
    }

    /**
     * When the warning starts, from the planned time (minutes added or removed do not move it; a
     * plan cut while the step runs does not narrow it).
     */
    public long warningThresholdNanos() {
        return planned == null ? 0 : warning;
    }

    /** The last minute, or the last 20 % of a step of five minutes or less. */
    static long warningThreshold(long duration) {
        return duration <= SHORT_STEP ? duration / 5 : MINUTE;
    }

    /**
     * "07:42", "00:00", "+01:23" in overrun, "1:02:03" past an hour. Remaining time is rounded up,
     * so 00:00 shows only when the time is up; overrun and elapsed time are rounded down.
     */
    public static String format(Snapshot s) {
        if (!s.timed()) {
            return clock(s.elapsedNanos() / 1_000_000_000L);
        }
        long r = s.remainingNanos();
        if (r > 0) {
            return clock((r + 999_999_999L) / 1_000_000_000L);
        }
        long over = -r / 1_000_000_000L;
        return over == 0 ? clock(0) : "+" + clock(over);
    }

    private static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }
}
