package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.problems;
import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The room's state and a note's origin in the file: read, checked, written back unchanged. */
class RoomStateTest {
    private static final String TOKEN = "AAAAAAAAAAAAAAAAAAAAAA";

    private static String withRoom(String room) {
        return Docs.VALID.replaceFirst("\"harvest\": \\[", "\"room\": " + room + ",\n  \"harvest\": [");
    }

    private static Session read(String json) throws SessionFormatException {
        return new DocumentReader().readSession("test.session.json", utf8(json));
    }

    @Test
    void aRoomAndTableNotesSurviveAReadAndAWriteByteForByte() throws Exception {
        String json = withRoom("{\n    \"open\": true,\n    \"exerciseId\": \"halvfaerdig\",\n    \"closed\": [\n"
                + "      \"halvfaerdig\"\n    ],\n    \"harvest\": true,\n    \"address\": \"192.168.1.23\",\n"
                + "    \"port\": 41234,\n    \"tables\": {\n      \"bord-1\": \"" + TOKEN + "\"\n    }\n  }")
                .replace("\"at\": \"2024-05-29T10:12:00+02:00\" }",
                        "\"at\": \"2024-05-29T10:12:00+02:00\", \"table\": \"bord-1\", \"clientId\": \"c-12345678\" }");
        Session s = read(json);
        RoomState r = RoomState.of(s).orElseThrow();
        assertThat(r.open()).isTrue();
        assertThat(r.exerciseId()).isEqualTo("halvfaerdig");
        assertThat(r.closed()).containsExactly("halvfaerdig");
        assertThat(r.harvest()).isTrue();
        assertThat(r.address()).isEqualTo("192.168.1.23");
        assertThat(r.port()).isEqualTo(41234);
        assertThat(r.tokens()).containsExactly(Map.entry("bord-1", TOKEN));
        Note n = s.exercises().get(0).groups().get(0).notes().get(0);
        assertThat(n.table()).isEqualTo("bord-1");
        assertThat(n.clientId()).isEqualTo("c-12345678");

        byte[] once = new DocumentWriter().write(s);
        byte[] twice = new DocumentWriter().write(read(new String(once, StandardCharsets.UTF_8)));
        assertThat(twice).isEqualTo(once);
        assertThat(RoomState.of(read(new String(once, StandardCharsets.UTF_8)))).contains(r);
    }

    @Test
    void aBrokenRoomIsReportedAtEachPlace() {
        List<Problem> p = problems(withRoom("{ \"open\": \"yes\", \"exerciseId\": \"nope\", \"closed\": [\"x\"], "
                + "\"port\": 70000, \"tables\": { \"bord-9\": \"" + TOKEN + "\", \"bord-1\": \"short\" } }"));
        assertThat(p).extracting(Problem::path).containsExactlyInAnyOrder("room.open", "room.exerciseId",
                "room.closed[0]", "room.port", "room.tables.bord-9", "room.tables.bord-1");
        assertThat(p).allSatisfy(x -> assertThat(x.line()).isPositive());
        Messages en = Messages.core(Messages.ENGLISH);
        assertThat(p.stream().map(x -> x.message(en)).toList()).contains("\"open\" must be true or false",
                "a port is a whole number from 1 to 65535, not 70000",
                "no table with the id \"bord-9\" in any exercise");
        assertThat(problems(withRoom("[]"))).extracting(Problem::path).containsExactly("room");
    }

    @Test
    void aBlankOriginIsRefused() {
        List<Problem> p = problems(Docs.VALID.replace("\"at\": \"2024-05-29T10:12:00+02:00\" }",
                "\"at\": \"2024-05-29T10:12:00+02:00\", \"table\": \" \" }"));
        assertThat(p).extracting(Problem::path).containsExactly("exercises[0].groups[0].notes[0].table");
    }

    @Test
    void withRoomSetsReplacesAndRemovesKeepingOtherFields() throws Exception {
        Session s = read(Docs.VALID.replace("\"language\": \"da\",", "\"language\": \"da\", \"x-tool\": 1,"));
        RoomState r = new RoomState(true, "halvfaerdig", Set.of(), false, "10.0.0.5", 8080, Map.of("bord-1", TOKEN));
        Session opened = SessionEdits.withRoom(s, r);
        assertThat(RoomState.of(opened)).contains(r);
        assertThat(new ArrayList<>(opened.extras().fields().keySet())).containsExactly("x-tool", "room");
        Session changed = SessionEdits.withRoom(SessionEdits.withRoom(opened, r.withOpen(false)), r.withHarvest(true));
        assertThat(RoomState.of(changed).orElseThrow().harvest()).isTrue();
        Session removed = SessionEdits.withRoom(opened, null);
        assertThat(RoomState.of(removed)).isEmpty();
        assertThat(removed.extras().fields().keySet()).containsExactly("x-tool");
        // Other edits keep the room: it rides with the session's own fields.
        Session renamed = SessionEdits.withDetails(opened, "Nyt navn", s.date(), s.place(), s.facilitators());
        assertThat(RoomState.of(renamed)).contains(r);
    }

    @Test
    void aTableNoteKeepsWhereItCameFromWhenCorrected() {
        Note n = Note.fromTable("tal", "Første udgave", "2024-05-29T10:12:00+02:00", "bord-3", "abcdefgh12");
        Note corrected = n.withText("Rettet");
        assertThat(corrected.text()).isEqualTo("Rettet");
        assertThat(corrected.table()).isEqualTo("bord-3");
        assertThat(corrected.clientId()).isEqualTo("abcdefgh12");
        assertThat(corrected.stepId()).isEqualTo("tal");
        // The app's own copy (text, time and extras) keeps it too.
        Note copied = new Note(n.stepId(), "Rettet i appen", n.at(), n.extras());
        assertThat(copied.table()).isEqualTo("bord-3");
        assertThat(new Note(null, "tastet", null, Extras.NONE).table()).isNull();
    }
}
