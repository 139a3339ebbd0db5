package dk.vaerksted.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class TopWordsTest {
    @Test
    void danishStopWordsGoAndInflectionsCountAsOneWord() {
        List<TopWords.Word> w = TopWords.of(List.of(
                "Vi skal inddrage borgerne tidligt.",
                "Borgerne skal se de rå data, og borgerne skal høres.",
                "En borger sagde det til os: data er ikke det samme som viden.",
                "Del data 2024 tidligt"), "da", 5);
        assertThat(w.get(0)).isEqualTo(new TopWords.Word("borgerne", 4));
        assertThat(w.get(1)).isEqualTo(new TopWords.Word("data", 3));
        assertThat(w).extracting(TopWords.Word::word).contains("tidligt")
                .doesNotContain("vi", "skal", "og", "det", "er", "ikke", "2024", "de", "som");
    }

    /** Words that say nothing about what the room talked about stay out of the overview's words. */
    @Test
    void everydayPronounsQuestionWordsAndVerbsAreNotAmongTheWords() {
        List<TopWords.Word> w = TopWords.of(List.of(
                "Hvornår deler vi vores udkast? Flere af os står med det næste skridt.",
                "Vores borgere står klar; hvornår tager vi dem med? Næste gang giver vi dem udkastet.",
                "Vi laver flere udkast og ser på det næste.", "Jeres udkast går videre, synes vi og tror vi."),
                "da", 20);
        assertThat(w.get(0)).isEqualTo(new TopWords.Word("udkast", 4));
        assertThat(w).extracting(TopWords.Word::word)
                .doesNotContain("vores", "jeres", "hvornår", "flere", "næste", "står", "tager", "giver", "laver",
                        "ser", "går", "synes", "tror");
    }

    @Test
    void englishSessionsUseTheEnglishAnalyzer() {
        List<TopWords.Word> w = TopWords.of(List.of("The citizens share data", "A citizen shares the data"), "en-GB", 3);
        assertThat(w).extracting(TopWords.Word::count).startsWith(2, 2, 2);
        assertThat(w).extracting(TopWords.Word::word).doesNotContain("the", "a");
    }

    /**
     * Counting each written form once and stemming it once (for speed) gives exactly what Lucene's
     * DanishAnalyzer gives token by token: every word and count of the seeds' Danish prose, the
     * built-in sample's notes and awkward input (case, digits, letters whose lower case differs
     * between String and Character, emoji, abbreviations).
     */
    @Test
    void countingFormsOnceIsCountingTokenByToken() throws IOException {
        List<String> texts = new ArrayList<>();
        // The seeds when they are beside the repository (not on every CI machine); the repository's
        // own samples and built-in decks and templates (every string value in them) always.
        Path seeds = Path.of(System.getProperty("vaerksted.seeds", "../../shared/seeds"));
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.addAll(List.of(Files.readString(f, StandardCharsets.UTF_8).split("\\R")));
                }
            }
        }
        for (Path dir : List.of(Path.of("../samples"), Path.of("../assets"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    for (String part : Files.readString(f, StandardCharsets.UTF_8).split("\"[a-zA-Z]+\"\\s*:\\s*\"")) { // every string value
                        texts.add(part.substring(0, Math.max(0, part.indexOf('"'))));
                    }
                }
            }
        }
        texts.addAll(List.of("BORGERNE Borgerne borgerne borgernes", "İstanbul ISTANBUL istanbul İSTANBUL",
                "ΣΊΣΥΦΟΣ σίσυφος", "2024 2024-udgaven 3D 1.000 kr.", "bl.a. osv. fx", "🙂 👍🏽 data 🙂data",
                "ǅemal ǆemal DŽemal", "𝔞𝔟 𝔞𝔟 𝔞𝔟𝔠", "ﬁnansiering finansiering", "Ærø ærø ÆRØ æbler Æblerne", "\t\n  ", ""));
        assertThat(texts).hasSizeGreaterThan(500);
        assertThat(TopWords.of(texts, "da", 10_000)).isEqualTo(tokenByToken(texts, TopWords.danish(), 10_000));
        assertThat(TopWords.of(texts, "da", 25)).isEqualTo(tokenByToken(texts, TopWords.danish(), 25));
        assertThat(TopWords.of(texts, "en", 10_000))
                .isEqualTo(tokenByToken(texts, new org.apache.lucene.analysis.en.EnglishAnalyzer(), 10_000));
    }

    /** The count as it was first written: each token through the whole analyzer, counted as it comes. */
    private static List<TopWords.Word> tokenByToken(List<String> texts, Analyzer analyzer, int limit) throws IOException {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        try (analyzer) {
            for (String text : texts) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                try (TokenStream ts = analyzer.tokenStream("text", text)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        String surface = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                        if (surface.codePointCount(0, surface.length()) < TopWords.MIN_LENGTH
                                || !surface.codePoints().anyMatch(Character::isLetter)) {
                            continue;
                        }
                        String stem = term.toString();
                        counts.merge(stem, 1, Integer::sum);
                        forms.computeIfAbsent(stem, k -> new HashMap<>()).merge(surface, 1, Integer::sum);
                    }
                    ts.end();
                }
            }
        }
        List<TopWords.Word> out = new ArrayList<>();
        counts.forEach((stem, n) -> out.add(new TopWords.Word(forms.get(stem).entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(""), n)));
        out.sort(Comparator.comparingInt(TopWords.Word::count).reversed().thenComparing(TopWords.Word::word));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
