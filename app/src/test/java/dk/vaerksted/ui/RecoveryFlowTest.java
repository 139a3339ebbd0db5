package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Recovery;
import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Notes typed into a session that was never saved are on disk within a second and come back. */
@ExtendWith(ApplicationExtension.class)
class RecoveryFlowTest {
    private Path data;
    private Stage stage;
    private AppContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = Files.createTempDirectory("vaerksted-data");
        ctx = TestContexts.create(data);
        new MainWindow(stage, ctx);
        stage.show();
    }

    @org.junit.jupiter.api.BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    @Test
    void anUnsavedSessionIsAutosavedAndOfferedAgain(FxRobot robot) throws Exception {
        robot.clickOn("#template-0");
        robot.clickOn("#setup-start");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        robot.write("Må ikke gå tabt");
        robot.type(KeyCode.ENTER);
        Recovery recovery = ctx.recovery();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> recovery.find().size() == 1
                && recovery.find().get(0).session().exercises().get(0).groups().get(2).notes().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#save-status").queryAs(Label.class).getText()).startsWith("Gemt automatisk");
        var found = recovery.find().get(0);
        assertThat(found.session().exercises().get(0).groups().get(2).notes())
                .extracting(n -> n.text()).containsExactly("Må ikke gå tabt");

        // As after a crash: a new window on the same data folder offers the session back.
        robot.interact(() -> {
            Stage second = new Stage();
            new MainWindow(second, ctx);
            second.show();
        });
        assertThat(robot.lookup("#recovered-0").tryQuery()).isPresent();
        robot.clickOn("#recovered-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#save-status").queryAs(Label.class).getText()).startsWith("Gemt automatisk");

        // Saving it under a name takes it out of the recovery folder.
        Path named = Files.createTempDirectory("vaerksted-named").resolve("forum.session.json");
        MainWindow[] holder = new MainWindow[1];
        robot.interact(() -> {
            Stage third = new Stage();
            holder[0] = new MainWindow(third, ctx);
            holder[0].sessionModel().open(found.session(), null, found.file(), null);
            holder[0].sessionModel().saveTo(named, () -> { }, e -> {
                throw new AssertionError(e);
            });
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new SessionStore().readSession(named).exercises().get(0).groups().get(2).notes()).hasSize(1);
        assertThat(recovery.find()).isEmpty();
    }
}
