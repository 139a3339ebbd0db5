package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.core.timer.SignalScheduler;
import java.io.FilePermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The FX thread never touches the disk (issue 13, item 10): a guard records every read, write
 * and delete of the app's files made on the FX thread while a facilitator opens a session,
 * writes notes, edits it, saves it under another name, writes a deck and sets up a new session.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadDiskTest {
    /** Records file access under {@code root} from the FX thread; allows everything. */
    static final class Guard extends SecurityManager {
        final String root;
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        Guard(Path root) {
            this.root = root.toAbsolutePath().toString();
        }

        @Override
        public void checkPermission(Permission p) {
            if (p instanceof FilePermission && p.getName().startsWith(root) && Platform.isFxApplicationThread()) {
                StringBuilder where = new StringBuilder(p.getActions() + " " + p.getName());
                for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
                    if (e.getClassName().startsWith("dk.vaerksted")) {
                        where.append("\n    at ").append(e);
                    }
                }
                seen.add(where.toString());
            }
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            checkPermission(p);
        }
    }

    private MainWindow window;
    private AppContext ctx;
    private Path root;
    private ExecutorService background;
    private Guard guard;

    @Start
    void start(Stage stage) throws Exception {
        root = Files.createTempDirectory("vaerksted-fx-disk");
        background = Executors.newSingleThreadExecutor();
        SignalScheduler.Timer noTimer = (task, delay) -> () -> { };
        ctx = new AppContext(Messages.DANISH, background, System::nanoTime, Clock.systemDefaultZone(), noTimer,
                root.resolve("data"), Executors.newSingleThreadScheduledExecutor());
        guard = new Guard(root);
        System.setSecurityManager(guard);
        window = new MainWindow(stage, ctx);
        stage.show();
    }

    @AfterEach
    void lift() {
        System.setSecurityManager(null);
        background.shutdown();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFacilitatorsWorkTouchesTheDiskOnlyOffTheFxThread(FxRobot robot) throws Exception {
        Path file = Files.copy(Path.of("../samples/halvfaerdig.session.json").toAbsolutePath(),
                root.resolve("forum.session.json"));
        TestContexts.awaitStartScreen();

        robot.interact(() -> window.open(file));
        waitFor(() -> robot.lookup("#session-view").tryQuery().isPresent());
        robot.clickOn("#note-entry");
        robot.write("En note");
        robot.type(KeyCode.ENTER);
        waitFor(() -> new SessionStore().readSession(file).noteCount() > 0
                && Files.readString(file).contains("En note"));
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.clickOn("#edit-place");
        robot.write(" 2");
        robot.clickOn("#edit-ok");
        Path copy = root.resolve("kopi.session.json");
        robot.interact(() -> window.sessionModel().saveTo(copy, () -> { }, e -> { }));
        waitFor(() -> Files.exists(copy) && copy.equals(window.sessionModel().fileProperty().get()));

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#new-deck").tryQuery().isPresent());
        robot.clickOn("#new-deck");
        robot.clickOn("#deck-add-card");
        robot.write("Et kort");
        robot.clickOn("#deck-save");
        waitFor(() -> !ctx.userDecks().list().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#template-0").tryQuery().isPresent());
        robot.clickOn("#template-0");
        robot.clickOn("#setup-start");
        waitFor(() -> Files.isDirectory(ctx.recovery().folder()) && Files.list(ctx.recovery().folder())
                .anyMatch(p -> p.toString().endsWith(".session.json")));

        assertThat(guard.seen).as("file access on the FX thread").isEmpty();
    }
}
