package dk.vaerksted.export;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The document's logical structure (tagged PDF, as PDF/UA-1 asks): headings, paragraphs and
 * lists in reading order, each drawn line linked to its element by a marked-content id;
 * everything else (page header and footer, card backgrounds, rules) is marked as an artifact.
 *
 * <p>Elements are created in reading order as the writer lays text out; the cover, drawn last
 * when its page numbers are known, fills a section that was created first.
 */
final class PdfTags {
    /** Where a laid-out line goes: its text into {@code body}, its marker (bullet, number) into {@code label}. */
    record Tag(PDStructureElement body, PDStructureElement label) {}

    /**
     * Emphasis within a paragraph. PDF/UA-1 is PDF 1.7, where {@code Em} is not a standard
     * structure type: the role map makes it a {@code Span}, which PDF 1.7 readers know.
     */
    static final String EMPHASIS = "Em";

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Deque<PDStructureNode> parents = new ArrayDeque<>();
    /** Per page (its dictionary: PDFBox makes a new wrapper at every lookup), the element of each marked-content id. */
    private final Map<COSDictionary, List<PDStructureElement>> marks = new IdentityHashMap<>();

    PdfTags(PDDocument doc) {
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        root.setRoleMap(Map.of(EMPHASIS, StandardStructureTypes.SPAN));
        PDStructureElement document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
        parents.push(document);
    }

    /** A new element, the next child of the current parent. */
    PDStructureElement element(String type) {
        PDStructureNode parent = parents.peek();
        PDStructureElement el = new PDStructureElement(type, parent);
        parent.appendKid(el);
        return el;
    }

    /**
     * A new inline element of {@code type}, the next kid of {@code parent} (a paragraph, a list
     * body): text drawn for it after this comes after the parent's text drawn so far.
     */
    PDStructureElement inline(PDStructureElement parent, String type) {
        PDStructureElement el = new PDStructureElement(type, parent);
        parent.appendKid(el);
        return el;
    }

    /** A new element that takes the following elements as its children until {@link #close()}. */
    PDStructureElement open(String type) {
        PDStructureElement el = element(type);
        parents.push(el);
        return el;
    }

    void close() {
        if (parents.size() <= 1) {
            throw new IllegalStateException("closing the document element");
        }
        parents.pop();
    }

    /** Makes {@code el} the parent while {@code body} runs (the cover, filled after the rest). */
    <T, E extends Exception> T within(PDStructureElement el, ThrowingSupplier<T, E> body) throws E {
        parents.push(el);
        try {
            return body.get();
        } finally {
            parents.pop();
        }
    }

    interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }

    Tag paragraph() {
        return new Tag(element(StandardStructureTypes.P), null);
    }

    /** A heading of level 1 to 6. */
    Tag heading(int level) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        return new Tag(element("H" + level), null);
    }

    /**
     * A bulleted item of the open list ({@code L}): its text in the body; the bullet is drawn as
     * an artifact (a list says it is a list; thousands of "•" labels add nothing but bytes).
     */
    Tag item() {
        PDStructureElement li = element(StandardStructureTypes.LI);
        PDStructureElement body = new PDStructureElement(StandardStructureTypes.L_BODY, li);
        li.appendKid(body);
        return new Tag(body, null);
    }

    /** A numbered item of the open list: the number is its label, read out with the text. */
    Tag numberedItem() {
        PDStructureElement li = element(StandardStructureTypes.LI);
        PDStructureElement lbl = new PDStructureElement(StandardStructureTypes.LBL, li);
        li.appendKid(lbl);
        PDStructureElement body = new PDStructureElement(StandardStructureTypes.L_BODY, li);
        li.appendKid(body);
        return new Tag(body, lbl);
    }

    /** The lines, each carrying {@code tag}. */
    static List<PdfLayout.Line> apply(List<PdfLayout.Line> lines, Tag tag) {
        List<PdfLayout.Line> out = new ArrayList<>(lines.size());
        for (PdfLayout.Line l : lines) {
            out.add(l.withTag(tag));
        }
        return out;
    }

    /** Opens marked content for {@code el} on {@code page}; close it with {@link PDPageContentStream#endMarkedContent()}. */
    void begin(PDPageContentStream cs, PDPage page, PDStructureElement el) throws IOException {
        List<PDStructureElement> onPage = marks.computeIfAbsent(page.getCOSObject(), p -> new ArrayList<>());
        int mcid = onPage.size();
        onPage.add(el);
        cs.beginMarkedContent(COSName.getPDFName(el.getStructureType()), mcid);
        if (el.getPage() == null) {
            el.setPage(page);
        }
        if (el.getPage().getCOSObject() == page.getCOSObject()) {
            appendKid(el, COSInteger.get(mcid));
        } else {
            // Text continued on another page: a marked-content reference names that page.
            COSDictionary mcr = new COSDictionary();
            mcr.setItem(COSName.TYPE, COSName.MCR);
            mcr.setItem(COSName.PG, page.getCOSObject());
            mcr.setInt(COSName.MCID, mcid);
            appendKid(el, mcr);
        }
    }

    private static void appendKid(PDStructureElement el, org.apache.pdfbox.cos.COSBase kid) {
        COSDictionary d = el.getCOSObject();
        org.apache.pdfbox.cos.COSBase k = d.getDictionaryObject(COSName.K);
        if (k == null) {
            d.setItem(COSName.K, kid);
        } else if (k instanceof COSArray array) {
            array.add(kid);
        } else {
            COSArray array = new COSArray();
            array.add(k);
            array.add(kid);
            d.setItem(COSName.K, array);
        }
    }

    /** Marks what follows, up to the matching end, as an artifact (not part of the text). */
    static void beginArtifact(PDPageContentStream cs) throws IOException {
        cs.beginMarkedContent(COSName.ARTIFACT);
    }

    /** Writes the parent tree and declares the document tagged, with its title shown by viewers. */
    void finish(PDDocument doc) {
        Map<Integer, COSObjectable> numbers = new LinkedHashMap<>();
        int key = 0;
        for (PDPage page : doc.getPages()) {
            List<PDStructureElement> onPage = marks.get(page.getCOSObject());
            if (onPage == null) {
                continue;
            }
            COSArray array = new COSArray();
            for (PDStructureElement el : onPage) {
                array.add(el);
            }
            page.setStructParents(key);
            numbers.put(key, new PDParentTreeValue(array));
            key++;
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(key);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
    }
}
