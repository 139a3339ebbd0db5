package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Note;
import dk.vaerksted.room.Room;
import dk.vaerksted.security.LoopbackOnly;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The room from the window (issue 15): *Rum → Åbn för bordene* on this machine's loopback, the
 * codes on the projector, a table's note arriving in the facilitator's list marked as the
 * table's, the facilitator's Ctrl+Z leaving it alone, and *Luk for bordene* ending the links.
 */
@ExtendWith({ApplicationExtension.class, LoopbackOnly.class})
class RoomWindowTest {
    private MainWindow window;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> System.nanoTime());
    }

    private HttpResponse<String> post(String link, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Note> bord1() {
        return window.sessionModel().exerciseProperty().get().groups().get(0).notes();
    }

    @Test
    void aTablesNoteArrivesMarkedSurvivesTheFacilitatorsUndoAndTheLinksEndWithTheRoom(FxRobot robot) throws Exception {
        TestContexts.awaitStartScreen();
        robot.clickOn("#sample-0");
        RunFlowTest.runAgain(robot);
        int before = bord1().size();

        robot.clickOn("Rum");
        robot.clickOn("Åbn for bordene…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#room-dialog").tryQuery().isPresent());
        robot.clickOn("#room-address");
        robot.clickOn(robot.lookup(".list-cell").match(
                (Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                        && c.getText().startsWith("127.0.0.1")).queryAs(Node.class));
        robot.clickOn("#room-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.room().openProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<Room.TableLink> links = window.room().linksProperty().get();
        assertThat(links).hasSize(4);
        assertThat(robot.lookup("#room-status").queryAs(Label.class).getText()).contains("127.0.0.1");
        assertThat(window.audience().view().codesShownProperty().get()).as("the codes on the projector").isTrue();
        assertThat(robot.from(window.audience().view()).lookup("#audience-code-bord-1").tryQuery()).isPresent();
        robot.interact(() -> {
            window.stage().toFront();
            window.stage().requestFocus();
        });

        // The facilitator writes a note at Bord 1; then the table sends its own.
        robot.clickOn("#note-entry").write("Facilitatorens note").type(KeyCode.ENTER);
        HttpResponse<String> answer = post(links.get(0).link(), "Fra bord 1: <b>rå data</b>");
        assertThat(answer.statusCode()).isIn(200, 303);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bord1().size() == before + 2);
        WaitForAsyncUtils.waitForFxEvents();
        Note fromTable = bord1().get(before + 1);
        assertThat(fromTable.text()).isEqualTo("Fra bord 1: <b>rå data</b>");
        assertThat(fromTable.table()).isEqualTo("bord-1");
        assertThat(robot.lookup("#note-from-table-" + (before + 1)).queryAs(Label.class).getText()).isEqualTo("fra bordet");

        // Ctrl+Z takes back the facilitator's note, never the table's.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(bord1()).extracting(Note::text).doesNotContain("Facilitatorens note")
                .contains("Fra bord 1: <b>rå data</b>");

        // A step that starts takes the projector back from the codes.
        RunFlowTest.takeCountdown(robot);
        Keys.press(robot, KeyCode.SPACE);
        assertThat(window.audience().view().codesShownProperty().get()).as("the codes give way to the step").isFalse();

        // Closed for lunch: the links stop; reopened, the same links (and printed cards) work again.
        closeRoom(robot, false);
        assertThat(dk.vaerksted.core.session.RoomState.of(window.sessionModel().sessionProperty().get())
                .map(r -> r.tokens().size()).orElse(0)).as("the tokens stay in the file").isEqualTo(4);
        robot.clickOn("Rum");
        robot.clickOn("Åbn for bordene…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#room-dialog").tryQuery().isPresent());
        robot.clickOn("#room-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.room().openProperty().get());
        assertThat(window.room().linksProperty().get()).extracting(Room.TableLink::link)
                .containsExactlyElementsOf(links.stream().map(Room.TableLink::link).toList());
        assertThat(http.send(HttpRequest.newBuilder(URI.create(links.get(0).link())).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        // Closed for good: the tokens go.
        closeRoom(robot, true);
        assertThat(dk.vaerksted.core.session.RoomState.of(window.sessionModel().sessionProperty().get())
                .map(r -> r.tokens().isEmpty()).orElse(true)).as("the tokens are gone from the file").isTrue();
    }

    private void closeRoom(FxRobot robot, boolean forGood) throws Exception {
        String link = window.room().linksProperty().get().get(0).link();
        robot.clickOn("Rum");
        robot.clickOn("Luk for bordene…");
        if (forGood) {
            robot.clickOn("#room-close-forget");
        }
        robot.clickOn("#room-close-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.room().openProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(), HttpResponse.BodyHandlers.ofString());
                return false;
            } catch (java.io.IOException e) {
                return true; // nothing listens any more
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
