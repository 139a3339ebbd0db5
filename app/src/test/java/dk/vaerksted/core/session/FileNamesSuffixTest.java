package dk.vaerksted.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A name typed in a save dialog without its suffix gets it: "forum" is saved as "forum.session.json". */
class FileNamesSuffixTest {
    @Test
    void theSuffixIsAddedOnlyWhenMissing() {
        assertThat(FileNames.withSuffix(Path.of("/tmp/forum"), ".session.json")).isEqualTo(Path.of("/tmp/forum.session.json"));
        assertThat(FileNames.withSuffix(Path.of("/tmp/forum.session.json"), ".session.json"))
                .isEqualTo(Path.of("/tmp/forum.session.json"));
        assertThat(FileNames.withSuffix(Path.of("/tmp/Forum.PDF"), ".pdf")).isEqualTo(Path.of("/tmp/Forum.PDF"));
        assertThat(FileNames.withSuffix(Path.of("/tmp/forum.json"), ".session.json"))
                .isEqualTo(Path.of("/tmp/forum.json.session.json"));
    }
}
