package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.cli.CommandLineRunner;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.Session;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents people can edit and count (issue 16): Word with real headings, lists and Danish as its
 * language, in the PDF's order; Excel and CSV with one row per note; the format follows the
 * output's extension, on the command line too, and merging works for each.
 */
class OfficeFormatsTest {
    private static final java.time.ZoneId CPH = java.time.ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;

    private static Session small;
    private static Session forum;
    private final PdfSummaryExporter pdf = new PdfSummaryExporter(new PdfFonts());

    @BeforeAll
    static void read() throws Exception {
        DocumentReader r = new DocumentReader();
        small = r.readSession("small", Files.readAllBytes(Path.of("../samples/halvfaerdig.session.json")));
        forum = r.readSession("forum", Files.readAllBytes(Path.of("../samples/strategisk-ledelsesforum-2019.session.json")));
    }

    @Test
    void csvIsUtf8WithABomOneRowPerNoteAndQuotedWhereItMustBe() throws Exception {
        Path csv = dir.resolve("noter.csv");
        Exports.Written w = Exports.write(pdf, List.of(small), ExportOptions.DEFAULT.withZone(CPH), csv);
        assertThat(w.format()).isEqualTo(Exports.Format.CSV);
        assertThat(w.count()).isEqualTo(small.noteCount());
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(lines.get(0)).isEqualTo("Øvelse;Trin;Bord;Tema;Mærker;Hovedpointe;Tidspunkt;Note");
        assertThat(lines.get(1)).isEqualTo("Tør du dele det halvfærdige?;Tal om;Bord 1;Del det halvfærdige tidligt;"
                + "Lytte;ja;2024-05-29 10:06:00;Vi deler sjældent udkast med borgerne, før de er færdige – vi er "
                + "bange for at skabe forventninger, vi ikke kan indfri.");
        // A note with a line break is one quoted cell.
        assertThat(text).contains(";\"Idé: en fast ”work in progress”-side på intranettet og på aarhus.dk.\n"
                + "Første skridt: ældreplanen.\"\r\n");
        assertThat(CsvExporter.guard("=SUM(A1)")).isEqualTo(" =SUM(A1)");
    }

    /**
     * The tester's CSV said "2026-12-02T16:11:21Z": times are the local time in the computer's zone,
     * in a form Excel reads as a date and time; in the workbook a real date cell. Copenhagen is an
     * hour ahead of UTC in winter and two in summer.
     */
    @Test
    void spreadsheetTimesAreLocalTimeInTheComputersZoneWinterAndSummer() throws Exception {
        String json = Files.readString(Path.of("../samples/halvfaerdig.session.json"));
        json = json.replaceFirst("2024-05-29T10:06:00\\+02:00", "2026-12-02T16:11:21Z")
                .replaceFirst("2024-05-29T10:08:00\\+02:00", "2026-06-02T16:11:21Z");
        Session utc = new DocumentReader().readSession("utc", json.getBytes(StandardCharsets.UTF_8));
        Path csv = dir.resolve("noter.csv");
        Exports.write(pdf, List.of(utc), ExportOptions.DEFAULT.withZone(CPH), csv);
        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(1)).contains(";2026-12-02 17:11:21;").doesNotContain("Z;");
        assertThat(lines.get(2)).contains(";2026-06-02 18:11:21;");
        assertThat(lines.get(3)).as("a time written in Copenhagen stays as it was").contains(";2024-05-29 10:07:00;");

        Path xlsx = dir.resolve("noter.xlsx");
        Exports.write(pdf, List.of(utc), ExportOptions.DEFAULT.withZone(CPH), xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Noter");
            var winter = sheet.getRow(1).getCell(6);
            assertThat(winter.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(winter.getLocalDateTimeCellValue()).isEqualTo(java.time.LocalDateTime.parse("2026-12-02T17:11:21"));
            assertThat(winter.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy hh:mm");
            assertThat(sheet.getRow(2).getCell(6).getLocalDateTimeCellValue())
                    .isEqualTo(java.time.LocalDateTime.parse("2026-06-02T18:11:21"));
        }
    }

    @Test
    void excelHasOneRowPerNoteWithRealTimesAndAFilterableFrozenHeader() throws Exception {
        Path xlsx = dir.resolve("noter.xlsx");
        assertThat(Exports.write(pdf, List.of(small, forum), ExportOptions.DEFAULT.withZone(CPH), xlsx).count())
                .isEqualTo(small.noteCount() + forum.noteCount());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Noter");
            assertThat(sheet.getLastRowNum()).isEqualTo(small.noteCount() + forum.noteCount());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Session");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Note");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(small.title());
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Del det halvfærdige tidligt");
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue())
                    .isEqualTo(java.time.LocalDateTime.parse("2024-05-29T10:06:00"));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void wordHasRealHeadingsListsAndDanishInThePdfsOrder() throws Exception {
        Path docx = dir.resolve("opsamling.docx");
        Exports.write(pdf, List.of(small), ExportOptions.DEFAULT, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> h1 = ps.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(h1).containsExactly("Overblik", "Tør du dele det halvfærdige?");
            List<String> h2 = ps.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(h2).containsSubsequence("Hovedpointer", "Temaer", "Opsamling", "Mest brugte ord", "Trin", "Kort",
                    "Bordenes noter");
            // The headings are headings to Word: styles with outline levels (the navigation pane).
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isZero();
            assertThat(doc.getStyles().getStyle("Heading3").getName()).isEqualTo("heading 3");
            // Notes are list items (a numbering), and the steps a numbered list.
            long items = ps.stream().filter(p -> p.getNumID() != null).count();
            assertThat(items).isGreaterThan(small.noteCount());
            java.math.BigInteger steps = ps.stream().filter(p -> p.getText().startsWith("Tal om")).findFirst()
                    .orElseThrow().getNumID();
            var numbering = doc.getNumbering();
            assertThat(numbering.getAbstractNum(numbering.getAbstractNumID(steps)).getCTAbstractNum().getLvlArray(0)
                    .getNumFmt().getVal().toString()).isEqualTo("decimal");
            assertThat(ps.get(1).getText()).isEqualTo(small.title());
            assertThat(String.join("\n", ps.stream().map(XWPFParagraph::getText).toList()))
                    .contains("Trin 2 · Tal om").doesNotContain("Ingen noter").doesNotContain("*");
        }
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(styles).contains("w:lang w:val=\"da-DK\"");
        }
    }

    /**
     * The tester's Word file had no program although the PDF had one: the program comes after the
     * overview, as in the PDF, as a real table (its header row repeated on each page) with planned
     * against actual, and each report-back round under a heading with its tables as a list.
     */
    @Test
    void wordHasTheDaysProgramAsATableAndItsRoundsInThePdfsOrder() throws Exception {
        Session day = ProgramInPdfTest.ranDay();
        Path docx = dir.resolve("dagen.docx");
        Exports.write(pdf, List.of(day), ExportOptions.DEFAULT, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> h1 = ps.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(h1).startsWith("Overblik", "Dagens program", day.exercises().get(0).title());
            List<String> h2 = ps.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(h2).contains("Runde med bordene: Opsamling på dagens drøftelser");

            assertThat(doc.getTables()).hasSize(1);
            var table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Planlagt kl.", "Begyndte kl.", "Punkt", "Planlagt tid", "Brugt tid");
            int items = Program.of(day).orElseThrow().items().size();
            assertThat(table.getRows()).hasSize(items + 1);
            var first = table.getRow(1).getTableCells();
            assertThat(first.get(0).getText()).isEqualTo("09.00");
            assertThat(first.get(1).getText()).isEqualTo("09.04");
            assertThat(first.get(2).getText()).startsWith("Velkomst").contains("Oplæg");
            assertThat(first.get(3).getText()).isEqualTo("15 min.");
            assertThat(first.get(4).getText()).isEqualTo("19 min.");
            String used = String.join("|", table.getRows().stream().map(r -> r.getCell(4).getText()).toList());
            assertThat(used).contains("sprunget over").contains("ikke holdt");

            String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("Kilde: Program · Fælles om ledelse, Strategisk Ledelsesforum · 30. august 2019")
                    .contains("Tiderne i programmet er et eksempel, ikke kildens")
                    .contains("Sidste punkt sluttede kl. 13.20")
                    .contains("2 min. pr. bord, i blandet rækkefølge");
            List<XWPFParagraph> turns = ps.stream().filter(p -> p.getNumID() != null && p.getText().startsWith("Bord ")
                    && p.getText().contains("  ·  ")).toList();
            assertThat(turns).extracting(XWPFParagraph::getText).anyMatch(t -> t.endsWith("·  1:52"))
                    .anyMatch(t -> t.endsWith("·  sprang over"));
        }
    }

    @Test
    void theCommandLineChoosesTheFormatByTheExtensionAndRefusesAnUnknownOne() throws Exception {
        for (String ext : List.of("pdf", "docx", "xlsx", "csv")) {
            Path out = dir.resolve("forum." + ext);
            CommandLineRunner.Result r = CommandLineRunner.run("--lang", "da", "export", "../samples/halvfaerdig.session.json",
                    "../samples/strategisk-ledelsesforum-2019.session.json", "--merge", "-o", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(Files.size(out)).isPositive();
            assertThat(Exports.Format.of(out).extension).isEqualTo(ext);
        }
        CommandLineRunner.Result bad = CommandLineRunner.run("--lang", "da", "export", "../samples/halvfaerdig.session.json",
                "-o", dir.resolve("x.odt").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(".pdf, .docx, .xlsx eller .csv");
        CommandLineRunner.Result overview = CommandLineRunner.run("--lang", "da", "export",
                "../samples/halvfaerdig.session.json", "--overview-only", "-o", dir.resolve("kort.pdf").toString());
        assertThat(overview.out().strip()).endsWith("kort.pdf: et overblik på 2 sider over 10 noter fra 4 borde.");
        CommandLineRunner.Result dirOut = CommandLineRunner.run("--lang", "da", "export",
                "../samples/halvfaerdig.session.json", "--out-dir", dir.resolve("ud").toString(), "--format", "csv");
        assertThat(dirOut.code()).isZero();
        assertThat(dir.resolve("ud").resolve("halvfaerdig.csv")).exists();
    }
}
