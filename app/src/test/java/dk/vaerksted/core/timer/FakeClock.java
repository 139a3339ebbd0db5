package dk.vaerksted.core.timer;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A monotonic clock that moves only when told. */
final class FakeClock implements LongSupplier {
    private long now = 1_000_000_000_000L;

    @Override
    public long getAsLong() {
        return now;
    }

    void advance(Duration d) {
        now += d.toNanos();
    }

    void seconds(double s) {
        now += Math.round(s * 1e9);
    }
}
