package dk.vaerksted.export;

import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.words.Hyphenator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * A small flowing-text engine on PDFBox: wraps styled text to the measure, breaks pages, keeps
 * headings with what follows them, draws light boxes behind cards (split across pages when a
 * card is taller than what is left). Every character passes through {@link #clean}, so no input
 * text can make the export fail.
 */
final class PdfLayout implements AutoCloseable {
    static final float PAGE_W = PDRectangle.A4.getWidth();
    static final float PAGE_H = PDRectangle.A4.getHeight();
    static final float LEFT = 64;
    static final float RIGHT = 64;
    static final float TOP = 76;
    static final float BOTTOM = 72;
    static final float WIDTH = PAGE_W - LEFT - RIGHT;

    static final float[] INK = {0.12f, 0.14f, 0.16f};
    static final float[] GREY = {0.42f, 0.45f, 0.50f};
    static final float[] ACCENT = {0.05f, 0.32f, 0.55f};
    static final float[] BOX = {0.94f, 0.95f, 0.97f};
    static final float[] RULE = {0.80f, 0.82f, 0.86f};

    /** How a run of lines is set. */
    record Style(float size, float leading, float[] color, boolean allBold) {
        static Style of(float size, float[] color, boolean bold) {
            return new Style(size, size * 1.38f, color, bold);
        }
    }

    /**
     * A stretch of text in one face ({@link PdfFonts#face}); {@code emRun} numbers the emphasis run
     * of its paragraph it belongs to (tagged as one {@code Em} element), -1 outside emphasis.
     */
    record Segment(String text, int face, int emRun, float x) {}

    /** One laid-out line, ready to draw at the current position; {@code tag} places it in the structure tree. */
    record Line(List<Segment> segments, Style style, float indent, String marker, PdfTags.Tag tag) {
        Line withTag(PdfTags.Tag t) {
            return new Line(segments, style, indent, marker, t);
        }
    }

    private static final float BOX_PAD = 10;
    private static final float BOX_INSET = BOX_PAD * 2 + 4;

    /** Narrower measure while laying out text that goes into a box. */
    private float inset;

    private final PDDocument doc;
    private final PdfFonts.Faces faces;
    /** The structure tree when the document is tagged; null for untagged output (printed cards). */
    private final PdfTags tags;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    PdfLayout(PDDocument doc, PdfFonts.Faces faces) {
        this(doc, faces, null);
    }

    PdfLayout(PDDocument doc, PdfFonts.Faces faces, PdfTags tags) {
        this.doc = doc;
        this.faces = faces;
        this.tags = tags;
    }

    List<PDPage> pages() {
        return pages;
    }

    int pageNumber() {
        return pages.size();
    }

    PDPage currentPage() {
        return pages.get(pages.size() - 1);
    }

    float y() {
        return y;
    }

    void newPage() throws IOException {
        if (out != null) {
            endOpenContent();
            closePage();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, finished == null);
        // Taken now: an overlay may append streams to the page (the cover's contents) before it ends.
        outStream = page.getCOSObject().getCOSStream(org.apache.pdfbox.cos.COSName.CONTENTS);
        y = PAGE_H - TOP;
    }

    /**
     * Where a finished page's content stream goes, written uncompressed (to be compressed
     * elsewhere, e.g. on another thread while layout goes on); null: compressed as it is written.
     */
    private java.util.function.Consumer<org.apache.pdfbox.cos.COSStream> finished;

    /** Hands each finished page's (uncompressed) content stream to {@code consumer}. */
    void onPageFinished(java.util.function.Consumer<org.apache.pdfbox.cos.COSStream> consumer) {
        this.finished = consumer;
    }

    /** The page's own content stream, which {@link #out} writes. */
    private org.apache.pdfbox.cos.COSStream outStream;

    private void closePage() throws IOException {
        out.close();
        if (finished != null) {
            finished.accept(outStream);
        }
    }

    /** Space left above the bottom margin. */
    float remaining() {
        return y - BOTTOM;
    }

    void space(float points) {
        y -= points;
    }

    /** Starts a new page unless {@code needed} points fit on this one. */
    void keep(float needed) throws IOException {
        if (out == null || remaining() < needed) {
            newPage();
        }
    }

    // ---- text preparation -------------------------------------------------------------------

    /**
     * Makes text printable: tabs become spaces, other control characters go, a character the
     * fonts lack becomes U+FFFD (or "?"), so showText never throws.
     */
    String clean(String s) {
        return clean(s, 0);
    }

    /** As {@link #clean(String)}, for text set in {@code face}. */
    String clean(String s, int face) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append(' ');
            } else if (cp == '\n') {
                sb.append('\n');
            } else if (Character.isISOControl(cp) || cp == 0xFEFF || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE) {
                // dropped: invisible and unprintable
            } else if (covers(face, cp)) {
                sb.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else {
                sb.append(covers(face, 0xFFFD) ? '\uFFFD' : '?');
            }
        });
        return sb.toString();
    }

    /** Regular and bold as before (a character both have); an oblique face by its own glyphs. */
    private boolean covers(int face, int cp) {
        return face < 2 ? faces.covers(cp) : faces.covers(face, cp);
    }

    /**
     * Advance widths per character (in 1/1000 em) of the Basic Multilingual Plane, looked up once
     * per face (made on first use): layout measures every word, and PDFBox's own measuring encodes
     * each string anew.
     */
    private final float[][] widths = new float[4][];

    private static float[] newWidthCache() {
        float[] a = new float[0x10000];
        java.util.Arrays.fill(a, Float.NaN);
        return a;
    }

    float width(String text, boolean bold, float size) {
        return width(text, PdfFonts.face(bold, false), size);
    }

    float width(String text, int face, float size) {
        if (widths[face] == null) {
            widths[face] = newWidthCache();
        }
        float[] cache = widths[face];
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < cache.length) {
                float w = cache[cp];
                if (Float.isNaN(w)) {
                    w = glyphWidth(cp, face);
                    cache[cp] = w;
                }
                total += w;
            } else {
                total += glyphWidth(cp, face);
            }
        }
        return total / 1000f * size;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WIDTH_LOGGED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private float glyphWidth(int codePoint, int face) {
        faces.font(face);
        float w = faces.advance(face, codePoint);
        if (w < 0) {
            // A character the face lacks (text is cleaned before it is measured, so hardly ever):
            // an average width keeps the layout going; the glyph itself prints as the font can.
            if (WIDTH_LOGGED.compareAndSet(false, true)) {
                java.util.logging.Logger.getLogger(PdfLayout.class.getName()).log(java.util.logging.Level.WARNING,
                        "no width for U+" + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)
                                + ", 600 used (further ones not logged)");
            }
            return 600;
        }
        return w;
    }

    /** Wraps marked-up text ({@code **strong**}, {@code *emphasis*}); hard line breaks are kept. */
    List<Line> wrapMarkup(String markup, Style style, float indent, String marker) {
        List<Emphasis.Run> runs = Emphasis.parse(markup);
        return wrap(runs, style, indent, marker);
    }

    List<Line> wrapPlain(String text, Style style, float indent, String marker) {
        if (ahead != null && inset == 0 && ahead.fits(style, indent, marker)) {
            Object key = new Ahead.Key(text);
            Object done = ahead.lines.putIfAbsent(key, Ahead.HERE);
            if (done instanceof List<?> lines) {
                @SuppressWarnings("unchecked")
                List<Line> l = (List<Line>) lines;
                return l;
            }
            List<Line> l = wrap(List.of(new Emphasis.Run(text, false)), style, indent, marker);
            ahead.lines.put(key, l);
            return l;
        }
        return wrap(List.of(new Emphasis.Run(text, false)), style, indent, marker);
    }

    /**
     * Texts wrapped ahead on another thread (the notes: most of the text), by the text's identity,
     * for one style, indent and marker; {@link #HERE} marks a text this layout took first. Wrapping
     * depends only on the text and these, so the lines are the same whoever wraps them.
     */
    static final class Ahead {
        static final Object HERE = new Object();

        /** A text by its identity: the same note's text, not an equal one. */
        record Key(String text) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.text == text;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(text);
            }
        }

        final java.util.concurrent.ConcurrentHashMap<Object, Object> lines = new java.util.concurrent.ConcurrentHashMap<>();
        private final Style style;
        private final float indent;
        private final String marker;
        private volatile boolean stopped;

        Ahead(Style style, float indent, String marker) {
            this.style = style;
            this.indent = indent;
            this.marker = marker;
        }

        boolean fits(Style s, float i, String m) {
            return style.equals(s) && i == indent && java.util.Objects.equals(m, marker);
        }

        /**
         * Wraps {@code texts} (in reading order) from the last towards the first, with a layout of
         * its own, until it meets a text the layout has taken (or {@link #stop}): the two threads
         * meet somewhere in the middle.
         */
        void wrapFromTheEnd(PdfLayout own, List<String> texts) {
            java.util.Set<String> mine = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int i = texts.size() - 1; i >= 0 && !stopped; i--) {
                String text = texts.get(i);
                if (!mine.add(text)) {
                    continue; // the same text object twice: wrapped already
                }
                Key key = new Key(text);
                if (lines.containsKey(key)) {
                    return; // the layout has been here
                }
                List<Line> l = own.wrap(List.of(new Emphasis.Run(text, false)), style, indent, marker);
                if (lines.putIfAbsent(key, l) != null) {
                    return;
                }
            }
        }

        void stop() {
            stopped = true;
        }
    }

    private Ahead ahead;

    /** Takes lines wrapped ahead from {@code a} (and leaves there the ones wrapped here). */
    void wrapAhead(Ahead a) {
        this.ahead = a;
    }

    /**
     * A stretch that may not be broken inside (Unicode's line-breaking rules, for Danish), with
     * the white space before it ({@code gap}, empty when it follows a break opportunity without
     * one, as after a hyphen or a slash).
     */
    private record Word(String text, int face, int emRun, String gap, boolean lineBreakBefore) {
        boolean spaceBefore() {
            return !gap.isEmpty();
        }
    }

    /** Where lines may break: Unicode's rules (UAX #14) as the JDK has them, for Danish. */
    private final java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance(new java.util.Locale("da"));

    private List<Line> wrap(List<Emphasis.Run> runs, Style style, float indent, String marker) {
        List<Word> words = new ArrayList<>();
        String pendingGap = "";
        boolean pendingBreak = false;
        int runIndex = -1;
        for (Emphasis.Run run : runs) {
            runIndex++;
            int face = PdfFonts.face(run.strong() || style.allBold(), run.emphasis());
            int emRun = run.emphasis() ? runIndex : -1;
            String text = clean(run.text(), face);
            int lineStart = 0;
            while (lineStart <= text.length()) {
                int nl = text.indexOf('\n', lineStart);
                String piece = text.substring(lineStart, nl < 0 ? text.length() : nl);
                breaks.setText(piece);
                int start = breaks.first();
                for (int end = breaks.next(); end != java.text.BreakIterator.DONE; start = end, end = breaks.next()) {
                    String segment = piece.substring(start, end);
                    int visible = segment.length();
                    while (visible > 0 && isGap(segment.charAt(visible - 1))) {
                        visible--;
                    }
                    int lead = 0;
                    while (lead < visible && isGap(segment.charAt(lead))) {
                        lead++;
                    }
                    if (lead > 0) {
                        pendingGap = pendingGap.isEmpty() ? segment.substring(0, lead) : pendingGap;
                    }
                    if (visible > lead) {
                        words.add(new Word(segment.substring(lead, visible), face, emRun, pendingGap, pendingBreak));
                        pendingGap = "";
                        pendingBreak = false;
                    }
                    if (visible < segment.length() && !pendingBreak) {
                        pendingGap = gapOf(segment.substring(visible));
                    }
                }
                if (nl < 0) {
                    break;
                }
                pendingBreak = true;
                pendingGap = "";
                lineStart = nl + 1;
            }
        }
        float measure = WIDTH - inset - indent;
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float used = 0;
        for (int wi = 0; wi < words.size(); wi++) {
            Word w = words.get(wi);
            float ww = width(w.text(), w.face(), style.size());
            float space = current.isEmpty() ? 0 : (w.spaceBefore() ? width(w.gap(), w.face(), style.size()) : 0);
            if (w.lineBreakBefore() && !current.isEmpty()) {
                lines.add(line(current, style, indent, lines.isEmpty() ? marker : null));
                current = new ArrayList<>();
                used = 0;
                space = 0;
            }
            if (ww > measure) {
                // A word wider than the line: a Danish compound is hyphenated where the patterns
                // allow, beginning beside the words before it if a piece fits there; anything else
                // (an address, a number) is broken safely between characters on lines of its own.
                float room = measure - used - space;
                int[] points = hyphenating && !Hyphenator.isAddress(token(words, wi)) ? Hyphenator.points(w.text()) : null;
                List<String> pieces = current.isEmpty() ? null
                        : hyphenated(w.text(), points, w.face(), style.size(), room, measure);
                if (pieces == null) {
                    if (!current.isEmpty()) {
                        lines.add(line(current, style, indent, lines.isEmpty() ? marker : null));
                        current = new ArrayList<>();
                    }
                    pieces = hyphenated(w.text(), points, w.face(), style.size(), measure, measure);
                }
                if (pieces == null) {
                    pieces = split(w.text(), w.face(), style.size(), measure);
                }
                for (int p = 0; p < pieces.size(); p++) {
                    String piece = pieces.get(p);
                    float pw = width(piece, w.face(), style.size());
                    if (p == 0 && !current.isEmpty()) {
                        current.add(new Word(piece, w.face(), w.emRun(), w.gap(), false));
                        used += space + pw;
                        continue;
                    }
                    if (!current.isEmpty()) {
                        lines.add(line(current, style, indent, lines.isEmpty() ? marker : null));
                        current = new ArrayList<>();
                    }
                    current.add(new Word(piece, w.face(), w.emRun(), "", false));
                    used = pw;
                }
                continue;
            }
            if (!current.isEmpty() && used + space + ww > measure) {
                lines.add(line(current, style, indent, lines.isEmpty() ? marker : null));
                current = new ArrayList<>();
                used = 0;
                space = 0;
            }
            current.add(w);
            used += space + ww;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(line(current, style, indent, lines.isEmpty() ? marker : null));
        }
        return lines;
    }

    /** White space between words: a space, or a wider one the text asked for (an em space). */
    private static boolean isGap(char c) {
        return c == ' ' || c == '\u2003' || c == '\u2002' || c == '\u3000';
    }

    /** The gap a run of white space leaves: one space, or the first wider one it holds. */
    private static String gapOf(String spaces) {
        for (int i = 0; i < spaces.length(); i++) {
            if (spaces.charAt(i) != ' ') {
                return String.valueOf(spaces.charAt(i));
            }
        }
        return " ";
    }

    /**
     * The hyphen a layout adds where it breaks a word: a soft hyphen (U+00AD), drawn with the
     * font's own visible glyph for it. Text extraction and screen readers then get the word whole
     * with a soft hyphen inside, not a hard hyphen that was never written (PDF 1.7, 14.8.2.2.3);
     * a hyphen the writer typed ("PDF-eksport") stays a hyphen-minus.
     */
    static final String SOFT_HYPHEN = "\u00AD";

    /** Whether words wider than the line are hyphenated as Danish (the document's language). */
    private boolean hyphenating = true;

    /** Hyphenates Danish words wider than the line ({@code true}, the default) or only breaks them between characters. */
    void hyphenating(boolean danish) {
        this.hyphenating = danish;
    }

    /**
     * A word broken at its hyphenation {@code points} ({@link Hyphenator#points}, null or empty:
     * none): each piece but the last ends in {@link #SOFT_HYPHEN} and is the longest that fits its
     * line — {@code room} for the first, {@code measure} for the others; what is left where no point
     * fits is broken between characters. Null when not even a first piece fits in {@code room}.
     */
    private List<String> hyphenated(String word, int[] points, int face, float size, float room, float measure) {
        if (points == null || points.length == 0) {
            return null;
        }
        float hyphen = width(SOFT_HYPHEN, face, size);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        float line = room;
        while (width(word.substring(from), face, size) > line) {
            int best = -1;
            for (int p : points) {
                if (p > from) {
                    if (width(word.substring(from, p), face, size) + hyphen > line) {
                        break;
                    }
                    best = p;
                }
            }
            if (best < 0) {
                if (pieces.isEmpty()) {
                    return null;
                }
                pieces.addAll(split(word.substring(from), face, size, measure));
                return pieces;
            }
            pieces.add(word.substring(from, best) + SOFT_HYPHEN);
            from = best;
            line = measure;
        }
        pieces.add(word.substring(from));
        return pieces;
    }

    /** The stretch without white space that word {@code i} belongs to ("www.", "aarhus.", "dk"). */
    private static String token(List<Word> words, int i) {
        int first = i;
        while (first > 0 && !words.get(first).spaceBefore() && !words.get(first).lineBreakBefore()) {
            first--;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = first; j < words.size() && (j == first || !(words.get(j).spaceBefore() || words.get(j).lineBreakBefore())); j++) {
            sb.append(words.get(j).text());
        }
        return sb.toString();
    }

    private List<String> split(String word, int face, float size, float measure) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < word.length()) {
            int next = word.offsetByCodePoints(i, 1);
            if (i > start && width(word.substring(start, next), face, size) > measure) {
                pieces.add(word.substring(start, i));
                start = i;
            }
            i = next;
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    private Line line(List<Word> words, Style style, float indent, String marker) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int face = 0;
        int emRun = -1;
        float segStart = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i > 0 && (w.face() != face || w.emRun() != emRun)) {
                // A space between two styles belongs to the plainer side: never emphasized on its own.
                boolean spaceHere = w.spaceBefore() && emRun < 0;
                if (spaceHere) {
                    text.append(w.gap());
                }
                segments.add(new Segment(text.toString(), face, emRun, segStart));
                segStart += width(text.toString(), face, style.size());
                text.setLength(0);
                if (w.spaceBefore() && !spaceHere) {
                    text.append(w.gap());
                }
            } else if (i > 0 && w.spaceBefore()) {
                text.append(w.gap());
            }
            text.append(w.text());
            face = w.face();
            emRun = w.emRun();
        }
        if (text.length() > 0) {
            segments.add(new Segment(text.toString(), face, emRun, segStart));
        }
        return new Line(segments, style, indent, marker, null);
    }

    // ---- drawing ----------------------------------------------------------------------------

    /** Draws lines in the flow, breaking pages between lines. */
    void flow(List<Line> lines, float spaceBefore) throws IOException {
        boolean first = true;
        for (Line line : lines) {
            float before = first ? spaceBefore : 0;
            first = false;
            if (out == null || remaining() < before + line.style().leading()) {
                newPage();
                before = 0;
            }
            y -= before;
            drawLine(line, LEFT);
        }
    }

    /** Wraps text for a {@link #box} while {@code body} runs. */
    <T> T boxed(java.util.function.Supplier<T> body) {
        float before = inset;
        inset = BOX_INSET;
        try {
            return body.get();
        } finally {
            inset = before;
        }
    }

    /** Draws lines on a light background; a box that does not fit moves to the next page whole if it can. */
    void box(List<List<Line>> blocks, float gap) throws IOException {
        float total = BOX_PAD * 2;
        for (int b = 0; b < blocks.size(); b++) {
            total += (b == 0 ? 0 : gap) + height(blocks.get(b));
        }
        float pageCapacity = PAGE_H - TOP - BOTTOM;
        if (out == null || (total > remaining() && total <= pageCapacity)) {
            newPage();
        }
        // Draw in fragments, one per page.
        List<float[]> positions = new ArrayList<>();
        List<Line> all = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (int l = 0; l < blocks.get(b).size(); l++) {
                Line line = blocks.get(b).get(l);
                float before = (l == 0 && b > 0) ? gap : 0;
                all.add(line);
                positions.add(new float[] {before});
            }
        }
        int i = 0;
        while (i < all.size()) {
            if (remaining() < BOX_PAD * 2 + all.get(i).style().leading()) {
                newPage();
            }
            float top = y;
            float cursor = y - BOX_PAD;
            int end = i;
            while (end < all.size()) {
                float before = end == i ? 0 : positions.get(end)[0];
                float next = cursor - before - all.get(end).style().leading();
                if (next < BOTTOM + BOX_PAD) {
                    break;
                }
                cursor = next;
                end++;
            }
            float bottom = cursor - BOX_PAD;
            if (tags != null) {
                endOpenContent();
                PdfTags.beginArtifact(out);
            }
            out.setNonStrokingColor(BOX[0], BOX[1], BOX[2]);
            out.addRect(LEFT, bottom, WIDTH, top - bottom);
            out.fill();
            out.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
            out.addRect(LEFT, bottom, 2.5f, top - bottom);
            out.fill();
            if (tags != null) {
                out.endMarkedContent();
            }
            y = top - BOX_PAD;
            for (int k = i; k < end; k++) {
                y -= k == i ? 0 : positions.get(k)[0];
                drawLine(all.get(k), LEFT + BOX_INSET - BOX_PAD);
            }
            y = bottom;
            i = end;
        }
    }

    static float height(List<Line> lines) {
        float h = 0;
        for (Line l : lines) {
            h += l.style().leading();
        }
        return h;
    }

    private void drawLine(Line line, float left) throws IOException {
        y -= line.style().leading();
        drawLineOn(out, currentPage(), line, left, y);
    }

    /** Draws a line whose box bottom is at {@code bottom}; in a tagged document, as its element's content. */
    private void drawLineOn(PDPageContentStream cs, PDPage page, Line line, float left, float bottom)
            throws IOException {
        Style st = line.style();
        float baseline = bottom + (st.leading() - st.size()) * 0.5f + st.size() * 0.22f;
        PdfTags.Tag tag = line.tag();
        if (tags != null && tag == null) {
            throw new IllegalStateException("untagged line in a tagged document: " + line.segments());
        }
        cs.setNonStrokingColor(st.color()[0], st.color()[1], st.color()[2]);
        if (line.marker() != null) {
            endOpenContent();
            boolean labelled = tags != null && tag.label() != null;
            if (labelled) {
                tags.begin(cs, page, tag.label());
            } else if (tags != null) {
                PdfTags.beginArtifact(cs);
            }
            text(cs, page, line.marker(), false, st.size(),
                    left + line.indent() - width(line.marker(), false, st.size()) - 5, baseline);
            if (tags != null) {
                cs.endMarkedContent();
            }
        }
        for (Segment s : line.segments()) {
            if (!s.text().isEmpty()) {
                if (tags != null) {
                    PDStructureElement element = s.emRun() < 0 ? tag.body() : emphasis(tag.body(), s.emRun());
                    if (openStream != cs || openElement != element) {
                        // The lines of one paragraph on one page share one marked-content sequence.
                        endOpenContent();
                        tags.begin(cs, page, element);
                        openStream = cs;
                        openElement = element;
                    }
                }
                text(cs, page, s.text(), s.face(), st.size(), left + line.indent() + s.x(), baseline);
            }
        }
    }

    /** The marked-content sequence left open for the next line of the same element, if any. */
    private PDPageContentStream openStream;
    private PDStructureElement openElement;

    /** The emphasis element last made, with its paragraph and run: a run that wraps stays one element. */
    private PDStructureElement emParent;
    private int emParentRun = -1;
    private PDStructureElement emElement;

    /** The {@code Em} element of run {@code run} in {@code parent}, made (as its next kid) when first drawn. */
    private PDStructureElement emphasis(PDStructureElement parent, int run) {
        if (emParent != parent || emParentRun != run) {
            emParent = parent;
            emParentRun = run;
            emElement = tags.inline(parent, PdfTags.EMPHASIS);
        }
        return emElement;
    }

    /** Closes the open marked-content sequence: before other drawing, and before a stream is closed. */
    private void endOpenContent() throws IOException {
        if (openStream != null) {
            openStream.endMarkedContent();
            openStream = null;
            openElement = null;
        }
    }

    /**
     * Shows text with the operators written directly: {@code BT /F1 10.5 Tf x y Td <glyphs> Tj ET}.
     * It is what PDFBox's showText writes for our embedded Identity-H fonts (the glyph ids as
     * two-byte codes, the characters added to the subset), without encoding each string anew
     * through its general path, which took a fifth of the export's time.
     */
    private void text(PDPageContentStream cs, PDPage page, String s, boolean bold, float size, float x,
            float baseline) throws IOException {
        text(cs, page, s, PdfFonts.face(bold, false), size, x, baseline);
    }

    private void text(PDPageContentStream cs, PDPage page, String s, int face, float size, float x,
            float baseline) throws IOException {
        StringBuilder op = ops;
        op.setLength(0);
        op.append("BT\n/").append(fontName(cs, page, face)).append(' ');
        number(op, size).append(" Tf\n");
        number(op, x).append(' ');
        number(op, baseline).append(" Td\n<");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int gid = faces.glyph(face, cp);
            op.append(HEX[(gid >> 12) & 0xF]).append(HEX[(gid >> 8) & 0xF]).append(HEX[(gid >> 4) & 0xF])
                    .append(HEX[gid & 0xF]);
        }
        op.append("> Tj\nET\n");
        cs.appendRawCommands(op.toString());
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final StringBuilder ops = new StringBuilder(256);
    private org.apache.pdfbox.cos.COSDictionary namedPage;
    /** Per face, its resource name on {@link #namedPage}; null until the face is used there. */
    private final String[] names = new String[4];

    /** Per face, whether it was announced to the document, which subsets and embeds it at save. */
    private final boolean[] announced = new boolean[4];

    /** The page's resource name of the face, added to the page's resources on first use. */
    private String fontName(PDPageContentStream cs, PDPage page, int face) throws IOException {
        if (!announced[face]) {
            // PDFBox embeds a subset only of the fonts set on a content stream at least once.
            cs.setFont(faces.font(face), 10);
            announced[face] = true;
            if (face < 2 && !announced[1 - face]) {
                // Regular and bold go together, as they always have (the same bytes as before).
                cs.setFont(faces.font(1 - face), 10);
                announced[1 - face] = true;
            }
        }
        if (namedPage != page.getCOSObject()) {
            namedPage = page.getCOSObject();
            java.util.Arrays.fill(names, null);
        }
        if (names[face] == null) {
            org.apache.pdfbox.pdmodel.PDResources res = page.getResources();
            if (res == null) {
                res = new org.apache.pdfbox.pdmodel.PDResources();
                page.setResources(res);
            }
            if (face < 2) {
                names[0] = res.add(faces.font(0)).getName();
                names[1] = res.add(faces.font(1)).getName();
            } else {
                names[face] = res.add(faces.font(face)).getName();
            }
        }
        return names[face];
    }

    /** A coordinate or size with at most two decimals, locale-free. */
    static StringBuilder number(StringBuilder sb, float v) {
        long hundredths = Math.round(v * 100.0);
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        sb.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            sb.append('.');
            if (frac < 10) {
                sb.append('0').append(frac);
            } else {
                sb.append(frac % 10 == 0 ? frac / 10 : frac);
            }
        }
        return sb;
    }

    /** Draws onto an earlier page (the cover, once the contents' page numbers are known). */
    Overlay overlay(PDPage page, float top) throws IOException {
        return new Overlay(new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true),
                page, top, LEFT);
    }

    /** Draws on a page at any position, e.g. a printed card; close it before the next overlay. */
    Overlay overlay(PDPageContentStream cs, PDPage page, float top, float left) {
        return new Overlay(cs, page, top, left);
    }

    /** Wraps text to {@code measure} points instead of the page's text width while {@code body} runs. */
    <T> T measured(float measure, java.util.function.Supplier<T> body) {
        float before = inset;
        inset = WIDTH - measure;
        try {
            return body.get();
        } finally {
            inset = before;
        }
    }

    final class Overlay implements AutoCloseable {
        private final PDPageContentStream cs;
        private final PDPage page;
        private final float left;
        private float top;

        private Overlay(PDPageContentStream cs, PDPage page, float top, float left) {
            this.cs = cs;
            this.page = page;
            this.top = top;
            this.left = left;
        }

        void draw(List<Line> lines) throws IOException {
            for (Line l : lines) {
                top -= l.style().leading();
                drawLineOn(cs, page, l, left, top);
            }
        }

        void space(float points) {
            top -= points;
        }

        /** Where the next line's top is (points from the page's bottom). */
        float top() {
            return top;
        }

        @Override
        public void close() throws IOException {
            if (openStream == cs) {
                endOpenContent();
            }
            cs.close();
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            endOpenContent();
            closePage();
            out = null;
        }
    }
}
