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
 * The bundled faces (DejaVu Sans regular, bold, oblique and bold oblique), read from the app's own
 * resources. PDFBox never scans the system's fonts. Ligature substitution is switched off: it turns
 * "fl" into a ligature glyph that breaks copying and searching, and it dominates layout time.
 *
 * <p>The oblique faces are read only when a text has emphasis: most documents never need them.
 */
public final class PdfFonts {
    static final String REGULAR = "/assets/fonts/DejaVuSans.ttf";
    static final String BOLD = "/assets/fonts/DejaVuSans-Bold.ttf";
    static final String OBLIQUE = "/assets/fonts/DejaVuSans-Oblique.ttf";
    static final String BOLD_OBLIQUE = "/assets/fonts/DejaVuSans-BoldOblique.ttf";

    /** The faces by index: {@link #face(boolean, boolean)}. */
    private static final String[] RESOURCES = {REGULAR, BOLD, OBLIQUE, BOLD_OBLIQUE};

    private final byte[][] bytes = new byte[4][];

    /** The faces are read from the resources on first use (the first document). */
    public PdfFonts() {}

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

    private synchronized byte[] bytes(int face) {
        if (bytes[face] == null) {
            bytes[face] = resource(RESOURCES[face]);
        }
        return bytes[face];
    }

    /** The index of a face: 0 regular, 1 bold, 2 oblique, 3 bold oblique. */
    static int face(boolean strong, boolean emphasis) {
        return (strong ? 1 : 0) + (emphasis ? 2 : 0);
    }

    /** The faces of one document; regular and bold are embedded (as subsets) at once, the obliques on first use. */
    Faces load(PDDocument doc) throws IOException {
        Faces f = new Faces(doc, this);
        f.load(0);
        f.load(1);
        return f;
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        ttf.setEnableGsub(false);
        return ttf;
    }

    /** A document's fonts, with their character maps for coverage checks. */
    static final class Faces {
        private final PDDocument doc;
        private final PdfFonts source;
        private final PDType0Font[] fonts = new PDType0Font[4];
        private final CmapLookup[] cmaps = new CmapLookup[4];
        private final java.util.BitSet[] used = new java.util.BitSet[4];
        /** Coverage of the Basic Multilingual Plane per face, looked up once per character: 0 unknown, 1 yes, 2 no. */
        private final byte[][] bmp = new byte[4][];
        /** Coverage by regular and bold together (headers, plain text), as {@link #bmp}. */
        private final byte[] both = new byte[0x10000];
        /** Per face, its advance widths by glyph id and the scale to 1/1000 em (read-only once loaded). */
        private final org.apache.fontbox.ttf.HorizontalMetricsTable[] metrics =
                new org.apache.fontbox.ttf.HorizontalMetricsTable[4];
        private final float[] scale = new float[4];

        private Faces(PDDocument doc, PdfFonts source) {
            this.doc = doc;
            this.source = source;
        }

        private void load(int face) {
            if (fonts[face] != null) {
                return;
            }
            try {
                TrueTypeFont ttf = parse(source.bytes(face));
                fonts[face] = PDType0Font.load(doc, ttf, true);
                cmaps[face] = ttf.getUnicodeCmapLookup();
                metrics[face] = ttf.getHorizontalMetrics();
                scale[face] = 1000f / ttf.getUnitsPerEm();
                used[face] = new java.util.BitSet();
                bmp[face] = new byte[0x10000];
            } catch (IOException e) {
                throw new UncheckedIOException("reading bundled font " + RESOURCES[face], e);
            }
        }

        PDType0Font regular() {
            return fonts[0];
        }

        PDType0Font font(boolean strong) {
            return font(face(strong, false));
        }

        /** The font of a face (see {@link PdfFonts#face}), read on first use. */
        PDType0Font font(int face) {
            load(face);
            return fonts[face];
        }

        /** Whether the face has been used in this document (its font is in the document). */
        boolean loaded(int face) {
            return fonts[face] != null;
        }

        /** Whether both regular and bold have a glyph for the character. */
        boolean covers(int codePoint) {
            if (codePoint < both.length) {
                byte known = both[codePoint];
                if (known == 0) {
                    known = covers(0, codePoint) && covers(1, codePoint) ? (byte) 1 : (byte) 2;
                    both[codePoint] = known;
                }
                return known == 1;
            }
            return covers(0, codePoint) && covers(1, codePoint);
        }

        /** Whether the face has a glyph for the character. */
        boolean covers(int face, int codePoint) {
            load(face);
            if (codePoint < 0x10000) {
                byte known = bmp[face][codePoint];
                if (known == 0) {
                    known = cmaps[face].getGlyphId(codePoint) > 0 ? (byte) 1 : (byte) 2;
                    bmp[face][codePoint] = known;
                }
                return known == 1;
            }
            return cmaps[face].getGlyphId(codePoint) > 0;
        }

        /**
         * The advance width of the character in 1/1000 em, as the embedded font's widths give it
         * (the glyph's advance, rounded to whole units); -1 for a character the face lacks. Reads
         * only tables parsed when the face was loaded: safe on another thread once it is loaded.
         */
        float advance(int face, int codePoint) {
            int gid = cmaps[face].getGlyphId(codePoint);
            if (gid <= 0) {
                return -1;
            }
            return Math.round(metrics[face].getAdvanceWidth(gid) * scale[face]);
        }

        /** Marks the character for the font's subset (once) and returns its glyph id. */
        int glyph(boolean strong, int codePoint) {
            return glyph(face(strong, false), codePoint);
        }

        int glyph(int face, int codePoint) {
            load(face);
            if (!used[face].get(codePoint)) {
                used[face].set(codePoint);
                fonts[face].addToSubset(codePoint);
            }
            return cmaps[face].getGlyphId(codePoint);
        }
    }
}
