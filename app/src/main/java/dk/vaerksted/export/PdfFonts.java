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
    static final class Faces {
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final CmapLookup regularCmap;
        private final CmapLookup boldCmap;
        /** Coverage of the Basic Multilingual Plane, looked up once per character: 0 unknown, 1 yes, 2 no. */
        private final byte[] bmp = new byte[0x10000];

        Faces(PDType0Font regular, PDType0Font bold, CmapLookup regularCmap, CmapLookup boldCmap) {
            this.regular = regular;
            this.bold = bold;
            this.regularCmap = regularCmap;
            this.boldCmap = boldCmap;
        }

        PDType0Font regular() {
            return regular;
        }

        PDType0Font font(boolean strong) {
            return strong ? bold : regular;
        }

        /** Whether both faces have a glyph for the character. */
        boolean covers(int codePoint) {
            if (codePoint < bmp.length) {
                byte known = bmp[codePoint];
                if (known == 0) {
                    known = lookup(codePoint) ? (byte) 1 : (byte) 2;
                    bmp[codePoint] = known;
                }
                return known == 1;
            }
            return lookup(codePoint);
        }

        /** Marks the character for the font's subset (once) and returns its glyph id. */
        int glyph(boolean strong, int codePoint) {
            java.util.BitSet used = strong ? boldUsed : regularUsed;
            if (!used.get(codePoint)) {
                used.set(codePoint);
                font(strong).addToSubset(codePoint);
            }
            return (strong ? boldCmap : regularCmap).getGlyphId(codePoint);
        }

        private final java.util.BitSet regularUsed = new java.util.BitSet();
        private final java.util.BitSet boldUsed = new java.util.BitSet();

        private boolean lookup(int codePoint) {
            return regularCmap.getGlyphId(codePoint) > 0 && boldCmap.getGlyphId(codePoint) > 0;
        }
    }
}
