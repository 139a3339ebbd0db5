package dk.vaerksted.room;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a table): {@code burst} requests at once, refilled at {@code perSecond}.
 * The clock is injected, so tests move time instead of waiting.
 */
final class RateLimiter {
    private final double burst;
    private final double perNano;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(int burst, double perSecond, LongSupplier nanoClock) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes one request from {@code key}'s bucket: 0 when it may go ahead, otherwise the whole
     * seconds until it may (for {@code Retry-After}, at least 1).
     */
    long acquire(String key) {
        long now = nanoClock.getAsLong();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            double wait = (1 - b.tokens) / perNano / 1e9;
            return Math.max(1, (long) Math.ceil(wait));
        }
    }
}
