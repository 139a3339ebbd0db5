package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.timer.Countdown;
import dk.vaerksted.room.TableEdits.Outcome;
import dk.vaerksted.room.TableEdits.Target;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What a table may do to the session, as pure functions. */
class TableEditsTest {
    private static final String AT = "2024-05-29T10:30:00+02:00";

    private Session session = Sessions.read(Sessions.SMALL);

    private <T> T apply(Function<Session, RoomModel.Change<T>> edit) {
        RoomModel.Change<T> c = edit.apply(session);
        session = c.session();
        return c.result();
    }

    private void open() {
        apply(RoomEdits.open(null, "127.0.0.1", 8080, Sessions.tokens()));
    }

    private List<Note> notesOf(String table) {
        return Sessions.tableNotes(session, table);
    }

    @Test
    void aNoteIsAddedOnceHoweverOftenItIsSent() {
        open();
        Session before = session;
        assertThat(apply(TableEdits.add("bord-2", Target.NOTES, "id-00000001", "Vi deler", AT, Running.NONE)))
                .isEqualTo(Outcome.ADDED);
        Session after = session;
        assertThat(apply(TableEdits.add("bord-2", Target.NOTES, "id-00000001", "Vi deler", AT, Running.NONE)))
                .isEqualTo(Outcome.ALREADY_ADDED);
        assertThat(session).isSameAs(after);
        assertThat(notesOf("bord-2")).singleElement().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Vi deler");
            assertThat(n.clientId()).isEqualTo("id-00000001");
            assertThat(n.at()).isEqualTo(AT);
            // No step runs: the exercise's last step with a prompt, what the tables talk about.
            assertThat(n.stepId()).isEqualTo("tal");
        });
        // Facilitator's notes stay where they were.
        assertThat(session.exercises().get(0).groups().get(1).notes()).hasSize(
                before.exercises().get(0).groups().get(1).notes().size() + 1);
    }

    @Test
    void aNoteGoesUnderTheStepThatRuns() {
        open();
        var e = session.exercises().get(0);
        Running r = new Running(e.id(), "laes", 0, 2, "Læs", null, Countdown.State.RUNNING, 60_000L, 0, 24_000L, 0);
        apply(TableEdits.add("bord-1", Target.NOTES, "id-00000002", "Under læsningen", AT, r));
        assertThat(notesOf("bord-1")).singleElement().extracting(Note::stepId).isEqualTo("laes");
    }

    @Test
    void aTableReachesOnlyItsOwnNotes() {
        open();
        apply(TableEdits.add("bord-1", Target.NOTES, "id-bord1-01", "Bord 1 skrev", AT, Running.NONE));
        assertThat(apply(TableEdits.edit("bord-2", "id-bord1-01", "Bord 2 retter"))).isEqualTo(Outcome.NOT_FOUND);
        assertThat(apply(TableEdits.delete("bord-2", "id-bord1-01"))).isEqualTo(Outcome.NOT_FOUND);
        assertThat(notesOf("bord-1")).extracting(Note::text).containsExactly("Bord 1 skrev");
        // The facilitator's notes have no client id: no table reaches them.
        assertThat(apply(TableEdits.delete("bord-1", "null"))).isEqualTo(Outcome.NOT_FOUND);
        assertThat(apply(TableEdits.edit("bord-1", "id-bord1-01", "Rettet"))).isEqualTo(Outcome.CHANGED);
        assertThat(notesOf("bord-1")).extracting(Note::text).containsExactly("Rettet");
        assertThat(apply(TableEdits.delete("bord-1", "id-bord1-01"))).isEqualTo(Outcome.DELETED);
        assertThat(notesOf("bord-1")).isEmpty();
        assertThat(apply(TableEdits.delete("bord-1", "id-bord1-01"))).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void aClosedExerciseTakesNothingButARetryStillSucceeds() {
        open();
        apply(TableEdits.add("bord-1", Target.NOTES, "id-00000003", "Før lukning", AT, Running.NONE));
        apply(RoomEdits.closeExercise("halvfaerdig", true));
        Session closed = session;
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-00000004", "Efter", AT, Running.NONE)))
                .isEqualTo(Outcome.CLOSED);
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-00000003", "Før lukning", AT, Running.NONE)))
                .isEqualTo(Outcome.ALREADY_ADDED);
        assertThat(apply(TableEdits.edit("bord-1", "id-00000003", "x"))).isEqualTo(Outcome.CLOSED);
        assertThat(apply(TableEdits.delete("bord-1", "id-00000003"))).isEqualTo(Outcome.CLOSED);
        assertThat(session).isSameAs(closed);
    }

    @Test
    void theHarvestTakesAnswersOnlyWhileOpen() {
        open();
        assertThat(apply(TableEdits.add("bord-3", Target.harvest(1), "id-00000005", "Svar", AT, Running.NONE)))
                .isEqualTo(Outcome.CLOSED);
        apply(RoomEdits.harvest(true));
        assertThat(apply(TableEdits.add("bord-3", Target.harvest(1), "id-00000005", "Svar", AT, Running.NONE)))
                .isEqualTo(Outcome.ADDED);
        assertThat(apply(TableEdits.add("bord-3", Target.harvest(7), "id-00000006", "Svar", AT, Running.NONE)))
                .isEqualTo(Outcome.NOT_FOUND);
        Note n = session.harvest().get(1).notes().get(session.harvest().get(1).notes().size() - 1);
        assertThat(n.table()).isEqualTo("bord-3");
        assertThat(n.stepId()).isNull();
        assertThat(apply(TableEdits.edit("bord-3", "id-00000005", "Rettet svar"))).isEqualTo(Outcome.CHANGED);
        apply(RoomEdits.harvest(false));
        assertThat(apply(TableEdits.delete("bord-3", "id-00000005"))).isEqualTo(Outcome.CLOSED);
        assertThat(notesOf("bord-3")).extracting(Note::text).containsExactly("Rettet svar");
    }

    @Test
    void withoutAnOpenRoomNoTableWrites() {
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-00000007", "x", AT, Running.NONE)))
                .isEqualTo(Outcome.NO_TABLE);
        open();
        assertThat(apply(TableEdits.add("bord-99", Target.NOTES, "id-00000008", "x", AT, Running.NONE)))
                .isEqualTo(Outcome.NO_TABLE);
        apply(RoomEdits.close());
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-00000009", "x", AT, Running.NONE)))
                .isEqualTo(Outcome.NO_TABLE);
        assertThat(Sessions.allTableNotes(session)).isEmpty();
    }
}
