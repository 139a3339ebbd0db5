package dk.vaerksted.ui;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Countdown keys pressed as a facilitator presses them: one at a time, each given the moment in
 * which the app waits to see whether more typing follows (then it acts).
 */
final class Keys {
    private Keys() {}

    static void press(FxRobot robot, KeyCode... codes) {
        for (KeyCode c : codes) {
            robot.type(c);
            settle(robot);
        }
    }

    /** Waits until no key is held any more (it acted, or turned out to be typing). */
    static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Keyboard k = (Keyboard) robot.lookup("#session-view").query().getScene().getProperties().get(Keyboard.class);
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !k.pending());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a held key never acted", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
