package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.NewSession;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.SessionLock;
import dk.vaerksted.export.ExportNames;
import dk.vaerksted.ui.session.SessionViewModel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.FileChooser;

/**
 * Files from and to the window: open (menu, Ctrl+O, drag and drop, command line, recent), save,
 * save as, the library's decks and exercises. Reading and writing happen off the FX thread; a
 * refused file is reported with every problem at its place and left as it was.
 */
final class FileActions {
    private static final Logger LOG = Logger.getLogger(FileActions.class.getName());

    private final MainWindow window;
    private final AppContext ctx;
    private final Dialogs dialogs;
    private final Messages m;
    private final SessionViewModel session;

    FileActions(MainWindow window, AppContext ctx, Dialogs dialogs) {
        this.window = window;
        this.ctx = ctx;
        this.dialogs = dialogs;
        this.m = ctx.ui();
        this.session = window.sessionModel();
    }

    /** What was read: a session with its lock, a deck or an exercise; or why not. */
    private record Read(Session session, SessionLock lock, Deck deck, Session template, boolean inLibrary,
            SessionFormatException refused, IOException lockProblem) {}

    /** Opens a session, deck or exercise file (read in the background, shown when it is read). */
    void open(Path given) {
        open(given, null);
    }

    /** As {@link #open(Path)}; {@code after} runs once a session from it is on screen. */
    void open(Path given, Runnable after) {
        Path file = given.toAbsolutePath().normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        long at = window.shownCount();
        // What is pending for the open session is written first: it may be this very file.
        window.runModel().finishQuietly();
        session.flush();
        if (dk.vaerksted.ui.session.SessionFile.sameFileOpen(session, file)) {
            session.close(); // reopening the open file: let go of our own lock first
        }
        ctx.background().execute(() -> {
            Read r = read(file, name);
            MainWindow.onFx(() -> shown(file, r, at, after));
        });
    }

    private Read read(Path file, String name) {
        try {
            if (name.endsWith(".deck.json")) {
                return new Read(null, null, ctx.store().readDeck(file), null, inFolder(file, ctx.userDecks().folder()),
                        null, null);
            }
            if (name.endsWith(".template.json")) {
                return new Read(null, null, null, ctx.store().readTemplate(file),
                        inFolder(file, ctx.userTemplates().folder()), null, null);
            }
            SessionLock lock;
            try {
                lock = SessionLock.acquire(file);
            } catch (SessionLock.LockedException e) {
                return new Read(null, null, null, null, false, null, e);
            } catch (IOException e) {
                // A read-only folder cannot hold the lock: the file is shown, and the status says so.
                LOG.log(Level.WARNING, "cannot lock " + file + "; opening it without a lock", e);
                lock = null;
            }
            try {
                return new Read(ctx.store().readSession(file), lock, null, null, false, null, null);
            } catch (SessionFormatException e) {
                closeQuietly(lock, file);
                throw e;
            }
        } catch (SessionFormatException e) {
            return new Read(null, null, null, null, false, e, null);
        }
    }

    private void shown(Path file, Read r, long at, Runnable after) {
        if (r.refused() != null) {
            refused(file, r.refused());
        } else if (r.lockProblem() != null) {
            dialogs.error(m.get("error.open.title"), m.get("error.open.header", file.getFileName()),
                    Problems.describe(r.lockProblem(), m));
        } else if (r.deck() != null) {
            if (r.inLibrary()) {
                window.editDeck(r.deck(), file, false);
            } else {
                window.start().showDeck(r.deck(), () -> window.editDeck(r.deck(), null, true));
            }
        } else if (r.template() != null) {
            window.editTemplate(r.template(), r.inLibrary() ? file : null, !r.inLibrary());
        } else if (r.session() != null) {
            if (window.shownCount() != at && window.screen() instanceof UnsavedWork) {
                closeQuietly(r.lock(), file); // an editor was opened meanwhile: it stays
                return;
            }
            window.showSession(r.session(), () -> session.open(r.session(), file, null, r.lock()));
            if (r.lock() == null) {
                session.disk().noLock();
            }
            ctx.background().execute(() -> ctx.settings().addRecent(file));
            if (after != null) {
                after.run();
            }
        }
    }

    private static void closeQuietly(SessionLock lock, Path file) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot release the lock of " + file + " (released at exit)", e);
            }
        }
    }

    /** A file that could not be read: its name and every problem, at its place; the file stays as it was. */
    void refused(Path file, SessionFormatException e) {
        dialogs.error(m.get("error.open.title"), m.get("error.open.header", file.getFileName()), e.describe(ctx.core()));
    }

    private static boolean inFolder(Path file, Path folder) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(folder.toAbsolutePath().normalize());
    }

    void openDialog() {
        FileChooser chooser = sessionChooser();
        chooser.setTitle(m.get("menu.open"));
        File f = chooser.showOpenDialog(window.stage());
        if (f != null) {
            window.open(f.toPath());
        }
    }

    private FileChooser sessionChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("filter.session"), "*.session.json"),
                new FileChooser.ExtensionFilter(m.get("filter.vaerksted"), "*.session.json", "*.deck.json",
                        "*.template.json"),
                new FileChooser.ExtensionFilter(m.get("filter.all"), "*"));
        // Beside the open session's file; a session never saved starts in the user's documents folder,
        // as the export's dialog does (the system's own choice is often the program's folder).
        Path folder = ExportActions.initialFolder(session.fileProperty().get(), Path.of(System.getProperty("user.home")));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    void save() {
        Path file = session.fileProperty().get();
        if (file == null) {
            saveAs();
        } else {
            session.saveTo(file, () -> { }, this::saveFailed);
        }
    }

    void saveAs() {
        Session s = session.sessionProperty().get();
        if (s == null) {
            return;
        }
        FileChooser chooser = sessionChooser();
        chooser.setTitle(m.get("menu.saveAs"));
        chooser.setInitialFileName(ExportNames.sanitize(s.title()) + ".session.json");
        File f = chooser.showSaveDialog(window.stage());
        if (f != null) {
            Path target = dk.vaerksted.core.session.FileNames.withSuffix(f.toPath(), ".session.json");
            session.saveTo(target, () -> ctx.background().execute(() -> ctx.settings().addRecent(target)),
                    this::saveFailed);
        }
    }

    private void saveFailed(Exception e) {
        dialogs.error(m.get("error.save.title"), m.get("error.save.header"), Problems.describe(e, m));
    }

    /**
     * The open session's exercises (as edited: minutes, order, cards) kept as one's own exercise
     * in the library, to start from next time; the session stays open.
     */
    void saveAsTemplate() {
        Session s = session.sessionProperty().get();
        if (s == null) {
            return;
        }
        Session template = NewSession.templateOf(s);
        ctx.background().execute(() -> {
            try {
                Path file = ctx.userTemplates().newFile(template.title());
                ctx.userTemplates().save(template, file);
                MainWindow.onFx(() -> dialogs.info(m.get("menu.saveAsTemplate"),
                        m.get("template.savedFromSession", template.title()), m.get("template.savedFromSession.text"),
                        "template-saved"));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot keep the exercise " + template.title(), e);
                MainWindow.onFx(() -> dialogs.error(m.get("template.error"), template.title(), Problems.describe(e, m)));
            }
        });
    }

    /**
     * *Filer → Tidligere versioner*: the versions of the open file, read in the background; the one
     * chosen is restored (what the file holds now kept as a version first) and shown, undoable.
     */
    void showVersions() {
        Path file = session.fileProperty().get();
        if (file == null) {
            dialogs.info(m.get("versions.title"), null, m.get("versions.unnamed"), "versions-unnamed");
            return;
        }
        dk.vaerksted.core.session.Versions versions = ctx.versions();
        ctx.background().execute(() -> {
            try {
                var list = versions.list(file);
                MainWindow.onFx(() -> {
                    var dialog = new dk.vaerksted.ui.session.VersionsDialog(file.getFileName().toString(), list, m,
                            ctx.background(), MainWindow::onFx, versions::read);
                    dialog.initOwner(window.stage());
                    dialog.showAndWait().ifPresent(this::restore);
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot list the versions of " + file, e);
                MainWindow.onFx(() -> dialogs.error(m.get("versions.title"), file.getFileName().toString(),
                        Problems.describe(e, m)));
            }
        });
    }

    private void restore(dk.vaerksted.core.session.Versions.Version v) {
        Path file = session.fileProperty().get();
        session.flush();
        ctx.background().execute(() -> {
            try {
                var stamp = ctx.versions().restore(v);
                Session restored = ctx.store().readSession(file);
                MainWindow.onFx(() -> {
                    session.restored(restored, file, stamp);
                    session.notice().say(m.get("versions.restored", java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                            java.time.format.FormatStyle.MEDIUM).withLocale(m.locale()).withZone(java.time.ZoneId.systemDefault())
                            .format(v.time()), m.get("versions.reason." + v.reason().name()),
                            m.get("start.noteCount", restored.noteCount())), session.sessionProperty().get());
                });
            } catch (IOException | SessionFormatException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot restore " + v.stored() + " to " + file, e);
                MainWindow.onFx(() -> dialogs.error(m.get("versions.title"), file.getFileName().toString(),
                        e instanceof SessionFormatException f ? f.describe(ctx.core()) : Problems.describe(e, m)));
            }
        });
    }

    /** A deck written to a file of the user's choice, to share it with another facilitator. */
    void exportDeck(Deck deck) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("deck.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.deck"), "*.deck.json"));
        chooser.setInitialFileName(ExportNames.sanitize(deck.title()) + ".deck.json");
        File f = chooser.showSaveDialog(window.stage());
        if (f == null) {
            return;
        }
        ctx.background().execute(() -> {
            try {
                ctx.store().write(deck, dk.vaerksted.core.session.FileNames.withSuffix(f.toPath(), ".deck.json"));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot write the deck to " + f, e);
                MainWindow.onFx(() -> dialogs.error(m.get("deck.error"), f.getName(), Problems.describe(e, m)));
            }
        });
    }
}
