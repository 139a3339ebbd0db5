package dk.vaerksted.ui.timer;

import dk.vaerksted.core.timer.SignalScheduler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.FloatControl;

/**
 * The soft chimes at the warning and at the end of a step, from sounds bundled in the app, played
 * with Java Sound. Java Sound reports a missing audio device when the clip is opened, on the
 * calling thread, so a machine without sound stays quiet: the countdown's colours and words are
 * the signal then. (JavaFX's AudioClip fails later, on a thread of its own, with a stack trace.)
 * A failure silences only that chime: the next one opens the sound afresh (a headset plugged in,
 * a device that was busy), so one bad moment does not silence the rest of the day. Failures are
 * logged when sound goes away and when it comes back. Called on the signal timer thread.
 */
public final class Chime implements SignalScheduler.Listener {
    private static final Logger LOG = Logger.getLogger(Chime.class.getName());

    static final String WARNING = "/assets/sounds/warning.wav";
    static final String END = "/assets/sounds/end.wav";

    /** A sound ready to play. */
    interface Player {
        /** Plays from the start at {@code volume} (0..1), stopping it first if it still sounds. */
        void play(double volume);

        /** Lets go of the sound device. */
        default void close() {}
    }

    /** Where sounds are opened: Java Sound in the app, a recording fake in tests. */
    interface Device {
        Player open(String resource) throws Exception;
    }

    private final DoubleProperty volume = new SimpleDoubleProperty(0.8);
    private final BooleanProperty muted = new SimpleBooleanProperty(false);
    private final Device device;
    private Player warningPlayer;
    private Player endPlayer;
    private volatile boolean unavailable;
    private volatile int played;

    public Chime() {
        this(Chime::openClip);
    }

    Chime(Device device) {
        this.device = device;
    }

    public DoubleProperty volumeProperty() {
        return volume;
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** Whether the last chime (or {@link #prepare}) could not sound on this machine; the visual signal remains. */
    public boolean unavailable() {
        return unavailable;
    }

    /** How many chimes have sounded (for tests and the benchmark). */
    public int played() {
        return played;
    }

    @Override
    public void warning(long lateNanos) {
        play(true);
    }

    @Override
    public void end(long lateNanos) {
        play(false);
    }

    /**
     * Opens both sounds ahead of the first signal (call it off the FX thread when a session is
     * shown): the sound system's start then does not make the first chime late.
     */
    public synchronized void prepare() {
        try {
            warningPlayer = open(warningPlayer, WARNING);
            endPlayer = open(endPlayer, END);
            succeeded();
        } catch (Exception e) {
            failed("preparing the chimes", e);
        }
    }

    private synchronized void play(boolean warning) {
        if (muted.get()) {
            return;
        }
        try {
            Player player = warning ? (warningPlayer = open(warningPlayer, WARNING)) : (endPlayer = open(endPlayer, END));
            player.play(volume.get());
            played++;
            succeeded();
        } catch (Exception e) {
            // This chime stays silent; the next one opens the sound afresh. Never an error in a workshop.
            if (warning) {
                close(warningPlayer);
                warningPlayer = null;
            } else {
                close(endPlayer);
                endPlayer = null;
            }
            failed(warning ? "the warning chime" : "the end chime", e);
        }
    }

    private static void close(Player player) {
        if (player == null) {
            return;
        }
        try {
            player.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing a chime that failed failed too", e);
        }
    }

    private Player open(Player existing, String resource) throws Exception {
        return existing != null ? existing : device.open(resource);
    }

    private void succeeded() {
        if (unavailable) {
            LOG.info("sound is back: chimes play again");
        }
        unavailable = false;
    }

    private void failed(String what, Exception e) {
        if (!unavailable) {
            LOG.log(Level.WARNING, what + " could not sound (no audio device?); the countdown shows the signal, "
                    + "the next chime tries again", e);
        }
        unavailable = true;
    }

    /** Java Sound: the bundled sound in a clip, its volume as gain where the device has a control. */
    private static Player openClip(String resource) throws Exception {
        InputStream in = Chime.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("sound missing from the app: " + resource);
        }
        Clip clip;
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
            clip = AudioSystem.getClip();
            clip.open(audio);
        }
        return new Player() {
            @Override
            public void play(double v) {
                setVolume(clip, v);
                clip.stop();
                clip.setFramePosition(0);
                clip.start();
            }

            @Override
            public void close() {
                clip.close();
            }
        };
    }

    /** Volume 0..1 as gain in decibels, where the device offers a gain control. */
    private static void setVolume(Clip clip, double volume) {
        if (!clip.isControlSupported(FloatControl.Type.MASTER_GAIN)) {
            return;
        }
        FloatControl gain = (FloatControl) clip.getControl(FloatControl.Type.MASTER_GAIN);
        double db = volume <= 0.0001 ? gain.getMinimum() : 20 * Math.log10(volume);
        gain.setValue((float) Math.max(gain.getMinimum(), Math.min(gain.getMaximum(), db)));
    }
}
