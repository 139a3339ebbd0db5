package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.ui.audience.AudienceView;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The projector follows the facilitator (issue 12, item 4): it shows what belongs to the room —
 * never a presenter hint, never a stale overrun — blanks on B, and closes with the session.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorTest {
    private long now = 1_000_000_000_000L;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> now);
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private void pass(FxRobot robot, double seconds) {
        now += Math.round(seconds * 1e9);
        robot.interact(() -> window.runModel().refresh());
    }

    private AudienceView view() {
        return window.audience().view();
    }

    private Node in(FxRobot robot, String id) {
        return robot.from(view()).lookup(id).query();
    }

    private String text(FxRobot robot, String id) {
        return ((Label) in(robot, id)).getText();
    }

    private void openProjector(FxRobot robot) {
        robot.clickOn("#session-title");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.audience().stage().isShowing()).isTrue();
        robot.interact(() -> {
            window.stage().toFront();
            window.stage().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isFocused()).isTrue();
    }

    @Test
    void theRoomSeesNoPresenterHintsAndTheProjectorClosesWithTheSession(FxRobot robot) {
        robot.clickOn("#sample-0");
        RunFlowTest.runAgain(robot);
        openProjector(robot);
        assertThat(text(robot, "#audience-countdown-digits")).isEqualTo("02:00");
        assertThat(text(robot, "#audience-countdown-stage")).as("no 'press Space' for the room").isEmpty();
        assertThat(robot.lookup("#run-countdown-stage").queryAs(Label.class).getText()).startsWith("Klar");

        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 130);
        assertThat(text(robot, "#audience-countdown-digits")).isEqualTo("+00:10");
        assertThat(text(robot, "#audience-countdown-stage")).isEqualTo("Overtid");

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        TestContexts.awaitStartScreen();
        assertThat(window.audience().stage().isShowing()).as("closed with the session").isFalse();
    }

    @Test
    void afterAnExerciseEndsTheRoomSeesTheSessionAndWhatComesNext(FxRobot robot) {
        robot.clickOn("#sample-1");
        openProjector(robot);
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.E);
        assertThat(in(robot, "#audience-between").isVisible()).isTrue();
        assertThat(text(robot, "#audience-session-title"))
                .isEqualTo(window.sessionModel().sessionProperty().get().title());
        assertThat(text(robot, "#audience-next")).startsWith("Næste: ")
                .contains(window.sessionModel().sessionProperty().get().exercises().get(1).title());
    }

    @Test
    void anUntimedStepShowsNoDigitsToTheRoom(FxRobot robot) {
        robot.clickOn("#sample-1");
        var fernisering = window.sessionModel().sessionProperty().get().exercises().stream()
                .filter(e -> e.steps().stream().anyMatch(s -> s.minutes() == null)).findFirst().orElseThrow();
        robot.interact(() -> window.sessionModel().selectExercise(fernisering));
        openProjector(robot);
        RunFlowTest.takeCountdown(robot);
        while (window.runModel().stepProperty().get().minutes() != null) {
            Keys.press(robot, KeyCode.N);
        }
        assertThat(in(robot, "#audience-countdown").isVisible()).isFalse();
        assertThat(text(robot, "#audience-countdown-stage")).doesNotContain("Klar");
    }

    @Test
    void bBlanksTheRoomButBIsJustALetterWhenMoreTypingFollows(FxRobot robot) throws Exception {
        robot.clickOn("#sample-0");
        openProjector(robot);
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.B);
        assertThat(in(robot, "#audience-blank").isVisible()).isTrue();
        Keys.press(robot, KeyCode.B);
        assertThat(in(robot, "#audience-blank").isVisible()).isFalse();

        // Beside the fields: "bord 3" typed is a note, not a black screen.
        robot.clickOn("#group-list");
        robot.write("bord 3");
        assertThat(window.keyboard().pending()).as("the held b was typing").isFalse();
        assertThat(in(robot, "#audience-blank").isVisible()).isFalse();
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEqualTo("bord 3");

        // A clicker's lone "b" beside the fields blanks after a moment.
        robot.clickOn("#group-list");
        robot.type(KeyCode.B);
        assertThat(window.keyboard().pending()).isTrue();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> view().blankProperty().get());
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEqualTo("bord 3");
    }
}
