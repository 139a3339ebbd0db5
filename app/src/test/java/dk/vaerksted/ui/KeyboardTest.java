package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.timer.Countdown;
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
 * The keyboard model, typed key by key as a facilitator does (issue 12, item 1): stray typing
 * never drives the countdown, a field types what is typed, Esc leaves it, the clicker always
 * works, and Ctrl+Z takes a timer action back with what it recorded.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    private long now = 1_000_000_000_000L;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> now);
    }

    /** The sample's record of an earlier run, before anything here. */
    private int runsBefore;

    @BeforeEach
    void openTheSample(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#sample-0");
        RunFlowTest.runAgain(robot);
        WaitForAsyncUtils.waitForFxEvents();
        runsBefore = exercise().run().size();
    }

    private java.util.List<String> newRuns() {
        var all = exercise().run();
        return all.subList(runsBefore, all.size()).stream().map(r -> r.stepId()).toList();
    }

    private void pass(FxRobot robot, double seconds) {
        now += Math.round(seconds * 1e9);
        robot.interact(() -> window.runModel().refresh());
    }

    private Countdown.State state() {
        return window.runModel().stateProperty().get();
    }

    private Exercise exercise() {
        return window.sessionModel().exerciseProperty().get();
    }

    private static String digits(FxRobot robot) {
        return robot.lookup("#run-countdown-digits").queryAs(Label.class).getText();
    }

    private static String entry(FxRobot robot) {
        return robot.lookup("#note-entry").queryAs(TextArea.class).getText();
    }

    @Test
    void typingBesideTheFieldsNeverStartsSkipsOrEndsTheCountdownAndTheTextIsNotLost(FxRobot robot) {
        // A click on the exercise list, then beside the fields (the table's heading), then a sentence
        // full of n, r, e, b and spaces.
        robot.clickOn("#exercise-list");
        robot.clickOn("#group-heading");
        assertThat(window.stage().getScene().getFocusOwner()).isNotInstanceOf(javafx.scene.control.TextInputControl.class);
        robot.write("Del tidligt – også med en ny plan, Bente");
        pass(robot, 30);
        assertThat(state()).isEqualTo(Countdown.State.READY);
        assertThat(digits(robot)).isEqualTo("02:00");
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("laes");
        assertThat(newRuns()).isEmpty();
        assertThat(entry(robot)).isEqualTo("Del tidligt – også med en ny plan, Bente");
        assertThat(window.audience()).isNull();
    }

    @Test
    void aStrayLetterOnTheTableListGoesIntoTheNoteField(FxRobot robot) {
        robot.clickOn("#group-list");
        robot.write("n r");
        assertThat(state()).isEqualTo(Countdown.State.READY);
        assertThat(entry(robot)).isEqualTo("n r");
        assertThat(robot.lookup("#note-entry").query().isFocused()).isTrue();
    }

    @Test
    void inTheNoteFieldSpaceTypesASpaceAndEscapeHandsTheKeyboardToTheCountdown(FxRobot robot) {
        robot.clickOn("#note-entry");
        robot.write("Vi deler");
        robot.type(KeyCode.SPACE);
        robot.write("udkast");
        assertThat(entry(robot)).isEqualTo("Vi deler udkast");
        assertThat(state()).isEqualTo(Countdown.State.READY);

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#run-panel").query().isFocused()).isTrue();
        assertThat(robot.lookup("#run-keys").queryAs(Label.class).getText()).startsWith("Tastaturet styrer");
        assertThat(entry(robot)).as("the half-written note waits").isEqualTo("Vi deler udkast");
        Keys.press(robot, KeyCode.SPACE);
        assertThat(state()).isEqualTo(Countdown.State.RUNNING);
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#note-entry").query().isFocused()).isTrue();
    }

    @Test
    void theClickersPageKeysWorkEvenWhileANoteIsBeingTyped(FxRobot robot) {
        robot.clickOn("#note-entry");
        robot.write("Halvt");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(state()).as("a ready step is started").isEqualTo(Countdown.State.RUNNING);
        pass(robot, 100);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("tal");
        robot.type(KeyCode.PAGE_UP);
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("laes");
        assertThat(entry(robot)).isEqualTo("Halvt");
    }

    @Test
    void ctrlZTakesBackEachTimerActionWithWhatItRecorded(FxRobot robot) {
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 70);
        Keys.press(robot, KeyCode.N);
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("tal");
        assertThat(newRuns()).containsExactly("laes");
        pass(robot, 5);
        Keys.press(robot, KeyCode.E);
        assertThat(window.runModel().finishedProperty().get()).isTrue();
        assertThat(newRuns()).hasSize(2);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(window.runModel().finishedProperty().get()).isFalse();
        assertThat(newRuns()).hasSize(1);
        assertThat(state()).isEqualTo(Countdown.State.RUNNING);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("laes");
        assertThat(newRuns()).isEmpty();
        pass(robot, 0);
        assertThat(digits(robot)).as("the step's clock went on meanwhile").isEqualTo("00:45");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(state()).isEqualTo(Countdown.State.READY);
        assertThat(digits(robot)).isEqualTo("02:00");
    }

    @Test
    void plusAndMinusOnTheCountdownAreUndoneToo(FxRobot robot) {
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.ADD);
        pass(robot, 0);
        assertThat(digits(robot)).isEqualTo("03:00");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        pass(robot, 0);
        assertThat(digits(robot)).isEqualTo("02:00");
    }
}
