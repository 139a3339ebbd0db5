package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.export.ExportOptions;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.export.PdfSummaryExporter;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A facilitator's morning, headless: a session from the template with twelve tables, a step run
 * on a fake clock, notes typed for three tables (one edited, one deleted and taken back), the
 * harvest, save, reopen, export.
 */
@ExtendWith(ApplicationExtension.class)
class FacilitatorFlowTest {
    private long now = 1_000_000_000_000L;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> now);
    }

    @org.junit.jupiter.api.BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private void type(FxRobot robot, String text) {
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aWholeExerciseFromTemplateToPdf(FxRobot robot) throws Exception {
        robot.clickOn("#template-0");
        robot.clickOn("#setup-start");
        Session fresh = window.sessionModel().sessionProperty().get();
        assertThat(fresh.exercises().get(0).groups()).hasSize(12);

        // The countdown takes the keyboard with a click on it; then Space starts and N moves on.
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        now += 130_000_000_000L;
        Keys.press(robot, KeyCode.N);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        type(robot, "Vi deler sjældent udkast – æøå ÆØÅ");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        robot.write("ny linje");
        robot.type(KeyCode.ENTER);
        // The text above went in as two notes? No: Shift+Enter stays in the same note.
        var bord1 = window.sessionModel().groupProperty().get();
        assertThat(bord1.name()).isEqualTo("Bord 1");
        assertThat(bord1.notes()).extracting(n -> n.text())
                .containsExactly("Vi deler sjældent udkast – æøå ÆØÅ", "ny linje");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        type(robot, "Fleksibilitet i tidsplanen");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        type(robot, "Note der skal rettes");
        assertThat(window.sessionModel().groupProperty().get().name()).isEqualTo("Bord 6");
        assertThat(robot.lookup("#group-heading").queryAs(Label.class).getText()).startsWith("Bord 6");

        robot.clickOn("#note-edit-0");
        TextArea editor = robot.lookup("#note-editor-0").queryAs(TextArea.class);
        robot.interact(() -> editor.setText("Note der er rettet"));
        robot.clickOn(editor).type(KeyCode.END).type(KeyCode.ENTER);
        assertThat(window.sessionModel().groupProperty().get().notes()).extracting(n -> n.text())
                .containsExactly("Note der er rettet");
        robot.clickOn("#note-delete-0");
        assertThat(window.sessionModel().groupProperty().get().notes()).isEmpty();
        robot.clickOn("#notes-undo");
        assertThat(window.sessionModel().groupProperty().get().notes()).extracting(n -> n.text())
                .containsExactly("Note der er rettet");
        assertThat(window.sessionModel().groupProperty().get().notes().get(0).stepId()).isEqualTo("tal");

        robot.clickOn("#harvest-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#harvest-view").query().getScene()).as("the harvest is shown").isNotNull();
        assertThat(robot.lookup("#harvest-entry-0").query().isFocused()).as("ready to write").isTrue();
        robot.clickOn("#harvest-entry-0");
        type(robot, "At borgerne kan se de rå data undervejs");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#harvest-entry-1");
        type(robot, "Vi giver viden tilbage");

        Path file = dir.resolve("forum.session.json");
        robot.interact(() -> window.sessionModel().saveTo(file, () -> { }, e -> {
            throw new AssertionError(e);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#save-status").queryAs(Label.class).getText()).isEqualTo("Gemt");

        robot.interact(window::showStart);
        robot.interact(() -> window.open(file));
        Session reopened = window.sessionModel().sessionProperty().get();
        assertThat(reopened.exercises().get(0).groups().get(4).notes()).extracting(n -> n.text())
                .containsExactly("Fleksibilitet i tidsplanen");
        // The step still running when the session was left is recorded too.
        assertThat(reopened.exercises().get(0).run()).extracting(r -> r.stepId()).containsExactly("laes", "tal");
        assertThat(reopened.harvest().get(0).notes()).extracting(n -> n.text())
                .containsExactly("At borgerne kan se de rå data undervejs");
        assertThat(reopened).isEqualTo(new SessionStore().readSession(file));

        byte[] pdf = new PdfSummaryExporter(new PdfFonts()).render(List.of(reopened), ExportOptions.DEFAULT).bytes();
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("Vi deler sjældent udkast – æøå ÆØÅ").contains("Fleksibilitet i tidsplanen")
                .contains("Note der er rettet").contains("Vi giver viden tilbage").contains("Bord 12");
    }
}
