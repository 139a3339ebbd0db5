package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.board.BoardEdits;
import dk.vaerksted.core.board.BoardNotes;
import dk.vaerksted.core.board.TagEdits;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session's own tags in every export (issue 16): a renamed tag is written under its new name,
 * a new tag under its own, in the overview's theme notes, the rows of Excel and CSV, and Word.
 */
class TagNamesInExportsTest {
    @TempDir
    Path dir;

    /** The small sample (notes tagged Lytte in its themes) with Lytte renamed and a note tagged with a new "Mod". */
    private static Session renamed() throws Exception {
        Session s = new DocumentReader().readSession("small",
                Files.readAllBytes(Path.of("../samples/halvfaerdig.session.json")));
        BoardEdits board = BoardEdits.random();
        TagEdits tags = new TagEdits(board);
        s = tags.rename(s, "lytte", "Lytte godt efter").session();
        s = tags.add(s, "Mod").session();
        return board.toggleTag(s, List.of(BoardNotes.of(s).get(0).key()), "mod").session();
    }

    @Test
    void aRenamedTagIsWrittenUnderItsNewName() throws Exception {
        Session s = renamed();
        Summary.Overview o = Summary.overview(s, List.of());
        assertThat(o.themes().stream().flatMap(t -> t.notes().stream()).flatMap(n -> n.tags().stream()))
                .contains("Lytte godt efter", "Mod").doesNotContain("Lytte", "lytte", "mod");
        List<Summary.Row> rows = Summary.rows(s, PdfSummaryExporter.messages(s));
        assertThat(rows.get(0).tags()).isEqualTo("Lytte godt efter, Mod");

        PdfSummaryExporter pdf = new PdfSummaryExporter(new PdfFonts());
        Path csv = dir.resolve("noter.csv");
        Exports.write(pdf, List.of(s), ExportOptions.DEFAULT, csv);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(";Lytte godt efter, Mod;")
                .doesNotContain(";Lytte;");
        Path docx = dir.resolve("opsamling.docx");
        Exports.write(pdf, List.of(s), ExportOptions.DEFAULT, docx);
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(xml).contains("Lytte godt efter").contains("Mod");
        }
    }
}
