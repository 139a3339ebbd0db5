package dk.vaerksted.core.card;

import java.util.ArrayList;
import java.util.List;

/**
 * The one piece of markup in card text: {@code **…**} marks strong emphasis and {@code \*} is a
 * literal asterisk. Nothing else is markup; a {@code **} that is never closed is shown as written.
 */
public final class Emphasis {
    private Emphasis() {}

    /** A stretch of text that is either strong or not. */
    public record Run(String text, boolean strong) {}

    public static List<Run> parse(String paragraph) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean strong = false;
        int openedRunIndex = -1;
        int i = 0;
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            if (c == '\\' && i + 1 < paragraph.length() && paragraph.charAt(i + 1) == '*') {
                current.append('*');
                i += 2;
            } else if (c == '*' && i + 1 < paragraph.length() && paragraph.charAt(i + 1) == '*') {
                flush(runs, current, strong);
                strong = !strong;
                openedRunIndex = strong ? runs.size() : -1;
                i += 2;
            } else {
                current.append(c);
                i++;
            }
        }
        flush(runs, current, strong);
        if (strong) {
            // Unclosed: the "**" was meant literally; everything after it is plain text.
            StringBuilder rest = new StringBuilder("**");
            while (runs.size() > openedRunIndex) {
                rest.append(runs.remove(openedRunIndex).text());
            }
            runs.add(new Run(rest.toString(), false));
        }
        return merge(runs);
    }

    /** The paragraph without markup, as a reader sees it. */
    public static String plain(String paragraph) {
        StringBuilder sb = new StringBuilder();
        for (Run r : parse(paragraph)) {
            sb.append(r.text());
        }
        return sb.toString();
    }

    private static void flush(List<Run> runs, StringBuilder current, boolean strong) {
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), strong));
            current.setLength(0);
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty() && out.get(out.size() - 1).strong() == r.strong()) {
                Run last = out.remove(out.size() - 1);
                out.add(new Run(last.text() + r.text(), r.strong()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
