package dk.vaerksted.room;

import dk.vaerksted.core.session.Autosave;
import dk.vaerksted.core.session.FileStamp;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionLock;
import dk.vaerksted.core.session.SessionStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The room's model without a window: a session file, read with {@link SessionStore}, locked like
 * the app locks an open file, changed one change at a time on its own thread and saved with the
 * app's {@link Autosave} (400 ms after the last change, at most about half a second under steady
 * writing). No step is running.
 */
public final class HeadlessRoomModel implements RoomModel, AutoCloseable {
    /** The app's autosave delay (SessionViewModel.AUTOSAVE_DELAY). */
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(400);
    /** How long a table's change waits for the session thread before the page is told to retry. */
    static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(5);

    private final Path file;
    private final SessionLock lock;
    private final ExecutorService sessionThread;
    private final ScheduledExecutorService autosaveThread;
    private final Autosave autosave;
    private final ConfinedRoomModel model;
    private Session current;
    private volatile Thread owner;

    private HeadlessRoomModel(Path file, SessionLock lock, Session session, SessionStore store,
            Consumer<Autosave.Result> onSave) {
        this.file = file;
        this.lock = lock;
        this.current = session;
        this.sessionThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "room-session");
            t.setDaemon(true);
            owner = t;
            return t;
        });
        this.autosaveThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "room-autosave");
            t.setDaemon(true);
            return t;
        });
        this.autosave = new Autosave(store, autosaveThread, AUTOSAVE_DELAY, onSave);
        this.model = new ConfinedRoomModel(sessionThread, () -> Thread.currentThread() == owner,
                new ConfinedRoomModel.Owner() {
                    @Override
                    public Session current() {
                        return current;
                    }

                    @Override
                    public void replace(Session next) {
                        current = next;
                        autosave.changed(next, file);
                    }
                }, session, CHANGE_TIMEOUT);
    }

    /**
     * Opens {@code file}: takes its lock (a file open in the app or another room is refused with
     * {@link SessionLock.LockedException}), then reads it. {@code onSave} hears how each save went.
     */
    public static HeadlessRoomModel open(Path file, Consumer<Autosave.Result> onSave)
            throws IOException, SessionFormatException {
        return open(file, onSave, new SessionStore(new dk.vaerksted.core.session.DocumentReader(),
                new dk.vaerksted.core.session.DocumentWriter(), new dk.vaerksted.core.session.Versions(
                        dk.vaerksted.core.session.Recovery.defaultFolder().getParent().resolve("versions"))));
    }

    /**
     * As {@link #open(Path, Consumer)}, saving through {@code store} (the command line's keeps earlier
     * versions in the app's data folder, as the app does).
     */
    public static HeadlessRoomModel open(Path file, Consumer<Autosave.Result> onSave, SessionStore store)
            throws IOException, SessionFormatException {
        SessionLock lock = SessionLock.acquire(file);
        try {
            FileStamp stamp = FileStamp.of(file);
            Session session = store.readSession(file);
            HeadlessRoomModel m = new HeadlessRoomModel(file, lock, session, store, onSave);
            m.autosave.expect(file, stamp);
            m.autosave.warmUp(session);
            return m;
        } catch (IOException | SessionFormatException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Session session() {
        return model.session();
    }

    @Override
    public <T> T apply(Function<Session, Change<T>> edit) throws UnavailableException {
        return model.apply(edit);
    }

    @Override
    public Running running() {
        return Running.NONE;
    }

    @Override
    public Subscription subscribe(Runnable listener) {
        return model.subscribe(listener);
    }

    /** Writes what is pending now and waits for it. */
    public void flush() {
        autosave.flush();
    }

    /** Takes no more changes, writes what is pending, lets go of the file. */
    @Override
    public void close() throws IOException {
        model.close();
        sessionThread.shutdown();
        try {
            sessionThread.awaitTermination(CHANGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        autosave.flush();
        autosaveThread.shutdown();
        lock.close();
    }
}
