package dk.vaerksted.ui.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * The chimes, on a fake sound device that records what it plays (so the tests mean the same on a
 * machine without sound, as on CI), and once on the real one.
 */
class ChimeTest {
    /** Records every open and play; fails the opens or plays it is told to. */
    static final class FakeDevice implements Chime.Device {
        final List<String> opened = new ArrayList<>();
        final List<String> played = new ArrayList<>();
        final List<String> closed = new ArrayList<>();
        int failOpens;
        int failPlays;

        @Override
        public Chime.Player open(String resource) throws Exception {
            opened.add(resource);
            if (failOpens > 0) {
                failOpens--;
                throw new LineUnavailableException("no audio device");
            }
            return new Chime.Player() {
                @Override
                public void play(double volume) {
                    if (failPlays > 0) {
                        failPlays--;
                        throw new IllegalStateException("device busy");
                    }
                    played.add(resource + " at " + volume);
                }

                @Override
                public void close() {
                    closed.add(resource);
                }
            };
        }
    }

    @Test
    void theWarningAndTheEndPlayTheirOwnSoundAtTheVolumeSet() {
        FakeDevice device = new FakeDevice();
        Chime chime = new Chime(device);
        chime.volumeProperty().set(0.5);
        chime.warning(0);
        chime.end(0);
        chime.end(0);
        assertThat(device.played).containsExactly(Chime.WARNING + " at 0.5", Chime.END + " at 0.5", Chime.END + " at 0.5");
        assertThat(device.opened).as("each sound opened once").containsExactly(Chime.WARNING, Chime.END);
        assertThat(chime.played()).isEqualTo(3);
        assertThat(chime.unavailable()).isFalse();
    }

    @Test
    void oneFailureDoesNotSilenceTheRestOfTheDay() {
        FakeDevice device = new FakeDevice();
        Chime chime = new Chime(device);
        device.failOpens = 1;
        chime.warning(0);
        assertThat(chime.unavailable()).isTrue();
        assertThat(device.played).isEmpty();
        chime.end(0);
        assertThat(device.played).containsExactly(Chime.END + " at 0.8");
        assertThat(chime.unavailable()).isFalse();

        device.failPlays = 1;
        chime.end(0);
        assertThat(device.closed).as("a sound that failed is let go").containsExactly(Chime.END);
        chime.end(0);
        chime.warning(0);
        assertThat(device.played).containsExactly(Chime.END + " at 0.8", Chime.END + " at 0.8", Chime.WARNING + " at 0.8");
        assertThat(chime.played()).isEqualTo(3);
    }

    @Test
    void preparingOpensBothSoundsWithoutPlayingThemAndAFailureThereIsNotFinal() {
        FakeDevice device = new FakeDevice();
        Chime chime = new Chime(device);
        device.failOpens = 1;
        chime.prepare();
        assertThat(chime.unavailable()).isTrue();
        chime.prepare();
        assertThat(chime.unavailable()).isFalse();
        assertThat(device.opened).containsExactly(Chime.WARNING, Chime.WARNING, Chime.END);
        assertThat(device.played).isEmpty();
        chime.warning(0);
        assertThat(device.opened).hasSize(3);
        assertThat(device.played).containsExactly(Chime.WARNING + " at 0.8");
    }

    @Test
    void mutedChimesStaySilent() {
        FakeDevice device = new FakeDevice();
        Chime chime = new Chime(device);
        chime.mutedProperty().set(true);
        chime.warning(0);
        chime.end(0);
        assertThat(device.played).isEmpty();
        assertThat(chime.played()).isZero();
    }

    @Test
    void theRealDevicePlaysOrStaysQuietWithoutAnError() {
        Chime chime = new Chime();
        assertThatCode(() -> {
            chime.prepare();
            chime.warning(0);
            chime.end(0);
        }).doesNotThrowAnyException();
        assertThat(chime.played() == 2 || chime.unavailable()).isTrue();
    }

    @Test
    void theSoundsAreBundled() {
        assertThat(Chime.class.getResource(Chime.WARNING)).isNotNull();
        assertThat(Chime.class.getResource(Chime.END)).isNotNull();
    }
}
