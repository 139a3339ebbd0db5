package dk.vaerksted.core.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Puts every change on disk shortly after the last one (debounced, off the UI thread), atomically,
 * keeping the previous version as {@code .bak}. Steady typing does not postpone it for ever: a
 * change waits at most {@code maxWait} however many follow it. Changes that come while a save runs are saved
 * right after it; nothing is dropped. Sessions are immutable, so the one handed over is exactly
 * what is written.
 */
public final class Autosave {
    /** How a save went: {@code error} is null on success. */
    public record Result(Session session, Path target, IOException error) {}

    private final SessionStore store;
    private final ScheduledExecutorService executor;
    private final long debounceNanos;
    private final long maxWaitNanos;
    private long firstPendingAt;
    private final Consumer<Result> onResult;

    /** How each target looked after our last read or write of it; a target not listed is written as is. */
    private final java.util.Map<Path, FileStamp> stamps = new java.util.concurrent.ConcurrentHashMap<>();

    private Session pending;
    private Path pendingTarget;
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
                // only a warm-up
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
        if (pending == null) {
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
                // reported through onResult
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

    public synchronized boolean hasPending() {
        return pending != null;
    }

    private void saveNow() {
        Session session;
        Path target;
        synchronized (this) {
            session = pending;
            target = pendingTarget;
            pending = null;
            scheduled = null;
        }
        if (session == null) {
            return;
        }
        try {
            Path key = target.toAbsolutePath();
            FileStamp expected = stamps.get(key);
            if (expected == null) {
                store.writeKeepingBackup(session, target);
                stamps.put(key, FileStamp.of(target));
            } else {
                stamps.put(key, store.writeIfUnchanged(session, target, expected));
            }
            onResult.accept(new Result(session, target, null));
        } catch (IOException e) {
            synchronized (this) {
                // Keep it pending, so the next change or flush tries again; the data stays in memory.
                if (pending == null) {
                    pending = session;
                    pendingTarget = target;
                }
            }
            onResult.accept(new Result(session, target, e));
        }
    }
}
