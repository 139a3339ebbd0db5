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

    /** Every field the format knows, at every level, none with its default value, and unknown ones. */
    static final String FULL = """
            {
              "format": "vaerksted.session",
              "formatVersion": 1,
              "title": "Fuld session",
              "date": "2024-05-29",
              "place": "Aarhus Rådhus",
              "facilitators": ["Mette Holm", "Jens Bo"],
              "language": "en-GB",
              "cards": [
                {
                  "id": "k07", "deck": "Samarbejdskompasset", "number": "07", "title": "Bliv klogere sammen",
                  "question": "Tør du?", "body": ["Det er **helt** afgørende.", "Andet afsnit."],
                  "reminders": ["Husk"], "whatIf": ["Hvad nu hvis?"], "examples": ["Et eksempel"],
                  "dilemmas": ["Et dilemma"], "standpoints": ["Et ståsted"],
                  "leadIns": { "body": "Kort fortalt:", "x-part": "kept" },
                  "lists": [ { "leadIn": "Hensyn:", "items": ["Et", "*To*"], "x-list": 2 }, { "items": ["Alene"] } ],
                  "source": "Kilden", "x-card": 1
                }
              ],
              "exercises": [
                {
                  "id": "e1", "title": "Øvelsen", "intro": "Sådan gør I.", "time": "Ca. 10 minutter", "source": "Seed 002",
                  "steps": [
                    { "id": "laes", "title": "Læs", "prompt": "Hvad ser I?", "minutes": 2.5, "x-step": true },
                    { "id": "tal", "title": "Tal", "minutes": 8 }
                  ],
                  "groups": [
                    {
                      "id": "bord-1", "name": "Bord 1", "members": ["Anne", "Bo"], "cardId": "k07",
                      "notes": [ { "stepId": "tal", "text": "En note\\nmed to linjer", "at": "2024-05-29T10:12:00+02:00", "x-note": "gul" } ],
                      "x-group": {"table": 12}
                    }
                  ],
                  "run": [
                    { "stepId": "laes", "startedAt": "2024-05-29T10:02:00+02:00", "endedAt": "2024-05-29T10:04:10+02:00",
                      "pausedSeconds": 12.5, "x-run": null }
                  ],
                  "x-exercise": [1, 2.50]
                }
              ],
              "harvest": [
                { "prompt": "Det vigtigste?", "source": "Seed 003", "notes": [ { "stepId": "tal", "text": "De rå data.", "at": "2024-05-29T11:40:00+02:00" } ], "x-harvest": 1e3 }
              ],
              "x-root": {"nested": [1, 2.50, true, null]}
            }
            """;

    static final String FULL_DECK = """
            {
              "format": "vaerksted.deck",
              "formatVersion": 1,
              "title": "Fuld bunke",
              "source": "Kilden",
              "description": "Om bunken.",
              "cards": [
                {
                  "id": "k1", "deck": "Fuld bunke", "number": "1", "title": "Et kort", "question": "Hvorfor?",
                  "body": ["Tekst."], "reminders": ["Husk"], "whatIf": ["Hvis"], "examples": ["Eksempel"],
                  "dilemmas": ["Dilemma"], "standpoints": ["Ståsted"], "leadIns": { "whatIf": "Hvad nu hvis" },
                  "lists": [ { "leadIn": "Punkter:", "items": ["Et"] } ], "source": "Kilden", "x-card": "ok"
                }
              ],
              "x-deck": 2
            }
            """;

    /** The names of the fields of every object found under {@code path} (arrays are entered). */
    private static java.util.Set<String> fieldsAt(JsonNode node, String... path) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        collect(node, path, 0, out);
        return out;
    }

    private static void collect(JsonNode node, String[] path, int i, java.util.Set<String> out) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, path, i, out));
        } else if (i == path.length) {
            node.fieldNames().forEachRemaining(out::add);
        } else if (node.has(path[i])) {
            collect(node.get(path[i]), path, i + 1, out);
        }
    }

    @Test
    void theFullDocumentHoldsEveryFieldTheReaderKnows() throws Exception {
        JsonNode full = json.readTree(FULL);
        assertThat(fieldsAt(full)).containsAll(DocumentReader.SESSION_FIELDS);
        assertThat(fieldsAt(full, "cards")).containsAll(DocumentReader.CARD_FIELDS);
        assertThat(fieldsAt(full, "exercises")).containsAll(DocumentReader.EXERCISE_FIELDS);
        assertThat(fieldsAt(full, "exercises", "steps")).containsAll(DocumentReader.STEP_FIELDS);
        assertThat(fieldsAt(full, "exercises", "groups")).containsAll(DocumentReader.GROUP_FIELDS);
        assertThat(fieldsAt(full, "exercises", "groups", "notes")).containsAll(DocumentReader.NOTE_FIELDS);
        assertThat(fieldsAt(full, "exercises", "run")).containsAll(DocumentReader.RUN_FIELDS);
        assertThat(fieldsAt(full, "harvest")).containsAll(DocumentReader.HARVEST_FIELDS);
        JsonNode deck = json.readTree(FULL_DECK);
        assertThat(fieldsAt(deck)).containsAll(DocumentReader.DECK_FIELDS);
        assertThat(fieldsAt(deck, "cards")).containsAll(DocumentReader.CARD_FIELDS);
    }

    /**
     * Compared with the document as written in the file, not with a second reading: a field that
     * the reader and the writer both forgot would pass read == read(write(read)).
     */
    @Test
    void everyFieldSurvivesASaveAsItWasInTheFile() throws Exception {
        Session s = reader.readSession("full.json", utf8(FULL));
        assertThat(json.readTree(writer.write(s))).isEqualTo(json.readTree(FULL));
        Session t = reader.readTemplate("full.json", utf8(FULL.replace("vaerksted.session", "vaerksted.template")));
        assertThat(json.readTree(writer.writeTemplate(t)))
                .isEqualTo(json.readTree(FULL.replace("vaerksted.session", "vaerksted.template")));
        Deck d = reader.readDeck("full.deck.json", utf8(FULL_DECK));
        assertThat(json.readTree(writer.write(d))).isEqualTo(json.readTree(FULL_DECK));
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
        Session s = reader.readSession("in.json", utf8(FULL));
        assertThat(reader.readSession("out.json", writer.write(s))).isEqualTo(s);
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
