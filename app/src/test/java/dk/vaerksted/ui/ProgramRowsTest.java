package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.timer.WallClock;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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
 * The day's program rows in the setup dialog, as a new user walks through "Fælles om ledelse:
 * Samskabelse af velfærd" (its 14 items): Tab in the order the row reads and on to the next row and
 * the dialog's buttons; clock times and lengths typed the Danish way; rows that stay put while a
 * reason comes and goes; "Tilføj punkt" showing its row with the cursor in it; the speaker kept.
 */
@ExtendWith(ApplicationExtension.class)
class ProgramRowsTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private final WallClock wall = new WallClock(
            ZonedDateTime.of(LocalDate.of(2019, 8, 30), LocalTime.of(8, 58), CPH).toInstant(), CPH);
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-rows"), () -> 0L, wall));
        stage.show();
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private static String focusId(FxRobot robot) {
        Node owner = robot.targetWindow().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private static void tab(FxRobot robot) {
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The example day's setup dialog, Tab by Tab from the tables to the program's first row. */
    private static void toTheFirstRow(FxRobot robot) {
        robot.clickOn("#template-8");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#setup-tables");
        for (int i = 0; i < 80 && !"program-kind-0".equals(focusId(robot)); i++) {
            tab(robot);
        }
        assertThat(focusId(robot)).isEqualTo("program-kind-0");
    }

    /** Tab to the field {@code id} of the program (forwards, as a person does). */
    private static void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 120 && !id.equals(focusId(robot)); i++) {
            tab(robot);
        }
        assertThat(focusId(robot)).isEqualTo(id);
    }

    private static void retype(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n instanceof Label l ? l.getText() : ((TextField) n).getText();
    }

    private static String prompt(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getPromptText();
    }

    private static double screenY(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.localToScreen(n.getBoundsInLocal()).getMinY();
    }

    /** Whether {@code n} is whole in the viewport of the scroll pane it is in. */
    private static boolean inSight(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane) {
                Bounds view = pane.localToScreen(pane.getLayoutBounds());
                Bounds b = n.localToScreen(n.getBoundsInLocal());
                return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
            }
        }
        return true;
    }

    @Test
    void tabGoesThroughARowAsItReadsThenToTheNextRowAndAtTheEndToTheDialogsButtons(FxRobot robot) {
        toTheFirstRow(robot);
        List<String> walked = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            tab(robot);
            walked.add(focusId(robot));
        }
        // A talk: title, start, minutes, the speaker under the title; row 2 runs an exercise.
        assertThat(walked).containsExactly(
                "program-title-0", "program-start-0", "program-minutes-0", "program-speaker-0",
                "program-kind-1", "program-title-1", "program-start-1", "program-minutes-1", "program-speaker-1",
                "program-kind-2", "program-title-2", "program-start-2", "program-minutes-2", "program-exercise-2");
        tabTo(robot, "program-speaker-13");
        tab(robot);
        assertThat(focusId(robot)).isEqualTo("program-add");
        tab(robot);
        Node owner = robot.targetWindow().getScene().getFocusOwner();
        assertThat(owner).isInstanceOf(Button.class);
        assertThat(owner.getId()).isIn("setup-start", "dialog-cancel");
        // And back with Shift+Tab: the last row's speaker again.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        if ("program-add".equals(focusId(robot))) {
            robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusId(robot)).isEqualTo("program-speaker-13");
    }

    @Test
    void clockTimesAndLengthsAreReadTheDanishWayAndWhatCannotBeReadSaysWhyAndStays(FxRobot robot) {
        toTheFirstRow(robot);
        tabTo(robot, "program-start-1");
        for (String typed : List.of("9.20", "09:20", "kl. 9.20", "920", "9,20")) {
            retype(robot, typed);
            assertThat(text(robot, "#program-start-1-problem")).as(typed).isEmpty();
            assertThat(prompt(robot, "#program-start-2")).as(typed).isEqualTo("09.35");
        }
        tab(robot);
        assertThat(focusId(robot)).isEqualTo("program-minutes-1");
        for (String[] typed : List.of(new String[] {"1 t 30 min", "10.50"}, new String[] {"1½ time", "10.50"},
                new String[] {"1:30", "10.50"}, new String[] {"2 timer", "11.20"}, new String[] {"45 min.", "10.05"},
                new String[] {"20", "09.40"})) {
            retype(robot, typed[0]);
            assertThat(text(robot, "#program-minutes-1-problem")).as(typed[0]).isEmpty();
            assertThat(prompt(robot, "#program-start-2")).as(typed[0]).isEqualTo(typed[1]);
        }
        retype(robot, "en halv time");
        assertThat(text(robot, "#program-minutes-1-problem")).isEqualTo(
                "»en halv time« er ikke en varighed (fx 15, 1 t 30 min eller 1:30)");
        assertThat(robot.lookup("#setup-start").queryAs(Button.class).isDisabled()).isTrue();
        tab(robot);
        assertThat(text(robot, "#program-minutes-1")).as("nothing typed is dropped").isEqualTo("en halv time");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        retype(robot, "10 min");
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
        Program p = Program.of(window.sessionModel().sessionProperty().get()).orElseThrow();
        assertThat(p.items().get(1).start()).isEqualTo(LocalTime.of(9, 20));
        assertThat(p.items().get(1).minutes()).isEqualTo(10.0);
    }

    @Test
    void rowsStayPutWhileAReasonComesAndGoesUnderTheRowBeingTyped(FxRobot robot) {
        toTheFirstRow(robot);
        tabTo(robot, "program-start-1");
        double field = screenY(robot, "#program-start-1");
        double next = screenY(robot, "#program-title-2");
        double far = screenY(robot, "#program-title-3");
        // Key by key: "0" and "07" start before the first item ends, "07." is no time yet.
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        for (String key : List.of("0", "7", ".", "1")) {
            robot.write(key);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(focusId(robot)).isEqualTo("program-start-1");
            assertThat(screenY(robot, "#program-start-1")).as("after %s", key).isEqualTo(field);
            assertThat(screenY(robot, "#program-title-2")).as("after %s", key).isEqualTo(next);
            assertThat(screenY(robot, "#program-title-3")).as("after %s", key).isEqualTo(far);
        }
        assertThat(text(robot, "#program-start-1-problem")).isNotEmpty();
        robot.write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#program-problem-1")).startsWith("det starter kl. 07.15");
        assertThat(screenY(robot, "#program-title-2")).isEqualTo(next);
    }

    @Test
    void addAnItemShowsTheNewRowWithTheCursorInItsTitleAndKeepsItsSpeaker(FxRobot robot) {
        toTheFirstRow(robot);
        tabTo(robot, "program-add");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusId(robot)).isEqualTo("program-title-14");
        assertThat(inSight(robot.lookup("#program-title-14").query())).as("the new row is scrolled into view").isTrue();
        robot.write("Tak for i dag");
        tab(robot);
        robot.write("17.00");
        tab(robot);
        robot.write("10");
        tab(robot);
        assertThat(focusId(robot)).isEqualTo("program-speaker-14");
        assertThat(inSight(robot.lookup("#program-speaker-14").query())).isTrue();
        robot.write("Mette Holm");
        tab(robot);
        assertThat(text(robot, "#program-speaker-14")).isEqualTo("Mette Holm");
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
        ProgramItem last = Program.of(window.sessionModel().sessionProperty().get()).orElseThrow().items().get(14);
        assertThat(last.title()).isEqualTo("Tak for i dag");
        assertThat(last.speaker()).isEqualTo("Mette Holm");
        assertThat(last.start()).isEqualTo(LocalTime.of(17, 0));
        assertThat(last.minutes()).isEqualTo(10.0);
    }

    @Test
    void altUpAndDownMoveTheItemTheCursorIsIn(FxRobot robot) {
        toTheFirstRow(robot);
        tabTo(robot, "program-title-1");
        String second = text(robot, "#program-title-1");
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#program-title-0")).isEqualTo(second);
        assertThat(focusId(robot)).as("the cursor goes with its item").isEqualTo("program-title-0");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#program-title-1")).isEqualTo(second);
        assertThat(focusId(robot)).isEqualTo("program-title-1");
    }
}
