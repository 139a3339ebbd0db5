package dk.vaerksted;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Opening the window takes a short road past the parser; everything else keeps the full one. */
class MainTest {
    @Test
    void windowArgumentsAreRecognised() {
        assertThat(Main.windowArgs(new String[] {})).isEqualTo(new Main.WindowArgs(null, null, false));
        assertThat(Main.windowArgs(new String[] {"forum.session.json"}))
                .isEqualTo(new Main.WindowArgs(Path.of("forum.session.json"), null, false));
        assertThat(Main.windowArgs(new String[] {"--lang", "en", "--startup-probe", "a b.session.json"}))
                .isEqualTo(new Main.WindowArgs(Path.of("a b.session.json"), "en", true));
        assertThat(Main.windowArgs(new String[] {"--lang=da"})).isEqualTo(new Main.WindowArgs(null, "da", false));
    }

    @Test
    void subcommandsHelpAndMistakesGoToTheParser() {
        for (String[] args : new String[][] {{"export", "a.json", "-o", "a.pdf"}, {"validate", "a.json"},
                {"cards", "d.json"}, {"help"}, {"--help"}, {"-V"}, {"--version"}, {"a.json", "b.json"},
                {"--lang"}, {"--lang", "--help"}, {"--startup-probe", "--startup-probe"}, {"--no-such-option"},
                {""}}) {
            assertThat(Main.windowArgs(args)).as(String.join(" ", args)).isNull();
        }
    }
}
