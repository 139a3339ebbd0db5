package dk.vaerksted.core.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * A countdown to a time on the clock ("vi fortsætter kl. 14.30"): the target is an instant taken
 * from the wall clock's idea of the day; the counting runs on the monotonic clock (a
 * {@link Countdown}), so the seconds tick evenly whatever the wall clock does between two frames.
 *
 * <p>What is right when the two clocks disagree, and why:
 * <ul>
 *   <li><b>Daylight saving.</b> The target is an instant (14.30 in Europe/Copenhagen on that day),
 *       and instants do not jump when the clocks go forward or back: the countdown counts the real
 *       time left. A naive "14.30 minus the time of day on the clock" would be an hour off across
 *       the change.</li>
 *   <li><b>The wall clock steps</b> (NTP puts it right, or someone sets it) while the monotonic clock
 *       runs on. The room keeps time by the clocks on its walls and its phones, which are right; a
 *       stepped system clock has just been put right too. So the countdown follows the wall clock:
 *       once a disagreement exceeds {@link #TOLERANCE} it re-aims at the target from the wall
 *       clock's time, jumping once to the true time left (back up when the clock was stepped back),
 *       and counts on monotonically from there. Below the tolerance (slewing, jitter) it ignores the
 *       wall clock, so the display never jumps back and forth by a second.</li>
 *   <li><b>Suspend</b> (the laptop's lid closed in the break). The monotonic clock stands still
 *       while the machine sleeps; the wall clock does not. After waking, the disagreement is the
 *       time slept: the countdown re-aims and shows the time really left — 14.30 is still 14.30 —
 *       instead of resuming as if no time had passed.</li>
 * </ul>
 * A countdown of a duration (a talk, a table's turn, an exercise's step) is a plain
 * {@link Countdown} on the monotonic clock: a step of the wall clock is no time passing, so it must
 * not move them.
 */
public final class ClockCountdown {
    /** A disagreement of the two clocks beyond this is a step of the wall clock or a sleep, not jitter. */
    public static final Duration TOLERANCE = Duration.ofSeconds(1);

    private final LongSupplier nanos;
    private final Clock wall;
    private final Countdown countdown;
    private Instant target;
    /** The two clocks' readings when they were last matched. */
    private long anchorNanos;
    private Instant anchorWall;

    /** Starts counting to {@code target} now; a target already passed starts in overrun. */
    public ClockCountdown(LongSupplier nanos, Clock wall, Instant target) {
        this.nanos = nanos;
        this.wall = wall;
        this.target = target;
        this.anchorNanos = nanos.getAsLong();
        this.anchorWall = wall.instant();
        Duration left = Duration.between(anchorWall, target);
        this.countdown = new Countdown(nanos, left.isNegative() ? Duration.ZERO : left);
        countdown.start();
        if (left.isNegative()) {
            countdown.setRemaining(left);
        }
    }

    public Instant target() {
        return target;
    }

    /** The target moved (minutes taken out of the break, or added): re-aimed at once. */
    public void retarget(Instant newTarget) {
        if (newTarget.equals(target)) {
            return;
        }
        target = newTarget;
        resync();
        countdown.setRemaining(Duration.between(estimate(nanos.getAsLong()), target));
    }

    /** The time left now (after matching the clocks), for the display. */
    public Countdown.Snapshot snapshot() {
        resync();
        return countdown.snapshot();
    }

    /** What the wall clock should read at monotonic {@code n}, by the monotonic time since the last match. */
    private Instant estimate(long n) {
        return anchorWall.plusNanos(n - anchorNanos);
    }

    private void resync() {
        long n = nanos.getAsLong();
        Instant w = wall.instant();
        if (Duration.between(estimate(n), w).abs().compareTo(TOLERANCE) > 0) {
            anchorNanos = n;
            anchorWall = w;
            countdown.setRemaining(Duration.between(w, target));
        }
    }
}
