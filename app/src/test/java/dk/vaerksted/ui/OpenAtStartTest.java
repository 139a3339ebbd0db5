package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code vaerksted forum.session.json}: the file opened at start stays on screen; the start
 * screen, whose data arrive after the first frame, does not cover it.
 */
@ExtendWith(ApplicationExtension.class)
class OpenAtStartTest {
    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("vaerksted-open");
        Path file = Files.copy(Path.of("../samples/halvfaerdig.session.json"), dir.resolve("h.session.json"),
                StandardCopyOption.REPLACE_EXISTING);
        // As VaerkstedApp.start does with a file argument: window, show, open.
        MainWindow window = new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-data")));
        stage.show();
        window.open(file);
    }

    @Test
    void theFileGivenAtStartIsNotReplacedByTheStartScreen(FxRobot robot) throws Exception {
        // Ten frames: the start screen's data are read after the first one.
        CountDownLatch frames = new CountDownLatch(10);
        robot.interact(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.countDown();
                if (frames.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        assertThat(frames.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-view").tryQuery()).isEmpty();
        assertThat(robot.lookup("#session-title").queryAs(Label.class).getText())
                .isEqualTo("Strategisk Ledelsesforum – Tør du dele det halvfærdige?");
    }
}
