package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.ui.room.RoomActions;
import dk.vaerksted.ui.room.RoomController;
import java.util.Locale;

/** What the menus do in the window: each item handed to the piece that does it. */
final class WindowMenus implements AppMenus.Actions {
    private final MainWindow window;
    private final AppContext ctx;
    private final Dialogs dialogs;
    private final Messages m;
    private final RoomActions roomActions;

    WindowMenus(MainWindow window, AppContext ctx, Dialogs dialogs) {
        this.window = window;
        this.ctx = ctx;
        this.dialogs = dialogs;
        this.m = ctx.ui();
        RoomController room = window.room();
        this.roomActions = new RoomActions(room, m, dialogs, window::stage, ctx.background(),
                () -> window.sessionModel().sessionProperty().get(), window.exports()::exported);
        room.openProperty().addListener((o, a, open) -> {
            window.menus().roomOpen(open, room.harvestOpen(), room.exerciseLocked());
            if (!open) {
                showCodes(false);
            }
        });
        // A step that starts takes the projector back from the QR codes: the room looks at the clock.
        window.runModel().stateProperty().addListener((o, a, state) -> {
            if (state == dk.vaerksted.core.timer.Countdown.State.RUNNING && window.menus() != null
                    && window.audience() != null && window.audience().view().codesShownProperty().get()) {
                showCodes(false);
            }
        });
        window.sessionModel().exerciseProperty().addListener((o, a, e) -> window.menus()
                .roomOpen(room.openProperty().get(), room.harvestOpen(), room.exerciseLocked()));
    }

    public void open() {
        window.files().openDialog();
    }

    public void save() {
        window.files().save();
    }

    public void saveAs() {
        window.files().saveAs();
    }

    public void export() {
        window.exports().exportPdf();
    }

    public void editSession() {
        window.dialogs().editSession();
    }

    public void saveAsTemplate() {
        window.files().saveAsTemplate();
    }

    public void versions() {
        window.files().showVersions();
    }

    public void home() {
        window.leave(window::showStart);
    }

    public void quit() {
        window.quit();
    }

    public void toggleProjector() {
        window.toggleProjector();
    }

    public void toggleBlank() {
        window.toggleBlank();
    }

    public void board() {
        window.showBoard();
    }

    public void theme(Theme t) {
        window.setTheme(t);
    }

    public void language(Locale l) {
        ctx.settings().put("language", l.getLanguage());
        dialogs.info(m.get("menu.language"), null, m.get("language.nextStart"), "language-info");
    }

    /** Opens the room; once open, its codes go on the projector (opened if it is not). */
    public void openRoom() {
        roomActions.open(() -> showCodes(true));
    }

    public void closeRoom() {
        roomActions.close();
    }

    public void showCodes(boolean on) {
        boolean show = on && window.room().openProperty().get();
        if (show && (window.audience() == null || !window.audience().stage().isShowing())) {
            window.toggleProjector();
        }
        if (window.audience() != null) {
            window.audience().view().codesShownProperty().set(show);
        }
        window.menus().codesShown(show);
    }

    public void roomHarvest(boolean on) {
        window.room().harvest(on);
    }

    public void lockRoomExercise(boolean on) {
        window.room().lockExercise(on);
    }

    public void renewTable() {
        roomActions.renew();
    }

    public void printTableCards() {
        roomActions.printCards();
    }
}
