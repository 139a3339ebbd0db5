package dk.vaerksted.ui;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The launcher's splash ({@code java -splash:}, the app's mark and name): on the screen within a
 * fraction of a second of the command, before Java runs, and closed here once the window's first
 * frame is up. Without a splash (another launcher, no display) every call does nothing.
 */
public final class Splash {
    private static final Logger LOG = Logger.getLogger(Splash.class.getName());
    private static volatile Duration seenAt;

    private Splash() {}

    /**
     * For {@code --startup-probe}: notes, on a thread of its own, whether the splash is on the screen
     * now (the start of {@code main}); {@link #seenAt()} then tells since when at the latest.
     */
    public static void noteIfShown() {
        Duration now = StartupProbe.sinceProcessStart();
        Thread t = new Thread(() -> {
            if (now != null && visible()) {
                seenAt = now;
            }
        }, "vaerksted-splash-check");
        t.setDaemon(true);
        t.start();
    }

    /** Process start to the moment the splash was seen up (at the start of main), or null. */
    static Duration seenAt() {
        return seenAt;
    }

    /** Closes the splash, off the caller's thread: the window is up. */
    static void close() {
        Thread t = new Thread(Splash::closeNow, "vaerksted-splash-close");
        t.setDaemon(true);
        t.start();
    }

    static void closeNow() {
        try {
            java.awt.SplashScreen s = java.awt.SplashScreen.getSplashScreen();
            if (s != null && s.isVisible()) {
                s.close();
            }
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // Closed already, or no display for one (HeadlessException): nothing on the screen to close.
            LOG.log(Level.FINE, "no splash to close", e);
        }
    }

    private static boolean visible() {
        try {
            java.awt.SplashScreen s = java.awt.SplashScreen.getSplashScreen();
            return s != null && s.isVisible();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.log(Level.FINE, "no splash", e);
            return false;
        }
    }
}
