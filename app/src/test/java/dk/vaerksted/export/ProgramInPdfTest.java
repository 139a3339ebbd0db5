package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.day.DayEdits;
import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.NewSession;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ReportRound;
import dk.vaerksted.core.session.Session;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The summary shows the day's program, planned against actual, and the report-back round (issue 17). */
class ProgramInPdfTest {
    private static String t(int h, int m, int s) {
        return String.format("2019-08-30T%02d:%02d:%02d+02:00", h, m, s);
    }

    /** Seed 003's example day with 16 tables, run: late, a skipped item, a round, ended. */
    static Session ranDay() {
        Session template = new BuiltInLibrary(new DocumentReader()).templates().stream()
                .map(BuiltInLibrary.Entry::value).filter(x -> Program.of(x).isPresent()).findFirst().orElseThrow();
        Session s = NewSession.fromTemplate(template, LocalDate.of(2019, 8, 30), 16);
        Program p = Program.of(s).orElseThrow();
        p = DayEdits.start(p, 0, t(9, 4, 0));
        p = DayEdits.start(p, 1, t(9, 23, 0));
        p = DayEdits.start(p, 2, t(9, 38, 0));
        p = DayEdits.start(p, 3, t(10, 10, 0));
        p = DayEdits.start(p, 4, t(11, 2, 0));
        p = DayEdits.start(p, 5, t(11, 14, 0));
        p = DayEdits.start(p, 7, t(11, 50, 0)); // the citizens' talk was skipped
        p = DayEdits.start(p, 12, t(12, 40, 0));
        ReportRound r = DayEdits.Rounds.begin(List.of("bord-7", "bord-3", "bord-12", "bord-1"), 2, true,
                new Random(1), t(12, 41, 0));
        r = DayEdits.Rounds.next(r, t(12, 42, 52));
        r = DayEdits.Rounds.skip(r, t(12, 43, 0));
        r = DayEdits.Rounds.end(r, t(12, 44, 30)); // stopped before the last table
        p = DayEdits.withRound(p, 12, r);
        p = DayEdits.endRunning(p, t(13, 20, 0));
        return Program.set(s, p);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theProgramPageShowsPlannedAgainstActualAndTheRound() throws Exception {
        Session day = ranDay();
        String text = text(new PdfSummaryExporter(new PdfFonts()).render(List.of(day), ExportOptions.DEFAULT).bytes());
        assertThat(text).contains("Dagens program");
        assertThat(text).contains("Tiderne i programmet er et eksempel, ikke kildens");
        assertThat(text).contains("Kilde: Program · Fælles om ledelse, Strategisk Ledelsesforum · 30. august 2019");
        assertThat(text).contains("09.00 → 09.04");
        assertThat(text).contains("planlagt 15 min., brugt 19 min.");
        assertThat(text).contains("Samskabelse – hvor svært kan det være?! Set fra borgerperspektiv");
        assertThat(text).contains("sprunget over").contains("ikke holdt");
        assertThat(text).contains("Runde med bordene: Opsamling på dagens drøftelser");
        assertThat(text).contains("2 min. pr. bord, i blandet rækkefølge");
        String round = text.substring(text.indexOf("Runde med bordene"));
        assertThat(round).contains("· 1:52").contains("· 1:30").contains("· sprang over")
                .contains("· kom ikke til orde");
        assertThat(text).contains("Sidste punkt sluttede kl. 13.20");
    }

    @Test
    void aSessionWithoutAProgramHasNoProgramPage() throws Exception {
        Session plain = new DocumentReader().readSession("small", java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("../samples/halvfaerdig.session.json")));
        String text = text(new PdfSummaryExporter(new PdfFonts()).render(List.of(plain), ExportOptions.DEFAULT).bytes());
        assertThat(text).doesNotContain("Dagens program");
    }
}
