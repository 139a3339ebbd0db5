package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dk.vaerksted.core.qr.QrCode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed table cards: one per table, the sentence, a QR code a phone can read, the link in text. */
class TableCardSheetTest {
    private static List<TableCardSheet.Table> tables(int n) {
        List<TableCardSheet.Table> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new TableCardSheet.Table("Bord " + i, "http://192.168.100.200:54321/t/" + "AbC-_".repeat(4)
                    + String.format("%02d", i)));
        }
        return out;
    }

    @Test
    void eachTableGetsACardWithItsSentenceAndLink() throws Exception {
        byte[] pdf = new TableCardSheet(new PdfFonts()).render(tables(6), Locale.forLanguageTag("da"));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            for (TableCardSheet.Table t : tables(6)) {
                assertThat(text).contains(t.name() + " — scan for at skrive jeres noter").contains(t.link());
            }
            assertThat(text).contains("eller skriv:");
        }
        byte[] english = new TableCardSheet(new PdfFonts()).render(tables(1), Locale.ENGLISH);
        try (PDDocument d = Loader.loadPDF(english)) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", " "))
                    .contains("Bord 1 — scan to write your notes");
        }
    }

    @Test
    void thePrintedCodesScanToTheLinks() throws Exception {
        List<TableCardSheet.Table> four = tables(4);
        byte[] pdf = new TableCardSheet(new PdfFonts()).render(four, Locale.forLanguageTag("da"));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(d).renderImageWithDPI(0, 150);
            int w = page.getWidth() / 2;
            int h = page.getHeight() / 2;
            for (int i = 0; i < 4; i++) {
                CardPrinter.Slot s = CardPrinter.slot(i);
                BufferedImage card = page.getSubimage(s.column() * w, s.row() * h, w, h);
                assertThat(decode(card)).as("card %d", i + 1).isEqualTo(four.get(i).link());
            }
        }
    }

    @Test
    void aCodeHoldsItsTextAndGrowsWithIt() throws Exception {
        QrCode small = QrCode.of("http://10.0.0.2:8080/t/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(small.size()).isBetween(21, 41).matches(n -> (n - 17) % 4 == 0);
        int scale = 6;
        int side = (small.size() + 2 * QrCode.QUIET_ZONE) * scale;
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QrCode.QUIET_ZONE;
                int my = y / scale - QrCode.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < small.size() && my < small.size() && small.dark(mx, my);
                img.setRGB(x, y, dark ? 0 : 0xffffff);
            }
        }
        assertThat(decode(img)).isEqualTo("http://10.0.0.2:8080/t/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(QrCode.of("x".repeat(300)).size()).isGreaterThan(small.size());
    }

    static String decode(BufferedImage img) throws Exception {
        int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(),
                img.getHeight(), px)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
