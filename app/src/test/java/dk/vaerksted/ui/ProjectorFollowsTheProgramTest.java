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
 * With a day's program, the projector's "Næste" between exercises is the program's next item, as
 * the facilitator's day panel says — not the session's next exercise.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorFollowsTheProgramTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private long nanos = 1_000_000_000_000L;
    private final WallClock wall = new WallClock(
            ZonedDateTime.of(LocalDate.of(2019, 8, 30), LocalTime.of(8, 58), CPH).toInstant(), CPH);
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-one"), () -> nanos, wall));
        stage.show();
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private void f6(FxRobot robot) {
        nanos += Duration.ofMinutes(1).toNanos();
        wall.advance(Duration.ofMinutes(1));
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.dayModel().refresh());
    }

    /** Shown: the node and every parent up to the projector's view visible. */
    private boolean shown(FxRobot robot, String id) {
        for (Node n = robot.from(window.audience().view()).lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void afterAnExerciseEndsTheRoomIsToldTheProgramsNextItem(FxRobot robot) {
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

        // The two talks, then the exercise; E ends it while its item still runs.
        robot.clickOn("#note-entry");
        f6(robot);
        f6(robot);
        f6(robot);
        assertThat(window.sessionModel().exerciseProperty().get().id()).isEqualTo("graensekrydsende");
        robot.type(KeyCode.ESCAPE); // the keyboard to the countdown
        Keys.press(robot, KeyCode.E);
        assertThat(window.runModel().finishedProperty().get()).isTrue();
        robot.interact(() -> window.dayModel().refresh());
        assertThat(shown(robot, "#audience-next")).isTrue();
        String next = robot.from(window.audience().view()).lookup("#audience-next").queryAs(Label.class).getText();
        assertThat(next).startsWith("Næste: Oplæg: Hvordan skaber vi værdi")
                .isEqualTo(robot.lookup("#day-after").queryAs(Label.class).getText())
                .doesNotContain("Ledelse af samskabelse");
    }
}
