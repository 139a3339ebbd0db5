package dk.vaerksted.export;

import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.AtomicFiles;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.words.TopWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The summary as a Word document people can edit: the same content in the same order as the PDF
 * (what it is, the overview, the day's program, then each exercise with its tables' notes, then
 * the cards), with real headings (Word's navigation pane and LibreOffice's navigator list them),
 * real bulleted and numbered lists, a real table for the program, and Danish as the document's
 * language so Word checks Danish spelling. Apache POI, loaded only here.
 */
final class DocxExporter {
    private final XWPFDocument doc;
    private final Messages m;
    private final ExportOptions options;
    private BigInteger bullets;
    private BigInteger numbers;
    private int numberedLists;

    private DocxExporter(XWPFDocument doc, Messages m, ExportOptions options) {
        this.doc = doc;
        this.m = m;
        this.options = options;
    }

    /** Writes the document; returns the number of notes in it. */
    static int write(List<Session> sessions, ExportOptions options, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Messages m = PdfSummaryExporter.messages(sessions.get(0));
            DocxExporter w = new DocxExporter(doc, m, options);
            w.styles(sessions.get(0).language());
            int notes = 0;
            for (int i = 0; i < sessions.size(); i++) {
                if (i > 0) {
                    doc.getLastParagraph().createRun().addBreak(BreakType.PAGE);
                }
                DocxExporter part = new DocxExporter(doc, PdfSummaryExporter.messages(sessions.get(i)), options);
                part.bullets = w.bullets;
                part.numbers = w.numbers;
                notes += part.session(sessions.get(i), sessions.size() > 1);
            }
            doc.getProperties().getCoreProperties().setTitle(sessions.get(0).title());
            doc.getProperties().getCoreProperties().setCreator("Værksted");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.write(out);
            AtomicFiles.write(target, out.toByteArray());
            return notes;
        }
    }

    // ---- styles and lists -------------------------------------------------------------------

    /** Title, Heading 1–4 (with outline levels: the navigation pane), the language, a bullet and a number list. */
    private void styles(String language) {
        XWPFStyles styles = doc.createStyles();
        String lang = language == null || language.equals("da") ? "da-DK" : language;
        styles.setSpellingLanguage(lang);
        var defaults = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts.Factory.newInstance();
        defaults.setAscii("Calibri");
        defaults.setHAnsi("Calibri");
        defaults.setCs("Calibri");
        styles.setDefaultFonts(defaults);
        // A4, 2.5 cm margins (the blank document is Letter).
        var section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        for (java.util.function.Consumer<BigInteger> side : List.<java.util.function.Consumer<BigInteger>>of(
                margins::setTop, margins::setBottom, margins::setLeft, margins::setRight)) {
            side.accept(BigInteger.valueOf(1418));
        }
        style(styles, "Title", "Title", -1, 26, true);
        style(styles, "Subtitle", "Subtitle", -1, 12, true);
        int[] sizes = {18, 14, 12, 11};
        for (int level = 1; level <= 4; level++) {
            style(styles, "Heading" + level, "heading " + level, level - 1, sizes[level - 1], true);
        }
        XWPFNumbering numbering = doc.createNumbering();
        bullets = numbering.addNum(numbering.addAbstractNum(list(0, STNumberFormat.BULLET, "•")));
        numbers = numbering.addNum(numbering.addAbstractNum(list(1, STNumberFormat.DECIMAL, "%1.")));
    }

    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int size, boolean bold) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewNext().setVal("Normal");
        s.addNewQFormat();
        s.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
        CTPPrGeneral p = s.addNewPPr();
        p.addNewKeepNext();
        p.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 0 : 240));
        if (outlineLevel >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr r = s.addNewRPr();
        if (bold) {
            r.addNewB();
        }
        r.addNewSz().setVal(BigInteger.valueOf(size * 2L));
        styles.addStyle(new XWPFStyle(s));
    }

    private static XWPFAbstractNum list(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = a.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(720));
        ind.setHanging(BigInteger.valueOf(360));
        return new XWPFAbstractNum(a);
    }

    // ---- content ----------------------------------------------------------------------------

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        if (text != null) {
            p.createRun().setText(text);
        }
        return p;
    }

    private void heading(int level, String text) {
        paragraph("Heading" + level, text);
    }

    private void bullet(String text) {
        XWPFParagraph p = paragraph(null, null);
        p.setNumID(bullets);
        lines(p, text);
    }

    /** Text with its line breaks kept. */
    private static void lines(XWPFParagraph p, String text) {
        String[] parts = text.split("\n", -1);
        XWPFRun r = p.createRun();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(parts[i], i);
        }
    }

    /** Marked-up text (card texts, step titles): strong and emphasized runs as bold and italic. */
    private XWPFParagraph markup(String style, String text) {
        XWPFParagraph p = paragraph(style, null);
        for (Emphasis.Run run : Emphasis.parse(text)) {
            XWPFRun r = p.createRun();
            r.setText(run.text());
            r.setBold(run.strong());
            r.setItalic(run.emphasis());
        }
        return p;
    }

    private int session(Session s, boolean merged) {
        if (merged) {
            paragraph("Subtitle", m.get("pdf.source", s.title()));
        }
        paragraph("Subtitle", m.get("pdf.kind"));
        paragraph("Title", s.title());
        List<String> meta = PdfSummaryExporter.nonBlank(PdfSummaryExporter.longDate(s.date(), m.locale()), s.place());
        if (!meta.isEmpty()) {
            paragraph(null, String.join("  ·  ", meta));
        }
        if (!s.facilitators().isEmpty()) {
            paragraph(null, m.get("pdf.facilitators", String.join(", ", s.facilitators())));
        }
        paragraph(null, m.get(options.overviewOnly() ? "pdf.aboutOverview" : "pdf.about"));
        int notes = overview(Summary.overview(s));
        if (!options.overviewOnly()) {
            Program.of(s).ifPresent(p -> program(ProgramSummary.of(s, p, m)));
            for (Exercise e : s.exercises()) {
                notes += exercise(s, e);
            }
            Map<String, Card> appendix = new LinkedHashMap<>();
            for (Exercise e : s.exercises()) {
                Set<String> ids = new LinkedHashSet<>();
                e.groups().forEach(g -> ids.add(g.cardId()));
                if (!(ids.size() == 1 && !ids.contains(null))) {
                    e.groups().forEach(g -> {
                        if (g.cardId() != null) {
                            s.card(g.cardId()).ifPresent(c -> appendix.putIfAbsent(c.id(), c));
                        }
                    });
                }
            }
            if (!appendix.isEmpty()) {
                heading(1, m.get("pdf.appendix"));
                paragraph(null, m.get("pdf.appendixIntro"));
                appendix.values().forEach(c -> card(c, 2));
            }
        }
        return notes;
    }

    private int overview(Summary.Overview o) {
        heading(1, m.get("pdf.overview"));
        int notes = 0;
        if (o.isEmpty()) {
            paragraph(null, m.get("pdf.nothingYet"));
            return 0;
        }
        if (!o.keyPoints().isEmpty()) {
            heading(2, m.get("pdf.keyPoints"));
            for (Summary.KeyPoint k : o.keyPoints()) {
                bullet(k.from() == null ? k.text() : m.get("pdf.noteFrom", k.text(), k.from()));
            }
        }
        if (!o.themes().isEmpty()) {
            heading(2, m.get("pdf.themes"));
            for (Summary.ThemeNotes t : o.themes()) {
                String name = (t.theme().key() ? "★ " : "")
                        + (t.theme().name().isBlank() ? m.get("pdf.unnamedTheme") : t.theme().name());
                heading(3, t.dots() >= 0 ? m.get("pdf.themeDots", name, t.notes().size(), t.dots())
                        : m.get("pdf.themeHeading", name, t.notes().size()));
                for (Summary.NoteLine n : t.notes()) {
                    List<String> from = new java.util.ArrayList<>();
                    if (n.table() != null) {
                        from.add(n.table());
                    }
                    from.addAll(n.tags());
                    bullet(from.isEmpty() ? n.text() : m.get("pdf.noteFrom", n.text(), String.join(" · ", from)));
                }
            }
        }
        List<HarvestPrompt> answered = o.harvest().stream().filter(h -> !h.notes().isEmpty()).toList();
        if (!answered.isEmpty()) {
            heading(2, m.get("pdf.harvest"));
            for (HarvestPrompt h : answered) {
                heading(3, h.prompt());
                h.notes().forEach(n -> bullet(n.text()));
                notes += h.notes().size();
            }
        }
        if (!o.words().isEmpty()) {
            heading(2, m.get("pdf.words"));
            paragraph(null, m.get("pdf.wordsIntro"));
            paragraph(null, String.join(", ", o.words().stream()
                    .map((TopWords.Word w) -> m.get("pdf.wordCount", w.word(), w.count())).toList()));
        }
        return notes;
    }

    /**
     * The day's program as the PDF has it, after the overview: a table of the items — planned and
     * actual start, the item, planned and used time — whose header row repeats on every page, how
     * the day ended, then each report-back round with a list of the tables' times.
     */
    private void program(ProgramSummary p) {
        heading(1, m.get("pdf.program"));
        if (p.source() != null) {
            paragraph(null, p.source());
        }
        if (p.example() != null) {
            paragraph(null, p.example());
        }
        XWPFTable table = doc.createTable(p.items().size() + 1, 5);
        table.setWidth("100%");
        table.setCellMargins(40, 80, 40, 80);
        // The item gets the room; the times their width (twips, of the 9,070 between the margins).
        int[] widths = {1200, 1300, 3570, 1200, 1800};
        var tbl = table.getCTTbl();
        var grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        for (int c = 0; c < widths.length; c++) {
            (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol())
                    .setW(BigInteger.valueOf(widths[c]));
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        String[] columns = {"pdf.programColPlanned", "pdf.programColActual", "pdf.programColItem",
                "pdf.programColMinutes", "pdf.programColUsed"};
        for (int c = 0; c < columns.length; c++) {
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
            XWPFRun r = cell(head.getCell(c)).createRun();
            r.setBold(true);
            r.setText(m.get(columns[c]));
        }
        for (int i = 0; i < p.items().size(); i++) {
            ProgramSummary.Item it = p.items().get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            cell(row.getCell(0)).createRun().setText(it.planned());
            cell(row.getCell(1)).createRun().setText(it.actual());
            XWPFParagraph what = cell(row.getCell(2));
            XWPFRun title = what.createRun();
            title.setBold(true);
            title.setText(it.title());
            title.addBreak();
            what.createRun().setText(it.speaker() == null ? it.kind() : it.kind() + "  ·  " + it.speaker());
            cell(row.getCell(3)).createRun().setText(it.minutes());
            cell(row.getCell(4)).createRun().setText(it.used());
        }
        if (p.end() != null) {
            paragraph(null, p.end()).setSpacingBefore(160);
        }
        for (ProgramSummary.Round r : p.rounds()) {
            heading(2, r.heading());
            paragraph(null, r.setup());
            r.turns().forEach(this::bullet);
        }
    }

    /** A table cell's one paragraph (a new cell holds an empty one), without space after it. */
    private static XWPFParagraph cell(XWPFTableCell c) {
        XWPFParagraph p = c.getParagraphs().get(0);
        p.setSpacingAfter(0);
        return p;
    }

    private int exercise(Session s, Exercise e) {
        XWPFParagraph title = paragraph("Heading1", Summary.title(e));
        title.setPageBreak(true);
        if (e.intro() != null && !e.intro().isBlank()) {
            markup(null, e.intro());
        }
        if (e.source() != null && !e.source().isBlank()) {
            paragraph(null, m.get("pdf.sourceOf", e.source()));
        }
        heading(2, m.get("pdf.steps"));
        // Each exercise's steps count from 1: a numbering instance of its own.
        BigInteger steps = numberedLists++ == 0 ? numbers
                : doc.getNumbering().addNum(doc.getNumbering().getAbstractNumID(numbers));
        for (Step st : e.steps()) {
            XWPFParagraph p = markup(null, (st.title() == null ? Emphasis.escape(st.id()) : st.title()) + "  ·  "
                    + Emphasis.escape(Summary.stepTime(e, st, m)));
            p.setNumID(steps);
            if (st.prompt() != null && !st.prompt().isBlank()) {
                XWPFParagraph prompt = markup(null, st.prompt());
                prompt.setIndentationLeft(720);
            }
        }
        String time = Summary.timeLine(e, m);
        if (time != null) {
            paragraph(null, time);
        }
        Set<String> ids = new LinkedHashSet<>();
        e.groups().forEach(g -> ids.add(g.cardId()));
        boolean shared = ids.size() == 1 && !ids.contains(null);
        if (shared) {
            s.card(ids.iterator().next()).ifPresent(c -> {
                heading(2, m.get("pdf.card"));
                card(c, 3);
            });
        }
        int notes = 0;
        if (!e.groups().isEmpty()) {
            heading(2, m.get("pdf.groups"));
        }
        for (Group g : e.groups()) {
            if (g.notes().isEmpty()) {
                continue;
            }
            Card card = g.cardId() == null ? null : s.card(g.cardId()).orElse(null);
            heading(3, g.displayName() + (card != null && !shared ? "  ·  " + m.get("pdf.card") + " " + card.label() : ""));
            if (options.withNames() && !g.members().isEmpty()) {
                paragraph(null, m.get("pdf.members", String.join(", ", g.members())));
            }
            for (Summary.StepNotes sn : Summary.byStep(e, g, m)) {
                heading(4, sn.label());
                for (Note n : sn.notes()) {
                    bullet(n.text());
                    notes++;
                }
            }
        }
        String without = Summary.withoutNotes(e, m);
        if (without != null) {
            paragraph(null, without);
        }
        return notes;
    }

    private void card(Card c, int level) {
        String top = String.join("  ·  ", PdfSummaryExporter.nonBlank(c.number(), c.deck()));
        if (!top.isEmpty()) {
            paragraph(null, top);
        }
        heading(level, c.title() == null || c.title().isBlank() ? c.label() : c.title());
        if (c.question() != null && !c.question().isBlank()) {
            paragraph(null, c.question()).getRuns().get(0).setBold(true);
        }
        if (c.leadIn(Card.BODY) != null && !c.body().isEmpty()) {
            markup(null, c.leadIn(Card.BODY));
        }
        c.body().forEach(b -> markup(null, b));
        items(c.leadIn(Card.REMINDERS) != null ? c.leadIn(Card.REMINDERS) : m.get("pdf.reminders"), c.reminders());
        items(c.leadIn(Card.DILEMMAS) != null ? c.leadIn(Card.DILEMMAS) : m.get("pdf.dilemmas"), c.dilemmas());
        items(c.leadIn(Card.STANDPOINTS) != null ? c.leadIn(Card.STANDPOINTS) : m.get("pdf.standpoints"),
                c.standpoints());
        c.lists().forEach(l -> items(l.leadIn(), l.items()));
        items(c.leadIn(Card.EXAMPLES) != null ? c.leadIn(Card.EXAMPLES) : m.get("pdf.examples"), c.examples());
        if (c.leadIn(Card.WHAT_IF) != null && !c.whatIf().isEmpty()) {
            markup(null, c.leadIn(Card.WHAT_IF));
        }
        c.whatIf().forEach(w -> markup(null, w));
        if (c.source() != null && !c.source().isBlank()) {
            paragraph(null, c.source());
        }
    }

    private void items(String leadIn, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        if (leadIn != null) {
            markup(null, leadIn).getRuns().forEach(r -> r.setBold(true));
        }
        if (items.size() == 1) {
            markup(null, items.get(0));
        } else {
            items.forEach(i -> markup(null, i).setNumID(bullets));
        }
    }
}
