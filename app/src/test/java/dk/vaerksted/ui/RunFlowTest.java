package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.StepRun;
import dk.vaerksted.ui.audience.AudienceView;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Running an exercise from the keyboard, as a facilitator does, on a fake clock. */
@ExtendWith(ApplicationExtension.class)
class RunFlowTest {
    private long now = 1_000_000_000_000L;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> now);
    }

    @org.junit.jupiter.api.BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private void pass(FxRobot robot, double seconds) {
        now += Math.round(seconds * 1e9);
        robot.interact(() -> window.runModel().refresh());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** A click on the countdown panel gives it the keyboard, as a facilitator does before Space. */
    static void takeCountdown(FxRobot robot) {
        robot.clickOn("#run-step-title");
        assertThat(robot.lookup("#run-panel").query().isFocused()).isTrue();
    }

    /**
     * The samples' exercises were run and ended (their {@code run[]} says so): "Kør øvelsen igen …"
     * and its "Kør igen", as a facilitator does before trying the countdown on one.
     */
    static void runAgain(FxRobot robot) {
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Øvelsen er slut");
        robot.clickOn("#run-toggle");
        robot.clickOn("#run-again-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Klar til start");
    }

    @Test
    void spaceStartsTheStepAndTheCountdownRunsIntoOverrun(FxRobot robot) {
        robot.clickOn("#sample-0");
        runAgain(robot);
        assertThat(text(robot, "#run-countdown-digits")).isEqualTo("02:00");
        takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 61);
        assertThat(text(robot, "#run-countdown-digits")).isEqualTo("00:59");
        pass(robot, 36);
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Tiden er næsten gået");
        assertThat(robot.lookup("#run-countdown").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("warning"));
        pass(robot, 30);
        assertThat(text(robot, "#run-countdown-digits")).isEqualTo("+00:07");
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Overtid");
        assertThat(robot.lookup("#run-countdown").query().getPseudoClassStates())
                .contains(PseudoClass.getPseudoClass("overrun"));

        // E: ended, calmly — the overrun does not stay on, red and counting.
        Keys.press(robot, KeyCode.E);
        pass(robot, 100);
        assertThat(text(robot, "#run-countdown-digits")).isEqualTo("00:00");
        assertThat(text(robot, "#run-countdown-stage")).isEqualTo("Øvelsen er slut");
        assertThat(robot.lookup("#run-countdown").query().getPseudoClassStates())
                .doesNotContain(PseudoClass.getPseudoClass("overrun"))
                .contains(PseudoClass.getPseudoClass("ended"));
    }

    @Test
    void keysAddTimeRestartAndMoveOnAndTheRunIsRecorded(FxRobot robot) {
        robot.clickOn("#sample-0");
        runAgain(robot);
        takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 10);
        Keys.press(robot, KeyCode.ADD);
        pass(robot, 0);
        assertThat(text(robot, "#run-countdown-digits")).isEqualTo("02:50");
        Keys.press(robot, KeyCode.R);
        pass(robot, 0);
        assertThat(text(robot, "#run-countdown-digits")).isEqualTo("02:00");
        Keys.press(robot, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#run-step-title")).isEqualTo("Tal om");
        assertThat(text(robot, "#run-step-prompt"))
                .isEqualTo("Hvad ville princippet mon give anledning til i min organisation?");
        assertThat(text(robot, "#run-next-label")).isEqualTo("Sidste trin");
        List<StepRun> run = window.sessionModel().sessionProperty().get().exercises().get(0).run();
        assertThat(run).last().satisfies(r -> assertThat(r.stepId()).isEqualTo("laes"));
        assertThat(text(robot, "#save-status")).isEqualTo("Ikke gemt endnu");
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#run-step-title")).isEqualTo("Læs teksten i kortet højt");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#run-step-title")).isEqualTo("Tal om");
    }

    @Test
    void theProjectorViewShowsTheStepTheCardAndBigDigits(FxRobot robot) throws Exception {
        robot.clickOn("#sample-0");
        runAgain(robot);
        takeCountdown(robot);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        AudienceView view = window.audience().view();
        Stage projector = window.audience().stage();
        assertThat(projector.isShowing()).isTrue();
        robot.interact(() -> {
            projector.setWidth(1600);
            projector.setHeight(900);
        });
        Keys.press(robot, KeyCode.SPACE);
        pass(robot, 5);
        WaitForAsyncUtils.waitForFxEvents();
        Label digits = robot.from(view).lookup("#audience-countdown-digits").queryAs(Label.class);
        assertThat(digits.getText()).isEqualTo("01:55");
        // The digits follow the window's height on the next layout and CSS pass.
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> digits.getFont().getSize() >= 0.20 * view.getHeight());
        double height = view.getHeight();
        assertThat(height).isGreaterThan(700);
        assertThat(digits.getFont().getSize()).isGreaterThanOrEqualTo(0.20 * height);
        Label title = robot.from(view).lookup("#card-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Bliv klogere sammen igen og igen");
        assertThat(title.getFont().getSize() * view.cardScale()).isGreaterThanOrEqualTo(0.04 * height);
        assertThat(robot.from(view).lookup("#audience-step").queryAs(Label.class).getText())
                .isEqualTo("Trin 1 af 2:  Læs teksten i kortet højt");
        assertThat(robot.from(view).lookup("#notes").tryQuery()).isEmpty();
        assertThat(robot.from(view).lookup("#run-toggle").tryQuery()).isEmpty();
        robot.interact(projector::hide);
    }
}
