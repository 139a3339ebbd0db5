package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Step;
import java.util.List;
import javafx.scene.control.ComboBox;
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
 * Notes go where the discussion is (issue 12, item 3): under the running step, and before the
 * start or after the end under a step the facilitator sees and can change — by default the
 * discussion step; a note is moved to another step in one action.
 */
@ExtendWith(ApplicationExtension.class)
class NoteStepTest {
    private long now = 1_000_000_000_000L;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> now);
    }

    @BeforeEach
    void newSessionWithNoNotes(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#template-0");
        for (String[] f : new String[][] {{"#setup-minutes-0-0", "2"}, {"#setup-minutes-0-1", "8"}}) {
            robot.clickOn(f[0]);
            robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
            robot.write(f[1]);
        }
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Note> notes() {
        return window.sessionModel().groupProperty().get().notes();
    }

    private void note(FxRobot robot, String text) {
        robot.clickOn("#note-entry");
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Step> choice(FxRobot robot) {
        return robot.lookup("#note-step").queryAs(ComboBox.class);
    }

    @Test
    void beforeTheStartNotesGoToTheDiscussionStepWhileAStepRunsToThatStep(FxRobot robot) {
        assertThat(choice(robot).getValue().id()).isEqualTo("tal");
        note(robot, "Før start");
        assertThat(notes()).extracting(Note::stepId).containsExactly("tal");

        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        assertThat(choice(robot).getValue().id()).as("the running step").isEqualTo("laes");
        note(robot, "Mens der læses");
        assertThat(notes()).extracting(Note::stepId).containsExactly("tal", "laes");

        robot.type(KeyCode.PAGE_DOWN);
        note(robot, "Under drøftelsen");
        assertThat(notes().get(2).stepId()).isEqualTo("tal");

        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.E);
        assertThat(choice(robot).getValue().id()).as("after the end: the discussion step").isEqualTo("tal");
    }

    @Test
    void theFacilitatorPicksAnotherStepAndMovesANoteInOneAction(FxRobot robot) {
        robot.clickOn("#note-step");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Læs teksten i kortet højt"))
                .queryAs(javafx.scene.Node.class));
        note(robot, "Til læsningen");
        assertThat(notes()).extracting(Note::stepId).containsExactly("laes");

        robot.clickOn("#note-move-0");
        robot.clickOn("#note-move-0-tal");
        assertThat(notes()).extracting(Note::stepId).containsExactly("tal");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(notes()).extracting(Note::stepId).containsExactly("laes");
    }
}
