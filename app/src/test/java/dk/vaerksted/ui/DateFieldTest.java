package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as Danish facilitators write them, read right or refused — never the year 27. */
class DateFieldTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static LocalDate parse(String s) {
        return DateField.parse(s, TODAY);
    }

    @Test
    void danishFormsAreRead() {
        LocalDate expected = LocalDate.of(2027, 1, 11);
        for (String s : new String[] {"11.1.2027", "11.01.2027", "11/1-2027", "11/1/2027", "11-1-2027", "11. januar 2027",
                "11 januar 2027", "11. jan. 2027", "11. Januar 2027", "2027-01-11", "11.1.27", " 11 . 1 . 2027 "}) {
            assertThat(parse(s)).as(s).isEqualTo(expected);
        }
        assertThat(parse("3. maj")).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(parse("11 January 2027")).isEqualTo(expected);
    }

    @Test
    void whatCannotBeADateIsNone() {
        for (String s : new String[] {"31.2.2027", "tolv", "11.13.2027", "32.1.2027", "11.1.0027", "11. smørrebrød 2027",
                "2027", "11..1.2027", ""}) {
            assertThat(parse(s)).as(s).isNull();
        }
    }
}
