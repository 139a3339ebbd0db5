package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog offers every format: the file's extension decides, the overview alone is a tick. */
@ExtendWith(ApplicationExtension.class)
class ExportFormatsFlowTest {
    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, System::nanoTime);
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private DialogPane dialog(FxRobot robot, String id) throws Exception {
        // The dialog's window on the screen, not only its pane made: a click before that misses.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery().filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    private void write(FxRobot robot, DialogPane ask) throws Exception {
        Node ok = ask.lookupButton(ask.getButtonTypes().get(0));
        robot.clickOn(ok);
        DialogPane done = dialog(robot, "#export-done");
        robot.clickOn(robot.from(done).lookup("#export-close").queryAs(Node.class));
    }

    @Test
    void aWordFileWithTheOverviewOnlyIsWrittenFromTheDialog(FxRobot robot) throws Exception {
        robot.clickOn("#sample-0");
        Path target = dir.resolve("overblik.docx");
        Platform.runLater(() -> window.exportTo(target, List::of));
        DialogPane ask = dialog(robot, "#export-dialog");
        assertThat(((javafx.scene.control.Button) ask.lookupButton(ask.getButtonTypes().get(0))).getText())
                .isEqualTo("Skriv DOCX");
        robot.clickOn("#export-overview-only");
        assertThat(robot.lookup("#export-overview-only").queryAs(CheckBox.class).isSelected()).isTrue();
        write(robot, ask);
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null
                    && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertThat(headings).contains("Overblik", "Hovedpointer", "Temaer").doesNotContain("Bordenes noter");
        }
    }

    @Test
    void anExcelFileHasNoOverviewChoiceAndOneRowPerNote(FxRobot robot) throws Exception {
        robot.clickOn("#sample-0");
        Path target = dir.resolve("noter.xlsx");
        Platform.runLater(() -> window.exportTo(target, List::of));
        DialogPane ask = dialog(robot, "#export-dialog");
        assertThat(robot.lookup("#export-overview-only").queryAs(CheckBox.class).isDisabled()).isTrue();
        write(robot, ask);
        try (InputStream in = Files.newInputStream(target);
                org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getLastRowNum())
                    .isEqualTo(window.sessionModel().sessionProperty().get().noteCount());
        }
    }
}
