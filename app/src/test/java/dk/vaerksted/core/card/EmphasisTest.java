package dk.vaerksted.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.card.Emphasis.Run;
import org.junit.jupiter.api.Test;

class EmphasisTest {
    @Test
    void doubleAsterisksMarkStrongText() {
        assertThat(Emphasis.parse("Og at vi kvalificerer viden sammen. **Vi skal turde.** Og se."))
                .containsExactly(new Run("Og at vi kvalificerer viden sammen. ", false), new Run("Vi skal turde.", true),
                        new Run(" Og se.", false));
    }

    @Test
    void escapedAsteriskIsLiteral() {
        assertThat(Emphasis.parse("5 \\* 3 og \\*\\*ikke fed\\*\\*"))
                .containsExactly(new Run("5 * 3 og **ikke fed**", false));
    }

    @Test
    void singleAsteriskAndOtherMarkupAreText() {
        assertThat(Emphasis.parse("*kursiv* _under_ # overskrift"))
                .containsExactly(new Run("*kursiv* _under_ # overskrift", false));
    }

    @Test
    void unclosedStrongIsShownAsWritten() {
        assertThat(Emphasis.parse("Start **ingen slutning"))
                .containsExactly(new Run("Start **ingen slutning", false));
        assertThat(Emphasis.plain("**a** og **b")).isEqualTo("a og **b");
    }

    @Test
    void wholeParagraphStrong() {
        assertThat(Emphasis.parse("**Alt er fedt.**")).containsExactly(new Run("Alt er fedt.", true));
        assertThat(Emphasis.parse("")).isEmpty();
    }
}
