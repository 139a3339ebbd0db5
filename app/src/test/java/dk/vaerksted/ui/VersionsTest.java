package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * *Filer → Tidligere versioner* (issue 13): the file as it was when opened is there to look at and
 * restore after "I deleted the wrong notes an hour ago"; the restore can be undone.
 */
@ExtendWith(ApplicationExtension.class)
class VersionsTest {
    private MainWindow window;
    private AppContext ctx;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        ctx = TestContexts.create(Files.createTempDirectory("vaerksted-data"));
        window = new MainWindow(stage, ctx);
        stage.show();
    }

    @Test
    void theFileAsOpenedIsRestoredAndTheRestoreCanBeUndone(FxRobot robot) throws Exception {
        TestContexts.awaitStartScreen();
        Path file = dir.resolve("forum.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        int before = new SessionStore().readSession(file).exercises().get(0).groups().get(0).notes().size();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();

        // The wrong notes deleted, saved by autosave.
        robot.clickOn("#note-delete-0");
        robot.clickOn("#note-delete-0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new SessionStore().readSession(file).exercises().get(0)
                .groups().get(0).notes().size() == before - 2);

        robot.clickOn("Filer");
        robot.clickOn("Tidligere versioner…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#versions-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#versions-preview .vk-section-title")
                .tryQuery().isPresent());
        assertThat(robot.lookup("#versions-list .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .contains("da den blev åbnet");
        robot.clickOn("#versions-restore");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.sessionModel().exerciseProperty().get().groups()
                .get(0).notes().size() == before);
        assertThat(new SessionStore().readSession(file).exercises().get(0).groups().get(0).notes()).hasSize(before);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#save-status").queryAs(Label.class).getText().equals("Gemt"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(window.sessionModel().exerciseProperty().get().groups().get(0).notes()).hasSize(before - 2);
    }

    @Test
    void aRestoreSaysWhatItBroughtBackAndItsUndoButtonTakesItBack(FxRobot robot) throws Exception {
        TestContexts.awaitStartScreen();
        Path file = dir.resolve("forum.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        int all = new SessionStore().readSession(file).noteCount();
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#note-delete-0");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new SessionStore().readSession(file).noteCount() == all - 1);
        assertThat(robot.lookup("#session-notice").query().isVisible()).as("nothing said before").isFalse();

        robot.clickOn("Filer");
        robot.clickOn("Tidligere versioner…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#versions-restore").tryQuery().isPresent());
        robot.clickOn("#versions-restore");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#session-notice").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#session-notice-text").queryAs(Label.class).getText())
                .startsWith("Hentet frem: versionen fra ").contains("(som filen var, da den blev åbnet)")
                .contains("med " + all + " noter").contains("Fortryd");
        assertThat(window.sessionModel().sessionProperty().get().noteCount()).isEqualTo(all);

        // The click goes to the window once the versions dialog has let go of it, and once the save
        // badge beside the notice says "Gemt" (its width moves the button).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.stage().isFocused()
                && robot.lookup("#versions-dialog").tryQuery().isEmpty()
                && robot.lookup("#save-status").queryAs(Label.class).getText().equals("Gemt"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo("#session-notice-undo");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#session-notice-undo").query().isHover());
        robot.clickOn("#session-notice-undo");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> window.sessionModel().sessionProperty().get().noteCount() == all - 1);
        assertThat(robot.lookup("#session-notice").query().isVisible()).as("the notice goes with it").isFalse();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> new SessionStore().readSession(file).noteCount() == all - 1);
    }
}
