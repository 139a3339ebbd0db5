package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.board.BoardMode;
import dk.vaerksted.ui.board.BoardViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
 * The harvest board as a facilitator works it (issue 16): from the session's Høst button, notes
 * grouped into a theme from the keyboard and by dragging, the theme named by typing, notes tagged
 * with 1–4 and starred with S, Ctrl+Z taking each back, the board on the projector — and nothing
 * typed on the board ends up in the note field.
 */
@ExtendWith(ApplicationExtension.class)
class BoardFlowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, System::nanoTime);
    }

    @BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private BoardViewModel board() {
        return BoardMode.modelOf(window.sessionView());
    }

    private List<BoardViewModel.Column> columns() {
        return board().columnsProperty().get();
    }

    private Session session() {
        return window.sessionModel().sessionProperty().get();
    }

    /** The forum sample: sixteen tables, no board yet; the board opens on the exercise selected. */
    private void openBoard(FxRobot robot) {
        robot.clickOn("#sample-1");
        robot.clickOn("#board-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#board-view").tryQuery()).isPresent();
    }

    @Test
    void notesAreGroupedNamedTaggedAndStarredFromTheKeyboardAndUndone(FxRobot robot) throws Exception {
        openBoard(robot);
        int notes = columns().get(0).cards().size();
        assertThat(notes).isPositive();
        robot.clickOn("#board-keys"); // anywhere: the keyboard goes back to the wall on the next key below
        robot.interact(() -> robot.lookup("#board-wall").query().requestFocus());
        robot.type(KeyCode.DOWN, KeyCode.SPACE, KeyCode.DOWN, KeyCode.SPACE);
        assertThat(board().selectionProperty().get()).hasSize(2);
        robot.type(KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#board-theme-editor").tryQuery()).isPresent();
        robot.eraseText(8);
        robot.write("Del tidligt");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columns()).hasSize(2);
        assertThat(columns().get(1).theme().name()).isEqualTo("Del tidligt");
        assertThat(columns().get(1).cards()).hasSize(2);
        assertThat(columns().get(0).cards()).hasSize(notes - 2);

        // The focused note is in the theme now: 1 tags it Lytte, 4 Lede, S stars it.
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT4, KeyCode.S);
        BoardViewModel.Card focused = columns().get(1).cards().stream()
                .filter(c -> c.key().equals(board().focusProperty().get())).findFirst().orElseThrow();
        assertThat(focused.tags()).extracting(Board.Tag::name).containsExactly("Lytte", "Lede");
        assertThat(focused.starred()).isTrue();
        // What a screen reader hears of the card says it, in words.
        assertThat(robot.lookup(".vk-board-cell").queryAll().stream().map(Node::getAccessibleText))
                .anyMatch(t -> t != null && t.startsWith("Hovedpointe: ") && t.contains("Mærker: Lytte, Lede"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(board().keyPoints()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(columns().get(1).cards()).hasSize(2).as("no column to the right of the last theme");
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertThat(columns().get(1).cards()).hasSize(1);

        // Nothing typed on the board went into the note field.
        robot.clickOn("#board-back");
        assertThat(robot.lookup("#note-entry").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(robot.lookup("#board-view").tryQuery()).isEmpty();

        // All of it is in the session's file within a second.
        window.sessionModel().flush();
        Path file = window.sessionModel().disk().unnamedFile();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file)
                && Files.readString(file, StandardCharsets.UTF_8).contains("\"name\": \"Del tidligt\""));
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).contains("\"tags\": [", "\"lytte\"", "\"theme\": ");
    }

    @Test
    void aNoteDraggedOntoAThemeJoinsIt(FxRobot robot) {
        openBoard(robot);
        robot.clickOn("#board-new-theme");
        robot.write("Mod");
        robot.type(KeyCode.ENTER);
        String theme = columns().get(1).id();
        assertThat(columns().get(1).theme().name()).isEqualTo("Mod");
        Node first = robot.lookup(".vk-board-cell").queryAll().stream()
                .filter(n -> n.getParent() != null && n.isVisible()).findFirst().orElseThrow();
        String text = ((Label) robot.from(first).lookup(".vk-board-card-text").query()).getText();
        robot.drag(first).dropTo("#board-column-" + theme);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(columns().get(1).cards()).extracting(BoardViewModel.Card::text).containsExactly(text);
        assertThat(Board.of(session()).themes()).hasSize(1);
    }

    @Test
    void theProjectorShowsOneThemeAtATimeWithOrWithoutTableNames(FxRobot robot) {
        openBoard(robot);
        robot.interact(() -> robot.lookup("#board-wall").query().requestFocus());
        robot.type(KeyCode.DOWN, KeyCode.N);
        robot.write("Borgerne først");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#board-projection-theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.audience().stage().isShowing()).isTrue();
        robot.interact(() -> window.stage().toFront());
        Node layer = robot.from(window.audience().view()).lookup("#audience-board").query();
        assertThat(layer.isVisible()).isTrue();
        Label name = robot.from(layer).lookup("#board-projection-theme").queryAs(Label.class);
        assertThat(name.getText()).isEqualTo("Borgerne først");
        String table = columns().get(1).cards().get(0).table();
        assertThat(robot.from(layer).lookup(".vk-board-projection-note").queryAllAs(Label.class))
                .noneMatch(l -> l.getText().contains("(" + table + ")"));
        robot.clickOn("#board-show-tables");
        assertThat(robot.from(window.audience().view()).lookup(".vk-board-projection-note").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().endsWith("(" + table + ")"));
        // Back to the exercise: the layer goes.
        robot.clickOn("#board-projection-none");
        assertThat(layer.isVisible()).isFalse();
    }

    @Test
    void aFullBoardFitsTheProjectorInsteadOfBeingCutOff(FxRobot robot) {
        openBoard(robot);
        robot.interact(() -> robot.lookup("#board-wall").query().requestFocus());
        for (int i = 0; i < 6; i++) {
            // Back to the notes not grouped yet, four of them into a new theme, its name kept.
            for (int k = 0; k < 6; k++) {
                robot.type(KeyCode.LEFT);
            }
            robot.type(KeyCode.DOWN, KeyCode.SPACE, KeyCode.DOWN, KeyCode.SPACE, KeyCode.DOWN, KeyCode.SPACE,
                    KeyCode.DOWN, KeyCode.SPACE, KeyCode.N, KeyCode.ENTER);
        }
        assertThat(columns()).hasSize(7);
        assertThat(columns().subList(1, 7)).allSatisfy(c -> assertThat(c.cards()).hasSize(4));
        robot.clickOn("#board-projection-board");
        WaitForAsyncUtils.waitForFxEvents();
        Node layer = robot.from(window.audience().view()).lookup("#audience-board").query();
        // Inside the layer, which leaves the projector's margins free; and the layer inside the window.
        double height = layer.localToScene(layer.getBoundsInLocal()).getMaxY();
        assertThat(height).isLessThanOrEqualTo(layer.getScene().getHeight());
        Node title = robot.from(layer).lookup("#board-projection-title").query();
        assertThat(title.localToScene(title.getBoundsInLocal()).getMinY()).as("the title is on screen").isNotNegative();
        List<Node> themes = List.copyOf(robot.from(layer).lookup(".vk-board-projection-theme").queryAll());
        assertThat(themes).hasSize(6).allSatisfy(t -> assertThat(t.localToScene(t.getBoundsInLocal()).getMaxY())
                .as("every theme is on screen").isLessThanOrEqualTo(height));
    }
}
