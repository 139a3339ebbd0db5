package dk.vaerksted.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void englishSessionsUseTheEnglishAnalyzer() {
        List<TopWords.Word> w = TopWords.of(List.of("The citizens share data", "A citizen shares the data"), "en-GB", 3);
        assertThat(w).extracting(TopWords.Word::count).startsWith(2, 2, 2);
        assertThat(w).extracting(TopWords.Word::word).doesNotContain("the", "a");
    }
}
