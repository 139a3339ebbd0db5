package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSummaryExporterTest {
    private static final PdfFonts FONTS = new PdfFonts();
    private static Session forum;
    private static Session small;

    @TempDir
    Path dir;

    private final PdfSummaryExporter exporter = new PdfSummaryExporter(FONTS);

    @BeforeAll
    static void readSamples() throws Exception {
        DocumentReader reader = new DocumentReader();
        forum = reader.readSession("forum", Files.readAllBytes(Path.of("../samples/strategisk-ledelsesforum-2019.session.json")));
        small = reader.readSession("small", Files.readAllBytes(Path.of("../samples/halvfaerdig.session.json")));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everyNoteOfTheForumIsInThePdf() throws Exception {
        PdfSummaryExporter.Rendered r = exporter.render(List.of(forum), ExportOptions.DEFAULT);
        String text = squash(text(r.bytes()));
        List<String> notes = new ArrayList<>();
        forum.exercises().forEach(e -> e.groups().forEach(g -> g.notes().forEach(n -> notes.add(n.text()))));
        forum.harvest().forEach(h -> h.notes().forEach(n -> notes.add(n.text())));
        assertThat(notes).hasSizeGreaterThan(100);
        for (String note : notes) {
            assertThat(text).as(note).contains(squash(note));
        }
        assertThat(r.pages()).isGreaterThan(10);
    }

    @Test
    void coverHeaderFooterAndTitleAreThere() throws Exception {
        PdfSummaryExporter.Rendered r = exporter.render(List.of(small), ExportOptions.DEFAULT);
        String text = text(r.bytes());
        assertThat(text).contains("Strategisk Ledelsesforum – Tør du").contains("29. maj 2024")
                .contains("Aarhus Rådhus").contains("Mette Holm").contains("Indhold").contains("Side 1 af " + r.pages())
                .contains("Side " + r.pages() + " af " + r.pages()).contains("Bliv klogere sammen igen og igen")
                .contains("Små huskere").contains("Opsamling");
    }

    @Test
    void theSourcesTimeIsApartFromThePlannedMinutesAndSourcesAreNamed() throws Exception {
        String text = text(exporter.render(List.of(PdfConformanceTest.withEmphasis()), ExportOptions.DEFAULT).bytes());
        assertThat(text).contains("Kildens tid: Ca. 10 minutter.").contains("2 min. planlagt, 2 min. 10 sek. brugt")
                .contains("Kilde: DINs årskonference · 29. maj 2024")
                .contains("Kilde: Opsamling på dagens drøftelser · 30. august 2019");
        assertThat(text).doesNotContain("*");
    }

    @Test
    void leadInsReplaceTheGenericLabelsAndAListOfOneIsAParagraph() throws Exception {
        String text = text(exporter.render(List.of(PdfConformanceTest.withEmphasis()), ExportOptions.DEFAULT).bytes());
        assertThat(text).contains("At styrke vidensinformeret ledelse betyder kort fortalt:")
                .contains("Det bliver en vigtig fælles opgave at forene følgende hensyn:")
                .contains("’Hvad nu hvis’ - refleksioner").contains("Umiddelbare ståsteder")
                .contains("• Og at vi samtidig skal undgå målmylder.")
                .doesNotContain("• Ambitionen").doesNotContain("• Også hvis").contains("Ambitionen er ikke mere");
    }

    @Test
    void theObliqueFacesAreEmbeddedOnlyWhenATextHasEmphasis() throws Exception {
        assertThat(fontNames(exporter.render(List.of(small), ExportOptions.DEFAULT).bytes()))
                .noneMatch(n -> n.contains("Oblique"));
        assertThat(fontNames(exporter.render(List.of(PdfConformanceTest.withEmphasis()), ExportOptions.DEFAULT).bytes()))
                .anyMatch(n -> n.endsWith("DejaVuSans-Oblique")).anyMatch(n -> n.endsWith("DejaVuSans-BoldOblique"));
    }

    private static java.util.Set<String> fontNames(byte[] pdf) throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    @Test
    void plannedAndUsedMinutesAreShown() throws Exception {
        String text = text(exporter.render(List.of(small), ExportOptions.DEFAULT).bytes());
        assertThat(text).contains("2 min. planlagt, 2 min. 10 sek. brugt").contains("8 min. planlagt, 9 min. brugt")
                .contains("I alt 10 min. planlagt, 11 min. 10 sek. brugt.");
        // Never a decimal fraction of a minute.
        assertThat(text).doesNotContainPattern("\\d,\\d min\\.");
    }

    @Test
    void noLigaturesSoTextCanBeSearched() throws Exception {
        String text = text(exporter.render(List.of(small), ExportOptions.DEFAULT).bytes());
        assertThat(text).contains("Fleksibilitet").doesNotContain("\uFB02").doesNotContain("\uFB01");
    }

    @Test
    void namesArePrintedOnlyWhenAskedFor() throws Exception {
        String without = text(exporter.render(List.of(small), ExportOptions.DEFAULT).bytes());
        String with = text(exporter.render(List.of(small), new ExportOptions(true)).bytes());
        assertThat(without).doesNotContain("Anne Holm");
        assertThat(with).contains("Anne Holm");
    }

    @Test
    void theSameSessionGivesTheSameBytes() throws Exception {
        byte[] a = exporter.render(List.of(forum), ExportOptions.DEFAULT).bytes();
        byte[] b = new PdfSummaryExporter(new PdfFonts()).render(List.of(forum), ExportOptions.DEFAULT).bytes();
        assertThat(a).isEqualTo(b);
    }

    /**
     * The work on the second thread (the document begun while the file is read, the words counted
     * and the pages compressed beside the layout) changes no byte: the same PDF as all on one thread,
     * again and again.
     */
    @Test
    void theSecondThreadChangesNoByte() throws Exception {
        PdfSummaryExporter oneThread = new PdfSummaryExporter(new PdfFonts(), false);
        for (List<Session> sessions : List.of(List.of(forum), List.of(small, forum))) {
            byte[] alone = oneThread.render(sessions, ExportOptions.DEFAULT).bytes();
            PdfSummaryExporter twoThreads = new PdfSummaryExporter(new PdfFonts());
            for (int i = 0; i < 3; i++) {
                if (i == 1) {
                    twoThreads.prepare();
                }
                assertThat(twoThreads.render(sessions, ExportOptions.DEFAULT).bytes()).as("export %d", i).isEqualTo(alone);
            }
        }
    }

    /**
     * The most used words are kept per version of a session (counted ahead when the export is
     * chosen, or by the export before): the same session exported again gives the same PDF, and a
     * version with a note added gets the words of its own notes, never the previous version's.
     */
    @Test
    void eachVersionOfASessionGetsItsOwnMostUsedWords() throws Exception {
        PdfSummaryExporter oneThread = new PdfSummaryExporter(new PdfFonts(), false);
        Session later = withNote(forum, "Zebraflokken løber. ".repeat(80));
        byte[] forumAlone = oneThread.render(List.of(forum), ExportOptions.DEFAULT).bytes();
        byte[] laterAlone = oneThread.render(List.of(later), ExportOptions.DEFAULT).bytes();
        assertThat(squash(text(laterAlone))).contains("zebraflokken");
        assertThat(squash(text(forumAlone))).doesNotContain("zebraflokken");

        PdfSummaryExporter app = new PdfSummaryExporter(new PdfFonts());
        app.prepare(List.of(forum));
        assertThat(app.render(List.of(forum), ExportOptions.DEFAULT).bytes()).isEqualTo(forumAlone);
        assertThat(app.render(List.of(forum), ExportOptions.DEFAULT).bytes()).as("again").isEqualTo(forumAlone);
        assertThat(app.render(List.of(later), ExportOptions.DEFAULT).bytes()).as("a new version").isEqualTo(laterAlone);
        app.prepare(List.of(forum));
        assertThat(app.render(List.of(later), ExportOptions.DEFAULT).bytes()).as("the other one prepared")
                .isEqualTo(laterAlone);
        assertThat(app.render(List.of(forum), ExportOptions.DEFAULT).bytes()).as("the first again").isEqualTo(forumAlone);
    }

    /**
     * The PDF made ahead while the facilitator chooses the file and the options (as the window does
     * when Eksporter is chosen) is written by the click when the session and the choices are the
     * ones it was made for, and is the same file a plain export writes; a note added meanwhile, or
     * another choice in the export dialog, is never exported from the stale one.
     */
    @Test
    void aPdfMadeAheadIsWrittenOnlyForWhatItWasMadeFor(@TempDir Path dir) throws Exception {
        PdfSummaryExporter oneThread = new PdfSummaryExporter(new PdfFonts(), false);
        Session later = withNote(forum, "Zebraflokken løber. ".repeat(80));
        ExportOptions names = new ExportOptions(true, false);
        byte[] forumAlone = oneThread.render(List.of(forum), ExportOptions.DEFAULT).bytes();
        byte[] laterAlone = oneThread.render(List.of(later), ExportOptions.DEFAULT).bytes();
        byte[] namesAlone = oneThread.render(List.of(forum), names).bytes();
        Path out = dir.resolve("opsamling.pdf");

        PdfSummaryExporter app = new PdfSummaryExporter(new PdfFonts());
        app.prepareAhead(List.of(forum), ExportOptions.DEFAULT);
        app.prepareAhead(List.of(forum), ExportOptions.DEFAULT); // the export dialog asks again
        ExportTimings t = ExportTimings.startingNow();
        app.export(List.of(forum), ExportOptions.DEFAULT, out, t);
        assertThat(Files.readAllBytes(out)).as("made ahead").isEqualTo(forumAlone);
        assertThat(t.millis()).containsKey("made ahead (wait)").doesNotContainKey("layout");

        app.prepareAhead(List.of(forum), ExportOptions.DEFAULT);
        t = ExportTimings.startingNow();
        app.export(List.of(later), ExportOptions.DEFAULT, out, t);
        assertThat(Files.readAllBytes(out)).as("a note added while the dialogs were open").isEqualTo(laterAlone);
        assertThat(t.millis()).containsKey("layout");

        app.prepareAhead(List.of(forum), ExportOptions.DEFAULT);
        app.export(List.of(forum), names, out);
        assertThat(Files.readAllBytes(out)).as("names chosen in the export dialog").isEqualTo(namesAlone);

        app.export(List.of(forum), ExportOptions.DEFAULT, out);
        assertThat(Files.readAllBytes(out)).as("nothing made ahead").isEqualTo(forumAlone);
    }

    /**
     * Notes wrapped ahead on another layout are the lines this layout would have made, and are
     * taken from there; the thread wrapping from the end stops where the layout has been.
     */
    @Test
    void notesWrappedAheadAreTheSameLines() throws Exception {
        PdfLayout.Style body = PdfLayout.Style.of(10.5f, PdfLayout.INK, false);
        List<String> texts = PdfSummaryExporter.noteTexts(forum, false);
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.Faces faces = new PdfFonts().load(doc);
            PdfLayout alone = new PdfLayout(doc, faces);
            PdfLayout.Ahead ahead = new PdfLayout.Ahead(body, 14, "•");
            PdfLayout layout = new PdfLayout(doc, faces);
            layout.wrapAhead(ahead);
            int middle = texts.size() / 2;
            List<PdfLayout.Line> here = layout.wrapPlain(texts.get(middle), body, 14, "•");
            ahead.wrapFromTheEnd(new PdfLayout(doc, faces), texts);
            // (The same text object may be several notes' text: those after the meeting point are wrapped.)
            java.util.Set<String> later = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            later.addAll(texts.subList(middle, texts.size()));
            int unwrapped = 0;
            for (int i = 0; i < middle; i++) {
                if (!later.contains(texts.get(i))) {
                    assertThat(ahead.lines.get(new PdfLayout.Ahead.Key(texts.get(i)))).as("note %d, before the meeting point", i)
                            .isNull();
                    unwrapped++;
                }
            }
            assertThat(unwrapped).isGreaterThan(10);
            assertThat(ahead.lines.get(new PdfLayout.Ahead.Key(texts.get(texts.size() - 1)))).isInstanceOf(List.class);
            assertThat(here).isEqualTo(alone.wrapPlain(texts.get(middle), body, 14, "•"));
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                Object before = ahead.lines.get(new PdfLayout.Ahead.Key(t));
                List<PdfLayout.Line> lines = layout.wrapPlain(t, body, 14, "•");
                assertThat(lines).as("note %d", i).isEqualTo(alone.wrapPlain(t, body, 14, "•"));
                if (i > middle) {
                    assertThat(lines).as("note %d taken from the other layout", i).isSameAs(before);
                }
            }
            assertThat(layout.wrapPlain(texts.get(0), body, 0, null)).as("another indent: wrapped here")
                    .isEqualTo(alone.wrapPlain(texts.get(0), body, 0, null));
        }
    }

    @Test
    void bookmarksForExercisesAndGroupsAndMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(exporter.render(List.of(forum), ExportOptions.DEFAULT).bytes())) {
            PDOutlineItem session = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(session.getTitle()).isEqualTo(forum.title());
            assertThat(session.getFirstChild().getTitle()).isEqualTo("Overblik");
            PDOutlineItem exercise = session.getFirstChild().getNextSibling();
            assertThat(exercise.getTitle()).isEqualTo("Gruppedrøftelse: Grænsekrydsende samarbejde");
            assertThat(exercise.getFirstChild().getTitle()).isEqualTo("Bord 1");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(forum.title());
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Mette Holm, Søren Kragh");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da");
        }
    }

    @Test
    void charactersTheFontLacksAreReplacedNeverFatal() throws Exception {
        Session odd = withNote(small, "Tegn: 漢字 \uE000 \u0007 tab\there 😊 ✓ æøå "
                + "x".repeat(400) + " https://example.org/" + "a/".repeat(150));
        byte[] pdf = exporter.render(List.of(odd), ExportOptions.DEFAULT).bytes();
        String text = text(pdf);
        assertThat(text).contains("\uFFFD").contains("😊").contains("✓").contains("æøå").contains("tab here");
        assertThat(squash(text)).contains("x".repeat(400));
    }

    @Test
    void englishSessionsGetEnglishLabels() throws Exception {
        Session en = new Session(small.title(), small.date(), small.place(), small.facilitators(), "en", small.cards(),
                small.exercises(), small.harvest(), Extras.NONE);
        String text = text(exporter.render(List.of(en), ExportOptions.DEFAULT).bytes());
        assertThat(text).contains("Page 1 of 3").contains("29 May 2024").contains("Contents");
    }

    @Test
    void severalSessionsMergeIntoOneDocument() throws Exception {
        PdfSummaryExporter.Rendered one = exporter.render(List.of(small), ExportOptions.DEFAULT);
        PdfSummaryExporter.Rendered both = exporter.render(List.of(small, forum), ExportOptions.DEFAULT);
        assertThat(both.pages()).isGreaterThan(one.pages());
        String text = text(both.bytes());
        assertThat(text).contains(small.title().substring(0, 20)).contains(forum.title());
    }

    @Test
    void exportWritesAtomicallyAndAFailedExportLeavesNoFile() throws Exception {
        Path target = dir.resolve("opsamling.pdf");
        int pages = exporter.export(List.of(small), ExportOptions.DEFAULT, target);
        assertThat(pages).isEqualTo(exporter.render(List.of(small), ExportOptions.DEFAULT).pages());
        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        Path missing = dir.resolve("no-such-folder").resolve("x.pdf");
        assertThatThrownBy(() -> exporter.export(List.of(small), ExportOptions.DEFAULT, missing))
                .isInstanceOf(IOException.class);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void emptySessionStillExports() throws Exception {
        Session empty = new Session("Tom", null, null, List.of(), "da", List.of(), List.of(), List.of(), Extras.NONE);
        assertThat(exporter.render(List.of(empty), ExportOptions.DEFAULT).pages()).isEqualTo(1);
    }

    @Test
    void cardsThatDifferPerTableArePrintedOnceInAnAppendix() throws Exception {
        PdfSummaryExporter.Rendered r = exporter.render(List.of(forum), ExportOptions.DEFAULT);
        String text = text(r.bytes());
        assertThat(text).contains("De kort, bordene arbejdede med");
        String body = "kvalitet, borgernes oplevelse";
        assertThat(text.split(java.util.regex.Pattern.quote(body), -1)).hasSize(2);
        try (PDDocument doc = Loader.loadPDF(r.bytes())) {
            PDOutlineItem session = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(session.getLastChild().getTitle()).isEqualTo("Kort");
        }
    }

    private static Session withNote(Session s, String text) {
        var e = s.exercises().get(0);
        Group g = e.groups().get(0);
        List<Note> notes = new ArrayList<>(g.notes());
        notes.add(new Note("tal", text, null, Extras.NONE));
        Group g2 = new Group(g.id(), g.name(), g.members(), g.cardId(), notes, g.extras());
        List<Group> groups = new ArrayList<>(e.groups());
        groups.set(0, g2);
        var e2 = new dk.vaerksted.core.session.Exercise(e.id(), e.title(), e.intro(), e.steps(), groups, e.run(), e.extras());
        List<HarvestPrompt> h = s.harvest();
        return new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), List.of(e2), h,
                s.extras());
    }
}
