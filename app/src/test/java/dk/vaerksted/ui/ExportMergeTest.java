package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** From the app: the open session and another facilitator's file in one PDF, names only when ticked. */
@ExtendWith(ApplicationExtension.class)
class ExportMergeTest {
    private MainWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("vaerksted-export");
        window = new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-data")));
        stage.show();
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private DialogPane dialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theOpenSessionAndAnotherFileBecomeOneLabelledSummary(FxRobot robot) throws Exception {
        robot.clickOn("#sample-0");
        Path other = Path.of("../samples/strategisk-ledelsesforum-2019.session.json").toAbsolutePath();
        Path target = dir.resolve("samlet.pdf");
        Platform.runLater(() -> window.exportTo(target, () -> List.of(other)));
        DialogPane ask = dialog(robot, "#export-dialog");
        robot.interact(() -> robot.lookup("#export-merge-add").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#export-with-names").queryAs(CheckBox.class).fire());
        assertThat(robot.lookup("#export-with-names").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> ((Button) ask.lookupButton(ask.getButtonTypes().get(0))).fire());
        DialogPane done = dialog(robot, "#export-done");
        // the same sentence as the command line's: what went into the file, not only its pages
        assertThat(done.getHeaderText()).startsWith("Skrev samlet.pdf: ")
                .containsPattern("\\d+ sider med \\d+ noter fra \\d+ borde i 2 sessioner\\.$");
        robot.interact(() -> robot.from(done).lookup("#export-close").queryAs(Button.class).fire());

        String text = text(target);
        assertThat(text).contains("Strategisk Ledelsesforum – Tør du").contains("Fælles om ledelse: Samskabelse")
                .contains("Opsamling fra Mette Holm").contains("Deltagere");
    }

    @Test
    void aBrokenFileToMergeIsReportedAndNoPdfIsWritten(FxRobot robot) throws Exception {
        robot.clickOn("#sample-0");
        Path broken = Files.writeString(dir.resolve("i-stykker.session.json"), "{ \"format\": \"vaerksted.session\"");
        Path target = dir.resolve("ikke.pdf");
        Platform.runLater(() -> window.exportTo(target, () -> List.of(broken)));
        DialogPane ask = dialog(robot, "#export-dialog");
        robot.interact(() -> robot.lookup("#export-merge-add").queryAs(Button.class).fire());
        robot.interact(() -> ((Button) ask.lookupButton(ask.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").queryAll().stream().anyMatch(n -> n instanceof DialogPane d
                        && d.getHeaderText() != null && d.getHeaderText().contains("i-stykker.session.json")));
        assertThat(Files.exists(target)).isFalse();
    }
}
