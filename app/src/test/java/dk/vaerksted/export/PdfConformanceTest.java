package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The summary is archivable (PDF/A-2u) and accessible (PDF/UA-1): veraPDF, the reference
 * validator, finds no failure in the samples, in a merged summary or in a session full of odd
 * characters; and a screen reader finds headings, paragraphs and lists in reading order.
 */
class PdfConformanceTest {
    private static final PdfSummaryExporter EXPORTER = new PdfSummaryExporter(new PdfFonts());
    private static Session forum;
    private static Session small;

    @BeforeAll
    static void setUp() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        DocumentReader reader = new DocumentReader();
        forum = reader.readSession("forum",
                Files.readAllBytes(Path.of("../samples/strategisk-ledelsesforum-2019.session.json")));
        small = reader.readSession("small", Files.readAllBytes(Path.of("../samples/halvfaerdig.session.json")));
    }

    /** Failed rules ("clause-test: message ×count"), empty when the file conforms. */
    private static List<String> failures(byte[] pdf, String flavour) throws Exception {
        PDFAFlavour f = PDFAFlavour.fromString(flavour);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), f)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(f, false);
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": "
                            + t.getMessage(), 1, Integer::sum);
                }
            }
            List<String> out = new ArrayList<>();
            failed.forEach((k, n) -> out.add(k + " ×" + n));
            if (out.isEmpty()) {
                assertThat(result.isCompliant()).as("compliant without failed assertions").isTrue();
            }
            return out;
        }
    }

    private static void assertConforms(byte[] pdf) throws Exception {
        assertThat(failures(pdf, "2u")).as("PDF/A-2u").isEmpty();
        assertThat(failures(pdf, "ua1")).as("PDF/UA-1").isEmpty();
    }

    /** The day's program, planned against actual, and a report-back round (issue 17). */
    @Test
    void aDaysProgramAndItsRoundArePdfA2uAndPdfUa1() throws Exception {
        assertConforms(EXPORTER.render(List.of(ProgramInPdfTest.ranDay()), ExportOptions.DEFAULT).bytes());
    }

    @Test
    void theSampleSummariesArePdfA2uAndPdfUa1() throws Exception {
        assertConforms(EXPORTER.render(List.of(small), ExportOptions.DEFAULT).bytes());
        assertConforms(EXPORTER.render(List.of(forum), new ExportOptions(true)).bytes());
    }

    /**
     * The sample has themes, key points, tags and a revealed vote: the overview leads, and its most
     * used words are one figure whose alternative text names each word with its count.
     */
    @Test
    void theOverviewAndItsWordFigureConformAndTheFigureSaysItsWords() throws Exception {
        byte[] pdf = EXPORTER.render(List.of(small), ExportOptions.DEFAULT).bytes();
        assertConforms(pdf);
        assertConforms(EXPORTER.render(List.of(small), new ExportOptions(false, true)).bytes());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
            assertThat(figures).hasSize(1);
            assertThat(figures.get(0).getAlternateDescription())
                    .startsWith("De mest brugte ord i noterne, flest først: borgerne (4)");
        }
    }

    @Test
    void aMergedSummaryConformsToo() throws Exception {
        assertConforms(EXPORTER.render(List.of(forum, small), ExportOptions.DEFAULT).bytes());
    }

    @Test
    void oddCharactersInTitlesNamesAndNotesDoNotBreakConformance() throws Exception {
        String odd = "Tegn: 漢字 \uE000 \u0007 <&> \"x\" tab\there 😊 ✓ æøå \uFFFF " + "y".repeat(300);
        Session s = new Session(odd, "2024-05-29", "Sted <&>", List.of("Ånd & \u0001Ø"), "da", small.cards(),
                List.of(withNote(small.exercises().get(0), odd)), small.harvest(), Extras.NONE);
        assertConforms(EXPORTER.render(List.of(s), ExportOptions.DEFAULT).bytes());
    }

    /** A compound hyphenated by the layout: its added hyphens are soft hyphens with the font's visible glyph. */
    @Test
    void hyphenatedCompoundsConform() throws Exception {
        assertConforms(EXPORTER.render(List.of(HyphenationInPdfTest.withLongCompounds()), ExportOptions.DEFAULT).bytes());
    }

    /** A card and an exercise with every part Værksted adds: emphasis, lead-ins, further lists, time, sources. */
    static Session withEmphasis() throws Exception {
        String card = """
                {"id": "h3", "deck": "Tre sammenhængende holdepunkter", "number": "3", "title": "Mere vidensinformeret",
                 "body": ["**At vi forstår viden som data i bred forstand.** Vi tager *både* kvalitative og kvantitative data alvorligt, og en lang sætning der ombrydes *over flere linjer i kortets kasse, så fremhævningen fortsætter på næste linje uden at blive to*."],
                 "leadIns": {"body": "At styrke *vidensinformeret* ledelse betyder kort fortalt:", "whatIf": "’Hvad nu hvis’ - refleksioner"},
                 "standpoints": ["Også hvis det sker på *andre* områder."],
                 "lists": [{"leadIn": "Det bliver en vigtig fælles opgave at forene følgende hensyn:",
                            "items": ["At den politiske ledelse har legitim ret.", "Og at vi ***samtidig*** skal undgå målmylder."]},
                           {"items": ["Ambitionen er ikke mere bureaukrati, men bedre bureaukrati."]}],
                 "whatIf": ["Hvad nu, hvis vi *altid* bliver klogere?"]}""";
        String json = new String(Files.readAllBytes(Path.of("../samples/halvfaerdig.session.json")),
                java.nio.charset.StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
        root.withArray("cards").set(0, mapper.readTree(card));
        com.fasterxml.jackson.databind.node.ObjectNode e = (com.fasterxml.jackson.databind.node.ObjectNode)
                root.withArray("exercises").get(0);
        e.put("intro", "Gruppearbejde, *stille* først");
        e.put("time", "Ca. 10 minutter");
        e.put("source", "DINs årskonference · 29. maj 2024");
        ((com.fasterxml.jackson.databind.node.ObjectNode) e.withArray("steps").get(1))
                .put("prompt", "*Hvor får jeg øje på forbedringspotentialer i min magistratsafdeling?*");
        for (com.fasterxml.jackson.databind.JsonNode g : e.withArray("groups")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) g).put("cardId", "h3");
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.withArray("harvest").get(0))
                .put("source", "Opsamling på dagens drøftelser · 30. august 2019");
        return new DocumentReader().readSession("em", mapper.writeValueAsBytes(root));
    }

    @Test
    void emphasisLeadInsAndListsConformAndEmphasisIsTaggedAsEmMappedToSpan() throws Exception {
        byte[] pdf = EXPORTER.render(List.of(withEmphasis()), ExportOptions.DEFAULT).bytes();
        assertConforms(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root.getRoleMap()).containsEntry("Em", "Span");
            List<PDStructureElement> ems = new ArrayList<>();
            collect(root, "Em", ems);
            // Intro 1, body lead-in 1, body 2 (one of them wraps over two lines: still one element),
            // standpoint 1, a hensyn 1, what-if 1, the step's prompt 1 (printed once, with the steps: the
            // tables' notes are labelled "Trin 2 · Tal om").
            assertThat(ems).hasSize(8);
            assertThat(ems).allSatisfy(em -> assertThat(((PDStructureElement) em.getParent()).getStructureType())
                    .isIn("P", "LBody", "H5"));
        }
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                if (el.getStructureType().equals(type)) {
                    out.add(el);
                }
                collect(el, type, out);
            }
        }
    }

    @Test
    void anEmptyEnglishSessionConforms() throws Exception {
        Session empty = new Session("Empty", null, null, List.of(), "en", List.of(), List.of(), List.of(), Extras.NONE);
        assertConforms(EXPORTER.render(List.of(empty), ExportOptions.DEFAULT).bytes());
    }

    @Test
    void aScreenReaderFindsHeadingsAndListsInReadingOrder() throws Exception {
        byte[] pdf = EXPORTER.render(List.of(small), ExportOptions.DEFAULT).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> types = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), types);
            List<String> headings = types.stream().filter(t -> t.matches("H\\d")).toList();
            // Title, contents, the exercise, its sections, the tables, the note labels, the harvest.
            assertThat(headings.get(0)).isEqualTo("H1");
            assertThat(headings).contains("H2", "H3", "H4", "H5");
            int notes = small.exercises().stream().flatMap(e -> e.groups().stream())
                    .mapToInt(g -> g.notes().size()).sum();
            assertThat(types.stream().filter("LI"::equals).count()).isGreaterThanOrEqualTo(notes);
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    private static void walk(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement el) {
                types.add(el.getStructureType());
                walk(el, types);
            }
        }
    }

    private static Exercise withNote(Exercise e, String text) {
        Group g = e.groups().get(0);
        List<Note> notes = new ArrayList<>(g.notes());
        notes.add(new Note("odd", text, null, Extras.NONE));
        List<Group> groups = new ArrayList<>(e.groups());
        groups.set(0, new Group(g.id(), g.name(), g.members(), g.cardId(), notes, g.extras()));
        return new Exercise(e.id(), e.title(), e.intro(), e.steps(), groups, e.run(), e.extras());
    }
}
