package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A facilitator types in principle 01 of their own deck, sees it as projected, saves it and deals it. */
@ExtendWith(ApplicationExtension.class)
class DeckEditorTest {
    private AppContext ctx;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        ctx = TestContexts.create(Files.createTempDirectory("vaerksted-data"));
        window = new MainWindow(stage, ctx);
        stage.show();
    }

    @org.junit.jupiter.api.BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    @Test
    void aNewCardIsTypedSeenAsProjectedSavedAndUsedInASession(FxRobot robot) throws Exception {
        robot.clickOn("#new-deck");
        set(robot, "#deck-title", "Samarbejdskompasset (vores)");
        robot.clickOn("#deck-add-card");
        set(robot, "#deck-number", "01");
        set(robot, "#deck-card-title", "Sæt dig i den andens sted");
        set(robot, "#deck-question", "Hvem har du spurgt?");
        set(robot, "#deck-body", "Første afsnit med **fed sætning**.\n\nAndet afsnit.");
        set(robot, "#deck-whatif", "Hvad nu, hvis vi spurgte først?");
        set(robot, "#deck-dilemmas", "Fart eller grundighed\nFælles regler eller lokale løsninger");
        set(robot, "#deck-standpoints", "Vi spørger altid borgeren først");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#card-title").queryAs(Label.class).getText()).isEqualTo("Sæt dig i den andens sted");
        TextFlow first = robot.lookup("#card-body-0").queryAs(TextFlow.class);
        Text strong = first.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getText().equals("fed sætning")).findFirst().orElseThrow();
        assertThat(strong.getFont().getStyle()).containsIgnoringCase("bold");
        assertThat(robot.lookup("#card-body-1").tryQuery()).isPresent();

        robot.clickOn("#deck-save");
        assertThat(robot.lookup("#deck-status").queryAs(Label.class).getText()).startsWith("Gemt i");
        var entries = ctx.userDecks().list();
        assertThat(entries).singleElement().satisfies(e -> {
            Deck d = e.deck();
            assertThat(d.title()).isEqualTo("Samarbejdskompasset (vores)");
            Card c = d.cards().get(0);
            assertThat(c.number()).isEqualTo("01");
            assertThat(c.body()).containsExactly("Første afsnit med **fed sætning**.", "Andet afsnit.");
            assertThat(c.whatIf()).containsExactly("Hvad nu, hvis vi spurgte først?");
            assertThat(c.dilemmas()).containsExactly("Fart eller grundighed", "Fælles regler eller lokale løsninger");
            assertThat(c.standpoints()).containsExactly("Vi spørger altid borgeren først");
            assertThat(e.file().getFileName().toString()).endsWith(".deck.json");
            try {
                assertThat(new SessionStore().readDeck(e.file())).isEqualTo(d);
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });
        assertThat(ctx.allDecks()).extracting(Deck::title).contains("Samarbejdskompasset (vores)");

        robot.interact(window::showStart);
        assertThat(robot.lookup("#user-deck-0").tryQuery()).isPresent();
    }

    @Test
    void aBuiltInDeckIsReadOnlyButCanBeCopied(FxRobot robot) {
        robot.clickOn("#deck-0");
        assertThat(robot.lookup("#deck-duplicate").tryQuery()).isPresent();
        robot.clickOn("#deck-duplicate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deck-card-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Bliv klogere sammen igen og igen");
        robot.clickOn("#deck-save");
        Card copy = ctx.userDecks().list().get(0).deck().cards().get(0);
        assertThat(copy.id()).startsWith("samarbejdskompasset-07-").isNotEqualTo("samarbejdskompasset-07");
        assertThat(List.of(copy.question())).containsExactly("Tør du dele det halvfærdige?");
        assertThat(Path.of(".")).exists();
    }
}
