package dk.vaerksted.core.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts every change on disk shortly after the last one (debounced, off the UI thread), atomically,
 * through {@link SessionStore#save} (which keeps earlier versions). Steady typing does not postpone
 * it for ever: a change waits at most {@code maxWait} however many follow it. Changes that come
 * while a save runs are saved right after it; nothing is dropped. Sessions are immutable, so the
 * one handed over is exactly what is written. A change stays pending until its write succeeded;
 * whatever a write throws is reported through {@code onResult} and logged, and the change is tried
 * again with the next change or {@link #flush}.
 */
public final class Autosave {
    private static final Logger LOG = Logger.getLogger(Autosave.class.getName());

    /**
     * How a save went: {@code error} is null on success; otherwise what went wrong (an
     * {@link IOException} such as {@link FileStamp.ChangedOnDiskException}, or any other failure of
     * the write, a bug included), and the session is still pending.
     */
    public record Result(Session session, Path target, Exception error) {}

    private final SessionStore store;
    private final ScheduledExecutorService executor;
    private final long debounceNanos;
    private final long maxWaitNanos;
    private long firstPendingAt;
    private final Consumer<Result> onResult;

    /** How each target looked after our last read or write of it; a target not listed is written as is. */
    private final java.util.Map<Path, FileStamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();

    /** The newest change not known to be on disk, or null. */
    private Session pending;
    private Path pendingTarget;
    /** The change whose save is under way, or null. */
    private Session writing;
    private ScheduledFuture<?> scheduled;

    public Autosave(SessionStore store, ScheduledExecutorService executor, Duration debounce,
            Consumer<Result> onResult) {
        this(store, executor, debounce, debounce.plus(debounce.dividedBy(3)), onResult);
    }

    /**
     * Loads what a save needs (the writer's classes) before the first change, so that the first
     * save after start-up is as quick as the others.
     */
    public void warmUp(Session session) {
        executor.execute(() -> {
            try {
                new DocumentWriter().write(session);
            } catch (RuntimeException e) {
                // Only a warm-up: the real save will fail too and be reported then.
                LOG.log(Level.WARNING, "warming up the writer failed", e);
            }
        });
    }

    public Autosave(SessionStore store, ScheduledExecutorService executor, Duration debounce, Duration maxWait,
            Consumer<Result> onResult) {
        this.store = store;
        this.executor = executor;
        this.debounceNanos = debounce.toNanos();
        this.maxWaitNanos = Math.max(maxWait.toNanos(), debounceNanos);
        this.onResult = onResult;
    }

    /** A change: save {@code session} to {@code target} once the changes pause for the debounce time. */
    public synchronized void changed(Session session, Path target) {
        long now = System.nanoTime();
        if (pending == null || pending == writing) {
            firstPendingAt = now;
        }
        pending = session;
        pendingTarget = target;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        long delay = Math.max(0, Math.min(debounceNanos, firstPendingAt + maxWaitNanos - now));
        scheduled = executor.schedule(this::saveNow, delay, TimeUnit.NANOSECONDS);
    }

    /**
     * Saves what is pending at once and waits for it, and for a save already under way (the
     * executor has one thread, so this task runs after it). Used when a window closes and before a
     * file is read that a pending save may be about to write.
     */
    public void flush() {
        java.util.concurrent.Future<?> f;
        synchronized (this) {
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
            f = executor.submit(this::saveNow);
        }
        if (f != null) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // saveNow reports every failure itself; this is only reached by a bug in it.
                LOG.log(Level.SEVERE, "autosave failed unreported", e.getCause());
            }
        }
    }

    /**
     * From now on, {@code target} is only written if it still looks like {@code stamp}: a file
     * changed or deleted by another program is not overwritten (the save fails with
     * {@link FileStamp.ChangedOnDiskException} and the session stays pending).
     */
    public void expect(Path target, FileStamp stamp) {
        stamps.put(target.toAbsolutePath(), stamp);
    }

    /** Whether a change is not yet known to be on disk (also while its save is under way). */
    public synchronized boolean hasPending() {
        return pending != null;
    }

    private void saveNow() {
        Session session;
        Path target;
        synchronized (this) {
            session = pending;
            target = pendingTarget;
            scheduled = null;
            writing = session;
        }
        if (session == null) {
            return;
        }
        Exception failure = null;
        try {
            Path key = target.toAbsolutePath();
            FileStamp expected = stamps.get(key);
            if (expected == null) {
                store.save(session, target);
                stamps.put(key, FileStamp.of(target));
            } else {
                stamps.put(key, store.writeIfUnchanged(session, target, expected));
            }
        } catch (Exception e) {
            failure = e;
        } catch (Error e) {
            // A writer's StackOverflowError or the like: reported like any failure, not lost in the executor.
            failure = new IllegalStateException("the save failed: " + e, e);
        }
        synchronized (this) {
            writing = null;
            // Only what was written is no longer pending; a change that came meanwhile stays.
            if (failure == null && pending == session) {
                pending = null;
                pendingTarget = null;
            }
        }
        if (failure != null) {
            LOG.log(Level.WARNING, "autosave of " + target + " failed; the change stays pending", failure);
        }
        try {
            onResult.accept(new Result(session, target, failure));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "reporting an autosave result failed", e);
        }
    }
}
