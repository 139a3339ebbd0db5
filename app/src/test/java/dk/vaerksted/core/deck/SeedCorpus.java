package dk.vaerksted.core.deck;

import dk.vaerksted.core.card.Emphasis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The source documents ({@code shared/seeds}) as one text per file, to find the built-in texts in:
 * line breaks and runs of spaces are joined into one space, the seeds' markup ({@code **strong**},
 * {@code *emphasis*}, read line by line: a marker left open at a line's end is text, as the slides'
 * exports set it) is kept as each character's style, and every character remembers its line.
 *
 * <p>Typography: the built-in texts use Danish quotation marks throughout — ”…” and ’…’ — where the
 * seeds mix straight and curly ones; "..." in the seeds is "…" in the texts. The corpus is read with
 * the same marks, so a text must match the seed in everything else.
 *
 * <p>Page furniture of the paginated documents ("31. marts 2021", "Side 4 af 8" on lines of their
 * own) is left out of the text that contents are found in, so a paragraph that runs over a page
 * break is found whole; sources (which cite those dates) are found in the full text.
 */
final class SeedCorpus {
    private static final Pattern FURNITURE = Pattern.compile(
            "\\d{1,2}\\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
                    + " \\d{4}|Side \\d+ af \\d+");

    static final int STRONG = 1;
    static final int EMPHASIS = 2;

    /** One seed file read into text, styles and line numbers. */
    static final class Seed {
        final String file;
        final List<String> lines;
        final Text content;
        final Text full;

        Seed(String file, List<String> lines) {
            this.file = file;
            this.lines = lines;
            this.content = Text.of(lines, true);
            this.full = Text.of(lines, false);
        }
    }

    /** Normalized text with, per character, its style bits and its line (1-based). */
    static final class Text {
        final String text;
        final String lower;
        final int[] style;
        final int[] line;

        private Text(String text, int[] style, int[] line) {
            this.text = text;
            this.lower = lowerCase(text);
            this.style = style;
            this.line = line;
        }

        static Text of(List<String> lines, boolean withoutFurniture) {
            StringBuilder sb = new StringBuilder();
            List<Integer> styles = new ArrayList<>();
            List<Integer> lineNumbers = new ArrayList<>();
            for (int n = 0; n < lines.size(); n++) {
                String raw = lines.get(n);
                if (raw.isBlank() || (withoutFurniture && FURNITURE.matcher(raw.strip()).matches())) {
                    continue;
                }
                for (Emphasis.Run run : Emphasis.parse(typography(raw))) {
                    int bits = (run.strong() ? STRONG : 0) | (run.emphasis() ? EMPHASIS : 0);
                    for (int i = 0; i < run.text().length(); i++) {
                        char c = run.text().charAt(i);
                        if (Character.isWhitespace(c) || c == '\u00a0') {
                            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                                sb.append(' ');
                                styles.add(bits);
                                lineNumbers.add(n + 1);
                            }
                        } else {
                            sb.append(c);
                            styles.add(bits);
                            lineNumbers.add(n + 1);
                        }
                    }
                }
                // The line break joins this line to the next with one space.
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                    styles.add(0);
                    lineNumbers.add(n + 1);
                }
            }
            return new Text(sb.toString(), styles.stream().mapToInt(Integer::intValue).toArray(),
                    lineNumbers.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The marks the built-in texts use for the seeds' quotation marks and dots. */
    static String typography(String s) {
        return s.replace("...", "…").replace('\'', '’').replace('‘', '’').replace('"', '”').replace('“', '”')
                .replace('„', '”');
    }

    static String lowerCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(Character.toLowerCase(s.charAt(i)));
        }
        return sb.toString();
    }

    /** Where a text was found: the seed, the first and last line, and the position in its text. */
    record Match(Seed seed, int fromLine, int toLine, int start, int end) {
        @Override
        public String toString() {
            return seed.file + ":" + (fromLine == toLine ? String.valueOf(fromLine) : fromLine + "-" + toLine);
        }
    }

    final List<Seed> seeds = new ArrayList<>();

    static SeedCorpus read(Path dir) throws IOException {
        SeedCorpus c = new SeedCorpus();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                c.seeds.add(new Seed(f.getFileName().toString(), Files.readAllLines(f)));
            }
        }
        return c;
    }

    /**
     * Finds {@code plain} (already joined into single spaces) in a seed. With {@code styles}, each
     * character must have the same strong and emphasis as in the seed; {@code anyCase} lets a name
     * match a heading set in capitals.
     */
    Match find(String plain, int[] styles, boolean anyCase, boolean full, Seed only) {
        return find(plain, styles, anyCase, full, only, null);
    }

    /**
     * As above; where the words occur more than once, the occurrence nearest {@code near} (the
     * place of the string before, in the same seed) is the one named, else the first.
     */
    Match find(String plain, int[] styles, boolean anyCase, boolean full, Seed only, Match near) {
        Match best = null;
        for (Seed s : seeds) {
            if (only != null && s != only) {
                continue;
            }
            Text t = full ? s.full : s.content;
            String hay = anyCase ? t.lower : t.text;
            String needle = anyCase ? lowerCase(plain) : plain;
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                if (styles == null || sameStyles(t, at, styles)) {
                    Match m = new Match(s, t.line[at], t.line[at + needle.length() - 1], at, at + needle.length());
                    if (near == null) {
                        return m;
                    }
                    if (best == null || distance(m, near) < distance(best, near)) {
                        best = m;
                    }
                }
            }
        }
        return best;
    }

    private static int distance(Match m, Match near) {
        return m.seed() != near.seed() ? Integer.MAX_VALUE : Math.abs(m.fromLine() - near.fromLine());
    }

    private static boolean sameStyles(Text t, int at, int[] styles) {
        for (int i = 0; i < styles.length; i++) {
            if (t.style[at + i] != styles[i]) {
                return false;
            }
        }
        return true;
    }
}
