package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Group;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renaming a table, adding one and changing the place from the editor, then taking it back. */
@ExtendWith(ApplicationExtension.class)
class EditSessionTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-data")));
        stage.show();
    }

    @org.junit.jupiter.api.BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    @Test
    void tablesAndDetailsAreEditedAndTheEditCanBeUndone(FxRobot robot) {
        robot.clickOn("#sample-0");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-place");
        robot.interact(() -> robot.lookup("#edit-place").queryAs(TextField.class).setText("Dokk1"));
        robot.clickOn("Borde");
        TableView<?> table = robot.lookup("#edit-tables").queryAs(TableView.class);
        Node firstName = robot.from(table).lookup(".table-row-cell").nth(0).lookup(".table-cell").nth(0).query();
        robot.doubleClickOn(firstName);
        robot.interact(() -> robot.from(table).lookup(".text-field").queryAs(TextField.class).setText("MSO"));
        robot.type(KeyCode.ENTER);
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
        assertThat(Path.of(".")).exists();
    }
}
