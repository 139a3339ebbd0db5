package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import java.nio.file.Files;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window in English: every text comes from the English bundle. */
@ExtendWith(ApplicationExtension.class)
class EnglishTest {
    @Start
    void start(Stage stage) throws Exception {
        new MainWindow(stage, TestContexts.create(Messages.ENGLISH, Files.createTempDirectory("vaerksted-data"),
                System::nanoTime, Clock.systemDefaultZone()));
        stage.show();
    }

    @org.junit.jupiter.api.BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    @Test
    void startScreenAndSessionSpeakEnglish(FxRobot robot) {
        assertThat(robot.lookup("#open-button").queryButton().getText()).isEqualTo("Open…");
        robot.clickOn("#sample-0");
        // The sample's exercise was run and ended: it says so, and runs again only when asked.
        assertThat(robot.lookup("#run-countdown-stage").queryAs(Label.class).getText()).isEqualTo("Exercise finished");
        assertThat(robot.lookup("#run-toggle").queryButton().getText()).isEqualTo("Run the exercise again …");
        robot.clickOn("#run-toggle");
        assertThat(robot.lookup("#run-again-ok").queryButton().getText()).isEqualTo("Run again");
        robot.clickOn("#run-again-ok");
        assertThat(robot.lookup("#run-countdown-stage").queryAs(Label.class).getText()).startsWith("Ready");
        assertThat(robot.lookup("#save-status").queryAs(Label.class).getText()).isEqualTo("Not saved yet");
        assertThat(robot.lookup("#run-toggle").queryButton().getText()).isEqualTo("Start");
        assertThat(robot.lookup("#session-meta").queryAs(Label.class).getText()).contains("29 May 2024");
    }
}
