package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.problems;
import static dk.vaerksted.core.session.Docs.utf8;
import static dk.vaerksted.core.session.Docs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();

    private Session read(String json) throws SessionFormatException {
        return reader.readSession("test.session.json", utf8(json));
    }

    @Test
    void readsEveryCoreField() throws Exception {
        Session s = read(Docs.VALID);
        assertThat(s.title()).isEqualTo("Strategisk Ledelsesforum");
        assertThat(s.date()).isEqualTo("2024-05-29");
        assertThat(s.place()).isEqualTo("Aarhus Rådhus");
        assertThat(s.facilitators()).containsExactly("Mette Holm");
        Card c = s.cards().get(0);
        assertThat(c.question()).isEqualTo("Tør du dele det halvfærdige?");
        assertThat(c.body()).containsExactly("Det er **helt** afgørende.");
        assertThat(c.reminders()).containsExactly("Husker vi det?");
        assertThat(c.whatIf()).containsExactly("Hvad nu, hvis?");
        Exercise e = s.exercises().get(0);
        assertThat(e.steps()).extracting(Step::minutes).containsExactly(2.0, 8.0);
        Group g = e.groups().get(0);
        assertThat(g.members()).containsExactly("Anne", "Bo");
        assertThat(g.notes().get(0).at()).isEqualTo("2024-05-29T10:12:00+02:00");
        assertThat(e.run().get(0).pausedSeconds()).isZero();
        assertThat(s.harvest().get(0).notes().get(0).text()).isEqualTo("De rå data.");
    }

    @Test
    void languageDefaultsToDanish() throws Exception {
        assertThat(read(with("\"language\": \"da\",", "")).language()).isEqualTo("da");
    }

    @Test
    void acceptsUtf8ByteOrderMark() throws Exception {
        byte[] body = utf8(Docs.VALID);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(reader.readSession("bom.json", withBom).title()).isEqualTo("Strategisk Ledelsesforum");
    }

    @Test
    void wrongFormatIsRefused() {
        List<Problem> p = problems(with("\"vaerksted.session\"", "\"something.else\""));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("format.wrong");
            assertThat(x.line()).isEqualTo(2);
            assertThat(Docs.english(x)).isEqualTo(
                    "test.session.json:2:13: \"format\" is \"something.else\", but must be \"vaerksted.session\" (format)");
        });
    }

    @Test
    void deckFileOpenedAsSessionSaysWhatItIs() {
        assertThat(problems(with("\"vaerksted.session\"", "\"vaerksted.deck\"")))
                .singleElement().extracting(Problem::key).isEqualTo("format.otherKind");
    }

    @Test
    void missingFormatIsRefused() {
        assertThat(problems(with("\"format\": \"vaerksted.session\",", "")))
                .extracting(Problem::key).containsExactly("format.missing");
    }

    @Test
    void newerFormatVersionIsRefusedWithoutReadingFurther() {
        // The rest of the file is broken too, but a newer file must not be half-read.
        String json = with("\"formatVersion\": 1", "\"formatVersion\": 2").replace("\"title\": \"Strategisk Ledelsesforum\",", "");
        List<Problem> p = problems(json);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("formatVersion.newer");
            assertThat(Docs.english(x)).contains("made by a newer version").contains("format version 2");
        });
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "1.5", "\"1\""})
    void formatVersionMustBeAPositiveInteger(String version) {
        assertThat(problems(with("\"formatVersion\": 1", "\"formatVersion\": " + version)))
                .extracting(Problem::key).containsExactly("formatVersion.invalid");
    }

    @Test
    void titleIsRequiredAndNotBlank() {
        assertThat(problems(with("\"title\": \"Strategisk Ledelsesforum\",", "")))
                .extracting(Problem::key).containsExactly("field.required");
        assertThat(problems(with("\"Strategisk Ledelsesforum\"", "\"   \"")))
                .extracting(Problem::key).containsExactly("field.blank");
    }

    @ParameterizedTest
    @CsvSource({"2024-5-29", "29-05-2024", "2024-02-30", "2024-05-29T10:00"})
    void dateMustBeAnIsoDate(String date) {
        List<Problem> p = problems(with("\"2024-05-29\"", "\"" + date + "\""));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("field.date");
            assertThat(x.path()).isEqualTo("date");
            assertThat(x.line()).isEqualTo(5);
        });
    }

    @Test
    void languageMustBeATag() {
        assertThat(problems(with("\"language\": \"da\"", "\"language\": \"not a tag!\"")))
                .extracting(Problem::key).containsExactly("field.language");
    }

    @Test
    void cardIdsAreRequiredAndUnique() {
        assertThat(problems(with("\"id\": \"k07\",", ""))).extracting(Problem::key)
                .contains("field.required");
        String twice = with("\"cards\": [", "\"cards\": [ { \"id\": \"k07\" },");
        List<Problem> p = problems(twice);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("field.duplicateId");
            assertThat(x.path()).isEqualTo("cards[1].id");
        });
    }

    @Test
    void stepAndGroupIdsAreUniqueWithinTheirList() {
        assertThat(problems(with("{ \"id\": \"tal\", \"title\": \"Tal om\"", "{ \"id\": \"laes\", \"title\": \"Tal om\"")))
                .extracting(Problem::path).contains("exercises[0].steps[1].id");
        String twoGroups = with("\"groups\": [", "\"groups\": [ { \"id\": \"bord-1\" },");
        assertThat(problems(twoGroups)).extracting(Problem::path).containsExactly("exercises[0].groups[1].id");
    }

    @ParameterizedTest
    @CsvSource({"0", "-3", "240.5", "1000"})
    void minutesAreMoreThanZeroAndAtMost240(String minutes) {
        assertThat(problems(with("\"minutes\": 2", "\"minutes\": " + minutes)))
                .singleElement().satisfies(x -> {
                    assertThat(x.key()).isEqualTo("field.minutes");
                    assertThat(x.path()).isEqualTo("exercises[0].steps[0].minutes");
                });
    }

    @Test
    void fractionalMinutesAreAllowed() throws Exception {
        assertThat(read(with("\"minutes\": 2", "\"minutes\": 2.5")).exercises().get(0).steps().get(0).minutes())
                .isEqualTo(2.5);
    }

    @Test
    void minutesMustBeANumber() {
        assertThat(problems(with("\"minutes\": 2", "\"minutes\": \"2\"")))
                .extracting(Problem::key).containsExactly("field.notNumber");
    }

    @Test
    void cardIdMustNameACardWithLineAndPath() {
        List<Problem> p = problems(with("\"cardId\": \"k07\"", "\"cardId\": \"k99\""));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.key()).isEqualTo("field.unknownCard");
            assertThat(x.path()).isEqualTo("exercises[0].groups[0].cardId");
            assertThat(x.line()).isEqualTo(35);
            assertThat(Docs.english(x)).startsWith("test.session.json:35:");
        });
    }

    @Test
    void noteStepIdMustNameAStepOfTheSameExercise() {
        assertThat(problems(with("{ \"stepId\": \"tal\", \"text\"", "{ \"stepId\": \"nope\", \"text\"")))
                .singleElement().extracting(Problem::path).isEqualTo("exercises[0].groups[0].notes[0].stepId");
    }

    @Test
    void noteTextIsRequired() {
        assertThat(problems(with("\"text\": \"Vi deler sjældent udkast.\", ", "")))
                .extracting(Problem::key).containsExactly("field.required");
    }

    @Test
    void multiLineNotesAreKept() throws Exception {
        Session s = read(with("Vi deler sjældent udkast.", "Linje 1\\nLinje 2"));
        assertThat(s.exercises().get(0).groups().get(0).notes().get(0).text()).isEqualTo("Linje 1\nLinje 2");
    }

    @ParameterizedTest
    @CsvSource({"2024-05-29T10:12:00", "2024-05-29 10:12:00+02:00", "i går"})
    void dateTimesNeedAnOffset(String at) {
        assertThat(problems(with("\"2024-05-29T10:12:00+02:00\"", "\"" + at + "\"")))
                .singleElement().satisfies(x -> {
                    assertThat(x.key()).isEqualTo("field.dateTime");
                    assertThat(x.path()).isEqualTo("exercises[0].groups[0].notes[0].at");
                });
    }

    @Test
    void runTimesAreCheckedToo() {
        assertThat(problems(with("\"startedAt\": \"2024-05-29T10:02:00+02:00\"", "\"startedAt\": \"10:02\"")))
                .extracting(Problem::path).containsExactly("exercises[0].run[0].startedAt");
        assertThat(problems(with("\"pausedSeconds\": 0", "\"pausedSeconds\": -5")))
                .extracting(Problem::key).containsExactly("field.negative");
    }

    @Test
    void harvestPromptIsRequired() {
        assertThat(problems(with("\"prompt\": \"Det, der har gjort størst indtryk på mig, er...\", ", "")))
                .extracting(Problem::path).containsExactly("harvest[0].prompt");
    }

    @Test
    void wrongTypesAreNamed() {
        assertThat(problems(with("\"facilitators\": [\"Mette Holm\"]", "\"facilitators\": \"Mette Holm\"")))
                .extracting(Problem::key).containsExactly("field.notArray");
        assertThat(problems(with("\"facilitators\": [\"Mette Holm\"]", "\"facilitators\": [42]")))
                .extracting(Problem::key).containsExactly("field.notStringItem");
        assertThat(problems(with("\"place\": \"Aarhus Rådhus\"", "\"place\": 7")))
                .extracting(Problem::key).containsExactly("field.notString");
        assertThat(problems(with("\"cards\": [", "\"cards\": [ 7,")))
                .extracting(Problem::key).containsExactly("field.notObject");
    }

    @Test
    void reportsAllProblemsAtOnce() {
        String json = with("\"cardId\": \"k07\"", "\"cardId\": \"k99\"").replace("\"minutes\": 2", "\"minutes\": 0");
        assertThat(problems(json)).extracting(Problem::key).containsExactlyInAnyOrder("field.unknownCard", "field.minutes");
    }

    @Test
    void templatesAndDecksAreNotSessions() {
        assertThatThrownBy(() -> reader.readTemplate("t.json", utf8(Docs.VALID)))
                .isInstanceOf(SessionFormatException.class);
        String deck = "{\"format\":\"vaerksted.deck\",\"formatVersion\":1,\"title\":\"D\",\"cards\":[{\"id\":\"a\"}]}";
        assertThatThrownBy(() -> read(deck)).isInstanceOf(SessionFormatException.class);
    }

    /** The fields Værksted adds for the built-in content (issue 14): read, kept in order, checked. */
    static final String WITH_SOURCES_AND_LEAD_INS = Docs.VALID
            .replace("\"whatIf\": [\"Hvad nu, hvis?\"],", """
                    "whatIf": ["Hvad nu, hvis?"],
                    "leadIns": {"whatIf": "’Hvad nu hvis’ - refleksioner", "reminders": "Små huskere", "x-new": "kept"},
                    "lists": [
                      {"leadIn": "Det bliver en vigtig fælles opgave at forene følgende hensyn:", "items": ["At vi *samtidig* …"]},
                      {"items": ["Ambitionen er ikke mere bureaukrati …"], "x-list": 1}
                    ],""")
            .replace("\"title\": \"Tør du dele det halvfærdige?\",\n      \"steps\"",
                    "\"title\": \"Tør du dele det halvfærdige?\", \"intro\": \"Gruppearbejde\", \"time\": \"Ca. 10 minutter\","
                            + " \"source\": \"DINs årskonference · 29. maj 2024\",\n      \"steps\"")
            .replace("{ \"prompt\": \"Det, der har gjort størst indtryk på mig, er...\",",
                    "{ \"prompt\": \"Det, der har gjort størst indtryk på mig, er…\", \"source\": \"30. august 2019\",");

    @Test
    void readsLeadInsListsTimeAndSources() throws Exception {
        assertThat(WITH_SOURCES_AND_LEAD_INS).contains("\"time\"").contains("\"leadIns\"").contains("\"source\": \"30.");
        Session s = read(WITH_SOURCES_AND_LEAD_INS);
        Card c = s.cards().get(0);
        assertThat(c.leadIns()).containsExactly(java.util.Map.entry("whatIf", "’Hvad nu hvis’ - refleksioner"),
                java.util.Map.entry("reminders", "Små huskere"), java.util.Map.entry("x-new", "kept"));
        assertThat(c.leadIn(Card.REMINDERS)).isEqualTo("Små huskere");
        assertThat(c.lists()).extracting(CardList::leadIn)
                .containsExactly("Det bliver en vigtig fælles opgave at forene følgende hensyn:", null);
        assertThat(c.lists().get(1).items()).containsExactly("Ambitionen er ikke mere bureaukrati …");
        assertThat(c.lists().get(1).extras().fields()).containsKey("x-list");
        Exercise e = s.exercises().get(0);
        assertThat(e.time()).isEqualTo("Ca. 10 minutter");
        assertThat(e.source()).isEqualTo("DINs årskonference · 29. maj 2024");
        assertThat(e.extras().isEmpty()).isTrue();
        assertThat(s.harvest().get(0).source()).isEqualTo("30. august 2019");
        assertThat(s.harvest().get(0).extras().isEmpty()).isTrue();
    }

    @Test
    void leadInsAndListsHaveTheirShape() {
        String base = WITH_SOURCES_AND_LEAD_INS;
        assertThat(problems(base.replace("\"reminders\": \"Små huskere\"", "\"reminders\": 3")))
                .extracting(Problem::key, Problem::path).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("field.notString", "cards[0].leadIns.reminders"));
        assertThat(problems(base.replace("\"leadIns\": {", "\"leadIns\": [{").replace("\"x-new\": \"kept\"}", "\"x-new\": \"kept\"}]")))
                .extracting(Problem::key).containsExactly("field.notObject");
        assertThat(problems(base.replace("\"items\": [\"At vi", "\"items\": [7, \"At vi")))
                .extracting(Problem::path).containsExactly("cards[0].lists[0].items[0]");
        assertThat(problems(base.replace("\"time\": \"Ca. 10 minutter\"", "\"time\": 10")))
                .extracting(Problem::path).containsExactly("exercises[0].time");
    }
}
