package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportNamesTest {
    @Test
    void namesComeFromTheSessionFile() {
        assertThat(ExportNames.pdfName(Path.of("/x/forum 2019.session.json"))).isEqualTo("forum 2019.pdf");
        assertThat(ExportNames.pdfName(Path.of("a.json"))).isEqualTo("a.pdf");
    }

    @Test
    void titlesAreSanitised() {
        assertThat(ExportNames.sanitize("Strategisk Ledelsesforum – Tør du dele det halvfærdige?"))
                .isEqualTo("Strategisk Ledelsesforum - Tør du dele det halvfærdige");
        assertThat(ExportNames.sanitize("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(ExportNames.sanitize("a\u0000b/c\\d:e")).isEqualTo("a-b-c-d-e");
        assertThat(ExportNames.sanitize("")).isEqualTo("vaerksted");
        assertThat(ExportNames.sanitize("CON")).isEqualTo("vaerksted-CON");
        assertThat(ExportNames.sanitize("x".repeat(500))).hasSize(120);
    }

    @Test
    void uniqueNamesDoNotOverwriteEachOther() {
        assertThat(ExportNames.unique("a.pdf", List.of("a.pdf", "a (2).pdf"))).isEqualTo("a (3).pdf");
        assertThat(ExportNames.unique("b.pdf", List.of("a.pdf"))).isEqualTo("b.pdf");
    }
}
