package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every text in the window's popups can be read in every theme: each item of the Filer, Vis
 * (with its Tema submenu) and Rum menus, a text field's context menu, a combo box's list, a
 * tooltip and a dialog — the colour CSS gives a label against the colour painted behind it,
 * at least WCAG's 4.5 : 1. (The projector theme once showed black items on black.)
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> 0L);
    }

    @BeforeEach
    void sample(FxRobot robot) {
        TestContexts.awaitStartScreen();
        robot.clickOn("#sample-0");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void theme(FxRobot robot, Theme t) {
        robot.interact(() -> window.setTheme(t));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour painted behind a node: the topmost opaque fill of it or the nearest ancestor that has one. */
    static Color behind(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null) {
                var fills = r.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color c && c.getOpacity() > 0.9) {
                        return c;
                    }
                }
            }
        }
        return p(n);
    }

    /** What is behind a popup's root: the scene's fill. */
    private static Color p(Node n) {
        return n.getScene() != null && n.getScene().getFill() instanceof Color c && c.getOpacity() > 0.9 ? c : Color.WHITE;
    }

    /** Every enabled, visible label with text in the windows showing now, but the main window's. */
    private List<Labeled> popupTexts(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                && n.isVisible() && !n.isDisabled() && n.getScene() != null
                && n.getScene().getWindow() != window.stage() && n.getScene().getWindow().isShowing())
                .queryAllAs(Labeled.class).stream().toList();
    }

    private void readable(SoftAssertions soft, String where, List<Labeled> texts) {
        soft.assertThat(texts).as(where + ": texts found").isNotEmpty();
        for (Labeled l : texts) {
            Color fill = (Color) l.getTextFill();
            Color back = behind(l);
            soft.assertThat(LooksTest.contrast(fill, back))
                    .as(where + ": \"" + l.getText() + "\" " + fill + " on " + back).isGreaterThanOrEqualTo(4.5);
        }
    }

    private void closePopups(FxRobot robot) {
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void menusAndTheirSubmenusAreReadableInEveryTheme(FxRobot robot) {
        SoftAssertions soft = new SoftAssertions();
        for (Theme t : Theme.values()) {
            theme(robot, t);
            for (String menu : List.of("Filer", "Vis", "Rum")) {
                robot.clickOn(menu);
                WaitForAsyncUtils.waitForFxEvents();
                readable(soft, t + " " + menu, popupTexts(robot));
                if (menu.equals("Vis")) {
                    robot.moveTo("Tema");
                    WaitForAsyncUtils.waitForFxEvents();
                    readable(soft, t + " Vis → Tema", popupTexts(robot));
                }
                closePopups(robot);
            }
        }
        soft.assertAll();
    }

    @Test
    void contextMenusComboListsTooltipsAndDialogsAreReadableInEveryTheme(FxRobot robot) throws Exception {
        SoftAssertions soft = new SoftAssertions();
        for (Theme t : Theme.values()) {
            theme(robot, t);
            // A right click, as the window system reports it (the headless robot's right button sends no menu request).
            Node entry = robot.lookup("#note-entry").query();
            robot.interact(() -> {
                var at = entry.localToScreen(20, 10);
                entry.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        20, 10, at.getX(), at.getY(), false, null));
            });
            WaitForAsyncUtils.waitForFxEvents();
            readable(soft, t + " context menu", popupTexts(robot));
            closePopups(robot);

            robot.clickOn("#note-step");
            WaitForAsyncUtils.waitForFxEvents();
            readable(soft, t + " combo box list", popupTexts(robot));
            closePopups(robot);

            robot.moveTo("#run-toggle");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !popupTexts(robot).isEmpty());
            readable(soft, t + " tooltip", popupTexts(robot));
            robot.moveTo("#session-title");

            robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            readable(soft, t + " dialog", popupTexts(robot));
            robot.clickOn("#dialog-cancel");
            WaitForAsyncUtils.waitForFxEvents();
        }
        soft.assertAll();
    }

    @Test
    void theSelectedRowsOwnLabelsAreReadableInEveryTheme(FxRobot robot) {
        SoftAssertions soft = new SoftAssertions();
        for (Theme t : Theme.values()) {
            theme(robot, t);
            List<Labeled> texts = robot.lookup(".list-cell:selected .label").queryAllAs(Labeled.class).stream()
                    .filter(l -> l.getText() != null && !l.getText().isBlank() && l.isVisible()).toList();
            readable(soft, t + " selected row", texts);
        }
        soft.assertAll();
    }
}
