package dk.vaerksted.ui.audience;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.room.Room;
import dk.vaerksted.ui.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tables' QR codes on a projector of 1920×1080 and of 1280×720, sixteen tables (a forum):
 * every code with its table's name whole ("Bord 12", never "Bord 1…") and inside the screen, the
 * heading whole — in Danish and English, in the projector theme.
 */
@ExtendWith(ApplicationExtension.class)
class TableCodesFitTest {
    @Start
    void start(Stage stage) {
        // No window: the view is laid out on its own.
    }

    private static List<Room.TableLink> tables(Messages m, int n) {
        List<Room.TableLink> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Room.TableLink("bord-" + i, (m.locale().getLanguage().equals("da") ? "Bord " : "Table ") + i,
                    "http://192.168.100.200:8080/t/abcdefghijklmnopqrstuv" + i));
        }
        return out;
    }

    private static boolean whole(Label l) {
        Node t = l.lookup(".text");
        return t instanceof Text text && text.getText().equals(l.getText());
    }

    @Test
    void sixteenTablesFitWholeOnFullHdAnd720p(FxRobot robot) {
        SoftAssertions soft = new SoftAssertions();
        for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
            Messages m = new Messages("dk.vaerksted.i18n.ui", locale);
            for (int[] screen : new int[][] {{1920, 1080}, {1280, 720}}) {
                TableCodesView view = new TableCodesView(m);
                // Laid out off screen at the projector's size (the test machine's screen is smaller).
                robot.interact(() -> {
                    Scene scene = new Scene(view, screen[0], screen[1]);
                    Theme.PROJECTOR.apply(scene);
                    view.show(tables(m, 16));
                    for (int pass = 0; pass < 3; pass++) {
                        view.resize(screen[0], screen[1]);
                        view.applyCss();
                        view.layout();
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                String where = locale + " " + screen[0] + "×" + screen[1];
                List<Label> names = robot.from(view).lookup(".vk-audience-code-label").queryAllAs(Label.class)
                        .stream().toList();
                soft.assertThat(names).as(where).hasSize(16);
                for (Label l : names) {
                    soft.assertThat(whole(l)).as(where + ": \"" + l.getText() + "\" shown whole").isTrue();
                    var b = l.localToScene(l.getLayoutBounds());
                    soft.assertThat(b.getMaxY()).as(where + ": " + l.getText() + " on the screen").isLessThanOrEqualTo(screen[1]);
                    soft.assertThat(b.getMaxX()).as(where + ": " + l.getText() + " on the screen").isLessThanOrEqualTo(screen[0]);
                }
                Label heading = robot.from(view).lookup(".vk-audience-step").queryAs(Label.class);
                soft.assertThat(whole(heading)).as(where + ": the heading whole").isTrue();
            }
        }
        soft.assertAll();
    }
}
