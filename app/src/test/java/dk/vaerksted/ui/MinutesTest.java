package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Minutes typed in the editors: the whole text a number, above 0, at most four hours. */
class MinutesTest {
    private final Messages da = new Messages("dk.vaerksted.i18n.ui", Messages.DANISH);
    private final Messages en = new Messages("dk.vaerksted.i18n.ui", Messages.ENGLISH);

    @Test
    void danishAndEnglishNumbers() {
        assertThat(Minutes.parse("2,5", Messages.DANISH)).isEqualTo(2.5);
        assertThat(Minutes.parse(" 8 ", Messages.DANISH)).isEqualTo(8.0);
        assertThat(Minutes.parse("2.5", Messages.ENGLISH)).isEqualTo(2.5);
        assertThat(Minutes.parse("240", Messages.DANISH)).isEqualTo(240.0);
        assertThat(Minutes.parse("0,25")).isEqualTo(0.25);
        assertThat(Minutes.parse(",5")).isEqualTo(0.5);
    }

    @Test
    void aPeriodIsADecimalPointInDanishToo() {
        // A lenient Danish number format read "1.5" as 15 and "8.5" as 85.
        assertThat(Minutes.parse("1.5", Messages.DANISH)).isEqualTo(1.5);
        assertThat(Minutes.parse("8.5", Messages.DANISH)).isEqualTo(8.5);
        assertThat(Minutes.parse("1,5", Messages.ENGLISH)).isEqualTo(1.5);
    }

    @Test
    void anythingElseIsRefused() {
        for (String t : new String[] {"", " ", "ti", "2x", "8 min", "0", "-3", "241", "1e9", "1.000", "1,000",
                "1.000,5", "2.", "+3", "0,00", "1 000", "99999999999999999999999"}) {
            assertThat(Minutes.parse(t, Messages.DANISH)).as(t).isNull();
            assertThat(Minutes.parse(t, Messages.ENGLISH)).as(t).isNull();
        }
        assertThat(Minutes.parse(null, Messages.DANISH)).isNull();
    }

    @Test
    void eachRefusalSaysWhyInTheUsersLanguage() {
        assertThat(Minutes.check("").problemKey()).isEqualTo("minutes.empty");
        assertThat(Minutes.check("2x").problemKey()).isEqualTo("minutes.notNumber");
        assertThat(Minutes.check("1.000").problemKey()).isEqualTo("minutes.decimals");
        assertThat(Minutes.check("0").problemKey()).isEqualTo("minutes.notPositive");
        assertThat(Minutes.check("-3").problemKey()).isEqualTo("minutes.notPositive");
        assertThat(Minutes.check("241").problemKey()).isEqualTo("minutes.tooLong");
        assertThat(Minutes.check("2,5").ok()).isTrue();
        assertThat(Minutes.check("2,5").problem(da)).isNull();

        assertThat(Minutes.check("2x").problem(da)).contains("»2x«").contains("ikke et antal minutter");
        assertThat(Minutes.check("2x").problem(en)).contains("\"2x\"").contains("not a number");
        assertThat(Minutes.check("241").problem(da)).contains("240");
        assertThat(Minutes.check("1.000").problem(en)).contains("1.000").contains("two decimals");
        for (String t : new String[] {"", "2x", "1.000", "0", "241"}) {
            Minutes.Check c = Minutes.check(t);
            assertThat(c.problem(da)).as(t).isNotEqualTo(c.problemKey()).isNotEqualTo(c.problem(en));
        }
    }
}
