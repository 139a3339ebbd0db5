package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
 * What a fresh pair of eyes found in the session screen: a half-typed note stays with its table
 * and is asked about before the session is left; the notes stand in the exercise's step order;
 * Tab moves through the harvest, which the room then sees; the presenter sees a blacked-out
 * projector said.
 */
@ExtendWith(ApplicationExtension.class)
class SessionDraftsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> 1_000_000_000_000L);
    }

    @BeforeEach
    void aSession(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#template-0");
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String entryText(FxRobot robot) {
        return robot.lookup("#note-entry").queryAs(TextArea.class).getText();
    }

    private Group table(int n) {
        Exercise e = window.sessionModel().sessionProperty().get().exercises().get(0);
        return e.groups().get(n - 1);
    }

    @SuppressWarnings("unchecked")
    private boolean marked(FxRobot robot, String name) {
        return robot.lookup("#group-list").lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> (ListCell<Group>) c)
                .filter(c -> c.getItem() != null && c.getItem().displayName().equals(name))
                .anyMatch(c -> c.lookup(".vk-draft-mark").isVisible());
    }

    private String dialogText(FxRobot robot) {
        DialogPane pane = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
        return pane.getHeaderText() + " " + pane.getContentText();
    }

    @Test
    void aHalfTypedNoteStaysWithItsTableAndIsAskedAboutBeforeLeaving(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT3);
        robot.write("Halvt ved tre");
        ctrl(robot, KeyCode.DIGIT5);
        assertThat(entryText(robot)).as("table 5 has no draft of its own").isEmpty();
        assertThat(marked(robot, table(3).displayName())).as("table 3 is marked").isTrue();
        robot.write("Ved fem");
        ctrl(robot, KeyCode.DIGIT3);
        assertThat(entryText(robot)).isEqualTo("Halvt ved tre");
        assertThat(marked(robot, table(5).displayName())).isTrue();

        ctrl(robot, KeyCode.H);
        assertThat(dialogText(robot)).contains("2 påbegyndte noter").contains("ved " + table(3).displayName())
                .contains("ved " + table(5).displayName());
        robot.clickOn("#unsaved-cancel");
        assertThat(robot.lookup("#session-view").tryQuery()).as("Fortryd stays").isPresent();
        assertThat(entryText(robot)).isEqualTo("Halvt ved tre");

        ctrl(robot, KeyCode.H);
        robot.clickOn("#unsaved-save");
        TestContexts.awaitStartScreen();
        assertThat(table(3).notes()).extracting(Note::text).containsExactly("Halvt ved tre");
        assertThat(table(5).notes()).extracting(Note::text).containsExactly("Ved fem");
    }

    @Test
    void kassérDropsTheDraftAndANoteAddedAsksNothing(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT2);
        robot.write("Tilføjet");
        robot.type(KeyCode.ENTER);
        robot.write("Ikke denne");
        ctrl(robot, KeyCode.H);
        assertThat(dialogText(robot)).contains("Gem den påbegyndte note ved " + table(2).displayName() + "?");
        robot.clickOn("#unsaved-discard");
        TestContexts.awaitStartScreen();
        assertThat(table(2).notes()).extracting(Note::text).containsExactly("Tilføjet");

        robot.clickOn("#template-0");
        robot.clickOn("#setup-start");
        ctrl(robot, KeyCode.DIGIT2);
        robot.write("Tilføjet");
        robot.type(KeyCode.ENTER);
        ctrl(robot, KeyCode.H);
        assertThat(robot.lookup("#unsaved-dialog").tryQuery()).as("nothing half typed").isEmpty();
        TestContexts.awaitStartScreen();
    }

    @Test
    void notesStandInTheExercisesStepOrderNotInTheOrderTheyWereWritten(FxRobot robot) {
        Exercise e = window.sessionModel().exerciseProperty().get();
        assertThat(robot.lookup("#note-step").queryComboBox().getValue()).as("the discussion is not the first step")
                .isNotEqualTo(e.steps().get(0));
        ctrl(robot, KeyCode.DIGIT1);
        robot.write("Skrevet først, i drøftelsen");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#note-step");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#note-entry");
        robot.write("Skrevet sidst, i første trin");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Node written1st = robot.lookup("#note-0").query();
        Node written2nd = robot.lookup("#note-1").query();
        assertThat(((Label) written2nd).getText()).isEqualTo("Skrevet sidst, i første trin");
        assertThat(written2nd.localToScene(0, 0).getY()).as("step 1 first")
                .isLessThan(written1st.localToScene(0, 0).getY());
        Label firstHeading = robot.lookup("#notes-heading-0").queryAs(Label.class);
        assertThat(firstHeading.localToScene(0, 0).getY()).isLessThan(written2nd.localToScene(0, 0).getY());
        assertThat(robot.lookup("#notes-heading-1").queryAs(Label.class).getText())
                .isNotEqualTo(firstHeading.getText());
    }

    @Test
    void tabGoesThroughTheHarvestWhichTheRoomSees(FxRobot robot) {
        robot.clickOn("#session-title");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.stage().toFront();
            window.stage().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node roomHarvest = robot.from(window.audience().view()).lookup("#audience-harvest").query();
        assertThat(roomHarvest.isVisible()).isFalse();

        robot.clickOn("#harvest-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(roomHarvest.isVisible()).as("the room sees the questions").isTrue();
        String prompt = window.sessionModel().sessionProperty().get().harvest().get(0).prompt();
        assertThat(robot.from(window.audience().view()).lookup("#audience-harvest-prompt-0").queryAs(Label.class)
                .getText()).isEqualTo(dk.vaerksted.core.card.Emphasis.plain(prompt));
        // Notes under both prompts: their Ret and Slet buttons stand between the fields.
        robot.write("Sagt først");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("Sagt bagefter");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var prompts = window.sessionModel().sessionProperty().get().harvest();
        assertThat(prompts.get(0).notes()).extracting(Note::text).containsExactly("Sagt først");
        assertThat(prompts.get(1).notes()).extracting(Note::text).containsExactly("Sagt bagefter");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.write("Første svar");
        robot.type(KeyCode.TAB);
        robot.write("Andet svar");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sessionView().harvestDrafts()).startsWith("Første svar", "Andet svar");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.write(" og mere");
        assertThat(window.sessionView().harvestDrafts()).startsWith("Første svar og mere", "Andet svar");

        robot.clickOn("#group-list");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(roomHarvest.isVisible()).as("back to the exercise").isFalse();
    }

    @Test
    void thePresenterSeesThatTheProjectorIsBlack(FxRobot robot) {
        Node dark = robot.lookup("#projector-dark").query();
        assertThat(dark.isVisible()).isFalse();
        robot.clickOn("#session-title");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.stage().toFront();
            window.stage().requestFocus();
        });
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dark.isVisible()).isTrue();
        assertThat(((Label) dark).getText()).isEqualTo("Salen ser en sort skærm — B viser den igen");
        Keys.press(robot, KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dark.isVisible()).isFalse();
    }
}
