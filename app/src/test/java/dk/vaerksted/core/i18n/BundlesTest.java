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

    /**
     * One properties file alone, without its parent: a Danish bundle inherits every English key
     * it lacks, so comparing bundles would hide a missing Danish text.
     */
    static java.util.Properties file(String base, String suffix) throws java.io.IOException {
        String resource = base.replace('.', '/') + suffix + ".properties";
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dk.vaerksted.i18n.core", "dk.vaerksted.i18n.ui", "dk.vaerksted.i18n.room"})
    void danishAndEnglishFilesHaveTheSameKeys(String base) throws Exception {
        Set<String> danish = new TreeSet<>(file(base, "_da").stringPropertyNames());
        Set<String> english = new TreeSet<>(file(base, "").stringPropertyNames());
        assertThat(danish).as("keys missing in Danish").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(danish);
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d+)[,}]");

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dk.vaerksted.i18n.core", "dk.vaerksted.i18n.ui", "dk.vaerksted.i18n.room"})
    void danishAndEnglishTextsTakeTheSameArguments(String base) throws Exception {
        java.util.Properties danish = file(base, "_da");
        java.util.Properties english = file(base, "");
        for (String key : english.stringPropertyNames()) {
            if (danish.containsKey(key)) {
                assertThat(placeholders(danish.getProperty(key))).as(key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    /**
     * MessageFormat takes a single apostrophe as the start of quoted text and drops it ("the
     * groups' member names" printed "the groups member names"): one is written {@code ''}. The only
     * single ones allowed quote braces, as in {@code '{ ... }'}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dk.vaerksted.i18n.core", "dk.vaerksted.i18n.ui", "dk.vaerksted.i18n.room"})
    void everyApostropheIsWrittenTwice(String base) throws Exception {
        for (String suffix : new String[] {"", "_da"}) {
            java.util.Properties p = file(base, suffix);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key).replace("''", "").replaceAll("'[^']*[{}][^']*'", "");
                assertThat(text).as(base + suffix + ": " + key).doesNotContain("'");
            }
        }
        // And each doubled one prints as one ("the tables' member names").
        Messages en = new Messages(base, Messages.ENGLISH);
        java.util.Properties english = file(base, "");
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).contains("''")) {
                assertThat(en.get(key, 1, 2, 3)).as(key).contains("'").doesNotContain("''");
            }
        }
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
