package dk.vaerksted.export;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.words.TopWords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The overview that leads the summary: key points, the themes with their notes, the harvest, the
 * most used words (a small cloud in three sizes, tagged as a figure whose alternative text names
 * every word with its count). Sections with nothing in them are left out.
 */
final class PdfOverview {
    private static final PdfLayout.Style H2 = PdfLayout.Style.of(13, PdfLayout.INK, true);
    private static final PdfLayout.Style H3 = PdfLayout.Style.of(11.5f, PdfLayout.INK, true);
    private static final PdfLayout.Style BODY = PdfLayout.Style.of(10.5f, PdfLayout.INK, false);
    private static final PdfLayout.Style KEY = PdfLayout.Style.of(11.5f, PdfLayout.INK, true);
    private static final PdfLayout.Style KEY_NOTE = PdfLayout.Style.of(11, PdfLayout.INK, false);
    private static final PdfLayout.Style MUTED = PdfLayout.Style.of(10.5f, PdfLayout.GREY, false);
    private static final PdfLayout.Style SMALL = PdfLayout.Style.of(8.5f, PdfLayout.GREY, false);
    /** The cloud's three sizes: the most used words largest. */
    private static final PdfLayout.Style[] CLOUD = {PdfLayout.Style.of(20, PdfLayout.ACCENT, true),
            PdfLayout.Style.of(15, PdfLayout.ACCENT, true), PdfLayout.Style.of(11.5f, PdfLayout.INK, false)};

    private final PdfLayout layout;
    private final PdfTags tags;
    private final Messages m;

    PdfOverview(PdfLayout layout, PdfTags tags, Messages m) {
        this.layout = layout;
        this.tags = tags;
        this.m = m;
    }

    /** The most used words, asked for when the overview reaches them (they may still be counted elsewhere). */
    interface Words {
        List<TopWords.Word> get() throws IOException;
    }

    /** The overview {@code o} with the most used words of {@code words} (not those of {@code o}). */
    void write(Summary.Overview o, Words words) throws IOException {
        if (o.keyPoints().isEmpty() && o.themes().isEmpty() && o.harvest().stream().allMatch(h -> h.notes().isEmpty())
                && words.get().isEmpty()) {
            text(m.get("pdf.nothingYet"), MUTED, 6, tags.paragraph());
            return;
        }
        if (!o.keyPoints().isEmpty()) {
            heading(m.get("pdf.keyPoints"), 3, KEY.leading() * 2);
            tags.open(StandardStructureTypes.L);
            for (Summary.KeyPoint k : o.keyPoints()) {
                // A starred theme is named in bold; a starred note is quoted with its table.
                String t = k.from() == null ? k.text() : m.get("pdf.noteFrom", k.text(), k.from());
                layout.flow(PdfTags.apply(layout.wrapPlain(t, k.from() == null ? KEY : KEY_NOTE, 16, "★"),
                        tags.item()), 4);
            }
            tags.close();
        }
        if (!o.themes().isEmpty()) {
            heading(m.get("pdf.themes"), 3, H3.leading() + BODY.leading() * 2);
            for (Summary.ThemeNotes t : o.themes()) {
                String name = (t.theme().key() ? "★ " : "")
                        + (t.theme().name().isBlank() ? m.get("pdf.unnamedTheme") : t.theme().name());
                String head = t.dots() >= 0 ? m.get("pdf.themeDots", name, t.notes().size(), t.dots())
                        : m.get("pdf.themeHeading", name, t.notes().size());
                List<PdfLayout.Line> headLines = layout.wrapPlain(head, H3, 0, null);
                List<PdfLayout.Line> first = t.notes().isEmpty() ? List.of()
                        : layout.wrapPlain(noteText(t.notes().get(0)), BODY, 14, "•");
                layout.keep(PdfLayout.height(headLines) + 10 + 3 + Math.min(PdfLayout.height(first), BODY.leading() * 3));
                layout.flow(PdfTags.apply(headLines, tags.heading(4)), 10);
                tags.open(StandardStructureTypes.L);
                for (Summary.NoteLine n : t.notes()) {
                    layout.flow(PdfTags.apply(layout.wrapPlain(noteText(n), BODY, 14, "•"), tags.item()), 3);
                }
                tags.close();
            }
        }
        List<HarvestPrompt> answered = o.harvest().stream().filter(h -> !h.notes().isEmpty()).toList();
        if (!answered.isEmpty()) {
            heading(m.get("pdf.harvest"), 3, H3.leading() + BODY.leading() * 2);
            Set<String> sources = new LinkedHashSet<>();
            answered.forEach(h -> {
                if (h.source() != null && !h.source().isBlank()) {
                    sources.add(h.source());
                }
            });
            for (String source : sources) {
                text(m.get("pdf.sourceOf", source), SMALL, 2, tags.paragraph());
            }
            for (HarvestPrompt h : answered) {
                List<PdfLayout.Line> headLines = layout.wrapPlain(h.prompt(), H3, 0, null);
                layout.keep(PdfLayout.height(headLines) + 10 + 3 + BODY.leading() * 2);
                layout.flow(PdfTags.apply(headLines, tags.heading(4)), 10);
                tags.open(StandardStructureTypes.L);
                for (Note n : h.notes()) {
                    layout.flow(PdfTags.apply(layout.wrapPlain(n.text(), BODY, 14, "•"), tags.item()), 3);
                }
                tags.close();
            }
        }
        List<TopWords.Word> counted = words.get();
        if (!counted.isEmpty()) {
            words(counted);
        }
    }

    private String noteText(Summary.NoteLine n) {
        List<String> from = new ArrayList<>();
        if (n.table() != null) {
            from.add(n.table());
        }
        from.addAll(n.tags());
        return from.isEmpty() ? n.text() : m.get("pdf.noteFrom", n.text(), String.join(" · ", from));
    }

    /** The most used words: three sizes, largest first, one figure with the words as its alternative text. */
    private void words(List<TopWords.Word> words) throws IOException {
        List<PdfLayout.Line> intro = layout.wrapPlain(m.get("pdf.wordsIntro"), SMALL, 0, null);
        // The heading, the line that explains it and the cloud's first rows stay together: the
        // heading ended a page when it kept only room for the explanation.
        heading(m.get("pdf.words"), 3, PdfLayout.height(intro) + 2 + CLOUD[0].leading() * 3 + 8);
        layout.flow(PdfTags.apply(intro, tags.paragraph()), 2);
        List<String> spoken = words.stream().map(w -> m.get("pdf.wordCount", w.word(), w.count())).toList();
        PDStructureElement figure = tags.element(StandardStructureTypes.Figure);
        figure.setAlternateDescription(m.get("pdf.wordsAlt", String.join(", ", spoken)));
        PdfTags.Tag tag = new PdfTags.Tag(figure, null);
        int[] tiers = {Math.min(3, words.size()), Math.min(9, words.size()), words.size()};
        List<PdfLayout.Line> lines = new ArrayList<>();
        int from = 0;
        for (int t = 0; t < tiers.length; t++) {
            if (tiers[t] <= from) {
                continue;
            }
            String row = String.join("\u2003", words.subList(from, tiers[t]).stream().map(TopWords.Word::word).toList());
            lines.addAll(layout.wrapPlain(row, CLOUD[t], 0, null));
            from = tiers[t];
        }
        layout.keep(Math.min(PdfLayout.height(lines), CLOUD[0].leading() * 3) + 8);
        layout.flow(PdfTags.apply(lines, tag), 8);
    }

    private void heading(String text, int level, float keepAfter) throws IOException {
        List<PdfLayout.Line> lines = layout.wrapPlain(text, H2, 0, null);
        layout.keep(PdfLayout.height(lines) + 16 + keepAfter);
        layout.flow(PdfTags.apply(lines, tags.heading(level)), 16);
        layout.space(2);
    }

    private void text(String text, PdfLayout.Style style, float spaceBefore, PdfTags.Tag tag) throws IOException {
        layout.flow(PdfTags.apply(layout.wrapPlain(text, style, 0, null), tag), spaceBefore);
    }
}
