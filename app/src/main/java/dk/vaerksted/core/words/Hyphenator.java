package dk.vaerksted.core.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;

/**
 * Where a Danish word may be hyphenated: Liang's algorithm (Lucene's {@link HyphenationTree}, from
 * Apache FOP) with the TeX patterns for Danish (Frank Jensen 1994, from hyph-utf8; see
 * {@code assets/hyphenation/NOTICE-hyph-da.txt}), at least two letters before and after a break.
 *
 * <p>Only a word that looks Danish is hyphenated: letters of the Danish alphabet (and é, ä, ö, ü)
 * with at least one vowel, in lower case, capitalized or all capitals, with nothing but
 * punctuation around them. An address, a number, a code or a word in camel case gets no points.
 * The patterns are read on the first word that needs them (a layout asks only for a word wider than
 * its line), once per process, into an immutable table.
 */
public final class Hyphenator {
    private Hyphenator() {}

    /** The patterns, shipped in the app (UTF-8, one a line). */
    static final String PATTERNS = "/assets/hyphenation/hyph-da.pat.txt";

    /** TeX's hyphenmins for Danish: letters kept before and after a break. */
    static final int LEFT = 2;
    static final int RIGHT = 2;

    private static final int[] NONE = {};

    /** The letters the patterns are written in, by their lower-case form; then letters folded onto them. */
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzæøå";
    private static final String[] FOLDED = {"eéÉèÈ", "æäÄ", "øöÖ", "yüÜ"};
    private static final String VOWELS = "aeiouyæøåéèäöü";

    /**
     * Where {@code word} may be broken with a hyphen: offsets into it (the break comes before the
     * character there), ascending; none when the word does not look Danish or the patterns allow no
     * break. Punctuation before and after the letters ("(", "»", ".", ",") is kept on its side.
     */
    public static int[] points(String word) {
        if (!looksDanish(word)) {
            return NONE;
        }
        Hyphenation h = Patterns.TREE.hyphenate(word, LEFT, RIGHT);
        if (h == null) {
            return NONE;
        }
        // The first and last entries are the word's ends (as a count of letters): not breaks.
        int[] all = h.getHyphenationPoints();
        return all.length <= 2 ? NONE : Arrays.copyOfRange(all, 1, all.length - 1);
    }

    /**
     * Whether {@code token} (a stretch of text without spaces) is an address, not words: a link
     * ("://", "www."), an e-mail address ("@") or a name with a dot between letters or digits
     * ("aarhus.dk", "rapport.pdf"). No part of it is hyphenated, however Danish it looks.
     */
    public static boolean isAddress(String token) {
        if (token.contains("://") || token.contains("@") || token.regionMatches(true, 0, "www.", 0, 4)) {
            return true;
        }
        for (int i = token.indexOf('.'); i > 0 && i < token.length() - 1; i = token.indexOf('.', i + 1)) {
            if (Character.isLetterOrDigit(token.charAt(i - 1)) && Character.isLetterOrDigit(token.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters the patterns know, one unbroken run of them with a vowel, and no case inside a word
     * but a capital first letter or capitals throughout.
     */
    static boolean looksDanish(String word) {
        int first = 0;
        while (first < word.length() && !Character.isLetterOrDigit(word.charAt(first))) {
            first++;
        }
        int last = word.length() - 1;
        while (last >= first && !Character.isLetterOrDigit(word.charAt(last))) {
            last--;
        }
        if (last - first + 1 < LEFT + RIGHT) {
            return false;
        }
        boolean vowel = false;
        boolean lower = false;
        boolean upperAfterFirst = false;
        for (int i = first; i <= last; i++) {
            char c = word.charAt(i);
            char l = Character.toLowerCase(c);
            if (LETTERS.indexOf(l) < 0 && VOWELS.indexOf(l) < 0) {
                return false; // a digit, a sign, a letter of another script: not a Danish word
            }
            vowel |= VOWELS.indexOf(l) >= 0;
            if (l == c) {
                lower = true;
            } else if (i > first) {
                upperAfterFirst = true;
            }
        }
        return vowel && !(lower && upperAfterFirst);
    }

    /** The table, read when first needed (the holder's class is initialized once, thread-safe). */
    private static final class Patterns {
        static final Tree TREE = read();

        private static Tree read() {
            Tree tree = new Tree();
            for (int i = 0; i < LETTERS.length(); i++) {
                char c = LETTERS.charAt(i);
                tree.addClass(new String(new char[] {c, Character.toUpperCase(c)}));
            }
            for (String folded : FOLDED) {
                tree.addClass(folded);
            }
            try (InputStream in = Hyphenator.class.getResourceAsStream(PATTERNS)) {
                if (in == null) {
                    throw new IllegalStateException("hyphenation patterns missing from the app: " + PATTERNS);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String pattern = line.strip();
                    if (!pattern.isEmpty() && pattern.charAt(0) != '%') {
                        tree.addPattern(letters(pattern), values(pattern));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading hyphenation patterns " + PATTERNS, e);
            }
            tree.loaded();
            return tree;
        }
    }

    /** A pattern's letters ("." marks a word's end): "an1s" → "ans". */
    static String letters(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c < '0' || c > '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A pattern's values between and around its letters, one digit each ("0" where none): "an1s" → "0010". */
    static String values(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length() + 1);
        boolean digit = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
                digit = true;
            } else {
                if (!digit) {
                    sb.append('0');
                }
                digit = false;
            }
        }
        if (!digit) {
            sb.append('0');
        }
        return sb.toString();
    }

    /**
     * Lucene's tree fed pattern by pattern. Its own {@code addPattern} keeps the packed values in a
     * map that only its XML loader makes (it throws a NullPointerException otherwise), and the XML
     * parser is start-up time the export does not need: the values are packed here with the tree's
     * own {@code packValues}, each distinct value string once.
     */
    private static final class Tree extends HyphenationTree {
        private final Map<String, Character> packed = new HashMap<>();

        @Override
        public void addPattern(String pattern, String values) {
            Character k = packed.get(values);
            if (k == null) {
                k = (char) packValues(values);
                packed.put(values, k);
            }
            insert(pattern, k);
        }

        /**
         * Not balanced nor trimmed ({@code trimToSize}), unlike the XML loader's tree: a third of the
         * loading time, for lookups an export makes a handful of.
         */
        void loaded() {
            packed.clear();
        }
    }
}
