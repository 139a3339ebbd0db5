package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.timer.SignalScheduler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/** App contexts for UI tests: same-thread background work, no chimes, a data folder of the test's own. */
final class TestContexts {
    private TestContexts() {}

    static AppContext create(Path dataFolder, LongSupplier nanos, Clock clock) {
        return create(Messages.DANISH, dataFolder, nanos, clock);
    }

    static AppContext create(java.util.Locale locale, Path dataFolder, LongSupplier nanos, Clock clock) {
        SignalScheduler.Timer noTimer = (task, delay) -> () -> { };
        return new AppContext(locale, Runnable::run, nanos, clock, noTimer, dataFolder,
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "test-autosave");
                    t.setDaemon(true);
                    return t;
                }));
    }

    /**
     * A window on a fake monotonic clock and a wall clock fixed at 29 May 2024 10:02 (+02:00),
     * with a fresh data folder.
     */
    static MainWindow windowAt29May(javafx.stage.Stage stage, LongSupplier nanos) {
        try {
            AppContext ctx = create(java.nio.file.Files.createTempDirectory("vaerksted-data"), nanos,
                    Clock.fixed(java.time.Instant.parse("2024-05-29T08:02:00Z"), java.time.ZoneOffset.ofHours(2)));
            MainWindow window = new MainWindow(stage, ctx);
            stage.show();
            return window;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Waits until the start screen's tiles are there: the window reads the library after its
     * first frame, as at a real start.
     */
    static void awaitStartScreen() {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> new org.testfx.api.FxRobot().lookup("#start-view").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the start screen did not fill within 10 s", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    static AppContext create(Path dataFolder) {
        return create(dataFolder, System::nanoTime, Clock.systemDefaultZone());
    }
}
