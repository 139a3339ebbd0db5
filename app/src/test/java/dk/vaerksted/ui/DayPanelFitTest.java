package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.timer.WallClock;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a day's program on a laptop's screen (1280x800, 1366x768) the countdown's buttons under the
 * program panel are in sight without scrolling the right column: the panel's list of items takes
 * only the room that is left. (The headless screen is 1280 wide: 768 high is tried at 1280, where
 * the right column is narrower and its texts take more lines than at 1366.)
 */
@ExtendWith(ApplicationExtension.class)
class DayPanelFitTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private final WallClock wall = new WallClock(
            ZonedDateTime.of(LocalDate.of(2019, 8, 30), LocalTime.of(8, 58), CPH).toInstant(), CPH);
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-fit"), () -> 0L, wall));
        stage.show();
    }

    @BeforeEach
    void theExampleDay(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#template-8");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether {@code id} is whole in the right column's view as it is, not scrolled. */
    private static boolean inSight(FxRobot robot, String id) {
        ScrollPane column = robot.lookup("#run-scroll").queryAs(ScrollPane.class);
        Node n = robot.lookup(id).query();
        Bounds view = column.localToScreen(column.getLayoutBounds());
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return n.isVisible() && column.getVvalue() == 0 && b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
    }

    private void windowOf(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            window.stage().setWidth(width);
            window.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCountdownsButtonsAreInSightAt1280x800And768High(FxRobot robot) {
        for (double[] size : List.of(new double[] {1280, 800}, new double[] {1280, 768})) {
            windowOf(robot, size[0], size[1]);
            assertThat(robot.lookup("#day-panel").query().isVisible()).isTrue();
            for (String id : List.of("#run-toggle", "#run-minus", "#run-end", "#day-advance")) {
                Node n = robot.lookup(id).query();
                ScrollPane column = robot.lookup("#run-scroll").queryAs(ScrollPane.class);
                assertThat(inSight(robot, id)).as("%s at %sx%s: %s in %s, rows %s, v %s", id, size[0], size[1],
                        n.localToScreen(n.getBoundsInLocal()), column.localToScreen(column.getLayoutBounds()),
                        robot.lookup("#day-rows-scroll").query().getBoundsInLocal().getHeight(), column.getVvalue())
                        .isTrue();
            }
            assertThat(robot.lookup("#day-rows-scroll").query().getBoundsInLocal().getHeight())
                    .as("some of the program's items still show").isGreaterThan(90);
        }
    }
}
