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
    void singleAsterisksMarkEmphasisAndOtherMarkupIsText() {
        assertThat(Emphasis.parse("*kursiv* _under_ # overskrift"))
                .containsExactly(new Run("kursiv", false, true), new Run(" _under_ # overskrift", false));
    }

    @Test
    void theSeedsItalicWordsInsideASentence() {
        assertThat(Emphasis.parse("Også hvis det sker på *andre* områder"))
                .containsExactly(new Run("Også hvis det sker på ", false), new Run("andre", false, true),
                        new Run(" områder", false));
    }

    @Test
    void aLoneAsteriskBetweenSpacesIsText() {
        assertThat(Emphasis.parse("5 * 3 * 2")).containsExactly(new Run("5 * 3 * 2", false));
        assertThat(Emphasis.parse("fodnote*")).containsExactly(new Run("fodnote*", false));
        assertThat(Emphasis.parse("*a *b")).containsExactly(new Run("*a *b", false));
    }

    @Test
    void unclosedEmphasisIsShownAsWritten() {
        assertThat(Emphasis.parse("*a* og *b")).containsExactly(new Run("a", false, true), new Run(" og *b", false));
        assertThat(Emphasis.plain("*én* *to")).isEqualTo("én *to");
    }

    @Test
    void strongAndEmphasisCombine() {
        assertThat(Emphasis.parse("**Men kalder *alle* frem?**")).containsExactly(new Run("Men kalder ", true),
                new Run("alle", true, true), new Run(" frem?", true));
        assertThat(Emphasis.parse("***begge***")).containsExactly(new Run("begge", true, true));
        assertThat(Emphasis.parse("\\*ikke kursiv\\*")).containsExactly(new Run("*ikke kursiv*", false));
    }

    @Test
    void allEmphasisIsAWhollyItalicText() {
        assertThat(Emphasis.allEmphasis("*Hvor får jeg øje på det?*\n*Hvad kræver det?*")).isTrue();
        assertThat(Emphasis.allEmphasis("*Hvor* får jeg")).isFalse();
        assertThat(Emphasis.allEmphasis("")).isFalse();
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

    @Test
    void escapedTextReadsAsItself() {
        for (String t : new String[] {"a*b", "**c**", "d\\*", "*e* og **f"}) {
            assertThat(Emphasis.parse(Emphasis.escape(t))).containsExactly(new Run(t, false));
        }
    }
}
