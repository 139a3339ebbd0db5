package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The summary leads with what matters (issue 16) and what a participant stumbled on is gone: the
 * first page is the overview; the overview alone is a page or two; a step's prompt is printed once;
 * tables without notes are named once; used time is never a decimal fraction; no table heading is
 * left at a page's foot; a long compound breaks where Unicode allows.
 */
class SummaryFirstTest {
    private static final PdfSummaryExporter EXPORTER = new PdfSummaryExporter(new PdfFonts());
    private static Session small;
    private static Session forum;

    @BeforeAll
    static void read() throws Exception {
        DocumentReader r = new DocumentReader();
        small = r.readSession("small", Files.readAllBytes(Path.of("../samples/halvfaerdig.session.json")));
        forum = r.readSession("forum", Files.readAllBytes(Path.of("../samples/strategisk-ledelsesforum-2019.session.json")));
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            PDFTextStripper t = new PDFTextStripper();
            t.setSortByPosition(true);
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                t.setStartPage(i);
                t.setEndPage(i);
                out.add(t.getText(doc));
            }
            return out;
        }
    }

    @Test
    void theFirstPageSaysWhatTheDocumentIsAndIsTheOverview() throws Exception {
        String first = pages(EXPORTER.render(List.of(small), ExportOptions.DEFAULT).bytes()).get(0);
        assertThat(first).contains("Opsamling fra workshoppen", "Overblik", "Hovedpointer", "★",
                "Del det halvfærdige tidligt", "Giv viden tilbage til borgerne", "Temaer",
                "Del det halvfærdige tidligt · 3 noter · 6 prikker", "(Bord 1 · Lytte)");
        assertThat(first.indexOf("Hovedpointer")).isLessThan(first.indexOf("Temaer"));
        assertThat(first).doesNotContain("Bordenes noter", "Bliv klogere sammen igen og igen");
    }

    @Test
    void theOverviewAloneIsThePageOrTwoAManagerReads() throws Exception {
        PdfSummaryExporter.Rendered r = EXPORTER.render(List.of(small), new ExportOptions(false, true));
        String text = String.join("\n", pages(r.bytes()));
        assertThat(r.pages()).isBetween(1, 2);
        assertThat(text).contains("Hovedpointer", "Temaer", "Opsamling", "Mest brugte ord", "borgerne")
                .doesNotContain("Bordenes noter", "Indhold", "Små huskere");
        PdfSummaryExporter.Rendered forumOverview = EXPORTER.render(List.of(forum), new ExportOptions(false, true));
        assertThat(forumOverview.pages()).isBetween(1, 2);
    }

    @Test
    void aStepsPromptIsPrintedOnceNotForEveryTable() throws Exception {
        String text = String.join("\n", pages(EXPORTER.render(List.of(small), ExportOptions.DEFAULT).bytes()))
                .replaceAll("\\s+", " ");
        String prompt = "Hvad ville princippet mon give anledning til i min organisation?";
        assertThat(text.split(Pattern.quote(prompt), -1)).hasSize(2);
        assertThat(text.split("Trin 2 · Tal om", -1)).hasSize(5);
    }

    @Test
    void tablesWithoutNotesAreNamedOnce() throws Exception {
        Exercise e = small.exercises().get(0);
        List<Group> groups = new ArrayList<>(e.groups());
        for (int i = 1; i < groups.size(); i++) {
            Group g = groups.get(i);
            groups.set(i, new Group(g.id(), g.name(), g.members(), g.cardId(), List.of(), g.extras()));
        }
        Session few = SessionEdits.withExercises(small, List.of(new Exercise(e.id(), e.title(), e.intro(), e.time(),
                e.source(), e.steps(), groups, e.run(), e.extras())));
        String text = String.join("\n", pages(EXPORTER.render(List.of(few), ExportOptions.DEFAULT).bytes()));
        assertThat(text).contains("Uden noter: Bord 2, Bord 3 og Bord 4.").doesNotContain("Ingen noter");
        assertThat(text.split("Bord 3", -1)).as("named once, no heading of its own").hasSize(2);
    }

    /**
     * The first table's notes grow line by line, so the second table's heading comes to every
     * height of the page once: it is never the last thing on a page, nor is a step's label.
     */
    @Test
    void noTableHeadingIsLeftAtAPagesFoot() throws Exception {
        Exercise e = small.exercises().get(0);
        for (int k = 1; k <= 44; k++) {
            List<Note> notes = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                // Some notes take two lines: the heading's height on the page moves by uneven steps.
                notes.add(new Note("tal", "Note " + i + " om at dele det halvfærdige med borgerne"
                        + (i % 3 == 0 ? ", med kollegerne, med politikerne og med alle andre, der har en mening" : ""),
                        null, Extras.NONE));
            }
            notes.add(new Note("tal", "En lang note der fylder to linjer på siden, fordi den handler om at turde dele "
                    + "det halvfærdige med borgerne og kollegerne tidligt", null, Extras.NONE));
            List<Group> groups = new ArrayList<>(e.groups());
            Group g = groups.get(0);
            groups.set(0, new Group(g.id(), g.name(), g.members(), g.cardId(), notes, g.extras()));
            Session s = SessionEdits.withExercises(small, List.of(new Exercise(e.id(), e.title(), e.intro(), e.time(),
                    e.source(), e.steps(), groups, e.run(), e.extras())));
            List<String> pages = pages(EXPORTER.render(List.of(s), ExportOptions.DEFAULT).bytes());
            for (int i = 0; i < pages.size(); i++) {
                List<String> lines = pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                // The last line is the footer ("Side X af Y"); the one above it is text, not a heading.
                String last = lines.get(lines.size() - 2);
                assertThat(last).as("%d notes: page %d ends with %s", k, i + 1, last)
                        .doesNotMatch("Bord \\d+|Trin \\d+ · .*|Bordenes noter");
            }
        }
    }

    @Test
    void theMostUsedWordsStayWithTheirHeading() throws Exception {
        // The forum's overview fills its first page down to the words' heading and explanation.
        List<String> pages = pages(EXPORTER.render(List.of(forum), ExportOptions.DEFAULT).bytes());
        for (int i = 0; i < pages.size(); i++) {
            List<String> lines = pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            String last = lines.get(lines.size() - 2);
            assertThat(last).as("page %d ends with %s", i + 1, last)
                    .isNotEqualTo("Mest brugte ord").doesNotStartWith("Ord fra alle noterne");
        }
    }

    @Test
    void aLongCompoundBreaksAfterItsHyphenOrSlashNotInsideALetterRun() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfLayout layout = new PdfLayout(doc, new PdfFonts().load(doc));
            String word = "Borgerinddragelses-/medborgerskabs-/samskabelses-/velfærdsinnovationsprojektet";
            List<PdfLayout.Line> lines = layout.wrapPlain(word + " " + word, PdfLayout.Style.of(24, PdfLayout.INK, false),
                    0, null);
            assertThat(lines.size()).isGreaterThan(2);
            for (PdfLayout.Line l : lines.subList(0, lines.size() - 1)) {
                String text = l.segments().stream().map(PdfLayout.Segment::text).reduce("", String::concat);
                assertThat(text.strip()).as(text).matches(".*[-/]|.*projektet");
            }
            String all = lines.stream().flatMap(l -> l.segments().stream()).map(PdfLayout.Segment::text)
                    .reduce("", String::concat);
            assertThat(all.replace(" ", "")).isEqualTo((word + word).replace(" ", ""));
        }
    }

    @Test
    void theRowsHoldEveryNoteWithItsThemeTagsAndStar() {
        var rows = Summary.rows(small, PdfSummaryExporter.messages(small));
        assertThat(rows).hasSize(small.noteCount());
        assertThat(rows.get(0)).isEqualTo(new Summary.Row("Tør du dele det halvfærdige?", "Tal om", "Bord 1",
                "Del det halvfærdige tidligt", "Lytte", true, "2024-05-29T10:06:00+02:00",
                small.exercises().get(0).groups().get(0).notes().get(0).text()));
        assertThat(rows.get(rows.size() - 1).exercise()).isEqualTo("Opsamling");
    }

    @Test
    void anEmptyNoteListGivesAnEmptyButValidOverview() throws Exception {
        Session empty = new Session("Tom", null, null, List.of(), "da", List.of(), List.of(), List.of(), Extras.NONE);
        String text = String.join("\n", pages(EXPORTER.render(List.of(empty), ExportOptions.DEFAULT).bytes()));
        assertThat(text).contains("Ingen hovedpointer, temaer eller opsamling endnu.");
        assertThat(Summary.overview(empty).isEmpty()).isTrue();
        assertThat(new Note(null, "x", null, Extras.NONE).keyPoint()).isFalse();
    }
}
