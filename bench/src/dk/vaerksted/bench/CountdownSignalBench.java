package dk.vaerksted.bench;

import dk.vaerksted.core.timer.Countdown;
import dk.vaerksted.core.timer.SignalScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * How late is the end of a step signalled, with the real clock and the FX thread kept busy?
 * Runs a countdown of {@code seconds} (default 60) {@code runs} times (default 3) while every
 * frame spends {@code busyMillis} (default 30) of work on the FX thread, and prints how long after
 * the deadline the chime was triggered (signal timer thread) and the screen first showed overrun
 * (next frame). Goal: the chime within one frame (17 ms). Run with bench/countdown.
 */
public final class CountdownSignalBench {
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int busyMillis = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ScheduledExecutorService signalThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vaerksted-signals");
            t.setDaemon(true);
            t.setPriority(Thread.MAX_PRIORITY);
            return t;
        });
        System.out.printf(Locale.ROOT, "countdown end signal: %d s step, %d runs, FX thread busy %d ms per frame%n",
                seconds, runs, busyMillis);
        List<Double> chime = new ArrayList<>();
        List<Double> screen = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            double[] r = once(seconds, busyMillis, signalThread);
            chime.add(r[0]);
            screen.add(r[1]);
            System.out.printf(Locale.ROOT, "run %d: chime %.2f ms late, screen %.2f ms late%n", i, r[0], r[1]);
        }
        System.out.printf(Locale.ROOT, "chime-late-ms median=%.2f max=%.2f (goal <= 17)%n", median(chime),
                Collections.max(chime));
        System.out.printf(Locale.ROOT, "screen-late-ms median=%.2f max=%.2f%n", median(screen),
                Collections.max(screen));
        Platform.exit();
        signalThread.shutdownNow();
    }

    private static double[] once(int seconds, int busyMillis, ScheduledExecutorService signalThread)
            throws InterruptedException {
        AtomicLong chimeLate = new AtomicLong(-1);
        AtomicLong screenLate = new AtomicLong(-1);
        CountDownLatch done = new CountDownLatch(2);
        Countdown countdown = new Countdown(System::nanoTime, Duration.ofSeconds(seconds));
        SignalScheduler signals = new SignalScheduler(SignalScheduler.Timer.of(signalThread), System::nanoTime,
                new SignalScheduler.Listener() {
                    @Override
                    public void warning(long late) {
                    }

                    @Override
                    public void end(long late) {
                        chimeLate.set(late);
                        done.countDown();
                    }
                });
        AnimationTimer[] frames = new AnimationTimer[1];
        Platform.runLater(() -> {
            countdown.start();
            long deadline = countdown.deadlineNanos();
            signals.update(countdown);
            frames[0] = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(busyMillis);
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    if (screenLate.get() < 0 && countdown.snapshot().stage() == Countdown.Stage.OVERRUN) {
                        screenLate.set(System.nanoTime() - deadline);
                        done.countDown();
                        stop();
                    }
                }
            };
            frames[0].start();
        });
        done.await(seconds + 30L, TimeUnit.SECONDS);
        return new double[] {chimeLate.get() / 1e6, screenLate.get() / 1e6};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
