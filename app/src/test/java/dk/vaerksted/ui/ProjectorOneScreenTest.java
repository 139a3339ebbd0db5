package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.timer.WallClock;
import dk.vaerksted.ui.audience.AudienceView;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
 * The projector shows one screen at a time: the plenary harvest (*Opsamling*) clicked while the
 * day's "Opsamling på dagens drøftelser" runs shows the harvest's questions alone, not drawn over
 * the plenary's title, its kind and its clock.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorOneScreenTest {
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

    /** The projector's layers that are visible now, by id (the black screen aside). */
    private List<String> visibleLayers() {
        AudienceView view = window.audience().view();
        return view.getChildren().stream().filter(Node::isVisible)
                .map(n -> n.getId() != null ? n.getId() : ((javafx.scene.Parent) n).getChildrenUnmodifiable().get(0).getId())
                .toList();
    }

    @Test
    void thePlenaryHarvestAloneIsOnTheProjectorWhileThePlenaryRuns(FxRobot robot) {
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

        // On through the day to "Opsamling på dagens drøftelser" (the plenary, the 13th item).
        robot.clickOn("#note-entry");
        for (int i = 0; i < 13; i++) {
            f6(robot);
        }
        assertThat(robot.lookup("#day-now").queryAs(Label.class).getText()).startsWith("Nu: Opsamling på dagens");
        assertThat(shown(robot, "#day-screen-headline")).isTrue();
        assertThat(visibleLayers()).containsExactly("day-screen");

        // Opsamling: the harvest's questions, and nothing else under or over them.
        robot.clickOn("#harvest-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#audience-harvest-prompt-0")).isTrue();
        assertThat(shown(robot, "#day-screen-headline")).as("the plenary's title steps aside").isFalse();
        assertThat(shown(robot, "#day-screen-kicker")).isFalse();
        assertThat(shown(robot, "#day-screen-digits")).isFalse();
        assertThat(visibleLayers()).containsExactly("audience-harvest");

        // Back to the notes: the plenary again.
        robot.clickOn("#group-list");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleLayers()).containsExactly("day-screen");
    }
}
