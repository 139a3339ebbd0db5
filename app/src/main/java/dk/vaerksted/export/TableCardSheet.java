package dk.vaerksted.export;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.qr.QrCode;
import dk.vaerksted.core.session.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The room's table cards to print and put on the tables: one A6 card per table, four to an A4
 * sheet with crop marks, each with "Bord 7 — scan for at skrive jeres noter", the table's QR code
 * and its link in text for typing.
 */
public final class TableCardSheet {
    /** A table's name and link. */
    public record Table(String name, String link) {}

    /** The QR code's side on the card: 6.7 cm, easily scanned from a seat. */
    static final float QR_SIDE = 190;

    private final PdfFonts fonts;

    public TableCardSheet(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the sheets atomically; returns the number of pages. */
    public int print(List<Table> tables, Locale language, Path target) throws IOException {
        byte[] bytes = render(tables, language);
        AtomicFiles.write(target, bytes);
        return (tables.size() + 3) / 4;
    }

    public byte[] render(List<Table> tables, Locale language) throws IOException {
        Messages m = new Messages("dk.vaerksted.i18n.room", language);
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Faces faces = fonts.load(doc);
            doc.getDocumentInformation().setTitle(m.get("cards.title"));
            doc.getDocumentInformation().setCreator("Værksted");
            doc.getDocumentInformation().setProducer("Værksted");
            doc.setDocumentId((long) tables.hashCode());
            try (PdfLayout layout = new PdfLayout(doc, faces)) {
                for (int sheet = 0; sheet * 4 < tables.size(); sheet++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cropMarks(cs);
                        for (int i = sheet * 4; i < Math.min(tables.size(), sheet * 4 + 4); i++) {
                            card(layout, cs, page, CardPrinter.slot(i), tables.get(i), m);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void card(PdfLayout layout, PDPageContentStream cs, PDPage page, CardPrinter.Slot s, Table t,
            Messages m) throws IOException {
        float pad = CardPrinter.PAD;
        float measure = CardPrinter.A6_W - 2 * pad;
        float left = s.x() + pad;
        float top = s.y() + CardPrinter.A6_H - pad;
        List<PdfLayout.Line> head = layout.measured(measure, () -> layout.wrapPlain(m.get("cards.scan", t.name()),
                PdfLayout.Style.of(15, PdfLayout.ACCENT, true), 0, null));
        float linkSize = 10;
        while (linkSize > 6 && layout.width(t.link(), false, linkSize) > measure) {
            linkSize -= 0.25f;
        }
        float size = linkSize;
        List<PdfLayout.Line> or = layout.measured(measure, () -> layout.wrapPlain(m.get("cards.orType"),
                PdfLayout.Style.of(9, PdfLayout.GREY, false), 0, null));
        List<PdfLayout.Line> link = layout.measured(measure, () -> layout.wrapPlain(t.link(),
                PdfLayout.Style.of(size, PdfLayout.INK, false), 0, null));
        List<PdfLayout.Line> foot = layout.measured(measure, () -> layout.wrapPlain(m.get("cards.footer"),
                PdfLayout.Style.of(7.5f, PdfLayout.GREY, false), 0, null));
        PdfLayout.Overlay o = layout.overlay(cs, page, top, left);
        o.draw(head);
        o.space(12);
        float qrTop = o.top();
        qr(cs, QrCode.of(t.link()), left + (measure - QR_SIDE) / 2, qrTop - QR_SIDE, QR_SIDE);
        o.space(QR_SIDE + 12);
        o.draw(or);
        o.draw(link);
        PdfLayout.Overlay bottom = layout.overlay(cs, page, s.y() + pad + PdfLayout.height(foot), left);
        bottom.draw(foot);
    }

    /** The code's dark modules as filled squares, its quiet zone inside {@code side}. */
    static void qr(PDPageContentStream cs, QrCode code, float x, float y, float side) throws IOException {
        int n = code.size() + 2 * QrCode.QUIET_ZONE;
        float module = side / n;
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < code.size(); row++) {
            for (int col = 0; col < code.size(); col++) {
                if (code.dark(col, row)) {
                    float mx = x + (col + QrCode.QUIET_ZONE) * module;
                    float my = y + side - (row + QrCode.QUIET_ZONE + 1) * module;
                    cs.addRect(mx, my, module, module);
                }
            }
        }
        cs.fill();
    }

    private static void cropMarks(PDPageContentStream cs) throws IOException {
        float w = PDRectangle.A4.getWidth();
        float h = PDRectangle.A4.getHeight();
        float mark = 14;
        float cw = CardPrinter.A6_W;
        float ch = CardPrinter.A6_H;
        cs.setStrokingColor(0.5f, 0.5f, 0.5f);
        cs.setLineWidth(0.5f);
        float[][] lines = {
            {cw, 0, cw, mark}, {cw, h - mark, cw, h}, {0, ch, mark, ch}, {w - mark, ch, w, ch},
            {cw - mark / 2, ch, cw + mark / 2, ch}, {cw, ch - mark / 2, cw, ch + mark / 2}};
        for (float[] l : lines) {
            cs.moveTo(l[0], l[1]);
            cs.lineTo(l[2], l[3]);
        }
        cs.stroke();
    }
}
