package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.DocumentWriter;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.timer.Countdown;
import dk.vaerksted.core.timer.ExerciseRunner;
import dk.vaerksted.core.work.WorkState;
import dk.vaerksted.core.work.WorkStates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After kill -9 (issue 13, item 3): the next start offers, in one place, the session with the
 * note being typed, the harvest fields and the countdown's place — paused — or an editor's draft.
 */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest {
    private static final Instant NOW = Instant.parse("2024-05-29T08:20:00Z");
    private MainWindow window;

    private static long deadPid() {
        long pid = 4_100_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    /** The state a killed app left in {@code data}, then a new window on the same data folder. */
    private void crashedWith(FxRobot robot, Path data, WorkState state) throws Exception {
        var writer = Executors.newSingleThreadScheduledExecutor();
        WorkStates killed = new WorkStates(data.resolve("work"), writer, deadPid());
        killed.update(state);
        killed.flush();
        writer.shutdown();
        AppContext ctx = TestContexts.create(data, () -> 1_000_000_000_000L, Clock.fixed(NOW, ZoneOffset.ofHours(2)));
        robot.interact(() -> {
            Stage stage = new Stage();
            window = new MainWindow(stage, ctx);
            stage.show();
        });
        TestContexts.awaitStartScreen();
    }

    @Test
    void theSessionComesBackWithTheHalfTypedNoteAndThePausedCountdown(FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory("vaerksted-data");
        Path file = Files.createTempDirectory("vaerksted-files").resolve("forum.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        ExerciseRunner.Place place = new ExerciseRunner.Place("halvfaerdig", "tal", 300_000_000_000L,
                480_000_000_000L, "2024-05-29T10:12:00+02:00", 0, false, NOW.toEpochMilli() - 60_000);
        crashedWith(robot, data, new WorkState(file.toString(), null, "Forum", "halvfaerdig", "bord-3",
                "Vi deler sjældent udk", List.of("", "Viden skal"), place, null));

        assertThat(robot.lookup("#crashed").tryQuery()).isPresent();
        assertThat(robot.lookup("#crashed-0").lookup(".vk-muted").queryAs(Label.class).getText())
                .contains("påbegyndt note »Vi deler sjældent udk«").contains("nedtællingen");
        robot.clickOn("#crashed-0");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#session-view").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.sessionModel().groupProperty().get().id()).isEqualTo("bord-3");
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEqualTo("Vi deler sjældent udk");
        assertThat(window.runModel().stepProperty().get().id()).isEqualTo("tal");
        assertThat(window.runModel().stateProperty().get()).as("nothing runs by itself").isEqualTo(Countdown.State.PAUSED);
        assertThat(robot.lookup("#run-countdown-digits").queryAs(Label.class).getText()).isEqualTo("05:00");
        assertThat(window.sessionView().harvestDrafts()).containsExactly("", "Viden skal");
        assertThat(Files.list(data.resolve("work").resolve("done"))).hasSize(1);
        assertThat(robot.lookup("#note-entry").query().isFocused()).as("ready to type on").isTrue();
        robot.write("ast");
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEqualTo("Vi deler sjældent udkast");
    }

    @Test
    void theNotesHalfTypedAtOtherTablesComeBackAndAnEndedExerciseIsSaidToBe(FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory("vaerksted-data");
        Path file = Files.createTempDirectory("vaerksted-files").resolve("forum.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        ExerciseRunner.Place ended = new ExerciseRunner.Place("halvfaerdig", "tal", 0L, 480_000_000_000L,
                "2024-05-29T10:12:00+02:00", 0, true, NOW.toEpochMilli() - 60_000);
        crashedWith(robot, data, new WorkState(file.toString(), null, "Forum", "halvfaerdig", "bord-3", "", List.of(),
                ended, null, List.of(new WorkState.TableDraft("halvfaerdig", "bord-4", "Halvt ved fire")), 3));

        assertThat(robot.lookup("#crashed-0").lookup(".vk-muted").queryAs(Label.class).getText())
                .contains("påbegyndt note »Halvt ved fire«").contains("øvelsen var slut").doesNotContain("trin");
        robot.clickOn("#crashed-0");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#session-view").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEmpty();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT4)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sessionModel().groupProperty().get().id()).isEqualTo("bord-4");
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEqualTo("Halvt ved fire");
    }

    @Test
    void anEditorsDraftComesBackUnsaved(FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory("vaerksted-data");
        Card card = new Card("kort-1", "Vores", "01", "Halvt skrevet kort", null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, Extras.NONE);
        String doc = new String(new DocumentWriter().write(new Deck("Vores", null, null, List.of(card), Extras.NONE)),
                StandardCharsets.UTF_8);
        crashedWith(robot, data, new WorkState(null, null, null, null, null, null, List.of(), null,
                new WorkState.Editor(WorkState.Kind.DECK, null, "Vores", doc)));
        assertThat(robot.lookup("#crashed-0").lookup(".vk-tile-title").queryAs(Label.class).getText()).contains("Vores");
        robot.clickOn("#crashed-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deck-card-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Halvt skrevet kort");
        assertThat(((UnsavedWork) window.screen()).hasUnsavedChanges()).isTrue();
    }
}
