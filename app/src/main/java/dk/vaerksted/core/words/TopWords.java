package dk.vaerksted.core.words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What the room said most: the most used words of the notes, stop words left out and
 * inflections folded together by Lucene's Danish analyzer (Snowball's Danish stemmer and stop
 * words): "borger", "borgere" and "borgerne" count as one word, shown in the form written most
 * often. Lucene is loaded only when this class is first used.
 */
public final class TopWords {
    private TopWords() {}

    /** A word as written most often, and how many times its forms were used. */
    public record Word(String word, int count) {}

    /** Words shorter than this are left out ("ja", "nu"), and so are numbers. */
    static final int MIN_LENGTH = 3;

    /** The {@code limit} most used words of {@code texts} in {@code language} (Danish unless "en…"). */
    public static List<Word> of(Collection<String> texts, String language, int limit) {
        boolean english = language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        try (Analyzer analyzer = english ? new EnglishAnalyzer() : danish()) {
            for (String text : texts) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                try (TokenStream ts = analyzer.tokenStream("text", text)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        String surface = text.substring(offset.startOffset(), offset.endOffset())
                                .toLowerCase(Locale.ROOT);
                        if (surface.codePointCount(0, surface.length()) < MIN_LENGTH
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
        } catch (IOException e) {
            throw new UncheckedIOException("counting words in memory", e);
        }
        List<Word> out = new ArrayList<>(counts.size());
        counts.forEach((stem, n) -> out.add(new Word(mostUsed(forms.get(stem)), n)));
        out.sort(Comparator.comparingInt(Word::count).reversed().thenComparing(Word::word));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    /**
     * Snowball's Danish stop words and a few more that say little in a note ("kan", "får", "godt",
     * "lidt", "mere" …), which Snowball's list, made for search, keeps.
     */
    static final List<String> MORE_DANISH_STOP_WORDS = List.of("kan", "får", "få", "fik", "gør", "gøre", "gjorde",
            "godt", "lidt", "mere", "mest", "helt", "bare", "så", "ja", "nej", "hvordan", "hvorfor", "hvem", "nogen",
            "både", "ved", "igen", "kun", "før", "fx", "osv", "mv", "bl.a", "blandt", "andet", "andre", "rigtig",
            "måske", "mellem", "hele", "enkelt", "egen", "eget", "egne");

    private static Analyzer danish() {
        org.apache.lucene.analysis.CharArraySet stop =
                new org.apache.lucene.analysis.CharArraySet(DanishAnalyzer.getDefaultStopSet(), true);
        stop.addAll(MORE_DANISH_STOP_WORDS);
        return new DanishAnalyzer(stop);
    }

    /** The form written most often; of equals, the shortest, then the first in the alphabet. */
    private static String mostUsed(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }
}
