package dk.vaerksted.export;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.SessionStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The participants' PDF does not change with where a note came from, nor with the room's state. */
class TableNotesInPdfTest {
    @Test
    void notesWrittenByTheTablesPrintLikeTheFacilitatorsOwn() throws Exception {
        Session typed = new SessionStore().readSession(Path.of("../samples/strategisk-ledelsesforum-2019.session.json"));
        Session fromTables = typed;
        for (Exercise e : typed.exercises()) {
            for (Group g : e.groups()) {
                List<Note> notes = new ArrayList<>();
                int i = 0;
                for (Note n : g.notes()) {
                    notes.add(Note.fromTable(n.stepId(), n.text(), n.at(), g.id(), g.id() + "-" + i++));
                }
                fromTables = SessionEdits.withGroupNotes(fromTables, e.id(), g.id(), notes);
            }
        }
        for (int p = 0; p < typed.harvest().size(); p++) {
            HarvestPrompt h = typed.harvest().get(p);
            List<Note> notes = h.notes().stream().map(n -> Note.fromTable(null, n.text(), n.at(), "bord-1",
                    "h" + n.text().hashCode())).toList();
            fromTables = SessionEdits.withHarvestNotes(fromTables, p, notes);
        }
        fromTables = SessionEdits.withRoom(fromTables, new RoomState(true, null, Set.of(), true, "10.0.0.1", 4000,
                Map.of("bord-1", "AAAAAAAAAAAAAAAAAAAAAA")));
        assertThat(fromTables).isNotEqualTo(typed);
        PdfSummaryExporter exporter = new PdfSummaryExporter(new PdfFonts());
        assertThat(text(exporter.render(List.of(fromTables), ExportOptions.DEFAULT).bytes()))
                .isEqualTo(text(exporter.render(List.of(typed), ExportOptions.DEFAULT).bytes()));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }
}
