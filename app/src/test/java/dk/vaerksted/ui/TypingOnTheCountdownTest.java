package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.timer.Countdown;
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
 * Typing that lands on the countdown (Esc pressed and the sentence goes on, the projector's
 * window holding the keyboard) is a note: it never starts, skips or ends a step, and no letter of
 * it is lost. Found by a facilitator's walk after issue 12.
 */
@ExtendWith(ApplicationExtension.class)
class TypingOnTheCountdownTest {
    private long now = 1_000_000_000_000L;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> now);
    }

    @BeforeEach
    void openTheSample(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#sample-0");
        RunFlowTest.runAgain(robot);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String entry(FxRobot robot) {
        return robot.lookup("#note-entry").queryAs(TextArea.class).getText();
    }

    private void assertUntouched() {
        assertThat(window.runModel().stateProperty().get()).isEqualTo(Countdown.State.READY);
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("laes");
        assertThat(window.runModel().finishedProperty().get()).isFalse();
    }

    @Test
    void escapeAndTypingOnIsANoteNotStartNextEnd(FxRobot robot) {
        robot.clickOn("#note-entry");
        robot.type(KeyCode.ESCAPE);
        assertThat(window.sessionView().countdownHasKeyboard()).isTrue();
        robot.write("og nu er det");
        Keys.settle(robot);
        assertUntouched();
        assertThat(entry(robot)).isEqualTo("og nu er det");
        assertThat(robot.lookup("#note-entry").query().isFocused()).as("the cursor follows the text").isTrue();
    }

    @Test
    void aSentenceThatBeginsWithACountdownLetterIsANoteToo(FxRobot robot) {
        robot.clickOn("#note-entry");
        robot.type(KeyCode.ESCAPE);
        robot.write("nu en ny plan");
        Keys.settle(robot);
        assertUntouched();
        assertThat(entry(robot)).isEqualTo("nu en ny plan");

        RunFlowTest.takeCountdown(robot);
        robot.write(" ende");
        Keys.settle(robot);
        assertUntouched();
        assertThat(entry(robot)).isEqualTo("nu en ny plan ende");
    }

    @Test
    void aLoneKeyStillDrivesTheCountdownAndPlusTwiceIsTwoMinutes(FxRobot robot) {
        RunFlowTest.takeCountdown(robot);
        robot.type(KeyCode.ADD).type(KeyCode.ADD);
        Keys.settle(robot);
        robot.interact(() -> window.runModel().refresh());
        assertThat(window.runModel().timeProperty().get()).isEqualTo("04:00");
        Keys.press(robot, KeyCode.SPACE);
        assertThat(window.runModel().stateProperty().get()).isEqualTo(Countdown.State.RUNNING);
        assertThat(entry(robot)).isEmpty();
    }

    @Test
    void theProjectorOpensWithoutTakingTheKeyboardAndTypingThereGoesIntoTheNote(FxRobot robot) {
        robot.clickOn("#note-entry");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.audience().stage().isShowing()).isTrue();
        robot.write("nu er det");
        Keys.settle(robot);
        assertUntouched();
        assertThat(entry(robot)).isEqualTo("nu er det");

        // Given the keyboard on purpose (a click on the projector's window), typing still is a note.
        robot.clickOn(window.audience().view());
        robot.write(" sagt");
        Keys.settle(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertUntouched();
        assertThat(entry(robot)).isEqualTo("nu er det sagt");
    }
}
