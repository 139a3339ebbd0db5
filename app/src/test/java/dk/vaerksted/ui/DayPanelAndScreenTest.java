package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.timer.WallClock;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.scene.Node;
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
 * The example day (seed 003) as the room and the facilitator see it: a talk cut short shows its
 * warning at once; the exercise's countdown
 * folds away while a talk runs (unless its clock is going), and after the last item the projector
 * closes the day with the session's title under "Dagen er slut" — not the last exercise's first
 * step — while Shift+F6 or Ctrl+Z takes the end back.
 */
@ExtendWith(ApplicationExtension.class)
class DayPanelAndScreenTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private long nanos = 1_000_000_000_000L;
    private final WallClock wall = new WallClock(
            ZonedDateTime.of(LocalDate.of(2019, 8, 30), LocalTime.of(8, 58), CPH).toInstant(), CPH);
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-day"), () -> nanos, wall));
        stage.show();
    }

    @BeforeEach
    void theExampleDayWithTheProjectorOpen(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#template-8");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#session-title");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.stage().toFront();
            window.stage().requestFocus();
        });
        robot.clickOn("#note-entry");
    }

    private void f6(FxRobot robot) {
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        nanos += Duration.ofMinutes(1).toNanos();
        wall.advance(Duration.ofMinutes(1));
        robot.interact(() -> window.dayModel().refresh());
    }

    private void shiftF6(FxRobot robot) {
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.dayModel().refresh());
    }

    private String onProjector(FxRobot robot, String id) {
        return ((Label) robot.from(window.audience().view()).lookup(id).query()).getText();
    }

    /** Shown: the node and every parent up to the projector's view visible. */
    private boolean shownOnProjector(FxRobot robot, String id) {
        for (Node n = robot.from(window.audience().view()).lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void runToTheEnd(FxRobot robot) {
        int items = window.dayModel().rows().size();
        for (int i = 0; i < items; i++) {
            f6(robot);
        }
        assertThat(text(robot, "#day-now")).startsWith("Nu: Afrunding");
        f6(robot); // the last item ends, and the day with it
    }

    @Test
    void afterTheLastItemTheRoomSeesTheDayClosedAndShiftF6OrCtrlZTakesTheEndBack(FxRobot robot) {
        runToTheEnd(robot);
        String title = window.sessionModel().sessionProperty().get().title();
        assertThat(text(robot, "#day-now")).isEqualTo("Dagen er slut");
        assertThat(shownOnProjector(robot, "#day-screen-headline")).as("the day's closing screen").isTrue();
        assertThat(onProjector(robot, "#day-screen-headline")).isEqualTo(title);
        assertThat(onProjector(robot, "#day-screen-kicker")).isEqualTo("Dagen er slut");
        assertThat(shownOnProjector(robot, "#day-screen-clock")).as("no clock at the end").isFalse();
        assertThat(shownOnProjector(robot, "#audience-step")).as("not the last exercise's first step").isFalse();
        assertThat(shownOnProjector(robot, "#audience-exercise")).isFalse();

        // Shift+F6: the last talk runs again, on the projector too.
        shiftF6(robot);
        assertThat(text(robot, "#day-now")).startsWith("Nu: Afrunding");
        assertThat(onProjector(robot, "#day-screen-headline")).startsWith("Afrunding og dagens vigtige pointer");
        assertThat(shownOnProjector(robot, "#day-screen-clock")).isTrue();

        // Ended again, and Ctrl+Z takes it back the same way; the panel's button does as Shift+F6.
        f6(robot);
        assertThat(onProjector(robot, "#day-screen-headline")).isEqualTo(title);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.dayModel().refresh());
        assertThat(onProjector(robot, "#day-screen-headline")).startsWith("Afrunding og dagens vigtige pointer");
        f6(robot);
        robot.clickOn("#day-reopen");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.dayModel().refresh());
        assertThat(text(robot, "#day-now")).startsWith("Nu: Afrunding");
    }

    /** Shown in the facilitator's window: the node and every parent visible. */
    private static boolean shown(FxRobot robot, String id) {
        for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theExerciseCountdownFoldsAwayWhileATalkRunsUnlessItsClockIsGoing(FxRobot robot) {
        assertThat(shown(robot, "#run-panel")).as("before the day: the countdown as ever").isTrue();
        f6(robot);
        assertThat(text(robot, "#day-now")).startsWith("Nu: Velkomst");
        assertThat(shown(robot, "#run-panel")).as("a talk runs: no exercise countdown").isFalse();
        assertThat(shown(robot, "#steps")).isFalse();
        assertThat(shown(robot, "#day-countdown-folded")).isTrue();
        assertThat(text(robot, "#day-countdown-folded")).isEqualTo("Øvelsens nedtælling er skjult under dette punkt.");

        // Asked for, it comes back for this item; the next talk folds it again.
        robot.clickOn("#day-show-countdown");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#run-panel")).isTrue();
        assertThat(shown(robot, "#day-countdown-folded")).isFalse();
        f6(robot);
        assertThat(text(robot, "#day-now")).startsWith("Nu: Introduktion");
        assertThat(shown(robot, "#run-panel")).isFalse();

        // The exercise: its countdown, and no line about it.
        f6(robot);
        assertThat(window.sessionModel().exerciseProperty().get().id()).isEqualTo("graensekrydsende");
        assertThat(shown(robot, "#run-panel")).isTrue();
        assertThat(shown(robot, "#day-countdown-folded")).isFalse();

        // Its clock going (the clicker's Page Down) when the next talk starts: it stays in sight.
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.runModel().startedProperty().get()).isTrue();
        f6(robot);
        assertThat(text(robot, "#day-now")).startsWith("Nu: ");
        assertThat(window.dayModel().rows().get(window.dayModel().currentProperty().get()).kind())
                .isNotEqualTo(dk.vaerksted.core.session.ProgramItem.Kind.EXERCISE);
        assertThat(shown(robot, "#run-panel")).as("a clock going is never hidden").isTrue();
    }

    @Test
    void aTalkCutToOneMinuteWithHalfAMinuteLeftShowsTheWarningAtOnce(FxRobot robot) {
        robot.type(KeyCode.F6); // Velkomst, 15 minutes
        WaitForAsyncUtils.waitForFxEvents();
        nanos += Duration.ofSeconds(30).toNanos();
        wall.advance(Duration.ofSeconds(30));
        robot.interact(() -> window.dayModel().refresh());
        assertThat(text(robot, "#day-time")).isEqualTo("14:30");
        robot.clickOn("#day-row-0");
        // The row's buttons are under the program's list: the right column's scroll bar down to them.
        Node column = robot.lookup("#run-scroll").query();
        Node thumb = robot.from(column).lookup(".scroll-bar").match((Node b) -> b.getParent() == column
                && ((javafx.scene.control.ScrollBar) b).getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .lookup(".thumb").query();
        robot.drag(thumb).moveBy(0, 300).drop();
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 14; i++) {
            robot.clickOn("#day-minus");
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.dayModel().refresh());
        assertThat(text(robot, "#day-time")).isEqualTo("00:30");
        assertThat(text(robot, "#day-stage")).as("in the talk's last minute").isEqualTo("Tiden er næsten gået");
        assertThat(onProjector(robot, "#day-screen-stage")).isEqualTo("Tiden er næsten gået");
        assertThat(robot.from(window.audience().view()).lookup("#day-screen-clock").query().getPseudoClassStates()
                .stream().map(Object::toString)).contains("warning");
    }
}
