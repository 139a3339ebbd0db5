package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RoundTripTest {
    private final DocumentReader reader = new DocumentReader();
    private final DocumentWriter writer = new DocumentWriter();
    private final ObjectMapper json = new ObjectMapper();

    /** The spec's fields plus an unknown field at every level of the format. */
    static final String WITH_UNKNOWN_FIELDS = Docs.VALID
            .replace("\"format\": \"vaerksted.session\",", "\"format\": \"vaerksted.session\", \"x-root\": {\"nested\": [1, 2.50, true, null]},")
            .replace("\"id\": \"k07\",", "\"id\": \"k07\", \"x-card\": \"kortets farve\",")
            .replace("\"id\": \"halvfaerdig\",", "\"id\": \"halvfaerdig\", \"x-exercise\": 3,")
            .replace("{ \"id\": \"laes\",", "{ \"id\": \"laes\", \"x-step\": [\"a\"],")
            .replace("\"id\": \"bord-1\",", "\"id\": \"bord-1\", \"x-group\": {\"table\": 12},")
            .replace("{ \"stepId\": \"tal\",", "{ \"stepId\": \"tal\", \"x-note\": \"farve: gul\",")
            .replace("{ \"stepId\": \"laes\", \"startedAt\"", "{ \"stepId\": \"laes\", \"x-run\": false, \"startedAt\"")
            .replace("{ \"prompt\":", "{ \"x-harvest\": 1e3, \"prompt\":")
            .replace("{ \"text\": \"De rå data.\"", "{ \"x-harvest-note\": \"ok\", \"text\": \"De rå data.\"");

    @Test
    void unknownFieldsAtEveryLevelSurviveASave() throws Exception {
        Session s = reader.readSession("in.json", utf8(WITH_UNKNOWN_FIELDS));
        assertThat(s.extras().fields()).containsKey("x-root");
        byte[] written = writer.write(s);
        JsonNode before = json.readTree(WITH_UNKNOWN_FIELDS);
        JsonNode after = json.readTree(written);
        assertThat(after).isEqualTo(before);
        assertThat(after.at("/exercises/0/groups/0/notes/0/x-note").asText()).isEqualTo("farve: gul");
        assertThat(after.at("/x-root/nested/1").decimalValue()).isEqualByComparingTo("2.50");
    }

    @Test
    void leadInsListsTimeAndSourcesSurviveASaveInTheirPlace() throws Exception {
        String in = DocumentReaderTest.WITH_SOURCES_AND_LEAD_INS;
        Session s = reader.readSession("in.json", utf8(in));
        byte[] written = writer.write(s);
        assertThat(json.readTree(written)).isEqualTo(json.readTree(in));
        assertThat(reader.readSession("out.json", written)).isEqualTo(s);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text.indexOf("\"standpoints\"") < 0 || text.indexOf("\"standpoints\"") < text.indexOf("\"leadIns\""))
                .isTrue();
        assertThat(text.indexOf("\"leadIns\"")).isLessThan(text.indexOf("\"lists\""));
        assertThat(text.indexOf("\"lists\"")).isLessThan(text.indexOf("\"source\": \"Samarbejdskompasset"));
        assertThat(text.indexOf("\"intro\"")).isLessThan(text.indexOf("\"time\""));
        assertThat(text.indexOf("\"time\"")).isLessThan(text.indexOf("\"steps\""));
    }

    @Test
    void writeThenReadGivesTheSameSession() throws Exception {
        Session s = reader.readSession("in.json", utf8(WITH_UNKNOWN_FIELDS));
        Session again = reader.readSession("out.json", writer.write(s));
        assertThat(again).isEqualTo(s);
    }

    @Test
    void writingIsStableAndReadable() throws Exception {
        Session s = reader.readSession("in.json", utf8(Docs.VALID));
        byte[] first = writer.write(s);
        byte[] second = writer.write(reader.readSession("again.json", first));
        assertThat(second).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"format\": \"vaerksted.session\",\n  \"formatVersion\": 1,");
        assertThat(text).contains("Aarhus Rådhus").endsWith("}\n");
        assertThat(text).contains("\"minutes\": 2\n");
    }

    @Test
    void samplesRoundTrip() throws Exception {
        for (String name : new String[] {"halvfaerdig.session.json", "strategisk-ledelsesforum-2019.session.json"}) {
            Path p = Path.of("..", "samples", name);
            byte[] original = Files.readAllBytes(p);
            Session s = reader.readSession(name, original);
            assertThat(json.readTree(writer.write(s))).as(name).isEqualTo(json.readTree(original));
        }
    }
}
