package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.NewSession;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.audience.AudienceWindow;
import dk.vaerksted.ui.day.DayViewModel;
import dk.vaerksted.ui.deck.DeckEditor;
import dk.vaerksted.ui.session.NoteStep;
import dk.vaerksted.ui.session.SessionView;
import dk.vaerksted.ui.session.SessionViewModel;
import dk.vaerksted.ui.template.TemplateEditor;
import dk.vaerksted.ui.timer.RunViewModel;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

/**
 * The window: a menu bar and one screen at a time (start, session, deck, exercise editor). It
 * switches screens — asking first where an editor holds unsaved changes, letting go of the
 * session it leaves, closing the projector with it — and wires the pieces: the menus, the
 * keyboard ({@link KeyboardModel}), files ({@link FileActions}), export ({@link ExportActions}),
 * the start screen ({@link StartScreen}) and the work state kept for crash recovery
 * ({@link WorkTracker}).
 */
public final class MainWindow {
    private final Stage stage;
    private final AppContext ctx;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final SessionViewModel session;
    private final RunViewModel run;
    private final NoteStep noteStep;
    private final Dialogs dialogs;
    private final AppMenus menus;
    private final FileActions files;
    private final ExportActions exports;
    private final StartScreen start;
    private final dk.vaerksted.ui.room.RoomController room;
    private final SessionDialogs sessionDialogs;
    private final WorkTracker work;
    private final Keyboard keyboard;
    private final DayViewModel day;
    private final ProgressIndicator busy;
    private final HBox top;
    private AudienceWindow audience;
    private Theme theme;
    /** What the projector shows and the presenter sees: the harvest on screen, the projector black. */
    private final javafx.beans.property.BooleanProperty harvestShown = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty projectorDark = new javafx.beans.property.SimpleBooleanProperty();
    /** Counts the screens shown, so that late data for an older screen is dropped. */
    private long shown;

    public MainWindow(Stage stage, AppContext ctx) {
        this.stage = stage;
        this.ctx = ctx;
        // The look first: every control made before it would have loaded JavaFX's own stylesheet.
        this.theme = Theme.parse(ctx.settings().get("theme", Theme.LIGHT.name()));
        theme.applyGlobally();
        this.busy = new ProgressIndicator();
        this.m = ctx.ui();
        this.dialogs = new Dialogs(m, stage);
        this.session = new SessionViewModel(ctx.store(), ctx.background(), ctx.wallClock(), ctx.recovery(),
                ctx.autosaveThread());
        this.run = new RunViewModel(ctx.nanoClock(), ctx.wallClock(), ctx.signalTimer(), ctx.chime(), session, m);
        this.noteStep = new NoteStep(session, run);
        this.keyboard = new Keyboard(run, session, this::sessionView, this::toggleBlank);
        keyboard.setFocusPresenter(this::focusPresenter);
        this.day = new DayViewModel(session, ctx.nanoClock(), ctx.wallClock(), m, new java.util.Random());
        keyboard.onDay(day::move);
        this.files = new FileActions(this, ctx, dialogs);
        this.exports = new ExportActions(this, ctx, dialogs);
        this.start = new StartScreen(this, ctx, dialogs);
        this.sessionDialogs = new SessionDialogs(this, ctx);
        this.work = new WorkTracker(this, ctx.workStates());
        this.room = new dk.vaerksted.ui.room.RoomController(session, run, ctx.background(), ctx.nanoClock(), m);
        this.menus = new AppMenus(m, ctx, theme, new WindowMenus(this, ctx, dialogs));

        busy.setId("busy");
        busy.setPrefSize(18, 18);
        busy.setVisible(false);
        HBox.setHgrow(menus.bar(), Priority.ALWAYS);
        // The spinner joins the bar the first time work is under way, not in the first frame.
        top = new HBox(8, menus.bar());
        top.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        root.setTop(top);

        // 1280 x 800, or less on a smaller screen (a 1366 x 768 laptop), so nothing starts below its edge.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new javafx.scene.layout.StackPane(root, UndoNotices.layer(session.history(), m, ctx.nanoClock())),
                Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        theme.apply(scene);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var dropped = e.getDragboard().getFiles();
            boolean ok = dropped != null && !dropped.isEmpty();
            if (ok) {
                open(dropped.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        keyboard.installOnPresenter(scene);
        // A text field takes Ctrl+H as Backspace; the start screen's shortcut comes first.
        KeyCombination home = KeyCombination.keyCombination("Shortcut+H");
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (home.match(e)) {
                e.consume();
                leave(this::showStart);
            }
        });
        stage.setScene(scene);
        stage.setTitle(m.get("app.title"));
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.setOnHidden(e -> {
            room.stop();
            run.finishQuietly();
            session.close();
            if (audience != null) {
                audience.hide();
            }
            work.cleanExit();
        });
        showStart();
    }

    public Stage stage() {
        return stage;
    }

    public SessionViewModel sessionModel() {
        return session;
    }

    public RunViewModel runModel() {
        return run;
    }

    dk.vaerksted.ui.room.RoomController room() {
        return room;
    }

    AppMenus menus() {
        return menus;
    }

    Dialogs messageBoxes() {
        return dialogs;
    }

    /** The day's program as it runs. */
    public DayViewModel dayModel() {
        return day;
    }

    Keyboard keyboard() {
        return keyboard;
    }

    /** The session's dialogs: setting a new one up, editing the open one. */
    SessionDialogs dialogs() {
        return sessionDialogs;
    }

    FileActions files() {
        return files;
    }

    ExportActions exports() {
        return exports;
    }

    StartScreen start() {
        return start;
    }

    NoteStep noteStep() {
        return noteStep;
    }

    Messages messages() {
        return m;
    }

    /** The projector window, once it has been opened. */
    public AudienceWindow audience() {
        return audience;
    }

    /** The session on screen, or null. */
    public SessionView sessionView() {
        return root.getCenter() instanceof SessionView v ? v : null;
    }

    /** The screen shown now. */
    Node screen() {
        return root.getCenter();
    }

    /** Opens a session, deck or exercise file; a refused file is reported and left untouched. */
    public void open(Path file) {
        leave(() -> files.open(file));
    }

    /**
     * Runs {@code then} once the screen may be left: an editor with unsaved changes, or a session
     * with half-typed notes, asks first (Gem / Kassér / Fortryd); Fortryd stays.
     */
    void leave(Runnable then) {
        // A session's half-typed notes are asked about like an editor's changes.
        UnsavedWork w = root.getCenter() instanceof SessionView v ? v.drafts()
                : root.getCenter() instanceof UnsavedWork u ? u : null;
        if (w != null && w.hasUnsavedChanges()) {
            switch (w.question() == null ? dialogs.askUnsaved(w.unsavedName()) : dialogs.askUnsaved(w.question())) {
                case SAVE -> w.save(then);
                case DISCARD -> {
                    work.editorLeft();
                    then.run();
                }
                default -> { }
            }
        } else {
            then.run();
        }
    }

    /** Ctrl+Q and the window's close box: unsaved editor changes are asked about first. */
    void quit() {
        // Hiding the last window ends the app (the projector's closes with it).
        leave(stage::hide);
    }

    /** Shows a screen; a session screen gets the session's menus and the chimes made ready. */
    void show(Node content, boolean sessionOpen) {
        shown++;
        Node before = root.getCenter();
        if (before instanceof SessionView v && before != content) {
            v.dispose();
        }
        if (sessionOpen) {
            ctx.background().execute(ctx.chime()::prepare);
        } else {
            // Leaving the session: the step running is recorded, everything is written, the
            // projector closes with it.
            run.finishQuietly();
            run.load(null, false);
            room.stop();
            session.flush();
            harvestShown.unbind(); // lets go of the session's view
            harvestShown.set(false);
            if (audience != null) {
                audience.hide();
            }
        }
        menus.sessionOpen(sessionOpen);
        root.setCenter(content);
        if (content instanceof UnsavedWork w) {
            w.setOnDraftChanged(work::changed);
        }
        work.changed();
    }

    long shownCount() {
        return shown;
    }

    /** The start screen; its data are read in the background. */
    public void showStart() {
        stage.setTitle(m.get("app.title"));
        run.finishQuietly();
        run.load(null, false);
        session.close();
        start.show(root.getCenter() == null);
    }

    /** Shows a session that is already read (a new one, a sample, one just opened). */
    void showSession(Session s, Runnable openIt) {
        openIt.run();
        stage.setTitle(s.title() + " – " + m.get("app.title"));
        SessionView view = new SessionView(session, run, noteStep, m);
        view.setOnDraftsChanged(work::changed);
        view.setRoomStatus(room.statusProperty());
        view.setOnBoard(this::showBoard);
        view.setProjectorDark(projectorDark);
        harvestShown.bind(view.harvestShown());
        dk.vaerksted.ui.day.DayPanel.addTo(view, day, m);
        show(view, true);
    }

    void showNewSession(Session s) {
        showSession(s, () -> session.openNew(s));
    }

    void editDeck(Deck deck, Path file, boolean dirty) {
        stage.setTitle(deck.title() + " – " + m.get("app.title"));
        DeckEditor editor = new DeckEditor(deck, file, ctx.userDecks(), m, ctx.background(), Platform::runLater,
                e -> dialogs.error(m.get("deck.error"), deck.title(), Problems.describe(e, m)));
        editor.setOnPrint(() -> exports.printCards(editor.deck().title(), editor.deck().cards()));
        editor.setOnExport(() -> files.exportDeck(editor.deck()));
        if (dirty) {
            editor.markChanged();
        }
        show(editor, false);
    }

    void editTemplate(Session template, Path file, boolean dirty) {
        stage.setTitle(template.title() + " – " + m.get("app.title"));
        TemplateEditor editor = new TemplateEditor(template, file, ctx.userTemplates(), m, ctx.background(),
                Platform::runLater, e -> dialogs.error(m.get("template.error"), template.title(), Problems.describe(e, m)));
        if (dirty) {
            editor.markChanged();
        }
        show(editor, false);
    }

    void setTheme(Theme t) {
        theme = t;
        ctx.settings().put("theme", t.name());
        t.applyGlobally();
        t.apply(stage.getScene());
        if (audience != null) {
            t.apply(audience.stage().getScene());
        }
    }

    void toggleProjector() {
        if (sessionView() == null) {
            return;
        }
        if (audience == null) {
            audience = AudienceWindow.onRealScreens(session, run, m, keyboard::installOnProjector);
            dk.vaerksted.ui.day.DayScreen.addTo(audience.view(), day, m);
            audience.view().followProgram(day.presentProperty(), day.nextTextProperty());
            theme.apply(audience.stage().getScene());
            audience.view().setTableLinks(room.linksProperty().get());
            audience.view().harvestShownProperty().bind(harvestShown);
            projectorDark.bind(audience.view().blankProperty().and(audience.stage().showingProperty()));
            room.linksProperty().addListener((o, a, links) -> audience.view().setTableLinks(links));
        }
        audience.toggle();
        if (audience.stage().isShowing()) {
            // The keyboard stays with the facilitator, where it was (the countdown or a note
            // field), whatever the window manager gave the focus to.
            Platform.runLater(stage::requestFocus);
        }
    }

    /** The presenter's window and its note field get the keyboard. */
    private void focusPresenter() {
        stage.requestFocus();
        SessionView v = sessionView();
        if (v != null && v.typingTarget() != null) {
            v.typingTarget().requestFocus();
        }
    }

    /** Høst (issue 16): the harvest board over the session's screen, or the notes again; its layer on the projector. */
    void showBoard() {
        SessionView v = sessionView();
        if (v != null) {
            dk.vaerksted.ui.board.BoardMode.toggle(v, session, m, ctx.background(), open -> {
                if (open && (audience == null || !audience.stage().isShowing())) {
                    toggleProjector();
                }
                return audience == null ? null : audience.view();
            });
        }
    }

    /** B or .: the room's screen black, or back; opens nothing that is closed. */
    void toggleBlank() {
        if (audience != null && audience.stage().isShowing()) {
            audience.toggleBlank();
        }
    }

    /** Asks about names and files to merge, then writes the PDF in the background. */
    void exportTo(Path target, java.util.function.Supplier<java.util.List<Path>> chooseMerge) {
        exports.exportTo(target, chooseMerge);
    }

    void busy(boolean on) {
        if (on && !top.getChildren().contains(busy)) {
            top.getChildren().add(busy);
        }
        busy.setVisible(on);
        menus.exporting(on);
    }

    /** Runs on the FX thread: at once when already there. */
    static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
