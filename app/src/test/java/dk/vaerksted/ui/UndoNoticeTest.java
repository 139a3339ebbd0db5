package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Group;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What Ctrl+Z took back is said in the window on a background of its own, readable in every theme
 * whatever lies under it (a popup drew the words over the screen with nothing behind them); the
 * note field keeps the keyboard, and the notice goes by itself after a few seconds.
 */
@ExtendWith(ApplicationExtension.class)
class UndoNoticeTest {
    private volatile long now = 1_000_000_000_000L;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> now);
    }

    @BeforeEach
    void openTheSample(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#sample-0");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Group table(int i) {
        return window.sessionModel().exerciseProperty().get().groups().get(i);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theNoticeHasItsOwnReadableBackgroundInEveryThemeAndLeavesTheKeyboardInTheNoteField(FxRobot robot)
            throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Theme t : Theme.values()) {
            robot.interact(() -> window.setTheme(t));
            robot.clickOn("#note-entry");
            int before = table(0).notes().size();
            robot.write("Del tidligt");
            robot.type(KeyCode.ENTER);
            ctrl(robot, KeyCode.Z);
            assertThat(table(0).notes()).hasSize(before);

            Label notice = robot.lookup("#undo-notice").queryAs(Label.class);
            soft.assertThat(notice.getScene().getWindow()).as(t + ": in the window itself").isSameAs(window.stage());
            soft.assertThat(notice.isVisible()).as(t + ": shown").isTrue();
            soft.assertThat(notice.getText())
                    .isEqualTo("Fortrudt: en ændring af noterne ved " + table(0).name() + " · Ctrl+Y gentager");
            Color back = notice.getBackground() == null ? null : notice.getBackground().getFills().stream()
                    .map(BackgroundFill::getFill).filter(f -> f instanceof Color c && c.getOpacity() > 0.9)
                    .map(Color.class::cast).reduce((a, b) -> b).orElse(null);
            soft.assertThat(back).as(t + ": the notice paints its own background").isNotNull();
            if (back != null) {
                soft.assertThat(LooksTest.contrast((Color) notice.getTextFill(), back))
                        .as(t + ": " + notice.getTextFill() + " on " + back).isGreaterThanOrEqualTo(4.5);
            }
            var bounds = notice.localToScene(notice.getBoundsInLocal());
            soft.assertThat(bounds.getMaxX() <= notice.getScene().getWidth() && bounds.getMaxY() <= notice.getScene().getHeight()
                    && bounds.getWidth() > 0).as(t + ": inside the window " + bounds).isTrue();

            // The keyboard stayed where the facilitator was typing.
            robot.write("Videre");
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            soft.assertThat(table(0).notes().get(table(0).notes().size() - 1).text()).as(t + ": typing goes on")
                    .isEqualTo("Videre");
            now += 3_900_000_000L;
            WaitForAsyncUtils.waitForFxEvents();
            soft.assertThat(notice.isVisible()).as(t + ": still there after 3.9 s").isTrue();
            now += 200_000_000L;
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !notice.isVisible());
        }
        soft.assertAll();
    }
}
