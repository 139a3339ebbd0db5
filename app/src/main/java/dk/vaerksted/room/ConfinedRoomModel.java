package dk.vaerksted.room;

import dk.vaerksted.core.session.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link RoomModel} over a session that one thread owns (the app's FX thread, or the command
 * line's session thread): each change is handed to that thread, applied there to the session it
 * holds, and the caller waits for it (at most {@code timeout}). So a table's note and the
 * facilitator's typing are applied one after the other, never over each other.
 *
 * <p>The owner tells the model when the session changed in other ways
 * ({@link #sessionChanged}) and when what is running changed ({@link #runningChanged}).
 */
public final class ConfinedRoomModel implements RoomModel {
    private static final Logger LOG = Logger.getLogger(ConfinedRoomModel.class.getName());

    /** The owner's side; both methods are called on the owner's thread only. */
    public interface Owner {
        /** The session as the owner holds it now. */
        Session current();

        /** Makes {@code next} the session: shown, and on its way to the file (autosave). */
        void replace(Session next);
    }

    private final Executor ownerThread;
    private final BooleanSupplier onOwnerThread;
    private final Owner owner;
    private final long timeoutNanos;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Session snapshot;
    private volatile Running running = Running.NONE;
    private volatile boolean closed;

    /**
     * @param ownerThread   runs a task on the owner's thread ({@code Platform::runLater})
     * @param onOwnerThread whether the calling thread is the owner's ({@code Platform::isFxApplicationThread}):
     *                      a change asked for there is applied at once instead of waiting for itself
     * @param initial       the session now
     * @param timeout       how long a change waits for the owner before the client is told to retry
     */
    public ConfinedRoomModel(Executor ownerThread, BooleanSupplier onOwnerThread, Owner owner, Session initial,
            Duration timeout) {
        this.ownerThread = ownerThread;
        this.onOwnerThread = onOwnerThread;
        this.owner = owner;
        this.snapshot = initial;
        this.timeoutNanos = timeout.toNanos();
    }

    @Override
    public Session session() {
        return snapshot;
    }

    @Override
    public Running running() {
        return running;
    }

    @Override
    public <T> T apply(Function<Session, Change<T>> edit) throws UnavailableException {
        if (closed) {
            throw new UnavailableException("the room's session is closed", null);
        }
        if (onOwnerThread.getAsBoolean()) {
            return applyHere(edit);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            ownerThread.execute(() -> {
                try {
                    result.complete(applyHere(edit));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new UnavailableException("the session's thread has stopped", e);
        }
        try {
            return result.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for the session", e);
        } catch (TimeoutException e) {
            throw new UnavailableException("the session's thread did not answer in time", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** On the owner's thread. */
    private <T> T applyHere(Function<Session, Change<T>> edit) {
        Session current = owner.current();
        Change<T> change = edit.apply(current);
        if (change.session() != current) {
            owner.replace(change.session());
            snapshot = change.session();
            notifyListeners();
        }
        return change.result();
    }

    /** The owner's session changed by other means (the facilitator typed, undid, edited); any thread. */
    public void sessionChanged(Session now) {
        if (now != snapshot) {
            snapshot = now;
            notifyListeners();
        }
    }

    /** What is running changed (started, paused, a minute added, the next step); any thread. */
    public void runningChanged(Running now) {
        Running before = running;
        if (now != null && now.isEnded() && before.isEnded() && before.exerciseId().equals(now.exerciseId())) {
            return; // still ended: it ended when it first said so
        }
        running = now == null ? Running.NONE : now;
        notifyListeners();
    }

    /** No more changes are taken (the session was closed); waiting ones fail with {@link UnavailableException}. */
    public void close() {
        closed = true;
    }

    @Override
    public Subscription subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void notifyListeners() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a room listener failed", e);
            }
        }
    }
}
