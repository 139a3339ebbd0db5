package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.DocumentReader;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

class CardPrinterTest {
    private final List<Card> cfia = new BuiltInLibrary(new DocumentReader()).decks().get(1).value().cards();

    @Test
    void eachBackLandsBehindItsFrontWhenFlippedOnTheLongEdge() {
        assertThat(CardPrinter.slot(0)).isEqualTo(new CardPrinter.Slot(0, 0));
        assertThat(CardPrinter.slot(3)).isEqualTo(new CardPrinter.Slot(1, 1));
        assertThat(CardPrinter.slot(0).back()).isEqualTo(new CardPrinter.Slot(1, 0));
        assertThat(CardPrinter.slot(5).back()).isEqualTo(new CardPrinter.Slot(0, 0));
        assertThat(CardPrinter.slot(0).x() + CardPrinter.slot(0).back().x()).isEqualTo(CardPrinter.A6_W);
    }

    @Test
    void sevenCardsGiveTwoSheetsOfFrontsAndBacksWithTheTextInItsPlace() throws Exception {
        byte[] pdf = new CardPrinter(new PdfFonts()).render(cfia, Locale.forLanguageTag("da"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            // Front of card #2 (top right of sheet 1); its back (top left of sheet 2) holds its text.
            assertThat(region(doc, 0, CardPrinter.slot(1))).contains("Vær skarp på hvilken værdi");
            assertThat(region(doc, 1, CardPrinter.slot(1).back())).contains("kvalitet, borgernes oplevelse");
            assertThat(region(doc, 2, CardPrinter.slot(6))).contains("Skab bæredygtig evalueringspraksis");
        }
    }

    @Test
    void aLongCardIsSetSmallerNotCut() throws Exception {
        Card card07 = new BuiltInLibrary(new DocumentReader()).decks().get(0).value().cards().get(0);
        byte[] pdf = new CardPrinter(new PdfFonts()).render(List.of(card07), Locale.forLanguageTag("da"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String back = region(doc, 1, CardPrinter.slot(0).back()).replaceAll("\\s+", " ");
            assertThat(back).contains("Hvad nu, hvis vi altid bliver klogere i fællesskab?")
                    .contains("Vi gør viden fælles");
        }
    }

    @Test
    void aCardThatIsOnlyATitleHasItOnTheBackAboveItsSource() throws Exception {
        Card gentaenk = new BuiltInLibrary(new DocumentReader()).decks().stream()
                .filter(d -> d.value().title().equals("Det vi har lært i 2023")).findFirst().orElseThrow()
                .value().cards().get(0);
        byte[] pdf = new CardPrinter(new PdfFonts()).render(List.of(gentaenk), Locale.forLanguageTag("da"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(region(doc, 1, CardPrinter.slot(0).back())).contains("#Gentænk problemet")
                    .contains("29. maj 2024");
        }
    }

    @Test
    void leadInsListsAndEmphasisAreOnTheBack() throws Exception {
        Card three = new BuiltInLibrary(new DocumentReader()).decks().get(2).value().cards().get(2);
        byte[] pdf = new CardPrinter(new PdfFonts()).render(List.of(three), Locale.forLanguageTag("da"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String back = region(doc, 1, CardPrinter.slot(0).back());
            assertThat(back).contains("At styrke vidensinformeret ledelse og praksis betyder kort fortalt:")
                    .contains("Det bliver en vigtig fælles opgave at forene følgende hensyn:")
                    .contains("Og at vi samtidig skal undgå").contains("Ambitionen er ikke mere bureaukrati")
                    .doesNotContain("*").doesNotContain("Dilemmaer");
            assertThat(doc.getPage(1).getResources().getFontNames()).hasSize(3);
        }
    }

    private static String region(PDDocument doc, int page, CardPrinter.Slot s) throws Exception {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float pageHeight = doc.getPage(page).getMediaBox().getHeight();
        // The stripper measures from the top of the page.
        stripper.addRegion("card", new java.awt.geom.Rectangle2D.Float(s.x(), pageHeight - s.y() - CardPrinter.A6_H,
                CardPrinter.A6_W, CardPrinter.A6_H));
        stripper.extractRegions(doc.getPage(page));
        return stripper.getTextForRegion("card").replaceAll("\\s+", " ");
    }
}
