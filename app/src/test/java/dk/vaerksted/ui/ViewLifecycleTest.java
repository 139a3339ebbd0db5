package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.ui.session.SessionView;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A replaced view lets go of the models it listened to (issue 13, item 10): after fifty sessions
 * opened in a row, only the one on screen is left in memory, and the others no longer react.
 */
@ExtendWith(ApplicationExtension.class)
class ViewLifecycleTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestContexts.windowAt29May(stage, () -> 0L);
    }

    @Test
    void fiftySessionsOpenedInARowLeaveOnlyTheLastView(FxRobot robot) throws Exception {
        TestContexts.awaitStartScreen();
        var samples = new dk.vaerksted.core.deck.BuiltInLibrary(new dk.vaerksted.core.session.DocumentReader()).samples();
        List<WeakReference<SessionView>> views = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var s = samples.get(i % samples.size()).value();
            robot.interact(() -> window.showSession(s, () -> window.sessionModel().open(s, null)));
            views.add(new WeakReference<>(window.sessionView()));
        }
        SessionView last = window.sessionView();
        // TestFX keeps every event fired in its stage (a test aid the app does not have): let go of them.
        java.lang.reflect.Field fired = org.testfx.api.FxToolkitContext.class.getDeclaredField("firedEvents");
        fired.setAccessible(true);
        var events = (org.testfx.service.support.FiredEvents) fired.get(org.testfx.api.FxToolkit.toolkitContext());
        robot.interact(events::clearEvents);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            return views.stream().filter(w -> w.get() != null).count() == 1;
        });
        assertThat(views.get(49).get()).isSameAs(last);
    }
}
