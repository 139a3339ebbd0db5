package dk.vaerksted.core.timer;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Signals the warning and the end of a step at their instants from a timer thread, so that a busy
 * screen (a long layout, a slow frame) cannot make the chime late. Call {@link #update} after every
 * change to the countdown (start, pause, add a minute, restart, a new step). Each signal sounds
 * once per approach: going back above the threshold (a minute added) arms it again.
 */
public final class SignalScheduler {
    /** Called on the timer thread; {@code lateNanos} is how long after its instant it ran. */
    public interface Listener {
        void warning(long lateNanos);

        void end(long lateNanos);
    }

    /** Runs a task after a delay; the app uses a scheduled executor, tests a manual one. */
    public interface Timer {
        Cancellable schedule(Runnable task, long delayNanos);

        static Timer of(ScheduledExecutorService executor) {
            return (task, delay) -> {
                ScheduledFuture<?> f = executor.schedule(task, delay, TimeUnit.NANOSECONDS);
                return () -> f.cancel(false);
            };
        }
    }

    public interface Cancellable {
        void cancel();
    }

    private final Timer timer;
    private final LongSupplier clock;
    private final Listener listener;

    private Cancellable pendingWarning;
    private Cancellable pendingEnd;
    private boolean warned;
    private boolean ended;

    public SignalScheduler(Timer timer, LongSupplier nanoClock, Listener listener) {
        this.timer = timer;
        this.clock = nanoClock;
        this.listener = listener;
    }

    /** A new step: both signals may sound again. */
    public synchronized void reset() {
        cancel();
        warned = false;
        ended = false;
    }

    public synchronized void update(Countdown countdown) {
        cancel();
        Countdown.Snapshot s = countdown.snapshot();
        if (!s.timed()) {
            return;
        }
        long threshold = countdown.warningThresholdNanos();
        if (s.remainingNanos() > threshold) {
            warned = false;
        }
        if (s.remainingNanos() > 0) {
            ended = false;
        }
        Long deadline = countdown.deadlineNanos();
        if (deadline == null) {
            return;
        }
        long now = clock.getAsLong();
        if (!warned && s.remainingNanos() > threshold) {
            long at = deadline - threshold;
            pendingWarning = timer.schedule(() -> fire(true, at), at - now);
        }
        if (!ended && s.remainingNanos() > 0) {
            pendingEnd = timer.schedule(() -> fire(false, deadline), deadline - now);
        }
    }

    private void fire(boolean warning, long due) {
        long late = clock.getAsLong() - due;
        synchronized (this) {
            if (warning) {
                if (warned) {
                    return;
                }
                warned = true;
            } else {
                if (ended) {
                    return;
                }
                ended = true;
            }
        }
        if (warning) {
            listener.warning(late);
        } else {
            listener.end(late);
        }
    }

    private void cancel() {
        if (pendingWarning != null) {
            pendingWarning.cancel();
            pendingWarning = null;
        }
        if (pendingEnd != null) {
            pendingEnd.cancel();
            pendingEnd = null;
        }
    }
}
