package dk.vaerksted.ui.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Sound is optional: a machine without it (like this headless one may be) stays quiet, never fails. */
@ExtendWith(ApplicationExtension.class)
class ChimeTest {
    @Test
    void playsOrFallsSilentWithoutAnError() {
        Chime chime = new Chime();
        assertThatCode(() -> {
            chime.warning(0);
            chime.end(0);
        }).doesNotThrowAnyException();
        assertThat(chime.played() == 2 || chime.unavailable()).isTrue();
    }

    @Test
    void preparingOpensTheSoundsWithoutPlayingThemAndNeverFails() {
        Chime chime = new Chime();
        assertThatCode(() -> {
            chime.prepare();
            chime.prepare();
        }).doesNotThrowAnyException();
        assertThat(chime.played()).isZero();
        // Where the machine has sound, a chime after preparing plays; where not, it stays silent.
        chime.end(0);
        assertThat(chime.played()).isEqualTo(chime.unavailable() ? 0 : 1);
    }

    @Test
    void mutedChimesStaySilent() {
        Chime chime = new Chime();
        chime.mutedProperty().set(true);
        chime.end(0);
        assertThat(chime.played()).isZero();
    }

    @Test
    void theSoundsAreBundled() {
        assertThat(Chime.class.getResource(Chime.WARNING)).isNotNull();
        assertThat(Chime.class.getResource(Chime.END)).isNotNull();
    }
}
