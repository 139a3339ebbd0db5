package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Step;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * Ctrl+K as a facilitator uses it, typing into the fields (issue 12, item 2): what is typed is
 * applied without an Enter, a value that cannot be applied says why, and minutes changed while a
 * step runs move its countdown at once.
 */
@ExtendWith(ApplicationExtension.class)
class EditSessionTest {
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

    private void pass(FxRobot robot, double seconds) {
        now += Math.round(seconds * 1e9);
        robot.interact(() -> window.runModel().refresh());
    }

    private static void replaceText(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    /** Clicks a tab of the edit dialog (not a label of the same name in the window behind it). */
    private static void tab(FxRobot robot, String name) {
        robot.clickOn(robot.from(robot.lookup("#edit-dialog").queryAs(javafx.scene.Node.class)).lookup(name)
                .queryAs(javafx.scene.Node.class));
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tablesAndDetailsTypedWithoutEnterAreAppliedAndTheEditCanBeUndone(FxRobot robot) {
        ctrl(robot, KeyCode.K);
        replaceText(robot, "#edit-place", "Dokk1");
        tab(robot, "Borde");
        replaceText(robot, "#edit-table-name-0", "MSO");
        robot.clickOn("#edit-add-table");
        robot.clickOn("#edit-ok");
        WaitForAsyncUtils.waitForFxEvents();

        var s = window.sessionModel().sessionProperty().get();
        assertThat(s.place()).isEqualTo("Dokk1");
        assertThat(s.exercises().get(0).groups()).extracting(Group::name)
                .containsExactly("MSO", "Bord 2", "Bord 3", "Bord 4", "Bord 5");
        assertThat(s.exercises().get(0).groups().get(0).notes()).hasSize(2);
        assertThat(robot.lookup("#session-meta").queryLabeled().getText()).contains("Dokk1");

        robot.clickOn("#notes-undo");
        assertThat(window.sessionModel().sessionProperty().get().place()).isEqualTo("Aarhus Rådhus");
        assertThat(window.sessionModel().exerciseProperty().get().groups()).hasSize(4);
    }

    @Test
    void minutesChangedWhileAStepRunsMoveItsCountdownAtOnce(FxRobot robot) {
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 30);
        assertThat(robot.lookup("#run-countdown-digits").queryAs(Label.class).getText()).isEqualTo("01:30");

        ctrl(robot, KeyCode.K);
        tab(robot, "Øvelser");
        replaceText(robot, "#edit-minutes-0", "3");
        replaceText(robot, "#edit-minutes-1", "6");
        // No Enter: Anvend applies what stands in the fields.
        robot.clickOn("#edit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        pass(robot, 0);
        assertThat(robot.lookup("#run-countdown-digits").queryAs(Label.class).getText()).isEqualTo("02:30");
        assertThat(window.sessionModel().exerciseProperty().get().steps()).extracting(Step::minutes)
                .containsExactly(3.0, 6.0);
        pass(robot, 10);
        assertThat(robot.lookup("#run-countdown-digits").queryAs(Label.class).getText()).isEqualTo("02:20");

        // R restarts the step at its new length, Page Down moves to the next one at its new length.
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.R);
        pass(robot, 0);
        assertThat(robot.lookup("#run-countdown-digits").queryAs(Label.class).getText()).isEqualTo("03:00");
        robot.type(KeyCode.PAGE_DOWN);
        pass(robot, 0);
        assertThat(robot.lookup("#run-countdown-digits").queryAs(Label.class).getText()).isEqualTo("06:00");
    }

    @Test
    void minutesThatCannotBeReadSayWhyAndAnvendWaits(FxRobot robot) {
        ctrl(robot, KeyCode.K);
        tab(robot, "Øvelser");
        replaceText(robot, "#edit-minutes-1", "2x");
        assertThat(robot.lookup("#edit-minutes-1-problem").queryAs(Label.class).getText()).contains("tal");
        assertThat(robot.lookup("#edit-ok").queryAs(Button.class).isDisabled()).isTrue();
        replaceText(robot, "#edit-minutes-1", "2,5");
        assertThat(robot.lookup("#edit-ok").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#edit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sessionModel().exerciseProperty().get().steps().get(1).minutes()).isEqualTo(2.5);
    }

    @Test
    void anEmptyTitleIsRefusedAtItsField(FxRobot robot) {
        ctrl(robot, KeyCode.K);
        robot.clickOn("#edit-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#edit-title-problem").queryAs(Label.class).getText()).isNotEmpty();
        assertThat(robot.lookup("#edit-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#dialog-cancel");
    }
}
