package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.board.BoardNotes;
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
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * The session's own tags as a facilitator makes them on a Monday morning (issue 16): from the
 * board's *Mærker…* (or M), typed key by key — æøå and a space included — renamed with the notes
 * keeping them, refused when blank or taken, removed from the notes that carry them only after
 * saying how many, back to the four, and every change one Ctrl+Z; the same tags in *Rediger session*.
 */
@ExtendWith(ApplicationExtension.class)
class TagsFlowTest {
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

    private Session session() {
        return window.sessionModel().sessionProperty().get();
    }

    private List<String> tagNames() {
        return Board.of(session()).tagsInUse().stream().map(Board.Tag::name).toList();
    }

    /** The forum sample (sixteen tables, no board yet) on the board, the keyboard on its first note. */
    private void openBoard(FxRobot robot) {
        robot.clickOn("#sample-1");
        robot.clickOn("#board-button");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(firstCard(robot));
        assertThat(board().focusProperty().get()).isNotNull();
    }

    private static Node firstCard(FxRobot robot) {
        return robot.lookup(".vk-board-cell").queryAll().stream()
                .filter(n -> n.isVisible() && ((javafx.scene.control.ListCell<?>) n).getItem() != null)
                .findFirst().orElseThrow();
    }

    /** The tags of the focused note, by name as the board shows them. */
    private List<String> focusedTags() {
        String key = board().focusProperty().get();
        return board().columnsProperty().get().stream().flatMap(c -> c.cards().stream())
                .filter(c -> c.key().equals(key)).findFirst().orElseThrow()
                .tags().stream().map(Board.Tag::name).toList();
    }

    /** The tags dialog is open, and what is typed goes to it (where the keyboard is). */
    private static void inTheDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup("#tags-dialog").query();
        robot.targetWindow(pane.getScene().getWindow());
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static void replace(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    @Test
    void tagsAreAddedAndRenamedByTypingAndTheNotesKeepTheirs(FxRobot robot) throws Exception {
        openBoard(robot);
        robot.type(KeyCode.DIGIT3);
        assertThat(focusedTags()).containsExactly("Lære");

        robot.clickOn("#board-tags");
        inTheDialog(robot);
        assertThat(text(robot, "#tags-state")).isEqualTo("Sessionen bruger Aarhuskompassets fire: Lytte, Løse, Lære og Lede.");
        assertThat(text(robot, "#tags-notes-2")).isEqualTo("1 note");
        assertThat(robot.lookup("#tags-defaults").queryAs(Button.class).isDisabled()).isTrue();
        // The keyboard starts in the field for a new tag: Enter adds what is typed and stays there.
        assertThat(field(robot, "#tags-new").isFocused()).isTrue();
        robot.write("Løse sammen");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#tags-dialog").tryQuery()).as("Enter added the tag, the dialog stays").isPresent();
        assertThat(field(robot, "#tags-name-4").getText()).isEqualTo("Løse sammen");
        assertThat(field(robot, "#tags-new").getText()).isEmpty();
        robot.write("Mod");
        robot.type(KeyCode.ENTER);
        assertThat(field(robot, "#tags-name-5").getText()).isEqualTo("Mod");

        // A name another tag has, or none, says why at its field, and Anvend waits.
        replace(robot, "#tags-name-2", "lede");
        assertThat(text(robot, "#tags-name-2-problem")).isEqualTo("Der er allerede et mærke, der hedder »lede«.");
        assertThat(text(robot, "#tags-name-3-problem")).isEqualTo("Der er allerede et mærke, der hedder »Lede«.");
        assertThat(robot.lookup("#tags-ok").queryAs(Button.class).isDisabled()).isTrue();
        replace(robot, "#tags-name-2", "");
        assertThat(text(robot, "#tags-name-2-problem")).isEqualTo("Mærket skal have et navn.");
        assertThat(text(robot, "#tags-name-3-problem")).isEmpty();
        robot.write("Lære sammen");
        assertThat(text(robot, "#tags-name-2-problem")).isEmpty();
        robot.clickOn("#tags-new").write("mod");
        assertThat(text(robot, "#tags-new-problem")).isEqualTo("Der er allerede et mærke, der hedder »mod«.");
        assertThat(robot.lookup("#tags-ok").queryAs(Button.class).isDisabled()).isTrue();
        robot.eraseText(3);
        assertThat(robot.lookup("#tags-ok").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(text(robot, "#tags-state")).isEqualTo("Sessionen har sine egne mærker.");
        robot.clickOn("#tags-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tagNames()).containsExactly("Lytte", "Løse", "Lære sammen", "Lede", "Løse sammen", "Mod");
        assertThat(Board.of(session()).tagsInUse()).extracting(Board.Tag::id)
                .containsExactly("lytte", "loese", "laere", "lede", "loese-sammen", "mod");
        // The note keeps its tag under the new name; the filter and the keys' help say the tags as they are.
        assertThat(focusedTags()).containsExactly("Lære sammen");
        @SuppressWarnings("unchecked")
        ComboBox<Object> filter = robot.lookup("#board-tag").queryAs(ComboBox.class);
        assertThat(filter.getItems()).hasSize(7).last().hasToString("Choice[id=mod, label=6 · Mod]");
        assertThat(text(robot, "#board-keys")).contains("1–6: Lytte, Løse, Lære sammen, Lede, Løse sammen, Mod");
        // 6 gives the focused note the new tag.
        robot.type(KeyCode.DIGIT6);
        assertThat(focusedTags()).containsExactly("Lære sammen", "Mod");

        // In the file, and read back by the reader's rules.
        window.sessionModel().flush();
        Path file = window.sessionModel().disk().unnamedFile();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file)
                && Files.readString(file, StandardCharsets.UTF_8).contains("\"mod\""));
        Session read = new dk.vaerksted.core.session.SessionStore().readSession(file);
        assertThat(Board.of(read).tagsInUse()).extracting(Board.Tag::name)
                .containsExactly("Lytte", "Løse", "Lære sammen", "Lede", "Løse sammen", "Mod");

        // Ctrl+Z takes back the tag given, then the tags made: the four again, the note with its Lære.
        ctrl(robot, KeyCode.Z);
        assertThat(focusedTags()).containsExactly("Lære sammen");
        ctrl(robot, KeyCode.Z);
        assertThat(tagNames()).containsExactly("Lytte", "Løse", "Lære", "Lede");
        assertThat(focusedTags()).containsExactly("Lære");
        assertThat(text(robot, "#board-keys")).contains("1–4: Lytte, Løse, Lære, Lede");
    }

    @Test
    void aTagNotesCarryIsRemovedOnlyAfterSayingHowManyAndComesBackWithCtrlZ(FxRobot robot) {
        openBoard(robot);
        // The clicked note is selected; Down and Space add the next one; 3 tags both Lære.
        robot.type(KeyCode.DOWN, KeyCode.SPACE, KeyCode.DIGIT3, KeyCode.ESCAPE);
        long carrying = BoardNotes.of(session()).stream().filter(p -> p.note().tags().contains("laere")).count();
        assertThat(carrying).isEqualTo(2);

        robot.type(KeyCode.M);
        inTheDialog(robot);
        assertThat(text(robot, "#tags-notes-2")).isEqualTo("2 noter");
        robot.clickOn("#tags-remove-2");
        assertThat(robot.lookup("#tags-confirm").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("2 noter bærer mærket. Det tages af dem, når du trykker Anvend. Ctrl+Z sætter det på igen.");
        robot.clickOn("#tags-confirm-keep");
        assertThat(field(robot, "#tags-name-2").getText()).isEqualTo("Lære");
        robot.clickOn("#tags-remove-2");
        robot.clickOn("#tags-confirm-remove");
        assertThat(field(robot, "#tags-name-2").getText()).isEqualTo("Lede");
        assertThat(text(robot, "#tags-pending")).isEqualTo("Når du trykker Anvend, tages »Lære« (2 noter) af noterne.");
        // A tag no note carries goes without a question.
        robot.clickOn("#tags-remove-1");
        assertThat(robot.lookup("#tags-confirm").tryQuery()).isEmpty();
        robot.clickOn("#tags-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tagNames()).containsExactly("Lytte", "Lede");
        assertThat(BoardNotes.of(session())).noneMatch(p -> p.note().tags().contains("laere"));
        assertThat(text(robot, "#board-keys")).contains("1–2: Lytte, Lede");
        ctrl(robot, KeyCode.Z);
        assertThat(tagNames()).containsExactly("Lytte", "Løse", "Lære", "Lede");
        assertThat(BoardNotes.of(session()).stream().filter(p -> p.note().tags().contains("laere")).count())
                .isEqualTo(2);
    }

    @Test
    void backToTheFourSaysWhatGoesAndTakesTheOwnTagsOffTheNotes(FxRobot robot) {
        openBoard(robot);
        robot.type(KeyCode.M);
        inTheDialog(robot);
        robot.write("Mod");
        robot.type(KeyCode.ENTER, KeyCode.ENTER); // adds it, then applies (Enter on the empty field)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tags-dialog").tryQuery()).isEmpty();
        assertThat(tagNames()).containsExactly("Lytte", "Løse", "Lære", "Lede", "Mod");
        robot.type(KeyCode.DIGIT5, KeyCode.DIGIT1);
        assertThat(focusedTags()).containsExactly("Mod", "Lytte");

        robot.clickOn("#board-tags");
        replace(robot, "#tags-name-0", "Lytte godt");
        robot.clickOn("#tags-defaults");
        assertThat(robot.lookup("#tags-confirm").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("»Mod« (1 note)");
        robot.clickOn("#tags-confirm-remove");
        assertThat(field(robot, "#tags-name-0").getText()).isEqualTo("Lytte");
        assertThat(robot.lookup("#tags-defaults").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#tags-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Board.of(session()).tags()).as("no tags of the session's own").isNull();
        assertThat(focusedTags()).containsExactly("Lytte");
    }

    @Test
    void theSessionEditorHasTheSameTags(FxRobot robot) {
        robot.clickOn("#sample-0");
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(robot, KeyCode.K);
        robot.clickOn(robot.from(robot.lookup("#edit-dialog").queryAs(Node.class)).lookup("Mærker").queryAs(Node.class));
        // Typed in the new field and not added with Enter: Anvend applies it all the same.
        robot.clickOn("#tags-new").write("Åbenhed");
        replace(robot, "#tags-name-3", "Lede videre");
        robot.clickOn("#edit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tagNames()).containsExactly("Lytte", "Løse", "Lære", "Lede videre", "Åbenhed");
        assertThat(Board.of(session()).tagsInUse().get(4).id()).isEqualTo("aabenhed");
        robot.clickOn("#notes-undo");
        assertThat(tagNames()).containsExactly("Lytte", "Løse", "Lære", "Lede");
    }

    @Test
    void aThemeColumnSaysWhatItsNumbersAre(FxRobot robot) {
        // The small sample: three themes, the vote shown.
        robot.clickOn("#sample-0");
        robot.clickOn("#board-button");
        WaitForAsyncUtils.waitForFxEvents();
        Node del = robot.lookup("#board-column-t-del").query();
        assertThat(robot.from(del).lookup(".vk-board-count").queryAs(Label.class).getText()).isEqualTo("3 noter");
        assertThat(robot.from(del).lookup(".vk-board-dots").queryAs(Label.class).getText()).isEqualTo("· 6 prikker");
        Node mod = robot.lookup("#board-column-t-mod").query();
        assertThat(robot.from(mod).lookup(".vk-board-count").queryAs(Label.class).getText()).isEqualTo("2 noter");
        assertThat(robot.from(mod).lookup(".vk-board-dots").queryAs(Label.class).getText()).isEqualTo("· 3 prikker");
        // One of its notes out of the theme (Delete): one left, said in the singular.
        robot.clickOn(robot.from(mod).lookup(".vk-board-card-text").queryAs(Label.class));
        robot.type(KeyCode.DELETE);
        assertThat(robot.from(mod).lookup(".vk-board-count").queryAs(Label.class).getText()).isEqualTo("1 note");
    }
}
