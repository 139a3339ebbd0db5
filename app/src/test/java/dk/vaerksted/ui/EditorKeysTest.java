package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
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
 * The deck and exercise editors from the keyboard: a new one opens with a first empty card or
 * step and the cursor in the first field; Tab walks the fields top to bottom (a multi-line field
 * included, no tab character typed), Ctrl+Tab too, Shift+Tab goes back; Shift+Enter starts a new
 * line in a multi-line field.
 */
@ExtendWith(ApplicationExtension.class)
class EditorKeysTest {
    @Start
    void start(Stage stage) throws Exception {
        new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-data")));
        stage.show();
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private static Node focused(FxRobot robot) {
        return robot.targetWindow().getScene().getFocusOwner();
    }

    private static String focusedId(FxRobot robot) {
        Node n = focused(robot);
        return n == null ? null : n.getId();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    /** The text fields Tab (with {@code ctrl}: Ctrl+Tab) reaches in turn, up to {@code last}. */
    private static List<String> fieldsInTabOrder(FxRobot robot, boolean ctrl, String last) {
        List<String> seen = new ArrayList<>();
        seen.add(focusedId(robot));
        for (int i = 0; i < 40 && !last.equals(seen.get(seen.size() - 1)); i++) {
            if (ctrl) {
                robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
            if (focused(robot) instanceof TextInputControl && !focusedId(robot).equals(seen.get(seen.size() - 1))) {
                seen.add(focusedId(robot));
            }
        }
        return seen;
    }

    private static void shiftEnter(FxRobot robot) {
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
    }

    @Test
    void aNewDeckHasAnEmptyCardTheCursorInItsTitleAndTabWalksTheFormTopToBottom(FxRobot robot) {
        robot.clickOn("#new-deck");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deck-editor-cards").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(focusedId(robot)).as("the cursor in the first field").isEqualTo("deck-title");
        robot.write("Vores kort");
        assertThat(text(robot, "#deck-title")).as("typing replaces the suggested title").isEqualTo("Vores kort");

        robot.type(KeyCode.TAB);
        assertThat(focusedId(robot)).as("from the title straight to the field below it").isEqualTo("deck-deck-source");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        List<String> order = List.of("deck-title", "deck-deck-source", "deck-number", "deck-card-title",
                "deck-question", "deck-body", "deck-reminders", "deck-whatif", "deck-examples", "deck-dilemmas",
                "deck-standpoints", "deck-source");
        assertThat(fieldsInTabOrder(robot, false, "deck-source")).as("Tab").isEqualTo(order);

        for (int i = 0; i < 12 && !"deck-body".equals(focusedId(robot)); i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        }
        assertThat(focusedId(robot)).as("back up the form with Shift+Tab").isEqualTo("deck-body");
        robot.write("Første linje");
        shiftEnter(robot);
        robot.write("Anden linje");
        robot.type(KeyCode.TAB);
        assertThat(focusedId(robot)).isEqualTo("deck-reminders");
        assertThat(text(robot, "#deck-body")).isEqualTo("Første linje\nAnden linje");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(focusedId(robot)).as("Shift+Tab goes back").isEqualTo("deck-body");
        assertThat(text(robot, "#deck-body")).as("no tab typed").isEqualTo("Første linje\nAnden linje");

        robot.clickOn("#deck-title");
        assertThat(fieldsInTabOrder(robot, true, "deck-source")).as("Ctrl+Tab").isEqualTo(order);
    }

    @Test
    void aNewExerciseHasAnEmptyStepTheCursorInItsTitleAndTabWalksTheFormTopToBottom(FxRobot robot) {
        robot.clickOn("#new-template");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#template-steps").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(focusedId(robot)).as("the cursor in the first field").isEqualTo("template-title");
        assertThat(robot.lookup("#template-title").queryAs(TextField.class).getSelectedText())
                .isEqualTo(text(robot, "#template-title"));

        robot.type(KeyCode.TAB);
        assertThat(focusedId(robot)).as("from the title straight to the field below it").isEqualTo("template-intro");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        List<String> order = List.of("template-title", "template-intro", "template-step-title",
                "template-step-prompt", "template-step-minutes", "template-harvest");
        assertThat(fieldsInTabOrder(robot, false, "template-harvest")).as("Tab").isEqualTo(order);

        robot.clickOn("#template-step-prompt");
        robot.write("Hvad tager vi med?");
        shiftEnter(robot);
        robot.write("Hvad lader vi ligge?");
        robot.type(KeyCode.TAB);
        assertThat(focusedId(robot)).isEqualTo("template-step-minutes");
        assertThat(text(robot, "#template-step-prompt")).isEqualTo("Hvad tager vi med?\nHvad lader vi ligge?");

        robot.clickOn("#template-title");
        assertThat(fieldsInTabOrder(robot, true, "template-harvest")).as("Ctrl+Tab").isEqualTo(order);
    }
}
