package dk.vaerksted.core.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalSchedulerTest {
    private final FakeClock clock = new FakeClock();
    private final List<String> heard = new ArrayList<>();

    /** A timer that runs its tasks when the fake clock is moved past them. */
    private final class ManualTimer implements SignalScheduler.Timer {
        record Task(long due, Runnable run, boolean[] cancelled) {}

        final List<Task> tasks = new ArrayList<>();

        @Override
        public SignalScheduler.Cancellable schedule(Runnable task, long delayNanos) {
            boolean[] cancelled = {false};
            tasks.add(new Task(clock.getAsLong() + delayNanos, task, cancelled));
            return () -> cancelled[0] = true;
        }

        void advance(double seconds) {
            long target = clock.getAsLong() + Math.round(seconds * 1e9);
            tasks.sort((a, b) -> Long.compare(a.due(), b.due()));
            for (Task t : List.copyOf(tasks)) {
                if (t.due() <= target && !t.cancelled()[0]) {
                    clock.advance(Duration.ofNanos(t.due() - clock.getAsLong()));
                    tasks.remove(t);
                    t.run().run();
                }
            }
            clock.advance(Duration.ofNanos(target - clock.getAsLong()));
        }
    }

    private final ManualTimer timer = new ManualTimer();
    private final SignalScheduler signals = new SignalScheduler(timer, clock, new SignalScheduler.Listener() {
        @Override
        public void warning(long late) {
            heard.add("warning+" + late);
        }

        @Override
        public void end(long late) {
            heard.add("end+" + late);
        }
    });

    @Test
    void warningAndEndSoundOnceAtTheirInstants() {
        Countdown c = Countdown.ofMinutes(clock, 2.0);
        c.start();
        signals.update(c);
        timer.advance(95);
        assertThat(heard).isEmpty();
        timer.advance(1);
        assertThat(heard).containsExactly("warning+0");
        timer.advance(30);
        assertThat(heard).containsExactly("warning+0", "end+0");
        timer.advance(300);
        assertThat(heard).hasSize(2);
    }

    @Test
    void pausingPostponesTheSignals() {
        Countdown c = Countdown.ofMinutes(clock, 10.0);
        c.start();
        signals.update(c);
        timer.advance(60);
        c.pause();
        signals.update(c);
        timer.advance(3600);
        assertThat(heard).isEmpty();
        c.start();
        signals.update(c);
        timer.advance(8 * 60);
        assertThat(heard).containsExactly("warning+0");
    }

    @Test
    void addingAMinuteInTheWarningArmsTheWarningAgain() {
        Countdown c = Countdown.ofMinutes(clock, 10.0);
        c.start();
        signals.update(c);
        timer.advance(9 * 60 + 30);
        assertThat(heard).containsExactly("warning+0");
        c.add(Duration.ofMinutes(1));
        signals.update(c);
        timer.advance(31);
        assertThat(heard).containsExactly("warning+0", "warning+0");
        timer.advance(60);
        assertThat(heard).containsExactly("warning+0", "warning+0", "end+0");
    }

    @Test
    void untimedStepsAreSilent() {
        Countdown c = Countdown.ofMinutes(clock, null);
        c.start();
        signals.update(c);
        timer.advance(10_000);
        assertThat(heard).isEmpty();
    }
}
