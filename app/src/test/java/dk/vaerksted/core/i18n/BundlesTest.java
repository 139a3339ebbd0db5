package dk.vaerksted.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundlesTest {
    private static Set<String> keys(String base, java.util.Locale locale) {
        return new TreeSet<>(Collections.list(new Messages(base, locale).bundle().getKeys()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dk.vaerksted.i18n.core", "dk.vaerksted.i18n.ui", "dk.vaerksted.i18n.room"})
    void danishAndEnglishHaveTheSameKeys(String base) {
        assertThat(keys(base, Messages.DANISH)).isEqualTo(keys(base, Messages.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dk.vaerksted.i18n.core", "dk.vaerksted.i18n.ui", "dk.vaerksted.i18n.room"})
    void everyDanishTextDiffersFromItsKeyAndFormats(String base) {
        Messages da = new Messages(base, Messages.DANISH);
        for (String key : keys(base, Messages.DANISH)) {
            String text = da.get(key, 2, 2, 3);
            assertThat(text).as(key).isNotBlank().doesNotContain("{0").isNotEqualTo(key);
        }
    }

    @Test
    void danishIsDanishAndEnglishIsEnglishWhateverTheMachine() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(Messages.DANISH);
            assertThat(Messages.core(Messages.ENGLISH).get("file.notFound")).isEqualTo("file not found");
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(Messages.core(Messages.DANISH).get("file.notFound")).isEqualTo("filen findes ikke");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }

    @Test
    void pluralsAndLongDates() {
        Messages da = Messages.core(Messages.DANISH);
        assertThat(da.get("pdf.noteCount", 1)).isEqualTo("én note");
        assertThat(da.get("pdf.noteCount", 12)).isEqualTo("12 noter");
        assertThat(dk.vaerksted.export.PdfSummaryExporter.longDate("2019-08-30", Messages.DANISH))
                .isEqualTo("30. august 2019");
        assertThat(dk.vaerksted.export.PdfSummaryExporter.longDate("2019-08-30", Messages.ENGLISH))
                .isEqualTo("30 August 2019");
    }

    @Test
    void languageArgument() {
        assertThat(Messages.parseLanguage("da")).isEqualTo(Messages.DANISH);
        assertThat(Messages.parseLanguage("en-GB")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.parseLanguage("fr")).isNull();
        assertThat(Messages.supported(java.util.Locale.forLanguageTag("nb-NO"))).isEqualTo(Messages.DANISH);
    }
}
