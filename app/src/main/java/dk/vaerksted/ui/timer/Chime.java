package dk.vaerksted.ui.timer;

import dk.vaerksted.core.timer.SignalScheduler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.FloatControl;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The soft chimes at the warning and at the end of a step, from sounds bundled in the app, played
 * with Java Sound. Java Sound reports a missing audio device when the clip is opened, on the
 * calling thread, so a machine without sound falls silent quietly and for good: the countdown's
 * colours and words are the signal then. (JavaFX's AudioClip fails later, on a thread of its own,
 * with a stack trace.) Called on the signal timer thread.
 */
public final class Chime implements SignalScheduler.Listener {
    static final String WARNING = "/assets/sounds/warning.wav";
    static final String END = "/assets/sounds/end.wav";

    private final DoubleProperty volume = new SimpleDoubleProperty(0.8);
    private final BooleanProperty muted = new SimpleBooleanProperty(false);
    private Clip warningClip;
    private Clip endClip;
    private volatile boolean unavailable;
    private volatile int played;

    public DoubleProperty volumeProperty() {
        return volume;
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    /** Whether sound could not be played on this machine (the visual signal remains). */
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
        if (unavailable) {
            return;
        }
        try {
            warningClip = open(warningClip, WARNING);
            endClip = open(endClip, END);
        } catch (LineUnavailableException | IOException | UnsupportedAudioFileException | RuntimeException e) {
            unavailable = true;
        }
    }

    private synchronized void play(boolean warning) {
        if (muted.get() || unavailable) {
            return;
        }
        try {
            Clip clip = warning ? (warningClip = open(warningClip, WARNING)) : (endClip = open(endClip, END));
            setVolume(clip, volume.get());
            clip.stop();
            clip.setFramePosition(0);
            clip.start();
            played++;
        } catch (LineUnavailableException | IOException | UnsupportedAudioFileException | RuntimeException e) {
            // No audio device (or no mixer at all): stay silent; never interrupt a workshop with an error.
            unavailable = true;
        }
    }

    private static Clip open(Clip existing, String resource)
            throws LineUnavailableException, IOException, UnsupportedAudioFileException {
        if (existing != null) {
            return existing;
        }
        InputStream in = Chime.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("sound missing from the app: " + resource);
        }
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
            Clip clip = AudioSystem.getClip();
            clip.open(audio);
            return clip;
        }
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
