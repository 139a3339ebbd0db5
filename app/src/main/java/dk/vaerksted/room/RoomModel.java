package dk.vaerksted.room;

import dk.vaerksted.core.session.Session;
import java.util.function.Function;

/**
 * What the room's server talks to: the open session, changes to it, and what is running now.
 * Implementations are thread-safe: the server calls them from many threads at once.
 *
 * <p>Every change is a pure function of the session ({@link Function Session → Change}), applied
 * one at a time in the order they arrive, each to the result of the one before. Two
 * implementations: {@link HeadlessRoomModel} (a session file, for the command line) and, in the
 * app, the same {@link ConfinedRoomModel} over the window's view model, with the FX thread as the
 * owner of the session.
 */
public interface RoomModel {
    /** A change's outcome: the session after it (the same instance when nothing changed), and what to answer. */
    record Change<T>(Session session, T result) {}

    /** The model cannot take changes now (closed, or its owner did not answer in time); the client retries. */
    final class UnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A handle to stop listening. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** The session as it is now (an immutable snapshot); any thread, cheap. */
    Session session();

    /**
     * Applies {@code edit} to the current session and makes its result the session; returns once
     * that is done and the change is on its way to the file (autosave: on disk within a second).
     * Runtime exceptions of {@code edit} are passed on and change nothing.
     */
    <T> T apply(Function<Session, Change<T>> edit) throws UnavailableException;

    /** What is running now ({@link Running#NONE} when no step is). */
    Running running();

    /**
     * Calls {@code listener} after every change of the session or of what is running, on any
     * thread; it must return quickly.
     */
    Subscription subscribe(Runnable listener);
}
