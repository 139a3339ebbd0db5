package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.vaerksted.core.session.RoomState;
import dk.vaerksted.core.session.Session;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Opening, renewing and closing the room as changes of the session. */
class RoomEditsTest {
    private final Session session = Sessions.read(Sessions.SMALL);

    @Test
    void openingGivesEveryTableATokenAndKeepsThoseItHad() {
        var tokens = Sessions.tokens();
        Session prepared = RoomEdits.prepare(null, tokens).apply(session).session();
        RoomState r = RoomState.of(prepared).orElseThrow();
        assertThat(r.open()).isFalse();
        assertThat(r.tokens()).containsOnlyKeys("bord-1", "bord-2", "bord-3", "bord-4");
        Session opened = RoomEdits.open(null, "192.168.1.23", 41234, tokens).apply(prepared).session();
        RoomState o = RoomState.of(opened).orElseThrow();
        assertThat(o.open()).isTrue();
        assertThat(o.tokens()).isEqualTo(r.tokens());
        assertThat(o.address()).isEqualTo("192.168.1.23");
        assertThat(o.port()).isEqualTo(41234);
        assertThat(o.exerciseId()).isEqualTo("halvfaerdig");
    }

    @Test
    void renewingChangesOneTableOnly() {
        var tokens = Sessions.tokens();
        Session opened = RoomEdits.open(null, "127.0.0.1", 1, tokens).apply(session).session();
        Map<String, String> before = RoomState.of(opened).orElseThrow().tokens();
        Map<String, String> after = RoomState.of(RoomEdits.renew("bord-2", tokens).apply(opened).session())
                .orElseThrow().tokens();
        assertThat(after.get("bord-2")).isNotEqualTo(before.get("bord-2"));
        assertThat(after).containsEntry("bord-1", before.get("bord-1")).containsEntry("bord-3", before.get("bord-3"));
        assertThatThrownBy(() -> RoomEdits.renew("bord-99", tokens).apply(opened))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingKillsEveryTokenAndKeepsTheEndpoint() {
        Session opened = RoomEdits.open(null, "10.0.0.2", 5000, Sessions.tokens()).apply(session).session();
        Session harvest = RoomEdits.harvest(true).apply(opened).session();
        RoomState closed = RoomState.of(RoomEdits.close().apply(harvest).session()).orElseThrow();
        assertThat(closed.open()).isFalse();
        assertThat(closed.tokens()).isEmpty();
        assertThat(closed.harvest()).isFalse();
        assertThat(closed.address()).isEqualTo("10.0.0.2");
        assertThat(closed.port()).isEqualTo(5000);
    }

    @Test
    void anUnknownExerciseOrOneWithoutTablesCannotBeOpened() {
        assertThatThrownBy(() -> RoomEdits.open("nope", "127.0.0.1", 1, Sessions.tokens()).apply(session))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }

    @Test
    void anUnchangedStateLeavesTheSessionAsItWas() {
        Session opened = RoomEdits.open(null, "127.0.0.1", 1, Sessions.tokens()).apply(session).session();
        assertThat(RoomEdits.harvest(false).apply(opened).session()).isSameAs(opened);
    }
}
