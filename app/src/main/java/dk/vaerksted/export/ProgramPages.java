package dk.vaerksted.export;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.Session;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The day's program in the PDF, as {@link ProgramSummary} says it: each item with its planned
 * start and minutes against when it really started and how long it took, how the day ended, then
 * each report-back round with the time every table used.
 */
final class ProgramPages {
    private static final PdfLayout.Style H1 = PdfLayout.Style.of(17, PdfLayout.INK, true);
    private static final PdfLayout.Style H2 = PdfLayout.Style.of(13, PdfLayout.INK, true);
    private static final PdfLayout.Style BODY = PdfLayout.Style.of(10.5f, PdfLayout.INK, false);
    private static final PdfLayout.Style LINE = PdfLayout.Style.of(10.5f, PdfLayout.INK, true);
    private static final PdfLayout.Style MUTED = PdfLayout.Style.of(10.5f, PdfLayout.GREY, false);
    private static final PdfLayout.Style SMALL = PdfLayout.Style.of(8.5f, PdfLayout.GREY, false);

    private final PdfLayout layout;
    private final PdfTags tags;
    private final ProgramSummary program;
    private final Messages m;

    ProgramPages(PdfLayout layout, PdfTags tags, Session session, Program program, Messages m) {
        this.layout = layout;
        this.tags = tags;
        this.program = ProgramSummary.of(session, program, m);
        this.m = m;
    }

    /** Writes the program from the current page on, under {@code parent} in the bookmarks. */
    void write(PDOutlineItem parent) throws IOException {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(m.get("pdf.program"));
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(layout.currentPage());
        dest.setTop((int) layout.y());
        item.setDestination(dest);
        parent.addLast(item);

        text(m.get("pdf.program"), H1, 0, tags.heading(2));
        if (program.source() != null) {
            text(program.source(), SMALL, 4, tags.paragraph());
        }
        if (program.example() != null) {
            text(program.example(), MUTED, 4, tags.paragraph());
        }
        tags.open(StandardStructureTypes.L);
        for (ProgramSummary.Item it : program.items()) {
            PdfTags.Tag tag = tags.item();
            List<PdfLayout.Line> first = layout.wrapPlain(it.when() + "   " + it.title(), LINE, 14, "•");
            layout.keep(PdfLayout.height(first) + BODY.leading() + 4);
            layout.flow(PdfTags.apply(first, tag), 5);
            layout.flow(PdfTags.apply(layout.wrapPlain(it.detail(), MUTED, 14, null), tag), 0);
        }
        tags.close();
        if (program.end() != null) {
            text(program.end(), BODY, 10, tags.paragraph());
        }
        for (ProgramSummary.Round r : program.rounds()) {
            layout.keep(H2.leading() + 16 + BODY.leading() * 3);
            text(r.heading(), H2, 16, tags.heading(3));
            text(r.setup(), MUTED, 2, tags.paragraph());
            tags.open(StandardStructureTypes.L);
            for (String line : r.turns()) {
                layout.flow(PdfTags.apply(layout.wrapPlain(line, BODY, 14, "•"), tags.item()), 2);
            }
            tags.close();
        }
    }

    private void text(String s, PdfLayout.Style style, float before, PdfTags.Tag tag) throws IOException {
        layout.flow(PdfTags.apply(layout.wrapPlain(s, style, 0, null), tag), before);
    }
}
