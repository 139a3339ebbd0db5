package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a room and a facilitator see (issue 12, item 7), checked in all three themes: readable
 * menus, a paused overrun in full colour, digits that do not shift anything when a "+" appears,
 * a save badge that is never cut, and dialogs in the UI's language.
 */
@ExtendWith(ApplicationExtension.class)
class LooksTest {
    private long now = 1_000_000_000_000L;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> now);
    }

    @BeforeEach
    void sample(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#sample-0");
        RunFlowTest.runAgain(robot);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pass(FxRobot robot, double seconds) {
        now += Math.round(seconds * 1e9);
        robot.interact(() -> window.runModel().refresh());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void theme(FxRobot robot, Theme t) {
        robot.interact(() -> {
            t.applyGlobally();
            t.apply(window.stage().getScene());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** WCAG's contrast ratio of two colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The colour behind a node: the first solid background fill of it or an ancestor. */
    private static Color behind(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null) {
                for (var fill : r.getBackground().getFills()) {
                    if (fill.getFill() instanceof Color c && c.getOpacity() > 0.9) {
                        return c;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    @Test
    void aPausedOverrunIsReadableInEveryTheme(FxRobot robot) {
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 140);
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 0);
        Label digits = robot.lookup("#run-countdown-digits").queryAs(Label.class);
        assertThat(robot.lookup("#run-countdown-stage").queryAs(Label.class).getText()).isEqualTo("Pause · Overtid");
        for (Theme t : Theme.values()) {
            theme(robot, t);
            Color fill = (Color) digits.getTextFill();
            assertThat(digits.getOpacity()).isEqualTo(1.0);
            assertThat(contrast(fill, behind(digits))).as(t + ": paused overrun digits " + fill)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(fill.getRed()).as(t + ": still red").isGreaterThan(fill.getGreen() + 0.2);
        }
    }

    @Test
    void theDigitsKeepTheirWidthWhenOverrunAddsItsSign(FxRobot robot) {
        Label digits = robot.lookup("#run-countdown-digits").queryAs(Label.class);
        double before = digits.getWidth();
        Node steps = robot.lookup("#steps").query();
        double stepsWidth = steps.getBoundsInParent().getWidth();
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 139);
        assertThat(digits.getText()).isEqualTo("+00:19");
        assertThat(digits.getWidth()).isEqualTo(before);
        assertThat(steps.getBoundsInParent().getWidth()).isEqualTo(stepsWidth);
        var panel = robot.lookup("#run-panel").queryAs(Region.class);
        assertThat(digits.localToScene(digits.getBoundsInLocal()).getMaxX())
                .as("no overflow out of the panel").isLessThanOrEqualTo(panel.localToScene(panel.getBoundsInLocal()).getMaxX() + 0.5);
    }

    @Test
    void theSaveBadgeIsNeverCutAndTheTitleStaysOnOneLine(FxRobot robot) {
        double width = window.stage().getWidth();
        robot.interact(() -> window.stage().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Label status = robot.lookup("#save-status").queryAs(Label.class);
            assertThat(status.getWidth()).isGreaterThanOrEqualTo(status.prefWidth(-1) - 0.5);
            Label title = robot.lookup("#session-title").queryAs(Label.class);
            assertThat(title.getHeight()).isLessThan(title.getFont().getSize() * 2);
            assertThat(robot.lookup("#note-entry").query().isVisible()).isTrue();
        } finally {
            robot.interact(() -> window.stage().setWidth(width));
        }
    }

    @Test
    void menusAreReadableWhenHoveredInTheProjectorTheme(FxRobot robot) {
        theme(robot, Theme.PROJECTOR);
        robot.clickOn("Vis");
        robot.moveTo("Projektorvisning");
        WaitForAsyncUtils.waitForFxEvents();
        Node hovered = robot.lookup(".menu-item").queryAll().stream().filter(Node::isHover).findFirst().orElseThrow();
        Label label = robot.from(hovered).lookup(".label").queryAs(Label.class);
        assertThat(contrast((Color) label.getTextFill(), behind(label))).isGreaterThanOrEqualTo(4.5);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void menusAndDialogsSpeakTheUisLanguage(FxRobot robot) {
        MenuItem projector = window.stage().getScene().getRoot().lookupAll(".menu-bar").stream().findFirst()
                .map(b -> ((javafx.scene.control.MenuBar) b).getMenus().get(1).getItems().get(0)).orElseThrow();
        assertThat(projector.getText()).isEqualTo("Projektorvisning").doesNotContain("F5");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialog-cancel").queryAs(Button.class).getText()).isEqualTo("Annullér");
        robot.clickOn("#dialog-cancel");
    }
}
