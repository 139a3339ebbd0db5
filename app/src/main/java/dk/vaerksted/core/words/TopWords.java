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
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.DanishStemmer;

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
        // Each distinct token, as written, is looked at once: its lower-case form, whether it counts
        // and its stem depend only on it, and most tokens of a forum repeat (200,000 words, a few
        // thousand forms). Counting by form and adding up by stem afterwards gives the same counts
        // as counting token by token.
        CharArrayMap<Form> seen = new CharArrayMap<>(4096, false);
        List<Form> forms = new ArrayList<>();
        DanishStemmer danishStemmer = english ? null : new DanishStemmer();
        try (Analyzer analyzer = english ? new EnglishAnalyzer() : danishUnstemmed()) {
            for (String text : texts) {
                if (text == null || text.isBlank()) {
                    continue;
                }
                char[] chars = null;
                try (TokenStream ts = analyzer.tokenStream("text", text)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        if (chars == null) {
                            chars = text.toCharArray();
                        }
                        int start = offset.startOffset();
                        int length = offset.endOffset() - start;
                        Form f = seen.get(chars, start, length);
                        if (f == null) {
                            String written = text.substring(start, start + length);
                            f = Form.of(written.toLowerCase(Locale.ROOT), term, danishStemmer);
                            seen.put(written, f);
                            forms.add(f);
                        }
                        f.count++;
                    }
                    ts.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("counting words in memory", e);
        }
        Map<String, Map<String, Integer>> byStem = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Form f : forms) {
            if (f.stem != null) {
                counts.merge(f.stem, f.count, Integer::sum);
                byStem.computeIfAbsent(f.stem, k -> new HashMap<>()).merge(f.surface, f.count, Integer::sum);
            }
        }
        List<Word> out = new ArrayList<>(counts.size());
        counts.forEach((stem, n) -> out.add(new Word(mostUsed(byStem.get(stem)), n)));
        out.sort(Comparator.comparingInt(Word::count).reversed().thenComparing(Word::word));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    /** A token as written: its lower-case form, its stem (null: it does not count) and how often it came. */
    private static final class Form {
        final String surface;
        final String stem;
        int count;

        private Form(String surface, String stem) {
            this.surface = surface;
            this.stem = stem;
        }

        /**
         * Short words and tokens without a letter (numbers) do not count; the stem is the
         * analyzer's term, or for Danish the term stemmed here (by Snowball's Danish stemmer, as
         * Lucene's DanishAnalyzer would).
         */
        static Form of(String surface, CharTermAttribute term, DanishStemmer danish) {
            if (surface.codePointCount(0, surface.length()) < MIN_LENGTH || !hasLetter(surface)) {
                return new Form(surface, null);
            }
            if (danish == null) {
                return new Form(surface, term.toString());
            }
            danish.setCurrent(term.buffer(), term.length());
            danish.stem();
            return new Form(surface, new String(danish.getCurrentBuffer(), 0, danish.getCurrentBufferLength()));
        }

        private static boolean hasLetter(String s) {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (Character.isLetter(cp)) {
                    return true;
                }
                i += Character.charCount(cp);
            }
            return false;
        }
    }

    /**
     * Snowball's Danish stop words and a few more that say little in a note ("kan", "får", "godt",
     * "lidt", "mere" …), which Snowball's list, made for search, keeps.
     */
    static final List<String> MORE_DANISH_STOP_WORDS = List.of("kan", "får", "få", "fik", "gør", "gøre", "gjorde",
            "godt", "lidt", "mere", "mest", "helt", "bare", "så", "ja", "nej", "hvordan", "hvorfor", "hvem", "nogen",
            "både", "ved", "igen", "kun", "før", "fx", "osv", "mv", "bl.a", "blandt", "andet", "andre", "rigtig",
            "måske", "mellem", "hele", "enkelt", "egen", "eget", "egne",
            // Pronouns, question words and everyday verbs that Snowball's list keeps (seen on the
            // forum sample's overview: "vores", "hvornår", "flere", "næste", "står").
            "vores", "jeres", "hvornår", "flere", "mange", "næste", "står", "stå", "går", "gå",
            "lave", "laver", "kommer", "komme", "tager", "tage", "giver", "give", "ser", "se", "siger", "sige",
            "synes", "tror", "ellers");

    /** Lucene's Danish analyzer with our stop words. */
    static Analyzer danish() {
        return new DanishAnalyzer(danishStopWords());
    }

    private static CharArraySet danishStopWords() {
        CharArraySet stop = new CharArraySet(DanishAnalyzer.getDefaultStopSet(), true);
        stop.addAll(MORE_DANISH_STOP_WORDS);
        return stop;
    }

    /**
     * {@link DanishAnalyzer}'s chain without its last step, the Snowball stemmer, which
     * {@link Form#of} applies once per form: the standard tokenizer, lower case, the stop words.
     */
    private static Analyzer danishUnstemmed() {
        CharArraySet stop = danishStopWords();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new StopFilter(new LowerCaseFilter(source), stop));
            }
        };
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
