package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.core.session.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A facilitator writes their own exercise, saves it, finds it on the start screen and runs it. */
@ExtendWith(ApplicationExtension.class)
class TemplateEditorTest {
    private AppContext ctx;
    private MainWindow window;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory("vaerksted-data");
        ctx = TestContexts.create(data);
        window = new MainWindow(stage, ctx);
        stage.show();
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    /** Clicks into the field, selects what is there and types over it, key by key (Enter for a new line). */
    private void set(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        }
        for (String part : text.split("(?<=\n)|(?=\n)")) {
            if (part.equals("\n")) {
                robot.type(javafx.scene.input.KeyCode.ENTER);
            } else if (!part.isEmpty()) {
                robot.write(part);
            }
        }
    }

    private void fire(FxRobot robot, String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNewExerciseIsWrittenSavedShownOnTheStartScreenAndRun(FxRobot robot) throws Exception {
        fire(robot, "#new-template");
        set(robot, "#template-title", "Hvad lærte vi af sidst?");
        set(robot, "#template-intro", "Gruppearbejde · Ca. 12 minutter");
        set(robot, "#template-step-title", "Læs kortet højt");
        set(robot, "#template-step-minutes", "2,5");
        fire(robot, "#template-add-step");
        set(robot, "#template-step-title", "Tal om");
        set(robot, "#template-step-prompt", "Hvad tager vi med?\nHvad lader vi ligge?");
        set(robot, "#template-step-minutes", "ti");
        assertThat(robot.lookup("#template-minutes-problem").queryAs(Label.class).getText())
                .contains("»ti«").contains("8 eller 2,5");
        set(robot, "#template-step-minutes", "9");
        assertThat(robot.lookup("#template-minutes-problem").queryAs(Label.class).getText()).isEmpty();
        fire(robot, "#template-add-step");
        fire(robot, "#template-delete-step");
        set(robot, "#template-harvest", "Hvad overraskede jer?\n\nHvad gør vi i morgen?");
        @SuppressWarnings("unchecked")
        ListView<Step> steps = robot.lookup("#template-steps").queryAs(ListView.class);
        robot.interact(() -> steps.getSelectionModel().select(1));
        fire(robot, "#template-step-up");
        fire(robot, "#template-save");
        assertThat(robot.lookup("#template-status").queryAs(Label.class).getText()).startsWith("Gemt i");

        var saved = ctx.userTemplates().list();
        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.file().getParent()).isEqualTo(data.resolve("templates"));
            assertThat(e.file().getFileName().toString()).endsWith(".template.json");
        });
        Session t = saved.get(0).value();
        assertThat(t.title()).isEqualTo("Hvad lærte vi af sidst?");
        assertThat(t.exercises()).singleElement().satisfies(ex -> {
            assertThat(ex.intro()).isEqualTo("Gruppearbejde · Ca. 12 minutter");
            assertThat(ex.steps()).extracting(Step::title).containsExactly("Tal om", "Læs kortet højt");
            assertThat(ex.steps()).extracting(Step::minutes).containsExactly(9.0, 2.5);
            assertThat(ex.steps().get(0).prompt()).isEqualTo("Hvad tager vi med?\nHvad lader vi ligge?");
        });
        assertThat(t.harvest()).extracting(h -> h.prompt())
                .containsExactly("Hvad overraskede jer?", "Hvad gør vi i morgen?");
        assertThat(new SessionStore().readTemplate(saved.get(0).file())).isEqualTo(t);

        robot.interact(window::showStart);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#edit-template-0").tryQuery()).isPresent();
        robot.clickOn("#user-template-0");
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#session-title").queryAs(Label.class).getText()).isEqualTo("Hvad lærte vi af sidst?");
    }

    @Test
    void aBuiltInExerciseIsCopiedWithItsCardAndChangedWithoutTouchingTheOriginal(FxRobot robot) throws Exception {
        javafx.scene.control.MenuButton copy = robot.lookup("#copy-template").queryAs(javafx.scene.control.MenuButton.class);
        robot.interact(() -> copy.getItems().get(0).fire());
        assertThat(robot.lookup("#template-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Tør du dele det halvfærdige?");
        @SuppressWarnings("unchecked")
        ListView<Step> steps = robot.lookup("#template-steps").queryAs(ListView.class);
        robot.interact(() -> steps.getSelectionModel().select(1));
        set(robot, "#template-step-minutes", "12");
        fire(robot, "#template-save");

        Session mine = ctx.userTemplates().list().get(0).value();
        assertThat(mine.exercises().get(0).steps().get(1).minutes()).isEqualTo(12.0);
        assertThat(mine.cards()).extracting(c -> c.id()).containsExactly("samarbejdskompasset-07");
        assertThat(ctx.library().templates().get(0).value().exercises().get(0).steps().get(1).minutes())
                .isNull();
    }

    @Test
    void theOpenSessionIsKeptAsOnesOwnExerciseAndStaysOpen(FxRobot robot) throws Exception {
        robot.clickOn("#sample-0");
        robot.interact(() -> window.files().saveAsTemplate());
        assertThat(robot.lookup("#template-saved").tryQuery()).isPresent();
        assertThat(robot.lookup("#session-title").tryQuery()).isPresent();
        Session t = ctx.userTemplates().list().get(0).value();
        assertThat(t.title()).isEqualTo("Tør du dele det halvfærdige?");
        assertThat(t.exercises().get(0).groups()).isEmpty();
    }

    @Test
    void editingATemplateFromANewerVersionKeepsWhatTheEditorDoesNotShow(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(data.resolve("templates"));
        Path file = folder.resolve("fremtid.template.json");
        Files.writeString(file, """
                {
                  "format": "vaerksted.template",
                  "formatVersion": 1,
                  "title": "Fremtid",
                  "language": "da",
                  "colourScheme": "havblå",
                  "exercises": [
                    { "id": "f", "title": "Fremtid", "facilitatorNotes": "hold tiden",
                      "steps": [ { "id": "a", "title": "Drøft", "minutes": 5, "signal": "gong" } ] }
                  ],
                  "harvest": [ { "prompt": "Hvad nu?", "notes": [], "priority": 1 } ]
                }
                """);
        robot.interact(window::showStart);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#edit-template-0");
        set(robot, "#template-step-minutes", "6");
        fire(robot, "#template-save");
        String json = Files.readString(file);
        assertThat(json).contains("\"colourScheme\": \"havblå\"").contains("\"facilitatorNotes\": \"hold tiden\"")
                .contains("\"signal\": \"gong\"").contains("\"priority\": 1").contains("\"minutes\": 6");
    }
}
