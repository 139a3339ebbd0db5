package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A deck or an exercise another facilitator sent, opened like a session (menu, double-click,
 * command line): shown, then taken into the library as it is.
 */
@ExtendWith(ApplicationExtension.class)
class OpenLibraryFilesTest {
    private AppContext ctx;
    private MainWindow window;
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("vaerksted-sent");
        ctx = TestContexts.create(Files.createTempDirectory("vaerksted-data"));
        window = new MainWindow(stage, ctx);
        stage.show();
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    @Test
    void aDeckFromElsewhereIsShownAndImportedWithItsIdsAndUnknownFields(FxRobot robot) throws Exception {
        Path sent = Files.writeString(dir.resolve("vores.deck.json"), """
                {
                  "format": "vaerksted.deck",
                  "formatVersion": 1,
                  "title": "Vores principper",
                  "printColour": "blå",
                  "cards": [ { "id": "p1", "number": "1", "title": "Spørg først", "body": [], "mood": "rolig" } ]
                }
                """);
        robot.interact(() -> window.open(sent));
        assertThat(robot.lookup("#card-title").tryQuery()).isPresent();
        robot.clickOn("#deck-duplicate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deck-card-title").queryAs(TextInputControl.class).getText()).isEqualTo("Spørg først");
        robot.clickOn("#deck-save");
        var entry = ctx.userDecks().list().get(0);
        assertThat(entry.deck().cards().get(0).id()).isEqualTo("p1");
        String json = Files.readString(entry.file());
        assertThat(json).contains("\"printColour\": \"blå\"").contains("\"mood\": \"rolig\"");
        assertThat(Files.readString(sent)).contains("Vores principper"); // the sent file is untouched

        // Opened again from the library, it goes straight to the editor.
        robot.interact(() -> window.open(entry.file()));
        assertThat(robot.lookup("#deck-editor").tryQuery()).isPresent();
    }

    @Test
    void aBrokenDeckIsReportedWithItsNameAndPlace(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("i-stykker.deck.json"), """
                { "format": "vaerksted.deck", "formatVersion": 1, "cards": [] }
                """);
        javafx.application.Platform.runLater(() -> window.open(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n instanceof DialogPane d && d.getHeaderText() != null
                        && d.getHeaderText().contains("i-stykker.deck.json")));
        DialogPane d = robot.lookup(".dialog-pane").queryAll().stream().filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).findFirst().orElseThrow();
        String details = robot.lookup(".dialog-pane .text-area").tryQuery()
                .map(n -> ((TextInputControl) n).getText()).orElse(d.getContentText());
        assertThat(details).contains("i-stykker.deck.json:1:").contains("title");
    }

    @Test
    void anExerciseFromElsewhereOpensInTheEditorAndIsSavedIntoTheLibrary(FxRobot robot) throws Exception {
        Path sent = Files.writeString(dir.resolve("laering.template.json"), """
                {
                  "format": "vaerksted.template",
                  "formatVersion": 1,
                  "title": "Hvad lærte vi?",
                  "exercises": [ { "id": "l", "title": "Hvad lærte vi?", "steps": [ { "id": "a", "title": "Tal", "minutes": 7 } ] } ]
                }
                """);
        robot.interact(() -> window.open(sent));
        assertThat(robot.lookup("#template-title").queryAs(TextInputControl.class).getText()).isEqualTo("Hvad lærte vi?");
        robot.clickOn("#template-save");
        assertThat(ctx.userTemplates().list()).singleElement()
                .satisfies(e -> assertThat(e.file().getParent()).isEqualTo(ctx.userTemplates().folder()));
    }
}
