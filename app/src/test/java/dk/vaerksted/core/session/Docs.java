package dk.vaerksted.core.session;

import dk.vaerksted.core.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small session documents for the reader's tests. */
final class Docs {
    private Docs() {}

    static final String VALID = """
            {
              "format": "vaerksted.session",
              "formatVersion": 1,
              "title": "Strategisk Ledelsesforum",
              "date": "2024-05-29",
              "place": "Aarhus Rådhus",
              "facilitators": ["Mette Holm"],
              "language": "da",
              "cards": [
                {
                  "id": "k07",
                  "deck": "Samarbejdskompasset",
                  "number": "07",
                  "title": "Bliv klogere sammen igen og igen",
                  "question": "Tør du dele det halvfærdige?",
                  "body": ["Det er **helt** afgørende."],
                  "reminders": ["Husker vi det?"],
                  "whatIf": ["Hvad nu, hvis?"],
                  "source": "Samarbejdskompasset januar 2023"
                }
              ],
              "exercises": [
                {
                  "id": "halvfaerdig",
                  "title": "Tør du dele det halvfærdige?",
                  "steps": [
                    { "id": "laes", "title": "Læs teksten i kortet højt", "minutes": 2 },
                    { "id": "tal", "title": "Tal om", "prompt": "Hvad ville princippet mon give anledning til?", "minutes": 8 }
                  ],
                  "groups": [
                    {
                      "id": "bord-1",
                      "name": "Bord 1",
                      "members": ["Anne", "Bo"],
                      "cardId": "k07",
                      "notes": [
                        { "stepId": "tal", "text": "Vi deler sjældent udkast.", "at": "2024-05-29T10:12:00+02:00" }
                      ]
                    }
                  ],
                  "run": [
                    { "stepId": "laes", "startedAt": "2024-05-29T10:02:00+02:00", "endedAt": "2024-05-29T10:04:10+02:00", "pausedSeconds": 0 }
                  ]
                }
              ],
              "harvest": [
                { "prompt": "Det, der har gjort størst indtryk på mig, er...", "notes": [ { "text": "De rå data.", "at": "2024-05-29T11:40:00+02:00" } ] }
              ]
            }
            """;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** VALID with one literal replacement, which must occur exactly once. */
    static String with(String from, String to) {
        int i = VALID.indexOf(from);
        if (i < 0 || VALID.indexOf(from, i + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in VALID: " + from);
        }
        return VALID.replace(from, to);
    }

    static List<Problem> problems(String json) {
        try {
            new DocumentReader().readSession("test.session.json", utf8(json));
        } catch (SessionFormatException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused:\n" + json);
    }

    static String english(Problem p) {
        return p.format(Messages.core(Messages.ENGLISH));
    }
}
