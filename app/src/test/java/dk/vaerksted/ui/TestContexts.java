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
        SignalScheduler.Timer noTimer = (task, delay) -> () -> { };
        return new AppContext(Messages.DANISH, Runnable::run, nanos, clock, noTimer, dataFolder,
                Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "test-autosave");
                    t.setDaemon(true);
                    return t;
                }));
    }

    static AppContext create(Path dataFolder) {
        return create(dataFolder, System::nanoTime, Clock.systemDefaultZone());
    }
}
