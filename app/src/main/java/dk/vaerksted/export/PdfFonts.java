package dk.vaerksted.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled faces (DejaVu Sans, regular and bold), read from the app's own resources. PDFBox
 * never scans the system's fonts. Ligature substitution is switched off: it turns "fl" into a
 * ligature glyph that breaks copying and searching, and it dominates layout time.
 */
public final class PdfFonts {
    static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";

    private final byte[] regularBytes;
    private final byte[] boldBytes;

    public PdfFonts() {
        this.regularBytes = resource(REGULAR);
        this.boldBytes = resource(BOLD);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the app: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading bundled font " + name, e);
        }
    }

    /** The two faces embedded (as subsets) into one document. */
    Faces load(PDDocument doc) throws IOException {
        TrueTypeFont regular = parse(regularBytes);
        TrueTypeFont bold = parse(boldBytes);
        return new Faces(PDType0Font.load(doc, regular, true), PDType0Font.load(doc, bold, true),
                regular.getUnicodeCmapLookup(), bold.getUnicodeCmapLookup());
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        return ttf;
    }

    /** A document's regular and bold font, with their character maps for coverage checks. */
    record Faces(PDType0Font regular, PDType0Font bold, CmapLookup regularCmap, CmapLookup boldCmap) {
        PDType0Font font(boolean strong) {
            return strong ? bold : regular;
        }

        boolean covers(int codePoint) {
            return regularCmap.getGlyphId(codePoint) > 0 && boldCmap.getGlyphId(codePoint) > 0;
        }
    }
}
