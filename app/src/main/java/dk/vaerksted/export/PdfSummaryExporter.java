package dk.vaerksted.export;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.AtomicFiles;
import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.CardList;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.session.StepRun;
import dk.vaerksted.core.words.TopWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The participants' PDF: a cover with title, date, place, facilitators and contents; per exercise
 * its steps (planned and used minutes), the card(s), each group's notes under each step; the
 * harvest. Deterministic: the same sessions give the same bytes.
 */
public final class PdfSummaryExporter {
    private static final PdfLayout.Style TITLE = PdfLayout.Style.of(24, PdfLayout.INK, true);
    private static final PdfLayout.Style H1 = PdfLayout.Style.of(17, PdfLayout.INK, true);
    private static final PdfLayout.Style H2 = PdfLayout.Style.of(13, PdfLayout.INK, true);
    private static final PdfLayout.Style LABEL = PdfLayout.Style.of(10.5f, PdfLayout.INK, true);
    private static final PdfLayout.Style BODY = PdfLayout.Style.of(10.5f, PdfLayout.INK, false);
    private static final PdfLayout.Style MUTED = PdfLayout.Style.of(10.5f, PdfLayout.GREY, false);
    private static final PdfLayout.Style SMALL = PdfLayout.Style.of(8.5f, PdfLayout.GREY, false);
    private static final PdfLayout.Style CARD_TITLE = PdfLayout.Style.of(14, PdfLayout.INK, true);
    private static final PdfLayout.Style CARD_QUESTION = PdfLayout.Style.of(12, PdfLayout.ACCENT, true);
    private static final PdfLayout.Style COVER_META = PdfLayout.Style.of(12.5f, PdfLayout.INK, false);
    private static final PdfLayout.Style KIND = PdfLayout.Style.of(11, PdfLayout.ACCENT, true);

    private final PdfFonts fonts;

    public PdfSummaryExporter(PdfFonts fonts) {
        this(fonts, true);
    }

    /** Whether the words and the pages' compression go to the export's second thread (else all on the caller's). */
    private final boolean secondThread;

    PdfSummaryExporter(PdfFonts fonts, boolean secondThread) {
        this.fonts = fonts;
        this.secondThread = secondThread;
    }

    /** Writes the PDF atomically: a failed export leaves no half file. Returns the page count. */
    public int export(List<Session> sessions, ExportOptions options, Path target) throws IOException {
        return export(sessions, options, target, ExportTimings.OFF);
    }

    /** As {@link #export(List, ExportOptions, Path)}, recording its phases in {@code timings}. */
    public int export(List<Session> sessions, ExportOptions options, Path target, ExportTimings timings)
            throws IOException {
        Rendered r = ahead.take(sessions, options, timings);
        if (r == null) {
            r = render(sessions, options, timings);
        }
        AtomicFiles.write(target, r.bytes());
        timings.mark("write");
        return r.pages();
    }

    /** The finished document in memory. */
    public record Rendered(byte[] bytes, int pages) {}

    public Rendered render(List<Session> sessions, ExportOptions options) throws IOException {
        return render(sessions, options, ExportTimings.OFF);
    }

    /** As {@link #render(List, ExportOptions)}, recording its phases in {@code timings}. */
    public Rendered render(List<Session> sessions, ExportOptions options, ExportTimings timings) throws IOException {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        java.util.concurrent.CompletableFuture<Start> begun = preparing.getAndSet(null);
        Start ready = begun != null ? PdfBackground.join(begun) : start();
        // The most used words (Lucene) are counted on the export's second thread (or were, when
        // the session was prepared); the layout needs them only at the end of the overview.
        List<java.util.concurrent.CompletableFuture<List<TopWords.Word>>> words = new ArrayList<>();
        for (Session s : sessions) {
            words.add(secondThread ? counted.of(s, timings)
                    : java.util.concurrent.CompletableFuture.completedFuture(countWords(s, timings)));
        }
        PdfBackground.Compressor compressor = new PdfBackground.Compressor();
        PdfLayout.Ahead wrapping = null;
        java.util.concurrent.CompletableFuture<Long> documentId = null;
        try (PDDocument doc = ready.document()) {
            PdfFonts.Faces faces = ready.faces();
            timings.mark("fonts");
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            List<Integer> coverPages = new ArrayList<>();
            PdfTags tags = new PdfTags(doc);
            // Words too long for their line are hyphenated as Danish in a Danish document only.
            boolean danish = Locale.forLanguageTag(sessions.get(0).language()).getLanguage().equals("da");
            try (PdfLayout layout = new PdfLayout(doc, faces, tags)) {
                layout.hyphenating(danish);
                // Finished pages are compressed on the second thread while the next ones are laid out.
                if (secondThread) {
                    layout.onPageFinished(compressor::compress);
                    // The notes are wrapped from the last one back on the second thread, while the
                    // layout works forward from the first.
                    PdfLayout.Ahead ahead = new PdfLayout.Ahead(BODY, 14, "•");
                    layout.wrapAhead(ahead);
                    List<String> texts = new ArrayList<>();
                    sessions.forEach(s -> texts.addAll(noteTexts(s, options.overviewOnly())));
                    wrapping = ahead;
                    PdfBackground.submit(() -> {
                        long t0 = System.nanoTime();
                        PdfLayout own = new PdfLayout(doc, faces);
                        own.hyphenating(danish);
                        ahead.wrapFromTheEnd(own, texts);
                        timings.add("wrap ahead", System.nanoTime() - t0);
                        return null;
                    });
                    // The document's identifier hashes every record of the sessions (the records'
                    // own hash codes, made through method handles on first use: some 40 classes
                    // spun, ~30 ms cold); it is needed only at the end.
                    documentId = PdfBackground.submit(() -> {
                        long t0 = System.nanoTime();
                        long id = documentId(sessions, options);
                        timings.add("id", System.nanoTime() - t0);
                        return id;
                    });
                }
                for (int i = 0; i < sessions.size(); i++) {
                    // Each source is a part of its own: merged files stay apart, each under its cover.
                    tags.open(StandardStructureTypes.PART);
                    Summary.Overview overview = Summary.overview(sessions.get(i), List.of());
                    java.util.concurrent.CompletableFuture<List<TopWords.Word>> counted = words.get(i);
                    coverPages.add(new Writer(layout, tags, sessions.get(i), options, outline, sessions.size() > 1,
                            overview, () -> {
                                timings.mark("layout");
                                List<TopWords.Word> w = PdfBackground.join(counted);
                                timings.mark("words wait");
                                return w;
                            }).write());
                    tags.close();
                }
            }
            timings.mark("layout");
            Session first = sessions.get(0);
            decorate(doc, faces, sessions, coverPages, secondThread ? compressor::compress : null);
            timings.mark("header+footer");
            tags.finish(doc);
            timings.mark("tags");
            PdfArchive.apply(doc, metadata(doc, sessions));
            doc.getDocumentCatalog().setLanguage(first.language());
            doc.setDocumentId(documentId != null ? PdfBackground.join(documentId) : documentId(sessions, options));
            timings.mark("metadata");
            compressor.finish();
            timings.mark("compress wait");
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.save(out);
            timings.mark("save");
            return new Rendered(out.toByteArray(), doc.getNumberOfPages());
        } finally {
            // A failed export leaves nothing running behind it (but a word count, kept for the
            // session's next export).
            if (wrapping != null) {
                wrapping.stop();
            }
        }
    }

    /** What identifies the document (the PDF's /ID): the same sessions and options give the same. */
    private static long documentId(List<Session> sessions, ExportOptions options) {
        return Objects.hash(sessions, options);
    }

    /** The notes' texts in reading order: the harvest's (in the overview), then each exercise's tables'. */
    static List<String> noteTexts(Session s, boolean overviewOnly) {
        List<String> out = new ArrayList<>(s.noteCount());
        s.harvest().forEach(h -> h.notes().forEach(n -> out.add(n.text())));
        for (Exercise e : overviewOnly ? List.<Exercise>of() : s.exercises()) {
            for (Group g : e.groups()) {
                g.notes().forEach(n -> out.add(n.text()));
            }
        }
        return out;
    }

    private static List<TopWords.Word> countWords(Session s, ExportTimings timings) {
        long t0 = System.nanoTime();
        List<TopWords.Word> w = TopWords.of(Summary.texts(s), s.language(), Summary.WORDS);
        timings.add("words", System.nanoTime() - t0);
        return w;
    }

    /**
     * The most used words of the last sessions exported or prepared, counted on the export's second
     * thread, by the session's identity: a session is immutable, so another version of it (a note
     * added) is another object and is counted anew. A count that failed is forgotten.
     */
    private final CountedWords counted = new CountedWords();

    private static final class CountedWords {
        /** How many sessions' counts are kept: the one open in the window and the one before. */
        private static final int KEPT = 2;
        private final List<Map.Entry<Session, java.util.concurrent.CompletableFuture<List<TopWords.Word>>>> kept =
                new ArrayList<>();

        synchronized java.util.concurrent.CompletableFuture<List<TopWords.Word>> of(Session s, ExportTimings timings) {
            for (Map.Entry<Session, java.util.concurrent.CompletableFuture<List<TopWords.Word>>> e : kept) {
                if (e.getKey() == s) {
                    return e.getValue();
                }
            }
            java.util.concurrent.CompletableFuture<List<TopWords.Word>> f =
                    PdfBackground.submit(() -> countWords(s, timings));
            kept.add(0, Map.entry(s, f));
            if (kept.size() > KEPT) {
                kept.remove(kept.size() - 1);
            }
            f.whenComplete((w, failure) -> {
                if (failure != null) {
                    synchronized (this) {
                        kept.removeIf(e -> e.getValue() == f);
                    }
                }
            });
            return f;
        }
    }

    /** A new document with its fonts loaded. */
    private record Start(PDDocument document, PdfFonts.Faces faces) {}

    /** The next export's document, begun on the second thread by {@link #prepare()}. */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Start>> preparing =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Begins the next export's document and fonts on the export's second thread, and loads the
     * word counter (Lucene) there, e.g. while the command line reads the file: the next
     * {@link #render} takes it. (A document begun and never rendered is left to the collector.)
     */
    public void prepare() {
        if (preparing.get() == null) {
            java.util.concurrent.CompletableFuture<Start> f = PdfBackground.submit(() -> {
                try {
                    return start();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (!preparing.compareAndSet(null, f)) {
                f.thenAccept(PdfSummaryExporter::closeQuietly);
            }
            PdfBackground.submit(() -> TopWords.of(List.of("borgerne"), "da", 1));
        }
    }

    /**
     * As {@link #prepare()}, and counts the most used words of {@code sessions} ahead, e.g. while
     * the export dialog is open: an export of the same sessions (the same objects) takes them.
     */
    public void prepare(List<Session> sessions) {
        prepare();
        if (secondThread) {
            sessions.forEach(s -> counted.of(s, ExportTimings.OFF));
        }
    }

    /**
     * As {@link #prepare(List)}, and makes the whole PDF of {@code sessions} with {@code likely}
     * options in memory ahead, while the facilitator picks the file and the options (the save
     * dialog, then the export dialog: a second or more): an {@link #export} of the same sessions
     * (the same objects) with the same options writes those bytes, the same bytes it would have
     * made. Other sessions or options wait for the PDF made ahead to finish, then render as usual.
     */
    public void prepareAhead(List<Session> sessions, ExportOptions likely) {
        if (secondThread && ahead.isFor(sessions, likely)) {
            return; // already being made (the save dialog, then the export dialog, both ask)
        }
        prepare(sessions);
        if (secondThread) {
            ahead.begin(sessions, likely, () -> render(sessions, likely));
        }
    }

    private final MadeAhead ahead = new MadeAhead();

    private static void closeQuietly(Start s) {
        try {
            s.document().close();
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(PdfSummaryExporter.class.getName())
                    .log(java.util.logging.Level.FINE, "closing an unused document", e);
        }
    }

    private Start start() throws IOException {
        PDDocument doc = new PDDocument();
        try {
            return new Start(doc, fonts.load(doc));
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /**
     * Header with the session title and footer "Side X af Y" on every page but the covers. With
     * {@code compress}, each page's stream of header and footer is written uncompressed and handed
     * to it, to be compressed on the second thread while the structure tree is finished; else it
     * is compressed here. (PDFBox's "q" stream put before the page's content stays uncompressed,
     * as PDFBox writes it either way.)
     */
    private static void decorate(PDDocument doc, PdfFonts.Faces faces, List<Session> sessions,
            List<Integer> coverPages, java.util.function.Consumer<org.apache.pdfbox.cos.COSStream> compress)
            throws IOException {
        int total = doc.getNumberOfPages();
        int sessionIndex = -1;
        int i = -1;
        Messages m = messages(sessions.get(0));
        float size = 8.5f;
        // Each session's header, fitted to the measure once (not on each of its pages).
        String[] headers = new String[sessions.size()];
        // Iterated, not looked up by index: each lookup walks the page tree from its root.
        for (PDPage page : doc.getPages()) {
            i++;
            if (coverPages.contains(i)) {
                sessionIndex = coverPages.indexOf(i);
                m = messages(sessions.get(sessionIndex));
            }
            int si = Math.max(sessionIndex, 0);
            Session s = sessions.get(si);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    compress == null, true)) {
                // Running header and footer repeat on every page: artifacts, not text to read out.
                PdfTags.beginArtifact(cs);
                cs.setNonStrokingColor(PdfLayout.GREY[0], PdfLayout.GREY[1], PdfLayout.GREY[2]);
                if (!coverPages.contains(i)) {
                    if (headers[si] == null) {
                        headers[si] = fit(faces, cleanForHeader(faces, s.title()), size, PdfLayout.WIDTH);
                    }
                    show(cs, faces, headers[si], size, PdfLayout.LEFT, PdfLayout.PAGE_H - 44);
                    cs.setStrokingColor(PdfLayout.RULE[0], PdfLayout.RULE[1], PdfLayout.RULE[2]);
                    cs.setLineWidth(0.6f);
                    cs.moveTo(PdfLayout.LEFT, PdfLayout.PAGE_H - 50);
                    cs.lineTo(PdfLayout.PAGE_W - PdfLayout.RIGHT, PdfLayout.PAGE_H - 50);
                    cs.stroke();
                }
                String footer = m.get("pdf.page", i + 1, total);
                float w = faces.regular().getStringWidth(footer) / 1000f * size;
                show(cs, faces, footer, size, (PdfLayout.PAGE_W - w) / 2, 40);
                cs.endMarkedContent();
            }
            if (compress != null) {
                org.apache.pdfbox.cos.COSArray contents = (org.apache.pdfbox.cos.COSArray)
                        page.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.CONTENTS);
                compress.accept((org.apache.pdfbox.cos.COSStream) contents.getObject(contents.size() - 1));
            }
        }
    }

    private static String cleanForHeader(PdfFonts.Faces faces, String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(' ');
            } else if (faces.covers(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('\uFFFD');
            }
        });
        return sb.toString();
    }

    private static String fit(PdfFonts.Faces faces, String s, float size, float max) throws IOException {
        String t = s;
        while (t.length() > 1 && faces.regular().getStringWidth(t) / 1000f * size > max) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t.length() < s.length() ? t.substring(0, Math.max(0, t.length() - 1)) + "…" : t;
    }

    private static void show(PDPageContentStream cs, PdfFonts.Faces faces, String s, float size, float x, float y)
            throws IOException {
        cs.beginText();
        cs.setFont(faces.regular(), size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /**
     * Title, authors (the facilitators), subject (place and date), creation date (the session's
     * date, never the clock): set in the information dictionary and returned for the XMP, which
     * PDF/A requires to say exactly the same.
     */
    private static PdfArchive.Description metadata(PDDocument doc, List<Session> sessions) {
        Session first = sessions.get(0);
        PDDocumentInformation info = doc.getDocumentInformation();
        String title = PdfArchive.escapeless(sessions.size() == 1 ? first.title()
                : String.join(" · ", sessions.stream().map(Session::title).toList()));
        info.setTitle(title);
        Set<String> authors = new LinkedHashSet<>();
        sessions.forEach(s -> s.facilitators().forEach(f -> authors.add(PdfArchive.escapeless(f))));
        if (!authors.isEmpty()) {
            info.setAuthor(String.join(", ", authors));
        }
        Messages m = messages(first);
        String subject = PdfArchive.escapeless(
                String.join(" · ", nonBlank(first.place(), longDate(first.date(), m.locale()))));
        info.setSubject(subject);
        info.setCreator("Værksted");
        info.setProducer("Værksted");
        String created = null;
        if (first.date() != null) {
            LocalDate d = LocalDate.parse(first.date());
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            c.clear();
            c.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 12, 0, 0);
            info.setCreationDate(c);
            created = d + "T12:00:00Z";
        }
        return new PdfArchive.Description(title, new ArrayList<>(authors), subject, first.language(), created);
    }

    /** The parts that are not null or blank, in order. */
    static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    static Messages messages(Session s) {
        return Messages.core(Locale.forLanguageTag(s.language()));
    }

    /** "30. august 2019" in Danish, "30 August 2019" in English; null without a date. */
    public static String longDate(String isoDate, Locale locale) {
        if (isoDate == null) {
            return null;
        }
        String pattern = locale.getLanguage().equals("da") ? "d. MMMM uuuu" : "d MMMM uuuu";
        return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** Lays out one session: its cover and its body. */
    private static final class Writer {
        private final PdfLayout layout;
        private final PdfTags tags;
        private final Session session;
        private final ExportOptions options;
        private final PDDocumentOutline outline;
        private final boolean merged;
        private final Messages m;
        private final NumberFormat minutes;
        private final Summary.Overview overview;
        private final PdfOverview.Words words;

        Writer(PdfLayout layout, PdfTags tags, Session session, ExportOptions options, PDDocumentOutline outline,
                boolean merged, Summary.Overview overview, PdfOverview.Words words) {
            this.overview = overview;
            this.words = words;
            this.layout = layout;
            this.tags = tags;
            this.session = session;
            this.options = options;
            this.outline = outline;
            this.merged = merged;
            this.m = messages(session);
            this.minutes = NumberFormat.getNumberInstance(m.locale());
            this.minutes.setMaximumFractionDigits(1);
        }

        /**
         * Returns the index of the session's first page: what the document is (title, date,
         * place, facilitators, a sentence), the contents, then at once the overview; then each
         * exercise on a new page, then the appendix of cards.
         */
        int write() throws IOException {
            layout.newPage();
            int coverIndex = layout.pageNumber() - 1;
            PDPage cover = layout.currentPage();
            PDOutlineItem sessionItem = bookmark(outline, session.title(), cover, PdfLayout.PAGE_H);
            titleBlock();
            List<Card> appendix = options.overviewOnly() ? List.of() : appendixCards();
            List<String> parts = new ArrayList<>();
            parts.add(m.get("pdf.overview"));
            if (!options.overviewOnly()) {
                if (dk.vaerksted.core.session.Program.of(session).isPresent()) {
                    parts.add(m.get("pdf.program"));
                }
                session.exercises().forEach(e -> parts.add(title(e)));
                if (!appendix.isEmpty()) {
                    parts.add(m.get("pdf.appendix"));
                }
            }
            // The contents are drawn last, when their page numbers are known, into a section made here.
            PDStructureElement contentsSection = null;
            float contentsTop = 0;
            List<PdfLayout.Line> probe = new ArrayList<>();
            if (!options.overviewOnly()) {
                contentsSection = tags.element(StandardStructureTypes.SECT);
                contentsTop = layout.y() - 18;
                float height = H2.leading() + 4;
                for (String p : parts) {
                    probe.addAll(layout.wrapPlain(p + "  ·  000", BODY, 14, "•"));
                }
                height += PdfLayout.height(probe);
                layout.space(18 + height);
            }
            Map<String, Integer> contents = new LinkedHashMap<>();
            contents.put(m.get("pdf.overview"), layout.pageNumber());
            bookmark(sessionItem, m.get("pdf.overview"), layout.currentPage(), layout.y());
            layout.keep(H1.leading() + BODY.leading() * 4);
            text(m.get("pdf.overview"), H1, 24, tags.heading(2));
            new PdfOverview(layout, tags, m).write(overview, words);
            if (!options.overviewOnly()) {
                java.util.Optional<dk.vaerksted.core.session.Program> program =
                        dk.vaerksted.core.session.Program.of(session);
                if (program.isPresent()) {
                    layout.newPage();
                    contents.put(m.get("pdf.program"), layout.pageNumber());
                    new ProgramPages(layout, tags, session, program.get(), m).write(sessionItem);
                }
                for (Exercise e : session.exercises()) {
                    layout.newPage();
                    contents.put(title(e), layout.pageNumber());
                    exercise(e, sessionItem);
                }
                if (!appendix.isEmpty()) {
                    layout.newPage();
                    contents.put(m.get("pdf.appendix"), layout.pageNumber());
                    bookmark(sessionItem, m.get("pdf.appendix"), layout.currentPage(), layout.y());
                    text(m.get("pdf.appendix"), H1, 0, tags.heading(2));
                    text(m.get("pdf.appendixIntro"), MUTED, 4, tags.paragraph());
                    for (Card c : appendix) {
                        layout.space(12);
                        card(c, 3);
                    }
                }
            }
            if (contentsSection != null) {
                float top = contentsTop;
                tags.within(contentsSection, () -> {
                    contentsPage(cover, top, contents);
                    return null;
                });
            }
            return coverIndex;
        }

        /** What the document is: "Opsamling fra workshoppen", the title, date, place, facilitators, a sentence. */
        private void titleBlock() throws IOException {
            layout.space(24);
            if (merged) {
                // In a merged summary each source is labelled: whose file this part comes from.
                text(m.get("pdf.source", sourceLabel()), MUTED, 0, tags.paragraph());
            }
            text(m.get("pdf.kind"), KIND, 0, tags.paragraph());
            text(session.title(), TITLE, 4, tags.heading(1));
            String date = longDate(session.date(), m.locale());
            List<String> meta = nonBlank(date, session.place());
            if (!meta.isEmpty()) {
                text(String.join("  ·  ", meta), COVER_META, 8, tags.paragraph());
            }
            if (!session.facilitators().isEmpty()) {
                text(m.get("pdf.facilitators", String.join(", ", session.facilitators())), MUTED, 2, tags.paragraph());
            }
            text(m.get(options.overviewOnly() ? "pdf.aboutOverview" : "pdf.about"), BODY, 12, tags.paragraph());
        }

        /** The contents, on the first page, in the space kept for them. */
        private void contentsPage(PDPage page, float top, Map<String, Integer> contents) throws IOException {
            List<PdfLayout.Line> toc = new ArrayList<>();
            toc.addAll(tagged(layout.wrapPlain(m.get("pdf.contents"), H2, 0, null), tags.heading(2)));
            tags.open(StandardStructureTypes.L);
            for (Map.Entry<String, Integer> e : contents.entrySet()) {
                toc.addAll(tagged(layout.wrapPlain(e.getKey() + "  ·  " + e.getValue(), BODY, 14, "•"), tags.item()));
            }
            tags.close();
            try (PdfLayout.Overlay o = layout.overlay(page, top)) {
                o.draw(toc);
            }
        }

        /**
         * The cards of exercises where tables hold different cards, each once, in the order first
         * used: printed in the appendix instead of under every table.
         */
        private List<Card> appendixCards() {
            Map<String, Card> cards = new LinkedHashMap<>();
            for (Exercise e : session.exercises()) {
                if (sharedCard(e) == null) {
                    for (Group g : e.groups()) {
                        if (g.cardId() != null) {
                            session.card(g.cardId()).ifPresent(c -> cards.putIfAbsent(c.id(), c));
                        }
                    }
                }
            }
            return new ArrayList<>(cards.values());
        }

        /** The one card all tables of the exercise hold, or null. */
        private String sharedCard(Exercise e) {
            Set<String> ids = new LinkedHashSet<>();
            e.groups().forEach(g -> ids.add(g.cardId()));
            return ids.size() == 1 && !ids.contains(null) ? ids.iterator().next() : null;
        }

        private String title(Exercise e) {
            return e.title() == null || e.title().isBlank() ? e.id() : e.title();
        }

        /** Lays out text as one element of the structure tree. */
        private void text(String text, PdfLayout.Style style, float spaceBefore, PdfTags.Tag tag) throws IOException {
            layout.flow(tagged(layout.wrapPlain(text, style, 0, null), tag), spaceBefore);
        }

        private static List<PdfLayout.Line> tagged(List<PdfLayout.Line> lines, PdfTags.Tag tag) {
            return PdfTags.apply(lines, tag);
        }

        /** "Mette Lund, Jonas Holm · 3 Aug 2019": who brought this part of a merged summary. */
        private String sourceLabel() {
            List<String> parts = new ArrayList<>();
            if (!session.facilitators().isEmpty()) {
                parts.add(String.join(", ", session.facilitators()));
            }
            parts.addAll(nonBlank(session.place()));
            return parts.isEmpty() ? session.title() : String.join("  ·  ", parts);
        }

        private void exercise(Exercise e, PDOutlineItem parent) throws IOException {
            PDOutlineItem item = bookmark(parent, title(e), layout.currentPage(), layout.y());
            text(title(e), H1, 0, tags.heading(2));
            if (e.intro() != null && !e.intro().isBlank()) {
                layout.flow(tagged(layout.wrapMarkup(e.intro(), MUTED, 0, null), tags.paragraph()), 6);
            }
            if (e.source() != null && !e.source().isBlank()) {
                text(m.get("pdf.sourceOf", e.source()), SMALL, 4, tags.paragraph());
            }
            heading(m.get("pdf.steps"));
            tags.open(StandardStructureTypes.L);
            int n = 1;
            for (Step s : e.steps()) {
                String line = stepTitle(s) + "  ·  " + Summary.stepTime(e, s, m);
                PdfTags.Tag step = tags.numberedItem();
                layout.flow(tagged(layout.wrapMarkup(line, BODY, 18, n + "."), step), 4);
                if (s.prompt() != null && !s.prompt().isBlank()) {
                    layout.flow(tagged(layout.wrapMarkup(s.prompt(), MUTED, 18, null), step), 0);
                }
                n++;
            }
            tags.close();
            // The plan first, then the source's own words for the time, labelled as the source's.
            String time = Summary.timeLine(e, m);
            if (time != null) {
                text(time, BODY, 6, tags.paragraph());
            }
            String sharedId = sharedCard(e);
            boolean shared = sharedId != null;
            if (shared) {
                session.card(sharedId).ifPresent(c -> {
                    try {
                        heading(m.get("pdf.card"));
                        card(c, 4);
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                });
            }
            if (!e.groups().isEmpty()) {
                // Keep "Grupper" with the first group's heading and its first notes.
                heading(m.get("pdf.groups"), 14 + H2.leading() + 8 + LABEL.leading() + 3 + BODY.leading() * 2);
            }
            for (Group g : e.groups()) {
                if (!g.notes().isEmpty()) {
                    group(e, g, shared, item);
                }
            }
            String without = Summary.withoutNotes(e, m);
            if (without != null) {
                text(without, MUTED, 14, tags.paragraph());
            }
        }

        private void heading(String text) throws IOException {
            heading(text, BODY.leading() * 3);
        }

        /** A section heading that is never left alone at a page foot: {@code keepAfter} points follow it. */
        private void heading(String text, float keepAfter) throws IOException {
            layout.keep(H2.leading() + 16 + keepAfter);
            text(text, H2, 16, tags.heading(3));
            layout.space(2);
        }

        /** The step's title with its markup; an untitled step by its id, as written. */
        private String stepTitle(Step s) {
            return s.title() == null || s.title().isBlank() ? Emphasis.escape(s.id()) : s.title();
        }

        /**
         * A table's notes under each step's short label ("Trin 2 · Tal om": the prompt is printed
         * once, with the steps). The table's heading is kept on a page with its first label and
         * the whole of its first note (or three lines of it).
         */
        private void group(Exercise e, Group g, boolean sharedCard, PDOutlineItem parent) throws IOException {
            String heading = g.displayName();
            Card card = g.cardId() == null ? null : session.card(g.cardId()).orElse(null);
            if (card != null && !sharedCard) {
                heading += "  ·  " + m.get("pdf.card") + " " + card.label();
            }
            List<Summary.StepNotes> steps = Summary.byStep(e, g, m);
            List<PdfLayout.Line> headLines = layout.wrapPlain(heading, H2, 0, null);
            float keep = 14 + PdfLayout.height(headLines);
            if (!steps.isEmpty()) {
                keep += 8 + 3 + PdfLayout.height(layout.wrapPlain(steps.get(0).label(), LABEL, 0, null))
                        + Math.min(PdfLayout.height(layout.wrapPlain(steps.get(0).notes().get(0).text(), BODY, 14, "•")),
                                BODY.leading() * 3);
            }
            layout.keep(keep);
            layout.space(14);
            bookmark(parent, g.displayName(), layout.currentPage(), layout.y());
            layout.flow(tagged(headLines, tags.heading(4)), 0);
            if (options.withNames() && !g.members().isEmpty()) {
                text(m.get("pdf.members", String.join(", ", g.members())), MUTED, 2, tags.paragraph());
            }
            for (Summary.StepNotes sn : steps) {
                notes(Emphasis.escape(sn.label()), sn.notes());
            }
        }

        /** The notes under their label: a step's prompt or title (with its markup), or "Andre noter". */
        private void notes(String label, List<Note> notes) throws IOException {
            List<PdfLayout.Line> labelLines = layout.wrapMarkup(label, LABEL, 0, null);
            List<PdfLayout.Line> firstNote = layout.wrapPlain(notes.get(0).text(), BODY, 14, "•");
            // The label, the space under it and before the note, and the note (up to three lines).
            layout.keep(PdfLayout.height(labelLines) + 8 + 3 + Math.min(PdfLayout.height(firstNote), BODY.leading() * 3));
            layout.flow(tagged(labelLines, tags.heading(5)), 8);
            noteList(notes);
        }

        private void noteList(List<Note> notes) throws IOException {
            if (notes.isEmpty()) {
                return;
            }
            tags.open(StandardStructureTypes.L);
            for (Note n : notes) {
                layout.flow(tagged(layout.wrapPlain(n.text(), BODY, 14, "•"), tags.item()), 3);
            }
            tags.close();
        }

        /** A card in a light box, its title a heading of {@code level}. */
        private void card(Card c, int level) throws IOException {
            tags.open(StandardStructureTypes.DIV);
            layout.box(layout.boxed(() -> cardBlocks(c, level)), 6);
            tags.close();
        }

        private List<List<PdfLayout.Line>> cardBlocks(Card c, int level) {
            List<List<PdfLayout.Line>> blocks = new ArrayList<>();
            String top = String.join("  ·  ", nonBlank(c.number(), c.deck()));
            if (!top.isEmpty()) {
                blocks.add(tagged(layout.wrapPlain(top, SMALL, 0, null), tags.paragraph()));
            }
            if (c.title() != null && !c.title().isBlank()) {
                blocks.add(tagged(layout.wrapPlain(c.title(), CARD_TITLE, 0, null), tags.heading(level)));
            }
            if (c.question() != null && !c.question().isBlank()) {
                blocks.add(tagged(layout.wrapPlain(c.question(), CARD_QUESTION, 0, null), tags.paragraph()));
            }
            if (c.leadIn(Card.BODY) != null && !c.body().isEmpty()) {
                blocks.add(tagged(layout.wrapMarkup(c.leadIn(Card.BODY), LABEL, 0, null), tags.paragraph()));
            }
            for (String p : c.body()) {
                blocks.add(tagged(layout.wrapMarkup(p, BODY, 0, null), tags.paragraph()));
            }
            list(blocks, c.leadIn(Card.REMINDERS), "pdf.reminders", c.reminders());
            list(blocks, c.leadIn(Card.DILEMMAS), "pdf.dilemmas", c.dilemmas());
            list(blocks, c.leadIn(Card.STANDPOINTS), "pdf.standpoints", c.standpoints());
            for (CardList l : c.lists()) {
                list(blocks, l.leadIn(), null, l.items());
            }
            list(blocks, c.leadIn(Card.EXAMPLES), "pdf.examples", c.examples());
            if (c.leadIn(Card.WHAT_IF) != null && !c.whatIf().isEmpty()) {
                blocks.add(tagged(layout.wrapMarkup(c.leadIn(Card.WHAT_IF), LABEL, 0, null), tags.paragraph()));
            }
            for (String w : c.whatIf()) {
                blocks.add(tagged(layout.wrapMarkup(w, CARD_QUESTION, 0, null), tags.paragraph()));
            }
            if (c.source() != null && !c.source().isBlank()) {
                blocks.add(tagged(layout.wrapPlain(c.source(), SMALL, 0, null), tags.paragraph()));
            }
            return blocks;
        }

        /**
         * A list of a card under its lead-in (the source's words) or else the generic label
         * ({@code labelKey}, none when null); a list of one item is a paragraph, without a bullet.
         */
        private void list(List<List<PdfLayout.Line>> blocks, String leadIn, String labelKey, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            List<PdfLayout.Line> block = new ArrayList<>();
            if (leadIn != null) {
                block.addAll(tagged(layout.wrapMarkup(leadIn, LABEL, 0, null), tags.paragraph()));
            } else if (labelKey != null) {
                block.addAll(tagged(layout.wrapPlain(m.get(labelKey), LABEL, 0, null), tags.paragraph()));
            }
            if (items.size() == 1) {
                block.addAll(tagged(layout.wrapMarkup(items.get(0), BODY, 0, null), tags.paragraph()));
            } else {
                tags.open(StandardStructureTypes.L);
                for (String item : items) {
                    block.addAll(tagged(layout.wrapMarkup(item, BODY, 14, "•"), tags.item()));
                }
                tags.close();
            }
            blocks.add(block);
        }

        private static PDOutlineItem bookmark(Object parent, String title, PDPage page, float top) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(page);
            dest.setTop((int) top);
            item.setDestination(dest);
            if (parent instanceof PDDocumentOutline o) {
                o.addLast(item);
            } else if (parent instanceof PDOutlineItem p) {
                p.addLast(item);
            }
            return item;
        }
    }
}
