package dk.vaerksted.ui.session;

import dk.vaerksted.core.session.Autosave;
import dk.vaerksted.core.session.FileStamp;
import dk.vaerksted.core.session.Recovery;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionLock;
import dk.vaerksted.core.session.SessionStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The life of the open session on disk: its file (or its place in the recovery folder while it has
 * no name), the lock that keeps other windows off it, autosave, *Gem* and *Gem som…*. What the
 * user edits lives in {@link SessionViewModel}; this class only hears that the session changed.
 */
public final class SessionFile {
    private static final Logger LOG = Logger.getLogger(SessionFile.class.getName());

    /** Whether what is on screen is on disk, and where. */
    public enum SaveState { SAVED, AUTOSAVED_UNNAMED, UNSAVED, FAILED, CONFLICT }

    private final SessionStore store;
    private final Executor background;
    private final Consumer<Runnable> fxThread;
    private final Recovery recovery;
    private final Autosave autosave;
    private final Supplier<Session> current;
    /** Autosave's own thread: file checks that must come before its next write run there, in order. */
    private final ScheduledExecutorService diskThread;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.UNSAVED);
    private final ReadOnlyObjectWrapper<Exception> saveError = new ReadOnlyObjectWrapper<>();
    /** Where an unnamed session is autosaved (in the recovery folder), or null. */
    private Path unnamedFile;
    private SessionLock lock;
    private final javafx.beans.property.ReadOnlyBooleanWrapper unlocked = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /**
     * @param current the session as it is now (the view model's), to tell a stale save result
     */
    SessionFile(SessionStore store, Executor background, Consumer<Runnable> fxThread, Recovery recovery,
            ScheduledExecutorService autosaveThread, Duration autosaveDelay, Supplier<Session> current) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
        this.recovery = recovery;
        this.current = current;
        this.diskThread = autosaveThread;
        this.autosave = new Autosave(store, autosaveThread, autosaveDelay, r -> fxThread.accept(() -> autosaved(r)));
    }

    /**
     * A session is shown: {@code from} is its file (null for one never saved under a name),
     * {@code unnamed} its autosave file in the recovery folder when it was recovered, {@code fileLock}
     * the lock taken before the file was read. A {@code fresh} session (just set up) is put into the
     * recovery folder at once, so it is on disk the moment it is made.
     */
    void open(Session s, Path from, Path unnamed, SessionLock fileLock, boolean fresh) {
        autosave.flush();
        releaseLock();
        lock = fileLock;
        unlocked.set(false);
        Path absolute = from == null ? null : from.toAbsolutePath().normalize();
        if (absolute != null) {
            // Stamped on autosave's thread, before any write of it there: the FX thread touches no disk.
            diskThread.execute(() -> {
                try {
                    autosave.expect(absolute, FileStamp.of(absolute));
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot read the attributes of " + absolute + "; the first save will tell", e);
                }
            });
        }
        autosave.warmUp(s);
        unnamedFile = unnamed;
        file.set(absolute);
        saveError.set(null);
        saveState.set(absolute != null ? SaveState.SAVED : unnamed != null ? SaveState.AUTOSAVED_UNNAMED
                : SaveState.UNSAVED);
        if (fresh && absolute == null && unnamed == null) {
            changed(s);
        }
    }

    /** The session changed: it is written within a second, to its file or to the recovery folder. */
    void changed(Session next) {
        if (saveState.get() != SaveState.FAILED && saveState.get() != SaveState.CONFLICT) {
            saveState.set(SaveState.UNSAVED);
        }
        Path target = autosaveTarget();
        if (target != null) {
            autosave.changed(next, target);
        }
    }

    /** The session's own file, or its file in the recovery folder (made on the first change). */
    private Path autosaveTarget() {
        if (file.get() != null) {
            return file.get();
        }
        if (unnamedFile == null) {
            unnamedFile = recovery.folder().resolve(java.util.UUID.randomUUID() + ".session.json");
            Path folder = recovery.folder();
            diskThread.execute(() -> {
                try {
                    java.nio.file.Files.createDirectories(folder);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot make the recovery folder " + folder + "; the save will say so", e);
                }
            });
        }
        return unnamedFile;
    }

    private void autosaved(Autosave.Result r) {
        if (r.error() != null) {
            saveState.set(r.error() instanceof FileStamp.ChangedOnDiskException ? SaveState.CONFLICT
                    : SaveState.FAILED);
            saveError.set(r.error());
            return;
        }
        if (r.session() != current.get()) {
            return;
        }
        saveError.set(null);
        saveState.set(r.target().equals(file.get()) ? SaveState.SAVED : SaveState.AUTOSAVED_UNNAMED);
    }

    /** Another part of the app wrote the file (a restored version): that content is ours now. */
    void written(Path target, FileStamp stamp) {
        autosave.expect(target.toAbsolutePath().normalize(), stamp);
    }

    /** The unnamed session's autosave file (for crash recovery), or null. */
    public Path unnamedFile() {
        return unnamedFile;
    }

    /** Writes any pending change now and waits for it (before a file is read or the window closes). */
    public void flush() {
        autosave.flush();
    }

    /** The session is left: write what is pending and let go of the file. */
    public void close() {
        autosave.flush();
        releaseLock();
    }

    /**
     * Lets go of the file's lock, on the background thread: the same thread that takes the next
     * lock and reads the next file, so reopening this very file finds it free.
     */
    private void releaseLock() {
        if (lock != null) {
            SessionLock l = lock;
            Path of = file.get();
            lock = null;
            background.execute(() -> {
                try {
                    l.close();
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot release the lock of " + of + " (the system releases it at exit)", e);
                }
            });
        }
    }

    /**
     * Saves to {@code target} off the FX thread; on success the session's file becomes target.
     * On failure nothing is lost: the session stays in memory and {@code onError} is told. Saving
     * onto the open file itself (however its path is written) is a plain save under its own lock.
     */
    void saveTo(Session s, Path target, Runnable onSaved, Consumer<Exception> onError) {
        autosave.flush();
        Path absolute = target.toAbsolutePath().normalize();
        boolean sameAsOpen = sameFile(absolute, file.get());
        Path unnamed = unnamedFile;
        background.execute(() -> {
            SessionLock acquired = null;
            try {
                if (!sameAsOpen) {
                    acquired = SessionLock.acquire(absolute);
                }
                store.save(s, absolute);
                autosave.expect(absolute, FileStamp.of(absolute));
                forget(unnamed, absolute);
                SessionLock newLock = acquired;
                fxThread.accept(() -> {
                    if (newLock != null) {
                        releaseLock();
                        lock = newLock;
                        unlocked.set(false);
                    }
                    file.set(absolute);
                    boolean latest = current.get() == s;
                    saveError.set(null);
                    saveState.set(latest ? SaveState.SAVED : SaveState.UNSAVED);
                    if (unnamedFile == unnamed) {
                        unnamedFile = null;
                    }
                    if (!latest) {
                        autosave.changed(current.get(), absolute);
                    }
                    onSaved.run();
                });
            } catch (Exception e) {
                LOG.log(Level.WARNING, "saving to " + absolute + " failed; the session stays in memory", e);
                if (acquired != null) {
                    try {
                        acquired.close();
                    } catch (IOException ex) {
                        LOG.log(Level.WARNING, "cannot release the lock of " + absolute, ex);
                    }
                }
                fxThread.accept(() -> onError.accept(e));
            }
        });
    }

    /** Whether {@code file} is the file of the session open in {@code model}. */
    public static boolean sameFileOpen(SessionViewModel model, Path file) {
        return sameFile(model.fileProperty().get(), file);
    }

    /** The file is open without a lock (its folder could not hold one): the view says so. */
    public void noLock() {
        unlocked.set(true);
    }

    /** Whether the open file could not be locked against other windows. */
    public javafx.beans.property.ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    /** Whether two paths name the same file, however they are written (relative, with . and ..); no disk access. */
    static boolean sameFile(Path a, Path b) {
        return a != null && b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** The session now has a name: its copy in the recovery folder is no longer needed (off the FX thread). */
    private void forget(Path unnamed, Path savedAs) {
        if (unnamed != null) {
            try {
                recovery.forget(unnamed, savedAs);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the recovery copy " + unnamed + " stays; it is offered again at the next start", e);
            }
        }
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The last save problem, or null; shown translated by the view. */
    public ReadOnlyObjectProperty<Exception> saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }
}
