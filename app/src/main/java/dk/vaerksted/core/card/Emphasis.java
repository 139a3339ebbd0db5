package dk.vaerksted.core.card;

import java.util.ArrayList;
import java.util.List;

/**
 * The markup of card and exercise texts: {@code **…**} marks strong text, {@code *…*} marks
 * emphasis (set in italics), {@code \*} is a literal asterisk. Nothing else is markup.
 *
 * <p>A marker that is never closed is shown as written. A single {@code *} opens emphasis only
 * before a character that is not a space and closes it only after one, so "5 * 3" stays as
 * written. Strong and emphasis are independent: {@code **strong *and emphasis***} gives a run
 * that is both.
 */
public final class Emphasis {
    private Emphasis() {}

    /** A stretch of text in one style. */
    public record Run(String text, boolean strong, boolean emphasis) {
        /** A run that is strong or plain, without emphasis. */
        public Run(String text, boolean strong) {
            this(text, strong, false);
        }
    }

    private enum Kind { TEXT, STRONG, EM }

    /** A piece of the paragraph: text, or a marker that is still to be matched ({@code live}). */
    private static final class Token {
        final Kind kind;
        final String text;
        final boolean canOpen;
        final boolean canClose;
        boolean live;

        Token(Kind kind, String text, boolean canOpen, boolean canClose) {
            this.kind = kind;
            this.text = text;
            this.canOpen = canOpen;
            this.canClose = canClose;
        }
    }

    public static List<Run> parse(String paragraph) {
        List<Token> tokens = tokenize(paragraph);
        match(tokens, Kind.STRONG);
        match(tokens, Kind.EM);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean strong = false;
        boolean em = false;
        for (Token t : tokens) {
            if (t.kind == Kind.TEXT || !t.live) {
                current.append(t.text);
                continue;
            }
            flush(runs, current, strong, em);
            if (t.kind == Kind.STRONG) {
                strong = !strong;
            } else {
                em = !em;
            }
        }
        flush(runs, current, strong, em);
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

    /** Text written so that it reads as itself: every asterisk escaped. */
    public static String escape(String text) {
        return text.replace("*", "\\*");
    }

    /** Whether all the paragraph's visible text, spaces aside, is emphasized (and there is some). */
    public static boolean allEmphasis(String paragraph) {
        boolean any = false;
        for (Run r : parse(paragraph)) {
            if (!r.text().isBlank()) {
                if (!r.emphasis()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                text.append('*');
                i += 2;
            } else if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                textToken(tokens, text);
                tokens.add(new Token(Kind.STRONG, "**", true, true));
                i += 2;
            } else if (c == '*') {
                textToken(tokens, text);
                boolean canOpen = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
                boolean canClose = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
                tokens.add(new Token(Kind.EM, "*", canOpen, canClose));
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        textToken(tokens, text);
        return tokens;
    }

    private static void textToken(List<Token> tokens, StringBuilder text) {
        if (text.length() > 0) {
            tokens.add(new Token(Kind.TEXT, text.toString(), false, false));
            text.setLength(0);
        }
    }

    /** Pairs the markers of one kind in order; a marker that finds no partner stays text. */
    private static void match(List<Token> tokens, Kind kind) {
        Token open = null;
        for (Token t : tokens) {
            if (t.kind != kind) {
                continue;
            }
            if (open == null && t.canOpen) {
                open = t;
            } else if (open != null && t.canClose) {
                open.live = true;
                t.live = true;
                open = null;
            }
        }
    }

    private static void flush(List<Run> runs, StringBuilder current, boolean strong, boolean em) {
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), strong, em));
            current.setLength(0);
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            Run last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.strong() == r.strong() && last.emphasis() == r.emphasis()) {
                out.set(out.size() - 1, new Run(last.text() + r.text(), r.strong(), r.emphasis()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
