package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A facilitator types principle 01 of their own deck key by key, sees it as projected, saves it
 * and deals it; the editor never eats a space or a line break, and unsaved work is asked about.
 */
@ExtendWith(ApplicationExtension.class)
class DeckEditorTest {
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

    @org.junit.jupiter.api.BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    /**
     * Moves to a field the way a keyboard user does — Ctrl+Tab from field to field, the form
     * scrolling along — and types, one key at a time; a line break is the Enter key.
     */
    static void typeInto(FxRobot robot, String id, String text) {
        for (int i = 0; i < 30 && !id.equals("#" + focusedId(robot)); i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        }
        javafx.scene.Node field = robot.lookup(id).query();
        assertThat(field.isFocused()).as("reached " + id + " with Ctrl+Tab").isTrue();
        assertThat(onScreen(field)).as(id + " scrolled into view").isTrue();
        for (String part : text.split("(?<=\n)|(?=\n)")) {
            if (part.equals("\n")) {
                robot.type(KeyCode.ENTER);
            } else {
                robot.write(part);
            }
        }
    }

    private static String focusedId(FxRobot robot) {
        javafx.scene.Node n = robot.targetWindow().getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }

    private static boolean onScreen(javafx.scene.Node n) {
        var b = n.localToScene(n.getBoundsInLocal());
        return b.getMinY() >= 0 && b.getMaxY() <= n.getScene().getHeight();
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    private Card selected() {
        var editor = (dk.vaerksted.ui.deck.DeckEditor) window.screen();
        return editor.deck().cards().get(0);
    }

    @Test
    void aCardTypedKeyByKeyComesOutAsTypedIsSeenAsProjectedSavedAndDealt(FxRobot robot) throws Exception {
        robot.clickOn("#new-deck");
        robot.doubleClickOn("#deck-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Samarbejdskompasset (vores)");
        // A new deck has its first, empty card ready.
        robot.clickOn("#deck-card-title");
        assertThat(field(robot, "#deck-number")).as("nothing typed for the user").isEmpty();
        assertThat(field(robot, "#deck-card-title")).isEmpty();
        robot.write("Del før du er klar i dag");
        robot.clickOn("#deck-number");
        robot.write("01");
        typeInto(robot, "#deck-question", "Hvem har du spurgt ");
        typeInto(robot, "#deck-body", "Første afsnit med **fed sætning**.\n\nAndet afsnit.");
        typeInto(robot, "#deck-whatif", "Hvad nu, hvis vi spurgte først?");
        typeInto(robot, "#deck-dilemmas", "Fart eller grundighed\nFælles regler eller lokale løsninger");
        typeInto(robot, "#deck-standpoints", "Vi spørger altid borgeren først");

        assertThat(field(robot, "#deck-card-title")).isEqualTo("Del før du er klar i dag");
        assertThat(field(robot, "#deck-question")).as("a trailing space stays while typing").isEqualTo("Hvem har du spurgt ");
        assertThat(field(robot, "#deck-body")).isEqualTo("Første afsnit med **fed sætning**.\n\nAndet afsnit.");
        assertThat(selected().title()).isEqualTo("Del før du er klar i dag");
        assertThat(robot.lookup("#card-title").queryAs(Label.class).getText()).isEqualTo("Del før du er klar i dag");
        TextFlow first = robot.lookup("#card-body-0").queryAs(TextFlow.class);
        Text strong = first.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getText().equals("fed sætning")).findFirst().orElseThrow();
        assertThat(strong.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(robot.lookup("#card-body-1").tryQuery()).isPresent();

        robot.clickOn("#deck-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deck-status").queryAs(Label.class).getText()).startsWith("Gemt i");
        var entries = ctx.userDecks().list();
        assertThat(entries).singleElement().satisfies(e -> {
            Deck d = e.deck();
            assertThat(d.title()).isEqualTo("Samarbejdskompasset (vores)");
            Card c = d.cards().get(0);
            assertThat(c.number()).isEqualTo("01");
            assertThat(c.title()).isEqualTo("Del før du er klar i dag");
            assertThat(c.body()).containsExactly("Første afsnit med **fed sætning**.", "Andet afsnit.");
            assertThat(c.whatIf()).containsExactly("Hvad nu, hvis vi spurgte først?");
            assertThat(c.dilemmas()).containsExactly("Fart eller grundighed", "Fælles regler eller lokale løsninger");
            assertThat(c.standpoints()).containsExactly("Vi spørger altid borgeren først");
            try {
                assertThat(new SessionStore().readDeck(e.file())).isEqualTo(d);
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#unsaved-dialog").tryQuery()).as("saved: nothing to ask").isEmpty();
        TestContexts.awaitStartScreen();
        assertThat(robot.lookup("#user-deck-0").tryQuery()).isPresent();
        assertThat(window.start().allDecks()).extracting(Deck::title).contains("Samarbejdskompasset (vores)");
    }

    @Test
    void leavingAnEditorWithUnsavedChangesAsksSaveDiscardOrCancel(FxRobot robot) throws Exception {
        robot.clickOn("#new-deck");
        robot.clickOn("#deck-card-title");
        robot.write("Ikke gemt endnu");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#unsaved-dialog").tryQuery()).isPresent();
        robot.clickOn("#unsaved-cancel");
        assertThat(window.screen()).isInstanceOf(dk.vaerksted.ui.deck.DeckEditor.class);
        assertThat(field(robot, "#deck-card-title")).isEqualTo("Ikke gemt endnu");

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        robot.clickOn("#unsaved-save");
        TestContexts.awaitStartScreen();
        assertThat(ctx.userDecks().list()).singleElement()
                .satisfies(e -> assertThat(e.deck().cards().get(0).title()).isEqualTo("Ikke gemt endnu"));

        robot.clickOn("#user-deck-0");
        robot.clickOn("#deck-card-title");
        robot.write(" – kasseres");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        robot.clickOn("#unsaved-discard");
        TestContexts.awaitStartScreen();
        assertThat(ctx.userDecks().list().get(0).deck().cards().get(0).title()).isEqualTo("Ikke gemt endnu");
    }

    @Test
    void quittingWithUnsavedChangesAsksFirst(FxRobot robot) {
        robot.clickOn("#new-deck");
        robot.clickOn("#deck-card-title");
        robot.write("Halvfærdigt kort");
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#unsaved-dialog").tryQuery()).isPresent();
        robot.clickOn("#unsaved-cancel");
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(field(robot, "#deck-card-title")).isEqualTo("Halvfærdigt kort");
    }

    @Test
    void aBuiltInDeckIsReadOnlyButCanBeCopied(FxRobot robot) throws Exception {
        robot.clickOn("#deck-0");
        assertThat(robot.lookup("#deck-duplicate").tryQuery()).isPresent();
        robot.clickOn("#deck-duplicate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#deck-card-title")).isEqualTo("Bliv klogere sammen igen og igen");
        robot.clickOn("#deck-save");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ctx.userDecks().list().isEmpty());
        Card copy = ctx.userDecks().list().get(0).deck().cards().get(0);
        assertThat(copy.id()).startsWith("samarbejdskompasset-07-").isNotEqualTo("samarbejdskompasset-07");
        assertThat(List.of(copy.question())).containsExactly("Tør du dele det halvfærdige?");
        assertThat(Files.list(data.resolve("decks"))).hasSize(1);
    }
}
