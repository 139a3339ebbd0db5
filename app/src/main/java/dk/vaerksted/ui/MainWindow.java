package dk.vaerksted.ui;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.NewSession;
import dk.vaerksted.core.session.Recovery;
import dk.vaerksted.core.session.SessionLock;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.export.ExportNames;
import dk.vaerksted.export.ExportOptions;
import dk.vaerksted.ui.deck.DeckEditor;
import dk.vaerksted.ui.deck.DeckView;
import dk.vaerksted.ui.session.EditSessionDialog;
import dk.vaerksted.ui.session.SessionView;
import dk.vaerksted.ui.session.SessionViewModel;
import dk.vaerksted.ui.start.SetupDialog;
import dk.vaerksted.ui.start.StartView;
import dk.vaerksted.ui.audience.AudienceWindow;
import dk.vaerksted.ui.timer.RunViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window: a menu bar and one screen at a time (start, session, deck). Opens files from the
 * menu, Ctrl+O, drag and drop and the command line; reports a refused file with every problem.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppContext ctx;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final SessionViewModel session;
    private final MenuItem save;
    private final MenuItem saveAs;
    private final MenuItem export;
    private MenuItem editItem;
    private MenuItem saveTemplate;
    private final RunViewModel run;
    private final MenuItem projector;
    private AudienceWindow audience;
    private Theme theme;
    private final ProgressIndicator busy = new ProgressIndicator();
    private HBox top;

    public MainWindow(Stage stage, AppContext ctx) {
        this.stage = stage;
        this.ctx = ctx;
        this.m = ctx.ui();
        this.session = new SessionViewModel(ctx.store(), ctx.background(), ctx.wallClock(), ctx.recovery(),
                ctx.autosaveThread());
        this.theme = Theme.parse(ctx.settings().get("theme", Theme.LIGHT.name()));
        this.run = new RunViewModel(ctx.nanoClock(), ctx.wallClock(), ctx.signalTimer(), ctx.chime(),
                session::appendRun, m);

        MenuItem open = item("menu.open", "Shortcut+O", this::openDialog);
        save = item("menu.save", "Shortcut+S", this::save);
        saveAs = item("menu.saveAs", "Shortcut+Shift+S", this::saveAs);
        export = item("menu.export", "Shortcut+E", this::exportPdf);
        editItem = item("menu.edit", "Shortcut+K", this::editSession);
        saveTemplate = item("menu.saveAsTemplate", null, this::saveAsTemplate);
        MenuItem home = item("menu.home", "Shortcut+H", this::showStart);
        MenuItem quit = item("menu.quit", "Shortcut+Q", stage::close);
        Menu file = new Menu(m.get("menu.file"), null, open, save, saveAs, export, editItem, saveTemplate, home, quit);
        projector = item("menu.projector", "F5", this::toggleProjector);
        CheckMenuItem sound = new CheckMenuItem(m.get("menu.sound"));
        sound.setId("menu-sound");
        sound.setSelected(!ctx.chime().mutedProperty().get());
        ctx.chime().mutedProperty().bind(sound.selectedProperty().not());
        Slider volume = new Slider(0, 1, ctx.chime().volumeProperty().get());
        volume.setId("menu-volume");
        volume.setAccessibleText(m.get("menu.volume"));
        ctx.chime().volumeProperty().bind(volume.valueProperty());
        CustomMenuItem volumeItem = new CustomMenuItem(new HBox(8, new Label(m.get("menu.volume")), volume), false);
        Menu themes = new Menu(m.get("menu.theme"));
        ToggleGroup themeGroup = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get("theme." + t.name()));
            item.setId("theme-" + t.name());
            item.setToggleGroup(themeGroup);
            item.setSelected(t == theme);
            item.setOnAction(e -> setTheme(t));
            themes.getItems().add(item);
        }
        Menu languages = new Menu(m.get("menu.language"));
        ToggleGroup languageGroup = new ToggleGroup();
        for (java.util.Locale l : List.of(Messages.DANISH, Messages.ENGLISH)) {
            RadioMenuItem item = new RadioMenuItem(l.getDisplayLanguage(l));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(languageGroup);
            item.setSelected(l.equals(m.locale()));
            item.setOnAction(e -> {
                ctx.settings().put("language", l.getLanguage());
                Alert info = new Alert(Alert.AlertType.INFORMATION, m.get("language.nextStart"));
                info.initOwner(stage);
                info.setHeaderText(null);
                info.show();
            });
            languages.getItems().add(item);
        }
        Menu view = new Menu(m.get("menu.view"), null, projector, sound, volumeItem, themes, languages);
        MenuBar bar = new MenuBar(file, view);
        bar.setId("menu-bar");
        busy.setId("busy");
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        HBox.setHgrow(bar, Priority.ALWAYS);
        // The spinner joins the bar the first time work is under way: its skin and animation are
        // not worth a first frame that shows no work.
        HBox top = new HBox(8, bar);
        this.top = top;
        top.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        root.setTop(top);

        Scene scene = new Scene(root, 1280, 800);
        theme.applyGlobally();
        theme.apply(scene);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::runKeys);
        stage.setScene(scene);
        stage.setTitle(m.get("app.title"));
        stage.setOnHidden(e -> {
            run.finish();
            session.close();
            if (audience != null) {
                audience.stage().hide();
            }
        });
        showStart();
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    public Stage stage() {
        return stage;
    }

    public SessionViewModel sessionModel() {
        return session;
    }

    private void editDeck(Deck deck, Path file) {
        stage.setTitle(deck.title() + " – " + m.get("app.title"));
        DeckEditor editor = new DeckEditor(deck, file, ctx.userDecks(), m,
                e -> error(m.get("deck.error"), deck.title(), String.valueOf(e.getMessage())));
        editor.setOnPrint(() -> printCards(editor.deck().title(), editor.deck().cards()));
        editor.setOnExport(() -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.deck"), "*.deck.json"));
            chooser.setInitialFileName(ExportNames.sanitize(editor.deck().title()) + ".deck.json");
            File f = chooser.showSaveDialog(stage);
            if (f != null) {
                try {
                    ctx.store().write(editor.deck(), f.toPath());
                } catch (java.io.IOException e) {
                    error(m.get("deck.error"), f.getName(), String.valueOf(e.getMessage()));
                }
            }
        });
        show(editor, false);
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
        try {
            Path file = ctx.userTemplates().newFile(template.title());
            ctx.userTemplates().save(template, file);
            Alert done = new Alert(Alert.AlertType.INFORMATION, m.get("template.savedFromSession.text"));
            done.initOwner(stage);
            done.setTitle(m.get("menu.saveAsTemplate"));
            done.setHeaderText(m.get("template.savedFromSession", template.title()));
            done.getDialogPane().setId("template-saved");
            done.show();
        } catch (java.io.IOException e) {
            error(m.get("template.error"), template.title(), String.valueOf(e.getMessage()));
        }
    }

    private void editTemplate(Session template, Path file) {
        stage.setTitle(template.title() + " – " + m.get("app.title"));
        show(new dk.vaerksted.ui.template.TemplateEditor(template, file, ctx.userTemplates(), m,
                e -> error(m.get("template.error"), template.title(), String.valueOf(e.getMessage()))), false);
    }

    /** Cards to print (A6, four to a sheet, duplex), written in the background. */
    private void printCards(String title, List<dk.vaerksted.core.session.Card> cards) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.pdf"), "*.pdf"));
        chooser.setInitialFileName(ExportNames.sanitize(title) + " - kort.pdf");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        busy(true);
        ctx.background().execute(() -> {
            try {
                int pages = new dk.vaerksted.export.CardPrinter(new dk.vaerksted.export.PdfFonts())
                        .print(cards, m.locale(), f.toPath());
                Platform.runLater(() -> exported(f.toPath(), pages));
            } catch (Exception e) {
                Platform.runLater(() -> {
                    busy(false);
                    error(m.get("error.export.title"), f.getName(), String.valueOf(e.getMessage()));
                });
            }
        });
    }

    /** Opens the editor for the open session; what it returns replaces the session (undoable). */
    public void editSession() {
        Session s = session.sessionProperty().get();
        if (s == null) {
            return;
        }
        EditSessionDialog dialog = new EditSessionDialog(s, session.exerciseProperty().get(),
                ctx.library().templates().stream().map(BuiltInLibrary.Entry::value).toList(),
                ctx.allDecks().stream().flatMap(d -> d.cards().stream()).toList(), m);
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(edited -> {
            session.edit(edited);
            stage.setTitle(edited.title() + " – " + m.get("app.title"));
        });
    }

    private void setTheme(Theme t) {
        theme = t;
        ctx.settings().put("theme", t.name());
        t.applyGlobally();
        t.apply(stage.getScene());
        if (audience != null) {
            t.apply(audience.stage().getScene());
        }
    }

    public RunViewModel runModel() {
        return run;
    }

    /** The projector window, once it has been opened. */
    public AudienceWindow audience() {
        return audience;
    }

    private void toggleProjector() {
        if (audience == null) {
            audience = AudienceWindow.onRealScreens(session, run, m, this::runKeys);
            theme.apply(audience.stage().getScene());
        }
        audience.toggle();
    }

    /**
     * The timer's keys while a session is open: Space start/pause, + and − a minute, N or → next
     * step, R restart; a presentation clicker's Page Down / Page Up go forward and back. While the
     * user types in a text field only the clicker's keys act.
     */
    private void runKeys(KeyEvent e) {
        if (!(root.getCenter() instanceof SessionView view)) {
            return;
        }
        Node focused = stage.getScene().getFocusOwner();
        int digit = digit(e.getCode());
        if (e.isShortcutDown() && digit > 0) {
            act(e, () -> {
                session.selectGroupAt(digit - 1);
                view.focusEntry();
            });
            return;
        }
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            act(e, () -> {
                session.selectNeighbourGroup(e.getCode() == KeyCode.UP ? -1 : 1);
                view.focusEntry();
            });
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z
                && !(focused instanceof TextInputControl t && !t.getText().isEmpty())) {
            act(e, session::undo);
            return;
        }
        switch (e.getCode()) {
            case PAGE_DOWN -> act(e, run::next);
            case PAGE_UP -> act(e, run::previous);
            default -> {
                if (focused instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
                    return;
                }
                String text = e.getText();
                if (e.getCode() == KeyCode.SPACE) {
                    act(e, run::toggle);
                } else if ("+".equals(text) || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.PLUS) {
                    act(e, run::plusMinute);
                } else if ("-".equals(text) || e.getCode() == KeyCode.SUBTRACT || e.getCode() == KeyCode.MINUS) {
                    act(e, run::minusMinute);
                } else if (e.getCode() == KeyCode.N || e.getCode() == KeyCode.RIGHT) {
                    act(e, run::next);
                } else if (e.getCode() == KeyCode.R) {
                    act(e, run::restart);
                }
            }
        }
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            case DIGIT8, NUMPAD8 -> 8;
            case DIGIT9, NUMPAD9 -> 9;
            default -> 0;
        };
    }

    private static void act(KeyEvent e, Runnable action) {
        action.run();
        e.consume();
    }

    private void show(Node content, boolean sessionOpen) {
        shown++;
        if (sessionOpen) {
            ctx.background().execute(ctx.chime()::prepare);
        }
        if (!sessionOpen) {
            // Leaving the session: the step running is recorded, and everything is written now.
            run.load(null, false);
            session.flush();
        }
        projector.setDisable(!sessionOpen);
        root.setCenter(content);
        save.setDisable(!sessionOpen);
        saveAs.setDisable(!sessionOpen);
        export.setDisable(!sessionOpen);
        editItem.setDisable(!sessionOpen);
        saveTemplate.setDisable(!sessionOpen);
    }

    /**
     * Counts what the window has shown. The start screen's data arrive later; they are shown only
     * if nothing else was shown meanwhile (a file opened from the command line, a newer request).
     */
    private long shown;

    /**
     * Shows the start screen. Its tiles need the built-in library, the user's decks and the
     * recovery folder, read in the background: the window's first frame never waits for them.
     */
    public void showStart() {
        stage.setTitle(m.get("app.title"));
        run.load(null, false);
        session.close();
        boolean starting = root.getCenter() == null;
        if (starting) {
            // At start-up the window's first frame comes first; the library is read after it.
            show(StartView.loading(m), false);
        }
        long at = shown;
        Runnable load = () -> ctx.background().execute(() -> {
            try {
                ctx.library().templates();
                ctx.library().samples();
                ctx.library().decks();
                List<dk.vaerksted.core.deck.UserDecks.Entry> decks = ctx.userDecks().list();
                List<dk.vaerksted.core.deck.UserFolder.Entry<Session>> templates = ctx.userTemplates().list();
                List<Recovery.Found> recovered = ctx.recovery().find();
                onFx(() -> {
                    if (shown == at) {
                        show(new StartView(ctx.library(), decks, templates, recovered, ctx.settings().recentFiles(),
                                m, startActions()), false);
                    }
                });
            } catch (RuntimeException e) {
                onFx(() -> error(m.get("app.title"), String.valueOf(e.getMessage()), e.toString()));
            }
        });
        if (starting) {
            afterFirstPulse(load);
        } else {
            load.run();
        }
    }

    private static void afterFirstPulse(Runnable r) {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                r.run();
            }
        }.start();
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private StartView.Actions startActions() {
        return new StartView.Actions() {
            @Override
            public void openRecent(Path file) {
                open(file);
            }

            @Override
            public void openRecovered(Recovery.Found found) {
                session.open(found.session(), null, found.file());
                stage.setTitle(found.session().title() + " – " + m.get("app.title"));
                show(new SessionView(session, run, m), true);
            }

            @Override
            public void discardRecovered(Recovery.Found found) {
                try {
                    ctx.recovery().discard(found.file());
                } catch (java.io.IOException ex) {
                    error(m.get("error.save.title"), found.file().toString(), String.valueOf(ex.getMessage()));
                }
                showStart();
            }

            @Override
            public void newFromTemplate(Session template) {
                SetupDialog dialog = new SetupDialog(template, ctx.allDecks(), LocalDate.now(ctx.wallClock()), m);
                dialog.initOwner(stage);
                dialog.showAndWait().ifPresent(setup -> showSession(NewSession.fromTemplate(template, setup), null));
            }

            @Override
            public void openDialog() {
                MainWindow.this.openDialog();
            }

            @Override
            public void openSample(BuiltInLibrary.Entry<Session> sample) {
                showSession(sample.value(), null);
            }

            @Override
            public void openDeck(Deck deck) {
                stage.setTitle(deck.title() + " – " + m.get("app.title"));
                show(new DeckView(deck, m, () -> editDeck(DeckView.copyForEditing(deck), null),
                        () -> printCards(deck.title(), deck.cards())), false);
            }

            @Override
            public void editUserDeck(Deck deck, Path file) {
                editDeck(deck, file);
            }

            @Override
            public void editTemplate(Session template, Path file) {
                MainWindow.this.editTemplate(template, file);
            }

            @Override
            public void newTemplate() {
                String title = m.get("template.newTitle");
                editTemplate(new Session(title, null, null, List.of(), m.locale().getLanguage(), List.of(),
                        List.of(), List.of(), dk.vaerksted.core.session.Extras.NONE), null);
            }

            @Override
            public void copyTemplate(Session builtIn) {
                // Saved as a new file in the library; the built-in one stays as it is.
                editTemplate(builtIn, null);
            }

            @Override
            public void newDeck() {
                editDeck(new Deck(m.get("deck.newTitle"), null, null, List.of(), dk.vaerksted.core.session.Extras.NONE),
                        null);
            }
        };
    }

    private void showSession(Session s, Path file) {
        session.open(s, file);
        stage.setTitle(s.title() + " – " + m.get("app.title"));
        show(new SessionView(session, run, m), true);
    }

    /** Opens a session file; a refused file is reported and left untouched. */
    public void open(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.endsWith(".deck.json")) {
            openDeck(file);
            return;
        }
        if (name.endsWith(".template.json")) {
            openTemplate(file);
            return;
        }
        // What is pending for the open session is written first: it may be this very file.
        run.load(null, false);
        session.flush();
        Path current = session.fileProperty().get();
        if (current != null && current.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            session.close(); // reopening the open file: let go of our own lock first
        }
        SessionLock lock;
        try {
            lock = SessionLock.acquire(file);
        } catch (SessionLock.LockedException e) {
            error(m.get("error.open.title"), m.get("error.open.header", file.getFileName()), m.get("error.locked"));
            return;
        } catch (java.io.IOException e) {
            lock = null; // a read-only folder cannot hold the lock; the file can still be read
        }
        try {
            Session s = ctx.store().readSession(file);
            session.open(s, file, null, lock);
            stage.setTitle(s.title() + " – " + m.get("app.title"));
            show(new SessionView(session, run, m), true);
            ctx.settings().addRecent(file);
        } catch (SessionFormatException e) {
            if (lock != null) {
                try {
                    lock.close();
                } catch (java.io.IOException ignored) {
                    // released with the process anyway
                }
            }
            refused(file, e);
        }
    }

    /**
     * A deck file opened (menu, double-click, command line): one of the library is edited; any
     * other is shown, and "copy to edit" puts it into the library as it is (ids and unknown fields kept).
     */
    private void openDeck(Path file) {
        dk.vaerksted.core.session.Deck deck;
        try {
            deck = ctx.store().readDeck(file);
        } catch (SessionFormatException e) {
            refused(file, e);
            return;
        }
        if (inFolder(file, ctx.userDecks().folder())) {
            editDeck(deck, file);
            return;
        }
        stage.setTitle(deck.title() + " – " + m.get("app.title"));
        show(new DeckView(deck, m, () -> editDeck(deck, null), () -> printCards(deck.title(), deck.cards())), false);
    }

    /** A template file opened: one of the library is edited; any other opens as a new template to save there. */
    private void openTemplate(Path file) {
        try {
            Session template = ctx.store().readTemplate(file);
            editTemplate(template, inFolder(file, ctx.userTemplates().folder()) ? file : null);
        } catch (SessionFormatException e) {
            refused(file, e);
        }
    }

    /** A file that could not be read: its name and every problem, at its place; the file stays as it was. */
    private void refused(Path file, SessionFormatException e) {
        error(m.get("error.open.title"), m.get("error.open.header", file.getFileName()), e.describe(ctx.core()));
    }

    private static boolean inFolder(Path file, Path folder) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null && parent.equals(folder.toAbsolutePath().normalize());
    }

    private void openDialog() {
        FileChooser chooser = sessionChooser();
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    private FileChooser sessionChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("filter.session"), "*.session.json"),
                new FileChooser.ExtensionFilter(m.get("filter.vaerksted"), "*.session.json", "*.deck.json",
                        "*.template.json"),
                new FileChooser.ExtensionFilter(m.get("filter.all"), "*"));
        Path current = session.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private void save() {
        Path file = session.fileProperty().get();
        if (file == null) {
            saveAs();
        } else {
            session.saveTo(file, () -> { }, this::saveFailed);
        }
    }

    private void saveAs() {
        Session s = session.sessionProperty().get();
        if (s == null) {
            return;
        }
        FileChooser chooser = sessionChooser();
        chooser.setInitialFileName(ExportNames.sanitize(s.title()) + ".session.json");
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            session.saveTo(f.toPath(), () -> ctx.settings().addRecent(f.toPath()), this::saveFailed);
        }
    }

    private void saveFailed(Exception e) {
        error(m.get("error.save.title"), m.get("error.save.header"), String.valueOf(e.getMessage()));
    }

    private void exportPdf() {
        Session s = session.sessionProperty().get();
        if (s == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.pdf"), "*.pdf"));
        chooser.setInitialFileName(ExportNames.sanitize(s.title()) + ".pdf");
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        exportTo(f.toPath(), () -> {
            FileChooser more = new FileChooser();
            more.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.session"), "*.session.json"));
            List<File> picked = more.showOpenMultipleDialog(stage);
            return picked == null ? List.of() : picked.stream().map(File::toPath).toList();
        });
    }

    /**
     * Asks about names and files to merge, then writes the PDF in the background: the open
     * session first, then each merged file in the order chosen. A file that cannot be read is
     * reported with its problems and nothing is written.
     */
    void exportTo(Path target, java.util.function.Supplier<List<Path>> chooseMerge) {
        Session s = session.sessionProperty().get();
        if (s == null) {
            return;
        }
        dk.vaerksted.ui.export.ExportDialog ask =
                new dk.vaerksted.ui.export.ExportDialog(target.getFileName().toString(), m, chooseMerge);
        ask.initOwner(stage);
        dk.vaerksted.ui.export.ExportDialog.Request request = ask.showAndWait().orElse(null);
        if (request == null) {
            return;
        }
        ExportOptions options = new ExportOptions(request.withNames());
        busy(true);
        export.setDisable(true);
        ctx.background().execute(() -> {
            List<Session> sessions = new java.util.ArrayList<>(List.of(s));
            for (Path p : request.merged()) {
                try {
                    sessions.add(ctx.store().readSession(p));
                } catch (SessionFormatException e) {
                    onFx(() -> {
                        busy(false);
                        export.setDisable(false);
                        error(m.get("error.export.title"), m.get("error.merge.header", p.getFileName()),
                                e.describe(ctx.core()));
                    });
                    return;
                }
            }
            try {
                int pages = ctx.exporter().export(sessions, options, target);
                onFx(() -> {
                    export.setDisable(false);
                    exported(target, pages);
                });
            } catch (Exception e) {
                onFx(() -> {
                    busy(false);
                    export.setDisable(false);
                    error(m.get("error.export.title"), target.getFileName().toString(), String.valueOf(e.getMessage()));
                });
            }
        });
    }

    private void busy(boolean on) {
        if (on && !top.getChildren().contains(busy)) {
            top.getChildren().add(busy);
        }
        busy.setVisible(on);
    }

    private void exported(Path pdf, int pages) {
        busy(false);
        ButtonType openPdf = new ButtonType(m.get("export.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType showFolder = new ButtonType(m.get("export.showFolder"), ButtonBar.ButtonData.OTHER);
        Alert done = new Alert(Alert.AlertType.INFORMATION, pdf.toAbsolutePath().toString(), openPdf, showFolder,
                ButtonType.CLOSE);
        done.initOwner(stage);
        done.setTitle(m.get("export.done.title"));
        done.setHeaderText(m.get("export.done.header", pdf.getFileName(), pages));
        done.getDialogPane().setId("export-done");
        done.showAndWait().ifPresent(b -> {
            if (b == openPdf) {
                ctx.showDocument().accept(pdf.toAbsolutePath().toUri().toString());
            } else if (b == showFolder) {
                ctx.showDocument().accept(pdf.toAbsolutePath().getParent().toUri().toString());
            }
        });
    }

    private void error(String title, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setId("error-details");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, details.split("\n").length + 1));
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }
}
