package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Group;
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
 * Ctrl+Z never changes a table out of sight silently: the table it changes is shown and the
 * window says what was undone; Ctrl+Y does it again; keys that change nothing leave nothing to undo.
 */
@ExtendWith(ApplicationExtension.class)
class UndoRedoTest {
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

    private Group selected() {
        return window.sessionModel().groupProperty().get();
    }

    private Group table(int i) {
        return window.sessionModel().exerciseProperty().get().groups().get(i);
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void undoShowsTheTableItChangesAndRedoBringsTheNoteBack(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT1);
        int before = table(0).notes().size();
        robot.write("Del tidligt");
        robot.type(KeyCode.ENTER);
        assertThat(table(0).notes()).hasSize(before + 1);

        ctrl(robot, KeyCode.DIGIT3);
        assertThat(selected().id()).isEqualTo(table(2).id());
        ctrl(robot, KeyCode.Z);
        assertThat(table(0).notes()).hasSize(before);
        assertThat(selected().id()).as("the table the undo changed is shown").isEqualTo(table(0).id());
        var done = window.sessionModel().history().lastProperty().get();
        assertThat(UndoNotices.text(done, new dk.vaerksted.core.i18n.Messages("dk.vaerksted.i18n.ui", dk.vaerksted.core.i18n.Messages.DANISH)))
                .isEqualTo("Fortrudt: en ændring af noterne ved " + table(0).name() + " · Ctrl+Y gentager");
        String shown = "Fortrudt: en ændring af noterne ved " + table(0).name() + " · Ctrl+Y gentager";
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && shown.equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow().isShowing()).tryQuery())
                .as("the notice is on the screen").isPresent();

        ctrl(robot, KeyCode.DIGIT3);
        ctrl(robot, KeyCode.Y);
        assertThat(table(0).notes()).hasSize(before + 1);
        assertThat(table(0).notes().get(before).text()).isEqualTo("Del tidligt");
        assertThat(selected().id()).isEqualTo(table(0).id());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        ctrl(robot, KeyCode.Z);
        assertThat(table(0).notes()).hasSize(before);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(0).notes()).as("Ctrl+Shift+Z redoes too").hasSize(before + 1);
    }

    @Test
    void aTimerActionIsRedoneWithWhatItRecorded(FxRobot robot) {
        int runsBefore = window.sessionModel().exerciseProperty().get().run().size();
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        now += 30_000_000_000L;
        Keys.press(robot, KeyCode.N);
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("tal");
        ctrl(robot, KeyCode.Z);
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("laes");
        assertThat(window.sessionModel().exerciseProperty().get().run()).hasSize(runsBefore);
        ctrl(robot, KeyCode.Y);
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("tal");
        assertThat(window.sessionModel().exerciseProperty().get().run()).hasSize(runsBefore + 1);
        // Moving on again records nothing twice.
        now += 5_000_000_000L;
        Keys.press(robot, KeyCode.E);
        assertThat(window.sessionModel().exerciseProperty().get().run()).hasSize(runsBefore + 2);
    }

    @Test
    void keysOnAnEndedExerciseLeaveNothingToUndo(FxRobot robot) {
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        Keys.press(robot, KeyCode.E);
        assertThat(window.runModel().finishedProperty().get()).isTrue();
        Keys.press(robot, KeyCode.E, KeyCode.R, KeyCode.SPACE, KeyCode.ADD);
        ctrl(robot, KeyCode.Z);
        assertThat(window.runModel().finishedProperty().get()).as("one Ctrl+Z takes back the end").isFalse();
    }
}
