package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Minutes typed in the editors: the whole text a number, above 0, at most four hours. */
class MinutesTest {
    @Test
    void danishAndEnglishNumbers() {
        assertThat(Minutes.parse("2,5", Messages.DANISH)).isEqualTo(2.5);
        assertThat(Minutes.parse(" 8 ", Messages.DANISH)).isEqualTo(8.0);
        assertThat(Minutes.parse("2.5", Messages.ENGLISH)).isEqualTo(2.5);
        assertThat(Minutes.parse("240", Messages.DANISH)).isEqualTo(240.0);
    }

    @Test
    void anythingElseIsRefused() {
        for (String t : new String[] {"", " ", "ti", "2x", "8 min", "0", "-3", "241", "1e9"}) {
            assertThat(Minutes.parse(t, Messages.DANISH)).as(t).isNull();
        }
        assertThat(Minutes.parse(null, Messages.DANISH)).isNull();
    }
}
