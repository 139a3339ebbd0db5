package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The layout measures text with the fonts' own tables ({@link PdfFonts.Faces#advance}), which
 * another thread may read; the widths are exactly those PDFBox gives the embedded fonts, for
 * every character of the Basic Multilingual Plane in every face, so the layout is the same.
 */
class PdfFontsTest {
    @Test
    void widthsAreThoseOfTheEmbeddedFonts() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Faces faces = new PdfFonts().load(doc);
            int covered = 0;
            for (int face = 0; face < 4; face++) {
                var font = faces.font(face);
                for (int cp = 0; cp < 0x10000; cp++) {
                    float pdfbox;
                    try {
                        pdfbox = font.getStringWidth(new String(Character.toChars(cp)));
                    } catch (IllegalArgumentException e) {
                        pdfbox = -1; // no glyph
                    }
                    float ours = faces.advance(face, cp);
                    if (ours != pdfbox) {
                        assertThat(ours).as("face %d, U+%04X", face, cp).isEqualTo(pdfbox);
                    }
                    if (ours >= 0) {
                        covered++;
                    }
                }
            }
            assertThat(covered).as("characters with a glyph in the four faces").isGreaterThan(4 * 3000);
        }
    }
}
