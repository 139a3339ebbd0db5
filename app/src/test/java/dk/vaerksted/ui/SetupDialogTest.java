package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Session;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
 * The setup dialog as a facilitator fills it in (issue 12, item 5): the title field has the
 * cursor, every field is checked as it is typed and says why at the field, *Start* waits until
 * all is well, Danish dates are read (never the year 27), the calendar is Danish, and dealing
 * fewer cards than tables says that cards repeat.
 */
@ExtendWith(ApplicationExtension.class)
class SetupDialogTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> 0L);
    }

    @BeforeEach
    void openTheDialog(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#template-0");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void replace(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static String problem(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean startDisabled(FxRobot robot) {
        return robot.lookup("#setup-start").queryAs(Button.class).isDisabled();
    }

    private Session started(FxRobot robot) {
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
        return window.sessionModel().sessionProperty().get();
    }

    @Test
    void theCursorStartsInTheTitleAndTypingReplacesIt(FxRobot robot) {
        Node title = robot.lookup("#setup-title").query();
        assertThat(title.isFocused()).isTrue();
        // The keys go to the dialog, the active window, as the system sends them.
        robot.targetWindow(title.getScene().getWindow());
        robot.write("Forum januar");
        assertThat(robot.lookup("#setup-dialog").tryQuery()).as("typing pressed no button").isPresent();
        assertThat(started(robot).title()).isEqualTo("Forum januar");
    }

    @Test
    void tablesThatAreNotANumberFromOneToSixtyAreRefusedAtTheField(FxRobot robot) {
        replace(robot, "#setup-tables", "tolv");
        assertThat(problem(robot, "#setup-tables-problem")).contains("1 til 60");
        assertThat(startDisabled(robot)).isTrue();
        replace(robot, "#setup-tables", "500");
        assertThat(startDisabled(robot)).isTrue();
        replace(robot, "#setup-tables", "0");
        assertThat(startDisabled(robot)).isTrue();
        replace(robot, "#setup-tables", "16 borde");
        assertThat(problem(robot, "#setup-tables-problem")).as("a number and a word is the number").isEmpty();
        assertThat(started(robot).exercises().get(0).groups()).hasSize(16);
    }

    @Test
    void danishDatesAreReadAndWhatCannotBeReadIsSaid(FxRobot robot) {
        replace(robot, "#setup-date", "31.2.2027");
        assertThat(problem(robot, "#setup-date-problem")).as("said at the field, in words")
                .isEqualTo("Den 31. februar 2027 findes ikke: februar 2027 har 28 dage.");
        assertThat(robot.lookup("#setup-date").queryAs(javafx.scene.control.TextField.class).getText())
                .as("never changed to another day").isEqualTo("31.2.2027");
        assertThat(startDisabled(robot)).isTrue();
        replace(robot, "#setup-date", "11.13.2027");
        assertThat(problem(robot, "#setup-date-problem")).isEqualTo("Der er ingen 13. måned: skriv dag, måned og år, fx 11.1.2027.");
        replace(robot, "#setup-date", "den anden");
        assertThat(problem(robot, "#setup-date-problem")).startsWith("Datoen kan ikke læses");
        replace(robot, "#setup-date", "11.1.27");
        assertThat(problem(robot, "#setup-date-problem")).isEmpty();
        assertThat(started(robot).date()).isEqualTo("2027-01-11");
    }

    @Test
    void theCalendarStartsOnMondayAndShowsWeekNumbers(FxRobot robot) {
        robot.clickOn("#setup-date-pick");
        WaitForAsyncUtils.waitForFxEvents();
        Node firstDay = robot.lookup(".day-name-cell").nth(0).query();
        assertThat(((javafx.scene.control.Labeled) firstDay).getText()).startsWithIgnoringCase("ma");
        assertThat(robot.lookup(".week-number-cell").queryAll()).isNotEmpty();
        robot.clickOn(robot.lookup(".day-cell").lookup((Node n) -> n instanceof javafx.scene.control.DateCell d
                && d.getItem() != null && d.getItem().equals(LocalDate.of(2024, 6, 3))).queryAs(Node.class));
        assertThat(robot.lookup("#setup-date").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("3.6.2024");
    }

    @Test
    void dealingSevenCardsToTwelveTablesSaysThatCardsRepeat(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> deck = robot.lookup("#setup-deck").queryAs(ComboBox.class);
        robot.interact(() -> deck.getSelectionModel().select(deck.getItems().stream()
                .filter(s -> s.toString().contains("7 principper")).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        ComboBox<Object> deal = robot.lookup("#setup-deal").queryAs(ComboBox.class);
        robot.interact(() -> deal.getSelectionModel().select(1));
        assertThat(problem(robot, "#setup-deal-note")).isEqualTo("7 kort til 12 borde: nogle borde får det samme kort.");
        replace(robot, "#setup-tables", "7");
        assertThat(problem(robot, "#setup-deal-note")).isEmpty();
        robot.clickOn("#dialog-cancel");
    }

    @Test
    void aLongMinutesProblemWrapsInsideTheDialogAndIsShownWhole(FxRobot robot) {
        javafx.scene.control.TextField minutes = robot.lookup("#setup-minutes-0-0").queryAs(javafx.scene.control.TextField.class);
        double fieldWidth = minutes.getWidth();
        robot.clickOn("#setup-tables");
        for (int i = 0; i < 12 && !minutes.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(minutes.isFocused()).as("reached with Tab").isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("1.000");
        WaitForAsyncUtils.waitForFxEvents();
        Label says = robot.lookup("#setup-minutes-0-0-problem").queryAs(Label.class);
        assertThat(says.getText()).startsWith("»1.000«: skriv højst to decimaler");
        javafx.scene.text.Text shown = (javafx.scene.text.Text) says.lookup(".text");
        assertThat(shown.getText()).as("the whole reason, no ellipsis").isEqualTo(says.getText());
        javafx.scene.control.ScrollPane scroll = robot.lookup("#setup-dialog .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        Node viewport = scroll.lookup(".viewport");
        var seen = viewport.localToScene(viewport.getLayoutBounds());
        var at = says.localToScene(says.getLayoutBounds());
        assertThat(scroll.getContent().getLayoutBounds().getWidth()).as("no sideways scrolling")
                .isLessThanOrEqualTo(seen.getWidth());
        assertThat(at.getMaxX()).as("inside the dialog").isLessThanOrEqualTo(seen.getMaxX());
        assertThat(says.getHeight()).as("wrapped over lines").isGreaterThan(shown.getFont().getSize() * 2);
        assertThat(minutes.getWidth()).as("the field keeps its width").isEqualTo(fieldWidth);
        Node second = robot.lookup("#setup-minutes-0-1").query();
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getLabelFor() == second).queryAs(Label.class).getText())
                .as("the steps numbered 1, 2 (the problem's row counts for none)").startsWith("2. ");
        robot.clickOn("#dialog-cancel");
    }

    @Test
    void theCalendarClosesWithEscAndWhenTheChosenDayIsClickedAgain(FxRobot robot) {
        javafx.scene.control.TextField date = robot.lookup("#setup-date").queryAs(javafx.scene.control.TextField.class);
        String before = date.getText();
        robot.clickOn("#setup-date-pick");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".date-picker-popup").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".date-picker-popup").tryQuery()).as("Esc closes the calendar").isEmpty();
        assertThat(robot.lookup("#setup-dialog").tryQuery()).as("and only the calendar").isPresent();

        robot.clickOn("#setup-date-pick");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".day-cell").lookup((Node n) -> n instanceof javafx.scene.control.DateCell d
                && d.getItem() != null && d.getItem().equals(LocalDate.of(2024, 5, 29))).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".date-picker-popup").tryQuery()).as("the chosen day clicked again closes it").isEmpty();
        assertThat(date.getText()).isEqualTo(before);
        assertThat(date.isFocused()).as("the cursor back in the date").isTrue();
        robot.clickOn("#dialog-cancel");
    }
}
