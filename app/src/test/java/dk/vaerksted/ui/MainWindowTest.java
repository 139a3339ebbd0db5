package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, headless: what a facilitator sees when opening the app and a session. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        data = java.nio.file.Files.createTempDirectory("vaerksted-data");
        window = new MainWindow(stage, TestContexts.create(data));
        stage.show();
    }

    @org.junit.jupiter.api.BeforeEach
    void startScreen() {
        TestContexts.awaitStartScreen();
    }

    private Path data;

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void startScreenOffersTemplatesSamplesAndDecks(FxRobot robot) {
        assertThat(robot.lookup("#templates").queryAs(Pane.class).getChildren()).hasSize(9);
        // heading, the twelve built-in decks, "Mine kortbunker", the button for a new deck
        assertThat(robot.lookup("#decks").queryAs(Pane.class).getChildren()).hasSize(15);
        assertThat(robot.lookup("#samples").queryAs(Pane.class).getChildren()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(robot.lookup("#open-button").queryButton().getText()).isEqualTo("Åbn…");
    }

    @Test
    void openingASampleShowsItsCardLargeWithBoldSentences(FxRobot robot) {
        robot.clickOn("#sample-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#session-title")).isEqualTo("Strategisk Ledelsesforum – Tør du dele det halvfærdige?");
        assertThat(label(robot, "#session-meta")).contains("29. maj 2024").contains("Aarhus Rådhus");
        assertThat(label(robot, "#card-title")).isEqualTo("Bliv klogere sammen igen og igen");
        assertThat(label(robot, "#card-question")).isEqualTo("Tør du dele det halvfærdige?");
        TextFlow body = robot.lookup("#card-body-0").queryAs(TextFlow.class);
        Text strong = body.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getText().startsWith("Vi skal turde")).findFirst().orElseThrow();
        assertThat(strong.getFont().getStyle()).containsIgnoringCase("bold");
        Label title = robot.lookup("#card-title").queryAs(Label.class);
        assertThat(title.getFont().getSize()).isGreaterThan(label(robot, "#session-meta").length() > 0 ? 20 : 0);
        assertThat(robot.lookup("#no-card").queryAs(Label.class).isVisible()).isFalse();
        ListView<?> groups = robot.lookup("#group-list").queryAs(ListView.class);
        assertThat(groups.getItems()).hasSize(4);
    }

    @Test
    void choosingAnotherGroupShowsItsNotes(FxRobot robot) {
        robot.clickOn("#sample-1");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<Object> groups = robot.lookup("#group-list").queryAs(ListView.class);
            groups.getSelectionModel().select(2);
        });
        assertThat(window.sessionModel().groupProperty().get().name()).isEqualTo("Bord 3");
        String shown = robot.from(robot.lookup("#notes").queryAs(Pane.class)).lookup(".vk-note")
                .queryAllAs(Label.class).stream().map(Label::getText).reduce("", String::concat);
        window.sessionModel().groupProperty().get().notes()
                .forEach(n -> assertThat(shown).contains(n.text()));
    }

    /** Whether the node lies wholly inside its window, where a person can click it. */
    private static boolean inWindow(javafx.scene.Node n) {
        javafx.geometry.Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getMinY() >= 0 && b.getMaxY() <= n.getScene().getHeight();
    }

    @Test
    void aDeckShowsItsCards(FxRobot robot) {
        // Below the templates, out of the window: scrolled into view first (the headless window
        // gets no wheel events), as a person scrolls before clicking.
        javafx.scene.Node deck = robot.lookup("#deck-2").query();
        javafx.scene.Node up = deck;
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.scene.control.ScrollPane start = (javafx.scene.control.ScrollPane) up;
        robot.interact(() -> {
            // The deck's tile to the middle of the view.
            double content = start.getContent().getLayoutBounds().getHeight();
            double view = start.getViewportBounds().getHeight();
            double y = start.getContent().sceneToLocal(deck.localToScene(deck.getBoundsInLocal())).getCenterY();
            start.setVvalue(Math.max(0, Math.min(1, (y - view / 2) / (content - view))));
            start.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inWindow(deck)).isTrue();
        robot.clickOn("#deck-2");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#deck-cards").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the deck did not open", e);
        }
        assertThat(robot.lookup("#deck-cards").queryAs(ListView.class).getItems()).hasSize(3);
        assertThat(label(robot, "#card-title")).isEqualTo("Stærkere fokus på værdi");
        assertThat(robot.lookup("#card-dilemmas").tryQuery()).isPresent();
    }

    @Test
    void aNewSessionFromTheExerciseTemplateHasTablesHoldingTheCard(FxRobot robot) {
        robot.clickOn("#template-0");
        robot.clickOn("#setup-start");
        WaitForAsyncUtils.waitForFxEvents();
        Session s = window.sessionModel().sessionProperty().get();
        assertThat(s.exercises().get(0).groups()).hasSize(12)
                .allSatisfy(g -> assertThat(g.cardId()).isEqualTo("samarbejdskompasset-07"));
        assertThat(s.exercises().get(0).groups().get(11).name()).isEqualTo("Bord 12");
        assertThat(label(robot, "#save-status")).isEqualTo("Ikke gemt endnu");
    }

    @Test
    void aBrokenFileIsReportedWithItsPlaceAndLeftUntouched(FxRobot robot) throws Exception {
        Path file = dir.resolve("forum.session.json");
        String broken = Files.readString(Path.of("../samples/halvfaerdig.session.json"))
                .replaceFirst("\"minutes\": 2", "\"minutes\": 0");
        Files.writeString(file, broken);
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea details = robot.lookup("#error-details").queryAs(TextArea.class);
        assertThat(details.getText()).contains("forum.session.json:").contains("minutter skal være over 0")
                .contains("exercises[0].steps[0].minutes");
        assertThat(Files.readString(file)).isEqualTo(broken);
        robot.interact(() -> details.getScene().getWindow().hide());
        Node start = robot.lookup("#start-view").query();
        assertThat(start).isNotNull();
    }

    @Test
    void opensAFileFromDiskAndSavesItBack(FxRobot robot) throws Exception {
        Path file = dir.resolve("møde.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        robot.interact(() -> window.open(file));
        assertThat(label(robot, "#save-status")).isEqualTo("Gemt");
        Path copy = dir.resolve("kopi.session.json");
        robot.interact(() -> window.sessionModel().saveTo(copy, () -> { }, e -> { throw new AssertionError(e); }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.sessionModel().fileProperty().get()).isEqualTo(copy);
        assertThat(Files.readString(copy)).contains("Vi deler sjældent udkast");
    }

    @Test
    void aFileOpenInAnotherWindowIsNotOpenedTwice(FxRobot robot) throws Exception {
        Path file = dir.resolve("forum.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        robot.interact(() -> window.open(file));
        robot.interact(() -> {
            Stage second = new Stage();
            new MainWindow(second, TestContexts.create(data)).open(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#error-details").queryAs(TextArea.class).getText())
                .contains("åben i et andet Værksted-vindue");
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwrittenAndTheStatusSaysSo(FxRobot robot) throws Exception {
        Path file = dir.resolve("forum.session.json");
        Files.copy(Path.of("../samples/halvfaerdig.session.json"), file);
        robot.interact(() -> window.open(file));
        String theirs = Files.readString(file).replace("Aarhus Rådhus", "Dokk1");
        Files.writeString(file, theirs);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        robot.clickOn("#note-entry").write("Ny note").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> window.sessionModel().saveStateProperty().get()
                        == dk.vaerksted.ui.session.SessionFile.SaveState.CONFLICT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#save-status")).startsWith("Ændret af et andet program");
        assertThat(Files.readString(file)).isEqualTo(theirs);
    }
}
