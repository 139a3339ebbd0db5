package dk.vaerksted.ui.audience;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.session.SessionViewModel;
import dk.vaerksted.ui.timer.RunViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The projector window. With a second screen it opens full screen there by itself and moves when
 * a screen is plugged in or out; with one screen it is an ordinary window (F5 full screen, Esc
 * back). The mouse cursor hides after a moment of stillness.
 */
public final class AudienceWindow {
    private final Stage stage = new Stage();
    private final Supplier<List<Rectangle2D>> screens;
    private final Supplier<Rectangle2D> primary;
    private final AudienceView view;

    /**
     * @param keys installs the countdown's keys on the projector's scene, so they work whichever
     *             window has the focus
     */
    public AudienceWindow(SessionViewModel session, RunViewModel run, Messages m, Supplier<List<Rectangle2D>> screens,
            Supplier<Rectangle2D> primary, java.util.function.Consumer<Scene> keys) {
        this.screens = screens;
        this.primary = primary;
        this.view = new AudienceView(session, run, m);
        Scene scene = new Scene(view, 1280, 720);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(m.get("menu.projector"));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
        keys.accept(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5) {
                stage.setFullScreen(!stage.isFullScreen());
                e.consume();
            }
        });
        PauseTransition still = new PauseTransition(Duration.seconds(2));
        still.setOnFinished(e -> scene.setCursor(Cursor.NONE));
        scene.setOnMouseMoved(e -> {
            scene.setCursor(Cursor.DEFAULT);
            still.playFromStart();
        });
    }

    /** The app's own screens; used when the window is opened for real. */
    public static AudienceWindow onRealScreens(SessionViewModel session, RunViewModel run, Messages m,
            java.util.function.Consumer<Scene> keys) {
        AudienceWindow w = new AudienceWindow(session, run, m,
                () -> Screen.getScreens().stream().map(Screen::getBounds).toList(),
                () -> Screen.getPrimary().getBounds(), keys);
        Screen.getScreens().addListener((ListChangeListener<Screen>) c -> w.place());
        return w;
    }

    public Stage stage() {
        return stage;
    }

    public AudienceView view() {
        return view;
    }

    public void show() {
        place();
        stage.show();
    }

    public void toggle() {
        if (stage.isShowing()) {
            hide();
        } else {
            show();
        }
    }

    /** Closes the projector's window; it opens again unblanked. */
    public void hide() {
        view.blankProperty().set(false);
        stage.hide();
    }

    /** B: a black screen for the room, or back again. */
    public void toggleBlank() {
        view.blankProperty().set(!view.blankProperty().get());
    }

    /** Full screen on the second screen if there is one; else a window on the only screen. */
    void place() {
        Rectangle2D target = ScreenPlacement.projectorScreen(screens.get(), primary.get());
        if (target != null) {
            stage.setFullScreen(false);
            stage.setX(target.getMinX());
            stage.setY(target.getMinY());
            stage.setWidth(target.getWidth());
            stage.setHeight(target.getHeight());
            stage.setFullScreen(true);
        } else if (stage.isFullScreen() && !stage.isShowing()) {
            stage.setFullScreen(false);
        }
    }
}
