package dk.vaerksted.export;

import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.AtomicFiles;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.CardList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Cards to put on the tables: A6 cards, four to an A4 sheet, with crop marks. Each sheet of fronts
 * (number, title, question) is followed by a sheet of backs (text, reminders, dilemmas,
 * standpoints and further lists, each under the source's lead-in or the generic label, "Hvad nu hvis")
 * laid out for duplex printing flipped on the long edge: each back lands behind its front.
 * Text that does not fit is set smaller, never cut.
 */
public final class CardPrinter {
    static final float A6_W = PDRectangle.A4.getWidth() / 2;
    static final float A6_H = PDRectangle.A4.getHeight() / 2;
    /** Inside each card, clear of the printer's unprintable edge and the cut. */
    static final float PAD = 34;
    private static final float MARK = 14;

    private final PdfFonts fonts;

    public CardPrinter(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The position of a card on its sheet: column 0–1 and row 0–1, front; the back mirrors the column. */
    public record Slot(int column, int row) {
        /** Lower-left corner of the card on an A4 sheet in points. */
        public float x() {
            return column * A6_W;
        }

        public float y() {
            return PDRectangle.A4.getHeight() - (row + 1) * A6_H;
        }

        public Slot back() {
            return new Slot(1 - column, row);
        }
    }

    public static Slot slot(int index) {
        int i = index % 4;
        return new Slot(i % 2, i / 2);
    }

    /** Writes the sheets atomically; returns the number of pages. */
    public int print(List<Card> cards, Locale language, Path target) throws IOException {
        byte[] bytes = render(cards, language);
        AtomicFiles.write(target, bytes);
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return d.getNumberOfPages();
        }
    }

    public byte[] render(List<Card> cards, Locale language) throws IOException {
        Messages m = Messages.core(language);
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Faces faces = fonts.load(doc);
            doc.getDocumentInformation().setTitle(cards.isEmpty() || cards.get(0).deck() == null ? "Kort"
                    : cards.get(0).deck());
            doc.getDocumentInformation().setCreator("Værksted");
            doc.getDocumentInformation().setProducer("Værksted");
            doc.setDocumentId((long) cards.hashCode());
            try (PdfLayout layout = new PdfLayout(doc, faces)) {
                for (int sheet = 0; sheet * 4 < cards.size(); sheet++) {
                    List<Card> four = cards.subList(sheet * 4, Math.min(cards.size(), sheet * 4 + 4));
                    sheet(doc, layout, four, true, m);
                    sheet(doc, layout, four, false, m);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void sheet(PDDocument doc, PdfLayout layout, List<Card> cards, boolean fronts, Messages m)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cropMarks(cs);
            for (int i = 0; i < cards.size(); i++) {
                Slot s = fronts ? slot(i) : slot(i).back();
                Card card = cards.get(i);
                Function<Float, List<List<PdfLayout.Line>>> content = scale -> fronts
                        ? front(layout, card, scale) : back(layout, card, scale, m);
                draw(layout, cs, page, s, content);
            }
        }
    }

    /** Sets the content at the largest scale (1.0 down to 0.5) at which it fits the card. */
    private static void draw(PdfLayout layout, PDPageContentStream cs, PDPage page, Slot s,
            Function<Float, List<List<PdfLayout.Line>>> content) throws IOException {
        float inner = A6_H - 2 * PAD;
        List<List<PdfLayout.Line>> blocks = null;
        for (float scale = 1f; scale >= 0.5f; scale -= 0.05f) {
            float sc = scale;
            blocks = layout.measured(A6_W - 2 * PAD, () -> content.apply(sc));
            if (height(blocks, 6 * scale) <= inner) {
                break;
            }
        }
        PdfLayout.Overlay o = layout.overlay(cs, page, s.y() + A6_H - PAD, s.x() + PAD);
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                o.space(6);
            }
            o.draw(blocks.get(b));
        }
    }

    private static float height(List<List<PdfLayout.Line>> blocks, float gap) {
        float h = 0;
        for (List<PdfLayout.Line> b : blocks) {
            h += PdfLayout.height(b) + gap;
        }
        return h;
    }

    private static PdfLayout.Style style(float size, float[] color, boolean bold, float scale) {
        return PdfLayout.Style.of(size * scale, color, bold);
    }

    private static List<List<PdfLayout.Line>> front(PdfLayout layout, Card c, float scale) {
        List<List<PdfLayout.Line>> blocks = new ArrayList<>();
        String top = String.join("  ·  ", PdfSummaryExporter.nonBlank(c.number(), c.deck()));
        if (!top.isEmpty()) {
            blocks.add(layout.wrapPlain(top, style(10, PdfLayout.GREY, false, scale), 0, null));
        }
        if (c.title() != null) {
            float size = wordsFit(layout, c.title(), 22 * scale);
            blocks.add(layout.wrapPlain(c.title(), PdfLayout.Style.of(size, PdfLayout.INK, true), 0, null));
        }
        if (c.question() != null) {
            float size = wordsFit(layout, c.question(), 17 * scale);
            blocks.add(layout.wrapPlain(c.question(), PdfLayout.Style.of(size, PdfLayout.ACCENT, true), 0, null));
        }
        return blocks;
    }

    /** The size, at most {@code size}, at which the longest word of a headline fits on one line. */
    private static float wordsFit(PdfLayout layout, String text, float size) {
        float measure = A6_W - 2 * PAD;
        float s = size;
        for (String word : text.split("\\s+")) {
            while (s > 6 && layout.width(word, true, s) > measure) {
                s -= 0.5f;
            }
        }
        return s;
    }

    private static List<List<PdfLayout.Line>> back(PdfLayout layout, Card c, float scale, Messages m) {
        List<List<PdfLayout.Line>> blocks = new ArrayList<>();
        PdfLayout.Style body = style(10, PdfLayout.INK, false, scale);
        PdfLayout.Style label = style(10, PdfLayout.INK, true, scale);
        if (c.leadIn(Card.BODY) != null && !c.body().isEmpty()) {
            blocks.add(layout.wrapMarkup(c.leadIn(Card.BODY), label, 0, null));
        }
        for (String p : c.body()) {
            blocks.add(layout.wrapMarkup(p, body, 0, null));
        }
        list(layout, blocks, label(c, Card.REMINDERS, m, "pdf.reminders"), c.reminders(), scale);
        list(layout, blocks, label(c, Card.DILEMMAS, m, "pdf.dilemmas"), c.dilemmas(), scale);
        list(layout, blocks, label(c, Card.STANDPOINTS, m, "pdf.standpoints"), c.standpoints(), scale);
        for (CardList l : c.lists()) {
            list(layout, blocks, l.leadIn(), l.items(), scale);
        }
        if (c.leadIn(Card.WHAT_IF) != null && !c.whatIf().isEmpty()) {
            blocks.add(layout.wrapMarkup(c.leadIn(Card.WHAT_IF), label, 0, null));
        }
        for (String w : c.whatIf()) {
            blocks.add(layout.wrapMarkup(w, style(12, PdfLayout.ACCENT, true, scale), 0, null));
        }
        if (blocks.isEmpty() && c.title() != null) {
            // A card that is only a title (the seed gives no more): the title on the back too, above its source.
            blocks.add(layout.wrapPlain(c.title(), style(14, PdfLayout.INK, true, scale), 0, null));
        }
        if (c.source() != null) {
            blocks.add(layout.wrapPlain(c.source(), style(7.5f, PdfLayout.GREY, false, scale), 0, null));
        }
        return blocks;
    }

    /** The part's lead-in from the source (markup), or else the generic label (as plain text). */
    private static String label(Card c, String part, Messages m, String key) {
        String leadIn = c.leadIn(part);
        return leadIn != null ? leadIn : Emphasis.escape(m.get(key));
    }

    /** A list under its label (none when null); a list of one item is a paragraph, without a bullet. */
    private static void list(PdfLayout layout, List<List<PdfLayout.Line>> blocks, String label, List<String> items,
            float scale) {
        if (items.isEmpty()) {
            return;
        }
        List<PdfLayout.Line> block = new ArrayList<>();
        if (label != null) {
            block.addAll(layout.wrapMarkup(label, style(10, PdfLayout.INK, true, scale), 0, null));
        }
        PdfLayout.Style item = style(10, PdfLayout.INK, false, scale);
        if (items.size() == 1) {
            block.addAll(layout.wrapMarkup(items.get(0), item, 0, null));
        } else {
            for (String i : items) {
                block.addAll(layout.wrapMarkup(i, item, 12, "•"));
            }
        }
        blocks.add(block);
    }

    /** Short marks on the sheet's edges where it is cut into four. */
    private static void cropMarks(PDPageContentStream cs) throws IOException {
        float w = PDRectangle.A4.getWidth();
        float h = PDRectangle.A4.getHeight();
        cs.setStrokingColor(0.5f, 0.5f, 0.5f);
        cs.setLineWidth(0.5f);
        float[][] lines = {
            {A6_W, 0, A6_W, MARK}, {A6_W, h - MARK, A6_W, h},
            {0, A6_H, MARK, A6_H}, {w - MARK, A6_H, w, A6_H},
            {A6_W - MARK / 2, A6_H, A6_W + MARK / 2, A6_H}, {A6_W, A6_H - MARK / 2, A6_W, A6_H + MARK / 2}};
        for (float[] l : lines) {
            cs.moveTo(l[0], l[1]);
            cs.lineTo(l[2], l[3]);
        }
        cs.stroke();
    }
}
