package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.core.session.StepRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
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
 * An exercise that was run and ended stays ended when its file is opened again: a clicker's
 * Page Down (or Page Up, or Space) starts nothing and writes nothing; running it again is a
 * deliberate "Kør øvelsen igen …" that asks first.
 */
@ExtendWith(ApplicationExtension.class)
class EndedExerciseTest {
    private long now = 1_000_000_000_000L;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        window = TestContexts.windowAt29May(stage, () -> now);
        Path dir = Files.createTempDirectory("vaerksted-ended");
        // The sample without its record: an exercise not yet run.
        SessionStore store = new SessionStore();
        Session sample = store.readSession(Path.of("../samples/halvfaerdig.session.json").toAbsolutePath());
        file = dir.resolve("SLF marts.session.json");
        store.write(SessionEdits.withRuns(sample, "halvfaerdig", List.of()), file);
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private void pass(FxRobot robot, double seconds) {
        now += Math.round(seconds * 1e9);
        robot.interact(() -> window.runModel().refresh());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<StepRun> runs() {
        return window.sessionModel().sessionProperty().get().exercises().get(0).run();
    }

    private void clicker(FxRobot robot, KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
        pass(robot, 3); // a moment apart, as a person presses
    }

    @Test
    void anEndedExerciseOpensEndedAndRunsAgainOnlyWhenAskedTo(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(file));
        waitFor(() -> robot.lookup("#session-view").tryQuery().isPresent());
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Klar til start");

        // Run both steps with the clicker and end the exercise.
        robot.clickOn("#note-entry");
        clicker(robot, KeyCode.PAGE_DOWN);
        pass(robot, 20);
        clicker(robot, KeyCode.PAGE_DOWN);
        pass(robot, 60);
        clicker(robot, KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Øvelsen er slut");
        assertThat(runs()).extracting(StepRun::stepId).containsExactly("laes", "tal");
        waitFor(() -> new SessionStore().readSession(file).exercises().get(0).run().size() == 2);

        // Home (Ctrl+H), and the file again from "Seneste".
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#recent-0").tryQuery().isPresent());
        robot.clickOn("#recent-0");
        waitFor(() -> robot.lookup("#session-view").tryQuery().isPresent());
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Øvelsen er slut");
        assertThat(text(robot, "#run-step-title")).as("where it ended").isEqualTo("Tal om");
        Button toggle = robot.lookup("#run-toggle").queryButton();
        assertThat(toggle.getText()).isEqualTo("Kør øvelsen igen …");

        // The harvest, then the clicker: nothing starts, nothing is written.
        robot.clickOn("#harvest-button");
        clicker(robot, KeyCode.PAGE_DOWN);
        clicker(robot, KeyCode.PAGE_UP);
        clicker(robot, KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Øvelsen er slut");
        assertThat(runs()).hasSize(2);

        // "Kør øvelsen igen …" asks; Annullér leaves it ended.
        robot.clickOn("#run-toggle");
        robot.clickOn("#run-again-cancel");
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Øvelsen er slut");
        robot.clickOn("#run-toggle");
        robot.clickOn("#run-again-ok");
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Klar til start");
        assertThat(text(robot, "#run-step-title")).isEqualTo("Læs teksten i kortet højt");
        assertThat(runs()).as("the first run's record stays").hasSize(2);

        // Ctrl+Z takes "Kør igen" back: ended again.
        robot.clickOn("#session-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Øvelsen er slut");
    }
}
