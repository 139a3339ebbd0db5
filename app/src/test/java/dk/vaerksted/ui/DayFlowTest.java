package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.timer.WallClock;
import dk.vaerksted.ui.audience.AudienceView;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole day as a facilitator runs it (issue 17), typed key by key on fake clocks: seed 003's
 * example day set up from the start screen with 16 tables, F6 from the note field, the projector
 * open — a talk into overrun, the exercise screens, a pause counting to a clock time, Ctrl+Z, a
 * report-back round — and the program typed into the setup and edit dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class DayFlowTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate DAY = LocalDate.of(2019, 8, 30);

    private long nanos = 1_000_000_000_000L;
    private final WallClock wall = new WallClock(ZonedDateTime.of(DAY, LocalTime.of(8, 58), CPH).toInstant(), CPH);
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, TestContexts.create(Files.createTempDirectory("vaerksted-day"), () -> nanos, wall));
        stage.show();
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private void pass(FxRobot robot, Duration d) {
        nanos += d.toNanos();
        wall.advance(d);
        robot.interact(() -> window.dayModel().refresh());
    }

    private static void replace(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private String onProjector(FxRobot robot, String id) {
        return ((Label) robot.from(window.audience().view()).lookup(id).query()).getText();
    }

    /** Shown: the node and every parent up to the projector's view visible. */
    private boolean shownOnProjector(FxRobot robot, String id) {
        for (Node n = robot.from(window.audience().view()).lookup(id).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Program program() {
        return Program.of(window.sessionModel().sessionProperty().get()).orElseThrow();
    }

    /** The example day from its tile, with 16 tables. */
    private void setUpTheExampleDay(FxRobot robot) {
        robot.clickOn("#template-8");
        WaitForAsyncUtils.waitForFxEvents();
        replace(robot, "#setup-tables", "16");
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean focused(FxRobot robot, String id) {
        Node owner = robot.targetWindow().getScene().getFocusOwner();
        return owner != null && id.equals(owner.getId());
    }

    private void f6(FxRobot robot) {
        robot.type(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theExampleDayRunsFromTheKeyboardWithTheProjectorOpen(FxRobot robot) {
        setUpTheExampleDay(robot);
        assertThat(robot.lookup("#day-panel").query().isVisible()).isTrue();
        assertThat(text(robot, "#day-example")).contains("eksempel");
        assertThat(window.sessionModel().sessionProperty().get().exercises().get(0).groups()).hasSize(16);

        // F6 from the note field starts the first item and types nothing.
        robot.clickOn("#note-entry");
        pass(robot, Duration.ofMinutes(3));
        f6(robot);
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(text(robot, "#day-now")).startsWith("Nu: Velkomst");
        assertThat(text(robot, "#day-delay")).isEqualTo("+1 min. bagud");

        robot.clickOn("#session-title");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.stage().toFront();
            window.stage().requestFocus();
        });
        AudienceView view = window.audience().view();
        assertThat(shownOnProjector(robot, "#day-screen-headline")).isTrue();
        assertThat(shownOnProjector(robot, "#audience-exercise")).as("the exercise steps aside").isFalse();
        assertThat(shownOnProjector(robot, "#audience-session-title")).isFalse();
        assertThat(onProjector(robot, "#day-screen-headline")).startsWith("Velkomst: Retning og forventninger");
        assertThat(onProjector(robot, "#day-screen-digits")).isEqualTo("15:00");
        Label digits = (Label) robot.from(view).lookup("#day-screen-digits").query();
        assertThat(digits.getFont().getSize()).as("a fifth of the screen's height").isGreaterThanOrEqualTo(
                view.getHeight() / 5);

        // The talk runs over: warning, then overrun, shown to the room and pushing the day.
        pass(robot, Duration.ofMinutes(14).plusSeconds(30));
        assertThat(onProjector(robot, "#day-screen-stage")).isEqualTo("Tiden er næsten gået");
        pass(robot, Duration.ofMinutes(2));
        assertThat(onProjector(robot, "#day-screen-digits")).isEqualTo("+01:30");
        assertThat(onProjector(robot, "#day-screen-stage")).isEqualTo("Overtid");
        // 1 min. late and 1 min. 30 sek. over: the next item's clock time is 2 minutes after its plan's.
        assertThat(text(robot, "#day-delay")).isEqualTo("+2 min. bagud");

        // Introduction, then the exercise: the projector shows the exercise as it always did.
        robot.clickOn("#note-entry");
        f6(robot);
        f6(robot);
        assertThat(window.sessionModel().exerciseProperty().get().id()).isEqualTo("graensekrydsende");
        assertThat(shownOnProjector(robot, "#day-screen-headline")).isFalse();
        assertThat(shownOnProjector(robot, "#audience-exercise")).isTrue();

        // The CFIA talk, then the pause: "Pause · vi fortsætter kl. …" counting to it.
        f6(robot);
        // Straight on to the pause at 9.17.30, and back: more than an hour to 11.00 is shown whole.
        f6(robot);
        assertThat(onProjector(robot, "#day-screen-digits")).isEqualTo("1:42:30");
        assertThat(digits.getMinWidth()).as("the digits past an hour are not cut short")
                .isGreaterThanOrEqualTo(digits.prefWidth(-1));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        pass(robot, Duration.ofMinutes(45));
        f6(robot);
        String headline = onProjector(robot, "#day-screen-headline");
        // Early (10.02.30): the talk after it is set for 11.00, so the room comes back then.
        assertThat(headline).isEqualTo("Pause · vi fortsætter kl. 11.00");
        assertThat(onProjector(robot, "#day-screen-digits")).isEqualTo("57:30");
        assertThat(onProjector(robot, "#day-screen-after")).startsWith("Derefter: Samskabelse – hvor svært");
        pass(robot, Duration.ofMinutes(5));
        assertThat(onProjector(robot, "#day-screen-digits")).isEqualTo("52:30");

        // The day's program for the room, the pause's clock smaller under it: all of it on the screen.
        robot.clickOn("#day-show-program");
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        Node title = robot.from(view).lookup("#day-screen-program-title").query();
        Node last = robot.from(view).lookup("#day-screen-item-13").query();
        Node clock = robot.from(view).lookup("#day-screen-clock").query();
        assertThat(shownOnProjector(robot, "#day-screen-program-title")).isTrue();
        var screen = view.localToScene(view.getLayoutBounds());
        assertThat(title.localToScene(title.getBoundsInLocal()).getMinY()).as("the title not cut off")
                .isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(last.localToScene(last.getBoundsInLocal()).getMaxY()).as("the last item above the clock")
                .isLessThanOrEqualTo(clock.localToScene(clock.getBoundsInLocal()).getMinY());
        assertThat(clock.localToScene(clock.getBoundsInLocal()).getMaxY()).as("the clock on the screen")
                .isLessThanOrEqualTo(screen.getMaxY());
        robot.clickOn("#day-show-program");

        // Ctrl+Z takes the pause's start back: the talk runs again.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.dayModel().refresh());
        assertThat(text(robot, "#day-now")).startsWith("Nu: Oplæg: Hvordan skaber vi værdi");
        assertThat(shownOnProjector(robot, "#day-screen-digits")).isTrue();
        assertThat(onProjector(robot, "#day-screen-headline")).startsWith("Oplæg: Hvordan skaber vi værdi");

        // On to "Opsamling på dagens drøftelser" and its round of the 16 tables.
        for (int i = 4; i <= 12; i++) {
            f6(robot);
        }
        assertThat(program().items().get(12).kind()).isEqualTo(ProgramItem.Kind.PLENARY);
        assertThat(text(robot, "#day-now")).isEqualTo("Nu: Opsamling på dagens drøftelser");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#day-rows-scroll").queryAs(javafx.scene.control.ScrollPane.class).getVvalue())
                .as("the rows follow the item running").isGreaterThan(0.5);
        robot.clickOn("#day-round-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onProjector(robot, "#day-screen-headline")).isEqualTo("Bord 1 har ordet");
        assertThat(onProjector(robot, "#day-screen-after")).isEqualTo("Derefter: Bord 2  ·  Bord 3");
        assertThat(onProjector(robot, "#day-screen-digits")).isEqualTo("02:00");
        pass(robot, Duration.ofSeconds(75));
        f6(robot);
        assertThat(onProjector(robot, "#day-screen-headline")).isEqualTo("Bord 2 har ordet");
        robot.clickOn("#day-round-skip");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onProjector(robot, "#day-screen-headline")).isEqualTo("Bord 3 har ordet");
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onProjector(robot, "#day-screen-headline")).isEqualTo("Bord 2 har ordet");
        assertThat(program().items().get(12).round().usedSeconds()).containsEntry("bord-1", 75L);
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEmpty();
    }

    @Test
    void theProgramIsTypedIntoTheSetupDialogAndSaysWhyAtTheField(FxRobot robot) {
        robot.clickOn("#template-8");
        WaitForAsyncUtils.waitForFxEvents();
        // Tab by Tab down the form to the program's first start time; the form scrolls along.
        robot.clickOn("#setup-tables");
        for (int i = 0; i < 60 && !focused(robot, "program-start-0"); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focused(robot, "program-start-0")).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("25.00");
        assertThat(text(robot, "#program-start-0-problem")).isEqualTo("»25.00« er ikke et klokkeslæt (fx 9.00 eller 14.30)");
        assertThat(robot.lookup("#setup-start").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(text(robot, "#program-problem-0")).startsWith("det første punkt skal have et starttidspunkt");
        robot.write("8.30");
        assertThat(text(robot, "#program-problem-0")).isEmpty();
        robot.type(KeyCode.TAB);
        assertThat(focused(robot, "program-minutes-0")).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("20");
        assertThat(robot.lookup("#program-start-1").queryAs(TextField.class).getPromptText())
                .as("an item without a start shows, greyed, when it follows on").isEqualTo("08.50");
        assertThat(robot.lookup("#program-start-2").queryAs(TextField.class).getPromptText()).isEqualTo("09.05");
        // Not confirmed with Enter: Start takes what is typed.
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
        Program p = program();
        assertThat(p.items().get(0).start()).isEqualTo(LocalTime.of(8, 30));
        assertThat(p.items().get(0).minutes()).isEqualTo(20.0);
        assertThat(p.exampleTimes()).as("changed times are the facilitator's own").isFalse();
        assertThat(p.items()).hasSize(14);
    }

    @Test
    void aProgramAddedWithCtrlKShowsThePanelAndCtrlZTakesItAway(FxRobot robot) {
        robot.clickOn("#sample-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#day-panel").query().isVisible()).as("no program, no panel").isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(robot.lookup("#edit-dialog").queryAs(Node.class)).lookup("Dagens program")
                .queryAs(Node.class));
        robot.clickOn("#program-add");
        robot.write("Velkomst");
        replace(robot, "#program-speaker-0", "Mette Holm");
        replace(robot, "#program-minutes-0", "10");
        assertThat(text(robot, "#program-problem-0")).startsWith("det første punkt skal have et starttidspunkt");
        assertThat(robot.lookup("#edit-ok").queryAs(Button.class).isDisabled()).isTrue();
        replace(robot, "#program-start-0", "9.00");
        robot.clickOn("#program-add");
        robot.write("PAUSE");
        assertThat(text(robot, "#program-problem-1")).isEqualTo("et punkt skal have et starttidspunkt eller et antal minutter");
        replace(robot, "#program-minutes-1", "15");
        robot.clickOn("#edit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#edit-dialog").tryQuery()).isEmpty();
        Program p = Program.of(window.sessionModel().sessionProperty().get()).orElse(null);
        assertThat(p).isNotNull();
        assertThat(p.items()).extracting(ProgramItem::title).containsExactly("Velkomst", "PAUSE");
        assertThat(p.items().get(0).speaker()).isEqualTo("Mette Holm");
        assertThat(robot.lookup("#day-panel").query().isVisible()).isTrue();
        robot.clickOn("#note-entry");
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).as("Ctrl+K typed no k").isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Program.of(window.sessionModel().sessionProperty().get())).isEmpty();
        assertThat(robot.lookup("#day-panel").query().isVisible()).isFalse();
    }
}
