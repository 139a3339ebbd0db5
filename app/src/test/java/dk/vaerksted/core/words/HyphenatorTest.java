package dk.vaerksted.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Danish compounds are hyphenated at the points the kept TeX patterns give (two letters at least on
 * each side); what does not look like a Danish word is not hyphenated at all.
 */
class HyphenatorTest {
    /** The word with a "-" at each point. */
    private static String shown(String word) {
        StringBuilder sb = new StringBuilder(word);
        int[] points = Hyphenator.points(word);
        for (int i = points.length - 1; i >= 0; i--) {
            sb.insert(points[i], '-');
        }
        return sb.toString();
    }

    @Test
    void longCompoundsBreakAtTheirSyllablesAndJoints() {
        assertThat(shown("Sammenhængskraftsudviklingsprojektet")).isEqualTo("Sam-men-hængs-krafts-ud-vik-lings-pro-jek-tet");
        assertThat(shown("ledelsesudviklingsforløbene")).isEqualTo("le-del-ses-ud-vik-lings-for-lø-be-ne");
        assertThat(shown("velfærdsinnovationsprojektet")).isEqualTo("vel-færds-in-nova-tions-pro-jek-tet");
        assertThat(shown("sygehusvæsenet")).isEqualTo("sy-ge-hus-væ-se-net");
        assertThat(shown("tværgående")).isEqualTo("tvær-gå-en-de");
    }

    @Test
    void capitalsAndPunctuationAroundTheWordDoNotChangeWhereItBreaks() {
        assertThat(shown("SAMMENHÆNGSKRAFTSUDVIKLINGSPROJEKTET")).isEqualTo("SAM-MEN-HÆNGS-KRAFTS-UD-VIK-LINGS-PRO-JEK-TET");
        assertThat(shown("(ledelsesudviklingsforløbene).")).isEqualTo("(le-del-ses-ud-vik-lings-for-lø-be-ne).");
        assertThat(shown("»tværgående«")).isEqualTo("»tvær-gå-en-de«");
        assertThat(shown("idéudviklingsprocessen")).as("é is read as e").isEqualTo("idé-ud-vik-lings-pro-ces-sen");
    }

    @Test
    void twoLettersAtLeastStayOnEachSide() {
        // The patterns alone would leave one letter: "e-valueringspraksis", "læringsmå-l".
        Textbook textbook = Textbook.read();
        assertThat(textbook.points("evalueringspraksis", 1, 1)).contains(1);
        assertThat(textbook.points("læringsmål", 1, 1)).contains(9);
        assertThat(shown("evalueringspraksis")).isEqualTo("eva-lu-e-rings-prak-sis");
        assertThat(shown("læringsmål")).isEqualTo("læ-rings-mål");
        assertThat(shown("Evalueringspraksis")).startsWith("Eva-");
    }

    @Test
    void whatDoesNotLookLikeADanishWordIsNotHyphenated() {
        for (String token : List.of("https://example.org/sammenhaengskraft", "www.sammenhaengskraftsudvikling.dk",
                "sammenhaengskraft@aarhus.dk", "12345678901234567890", "Ledelses2024udviklingen",
                "camelCaseIdentifierNameHere", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Сотрудничество", "ab", "")) {
            assertThat(Hyphenator.points(token)).as(token).isEmpty();
        }
        for (String address : List.of("https://example.org/", "www.", "www.aarhus.dk", "sammenhaengskraft.dk", "jens@aarhus.",
                "rapport.pdf")) {
            assertThat(Hyphenator.isAddress(address)).as(address).isTrue();
        }
        for (String words : List.of("Sammenhængskraftsudviklingsprojektet.", "ledelses-/medarbejderinddragelsen", "(og)",
                "s.", "...")) {
            assertThat(Hyphenator.isAddress(words)).as(words).isFalse();
        }
        assertThat(Hyphenator.looksDanish("Ledelsesudviklingen")).isTrue();
        assertThat(Hyphenator.looksDanish("LEDELSESUDVIKLINGEN")).isTrue();
        assertThat(Hyphenator.looksDanish("LedelsesUdviklingen")).isFalse();
    }

    @Test
    void patternsAreReadAsTeXWritesThem() {
        assertThat(Hyphenator.letters(".an1s")).isEqualTo(".ans");
        assertThat(Hyphenator.values(".an1s")).isEqualTo("00010");
        assertThat(Hyphenator.values("1ba")).isEqualTo("100");
        assertThat(Hyphenator.values(".ae3")).isEqualTo("0003");
        assertThat(Hyphenator.values("års5t")).isEqualTo("00050");
    }

    /**
     * Lucene's tree, fed pattern by pattern, gives exactly the points of the textbook algorithm (every
     * pattern tried at every place of the word) for every word of the built-in decks, exercises and
     * samples (the seeds' Danish).
     */
    @Test
    void theTreeAgreesWithTheTextbookAlgorithmOnEveryWordOfTheBuiltInTexts() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String folder : List.of("../assets/decks", "../assets/templates", "../samples")) {
            try (var files = Files.list(Path.of(folder))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    text.append(Files.readString(f)).append('\n');
                }
            }
        }
        Textbook textbook = Textbook.read();
        TreeSet<String> words = new TreeSet<>();
        Matcher m = Pattern.compile("[a-zæøåA-ZÆØÅ]+").matcher(text);
        while (m.find()) {
            if (Hyphenator.looksDanish(m.group())) {
                words.add(m.group());
            }
        }
        assertThat(words).hasSizeGreaterThan(1000);
        int broken = 0;
        for (String w : words) {
            int[] expected = textbook.points(w.toLowerCase(Locale.ROOT), Hyphenator.LEFT, Hyphenator.RIGHT);
            assertThat(Hyphenator.points(w)).as(w).containsExactly(expected);
            broken += expected.length > 0 ? 1 : 0;
        }
        assertThat(broken).isGreaterThan(words.size() / 2);
    }

    /** Liang's algorithm as written in his thesis, on the same pattern file. */
    private record Textbook(Map<String, int[]> patterns) {
        static Textbook read() {
            Map<String, int[]> map = new HashMap<>();
            try (InputStream in = Hyphenator.class.getResourceAsStream(Hyphenator.PATTERNS)) {
                for (String p : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    p = p.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    List<Integer> values = new ArrayList<>();
                    StringBuilder letters = new StringBuilder();
                    int pending = 0;
                    for (char c : p.toCharArray()) {
                        if (Character.isDigit(c)) {
                            pending = c - '0';
                        } else {
                            values.add(pending);
                            pending = 0;
                            letters.append(c);
                        }
                    }
                    values.add(pending);
                    map.put(letters.toString(), values.stream().mapToInt(Integer::intValue).toArray());
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            return new Textbook(map);
        }

        int[] points(String word, int left, int right) {
            String w = "." + word + ".";
            int[] v = new int[w.length() + 1];
            for (int i = 0; i < w.length(); i++) {
                for (int j = i + 1; j <= w.length(); j++) {
                    int[] values = patterns.get(w.substring(i, j));
                    if (values != null) {
                        for (int k = 0; k < values.length; k++) {
                            v[i + k] = Math.max(v[i + k], values[k]);
                        }
                    }
                }
            }
            // v[i] is the value before w's character i; a break before the word's letter p is v[p + 1].
            List<Integer> out = new ArrayList<>();
            for (int p = left; p <= word.length() - right; p++) {
                if (v[p + 1] % 2 == 1) {
                    out.add(p);
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
