package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.words.Hyphenator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Danish compound wider than its line is hyphenated at a point of the kept patterns, the last
 * that fits, with a visible hyphen that text extraction reads as a soft hyphen; anything else that
 * is too wide is still broken between characters, and a hyphen the writer typed stays where it was.
 */
class HyphenationInPdfTest {
    private static final PdfLayout.Style BODY = PdfLayout.Style.of(10.5f, PdfLayout.INK, false);
    static final String COMPOUND = "Sammenhængskraftsudviklingsprojektet";
    /** Wider than a note's line at 10.5 points (a made-up compound, as Danish allows). */
    static final String MEGA = "Sammenhængskraftsudviklingsprojektets" + "ledelsesudviklingsforløbenes"
            + "kvalitetssikringsarbejde";

    private static String text(PdfLayout.Line line) {
        return line.segments().stream().map(PdfLayout.Segment::text).reduce("", String::concat);
    }

    /** The width a line takes: where its last segment ends. */
    private static float width(PdfLayout layout, PdfLayout.Line line, PdfLayout.Style style) {
        PdfLayout.Segment last = line.segments().get(line.segments().size() - 1);
        return last.x() + layout.width(last.text(), last.face(), style.size());
    }

    private static List<String> wrapped(PdfLayout layout, String text, float measure) {
        return layout.measured(measure, () -> layout.wrapPlain(text, BODY, 0, null)).stream()
                .map(HyphenationInPdfTest::text).toList();
    }

    @Test
    void aCompoundWiderThanTheBoxBreaksAtTheLastPatternPointThatFitsWithAHyphen() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfLayout layout = new PdfLayout(doc, new PdfFonts().load(doc));
            float measure = 90;
            List<PdfLayout.Line> lines = layout.measured(measure, () -> layout.wrapPlain(COMPOUND, BODY, 0, null));
            List<String> texts = lines.stream().map(HyphenationInPdfTest::text).toList();
            // Sam-men-hængs-krafts-ud-vik-lings-pro-jek-tet, in 90 points of 10.5-point DejaVu Sans.
            assertThat(texts).containsExactly("Sammenhængs\u00AD", "kraftsudviklings\u00AD", "projektet");
            int[] points = Hyphenator.points(COMPOUND);
            int start = 0;
            for (int i = 0; i < lines.size(); i++) {
                String t = texts.get(i);
                assertThat(width(layout, lines.get(i), BODY)).as(t).isLessThanOrEqualTo(measure);
                if (i == lines.size() - 1) {
                    break;
                }
                int end = start + t.length() - 1;
                assertThat(points).as("%s ends at a pattern point", t).contains(end);
                // The next point would not have fitted.
                int next = Arrays.stream(points).filter(p -> p > end).findFirst().orElseThrow();
                String longer = COMPOUND.substring(start, next) + PdfLayout.SOFT_HYPHEN;
                assertThat(layout.width(longer, 0, BODY.size())).as(longer).isGreaterThan(measure);
                start = end;
            }
            assertThat(String.join("", texts).replace("\u00AD", "")).isEqualTo(COMPOUND);
        }
    }

    @Test
    void theFirstPieceGoesBesideTheWordsBeforeItAndTheRestFollowsOnTheLastLine() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfLayout layout = new PdfLayout(doc, new PdfFonts().load(doc));
            assertThat(wrapped(layout, "Vi talte om ledelsesudviklingsforløbene i dag.", 110))
                    .containsExactly("Vi talte om ledelses\u00AD", "udviklingsforløbene i", "dag.");
            assertThat(wrapped(layout, "Vi talte om (ledelsesudviklingsforløbene), i dag.", 110))
                    .containsExactly("Vi talte om (ledel\u00AD", "sesudviklingsforlø\u00AD", "bene), i dag.");
        }
    }

    @Test
    void addressesNumbersAndForeignTokensAreCutBetweenLettersAsBefore() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfLayout layout = new PdfLayout(doc, new PdfFonts().load(doc));
            for (String token : List.of("www.sammenhaengskraftsudviklingsprojektet.dk", "12345678901234567890123456",
                    "SammenhængsKraftsUdviklingsProjektet", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")) {
                List<String> lines = wrapped(layout, token, 90);
                assertThat(lines).as(token).hasSizeGreaterThan(1);
                assertThat(String.join("", lines)).as(token).isEqualTo(token);
            }
            // An English document is not hyphenated with Danish patterns.
            layout.hyphenating(false);
            List<String> lines = wrapped(layout, COMPOUND, 90);
            assertThat(String.join("", lines)).isEqualTo(COMPOUND);
            assertThat(lines.get(0)).isEqualTo("Sammenhængsk");
        }
    }

    @Test
    void aTypedHyphenStaysTheBreakWhereTheFirstPartFits() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfLayout layout = new PdfLayout(doc, new PdfFonts().load(doc));
            List<String> lines = wrapped(layout, "PDF-eksport af ledelses-sammenhængskraftsudviklingsprojektet", 140);
            assertThat(lines.get(0)).isEqualTo("PDF-eksport af ledelses-");
            assertThat(lines.get(1)).endsWith("\u00AD");
            assertThat(String.join("", lines).replace("\u00AD", ""))
                    .isEqualTo("PDF-eksport af ledelses-sammenhængskraftsudviklingsprojektet");
        }
    }

    /** The small sample with {@link #MEGA} in a note and {@link #COMPOUND} in the title (24 points). */
    static Session withLongCompounds() throws Exception {
        Session small = new DocumentReader().readSession("small",
                Files.readAllBytes(Path.of("../samples/halvfaerdig.session.json")));
        Exercise e = small.exercises().get(0);
        Group g = e.groups().get(0);
        List<Note> notes = new ArrayList<>(g.notes());
        notes.add(new Note(notes.get(0).stepId(), "Vi talte om " + MEGA + " og om https://example.org/"
                + "x".repeat(120) + ".", null, notes.get(0).extras()));
        List<Group> groups = new ArrayList<>(e.groups());
        groups.set(0, new Group(g.id(), g.name(), g.members(), g.cardId(), notes, g.extras()));
        Exercise e2 = new Exercise(e.id(), e.title(), e.intro(), e.steps(), groups, e.run(), e.extras());
        List<Exercise> exercises = new ArrayList<>(small.exercises());
        exercises.set(0, e2);
        return new Session(COMPOUND + " i Aarhus", small.date(), small.place(), small.facilitators(), "da",
                small.cards(), exercises, small.harvest(), small.extras());
    }

    @Test
    void pdfBoxReadsTheCompoundWholeWithASoftHyphenAtEachBreakAndTheExportIsDeterministic() throws Exception {
        PdfSummaryExporter exporter = new PdfSummaryExporter(new PdfFonts());
        Session s = withLongCompounds();
        byte[] pdf = exporter.render(List.of(s), ExportOptions.DEFAULT).bytes();
        assertThat(exporter.render(List.of(s), ExportOptions.DEFAULT).bytes()).isEqualTo(pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("\u00AD\n");
        String joined = text.replaceAll("\u00AD\\R", "");
        assertThat(joined).contains(MEGA).contains(COMPOUND + " i Aarhus");
        // No hard hyphen was added, and the address was cut between letters, not hyphenated.
        assertThat(text.replaceAll("\\s+", "")).contains("https://example.org/" + "x".repeat(120))
                .doesNotContain("Sammenhængs-").doesNotContain("ledelses-");
    }

    /** Poppler's pdftotext (CI installs it) keeps the soft hyphen at the line's end: the word is whole without it. */
    @Test
    void pdftotextReadsASoftHyphenWhereTheCompoundBreaks(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("lang.pdf");
        Files.write(pdf, new PdfSummaryExporter(new PdfFonts()).render(List.of(withLongCompounds()),
                ExportOptions.DEFAULT).bytes());
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text).contains("\u00AD\n").doesNotContain("Sammenhængs-").doesNotContain("ledelses-");
        assertThat(text.replaceAll("\u00AD\\R", "")).contains(MEGA).contains(COMPOUND + " i Aarhus");
    }
}
