package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Group;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
 * A forum's sixteen tables from the keyboard (issue 12, item 6): every table reachable with
 * Ctrl+G and its number, the selected one scrolled into view, the notes of each counted, and one
 * word for tables everywhere.
 */
@ExtendWith(ApplicationExtension.class)
class TableListTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> 0L);
    }

    @BeforeEach
    void sixteenTables(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#template-0");
        robot.clickOn("#setup-tables");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("16");
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Group selected() {
        return window.sessionModel().groupProperty().get();
    }

    @SuppressWarnings("unchecked")
    private ListCell<Group> visibleCellOf(FxRobot robot, String name) {
        ListView<Group> list = robot.lookup("#group-list").queryAs(ListView.class);
        Bounds view = list.localToScene(list.getBoundsInLocal());
        return robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> (ListCell<Group>) c)
                .filter(c -> c.getItem() != null && c.getItem().displayName().equals(name) && c.isVisible())
                .filter(c -> view.contains(c.localToScene(c.getBoundsInLocal()).getCenterX(),
                        c.localToScene(c.getBoundsInLocal()).getCenterY()))
                .findFirst().orElse(null);
    }

    @Test
    void ctrlGAndANumberReachesEveryTableScrolledIntoViewWithItsNotesCounted(FxRobot robot) {
        robot.clickOn("#note-entry");
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#table-jump").query().isFocused()).isTrue();
        robot.write("14");
        robot.type(KeyCode.ENTER);
        assertThat(selected().name()).isEqualTo("Bord 14");
        assertThat(robot.lookup("#note-entry").query().isFocused()).as("ready to type").isTrue();
        robot.write("Første note");
        robot.type(KeyCode.ENTER);
        robot.write("Anden note");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<Group> cell = visibleCellOf(robot, "Bord 14");
        assertThat(cell).as("Bord 14 is scrolled into view").isNotNull();
        assertThat(robot.from(cell).lookup(".vk-count").queryAs(Label.class).getText()).isEqualTo("2 noter");
        assertThat(selected().notes()).hasSize(2);

        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        robot.write("17");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#table-jump-problem").queryAs(Label.class).getText()).contains("1 til 16");
        assertThat(selected().name()).isEqualTo("Bord 14");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#note-entry").query().isFocused()).isTrue();
    }

    @Test
    void ctrlDigitsAndAltArrowsKeepTheSelectedTableInView(FxRobot robot) {
        robot.clickOn("#note-entry");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleCellOf(robot, "Bord 9")).as("Bord 9 in view").isNotNull();
        for (int i = 10; i <= 16; i++) {
            robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(selected().name()).isEqualTo("Bord " + i);
            assertThat(visibleCellOf(robot, "Bord " + i)).as("Bord " + i + " in view").isNotNull();
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleCellOf(robot, "Bord 1")).as("back to Bord 1, in view").isNotNull();
    }

    @Test
    void ctrlGSaysWhatToTypeWhenNothingMatches(FxRobot robot) {
        robot.clickOn("#note-entry");
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);
        Label problem = robot.lookup("#table-jump-problem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("Skriv et bords nummer (1–16) eller en del af dets navn, og tryk Enter.");
        robot.write("Bord 40");
        robot.type(KeyCode.ENTER);
        assertThat(problem.getText()).isEqualTo("Intet bord hedder »Bord 40«; skriv et nummer fra 1 til 16 eller en del af navnet.");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("40");
        robot.type(KeyCode.ENTER);
        assertThat(problem.getText()).isEqualTo("Der er intet bord nummer 40: bordene er nummereret fra 1 til 16.");
        assertThat(problem.getHeight()).as("the whole sentence shows").isGreaterThanOrEqualTo(problem.prefHeight(problem.getWidth()) - 0.5);
        assertThat(selected().name()).isEqualTo("Bord 1");
    }

    @Test
    void tablesAreCalledTablesEverywhere(FxRobot robot) {
        assertThat(robot.lookup("Borde").tryQuery()).isPresent();
        assertThat(robot.lookup("Grupper").tryQuery()).isEmpty();
    }
}
