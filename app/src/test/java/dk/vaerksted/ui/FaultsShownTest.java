package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing swallowed, nothing in English (issue 13, items 6 and 9): a fault nobody caught keeps the
 * session saved and says so in Danish with the log's place; saving onto the open file under
 * another spelling of its path is a plain save, not a second lock.
 */
@ExtendWith(ApplicationExtension.class)
class FaultsShownTest {
    private MainWindow window;
    private AppContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        ctx = TestContexts.create(Files.createTempDirectory("vaerksted-data"));
        window = new MainWindow(stage, ctx);
        stage.show();
    }

    @Test
    void anUncaughtFaultIsShownInDanishWithTheLogAndTheSessionIsSaved(FxRobot robot) throws Exception {
        TestContexts.awaitStartScreen();
        Path file = Files.createTempDirectory("vaerksted-files").resolve("forum.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        robot.interact(() -> window.open(file));
        robot.clickOn("#note-entry").write("Gemt før fejlen").type(javafx.scene.input.KeyCode.ENTER);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler[] fx = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> fx[0] = Thread.currentThread().getUncaughtExceptionHandler());
        try {
            robot.interact(() -> VaerkstedApp.installUncaughtHandler(window, ctx));
            Platform.runLater(() -> {
                throw new IllegalStateException("a bug");
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
            String details = robot.lookup("#error-details").queryAs(TextArea.class).getText();
            assertThat(details).startsWith("Sessionen er gemt.").contains("log");
            assertThat(new SessionStore().readSession(file).exercises().get(0).groups().get(0).notes())
                    .extracting(n -> n.text()).contains("Gemt før fejlen");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(fx[0]));
        }
    }

    @Test
    void savingOntoTheOpenFileSpelledAnotherWayIsAPlainSave(FxRobot robot) throws Exception {
        TestContexts.awaitStartScreen();
        Path dir = Files.createDirectories(Path.of("target", "relative-" + System.nanoTime()));
        Path relative = dir.resolve("forum.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), relative);
        robot.interact(() -> window.open(relative));
        Exception[] failed = new Exception[1];
        Path same = relative.toAbsolutePath().getParent().resolve("..").resolve(dir.getFileName()).resolve("forum.session.json");
        robot.interact(() -> window.sessionModel().saveTo(same, () -> { }, e -> failed[0] = e));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failed[0]).isNull();
        assertThat(robot.lookup("#save-status").queryAs(Label.class).getText()).isEqualTo("Gemt");
        assertThat(window.sessionModel().fileProperty().get()).isEqualTo(relative.toAbsolutePath().normalize());
    }
}
