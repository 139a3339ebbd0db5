package dk.vaerksted.core.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A wall clock that moves, or is stepped, only when told. */
public final class WallClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    public WallClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant i) {
        now = i;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new WallClock(now, z);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
