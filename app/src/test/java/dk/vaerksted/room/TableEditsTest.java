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
        assertThat(apply(TableEdits.add("bord-2", Target.NOTES, "id-00000001", "Vi deler", AT, Running.NONE, null)))
                .isEqualTo(Outcome.ADDED);
        Session after = session;
        assertThat(apply(TableEdits.add("bord-2", Target.NOTES, "id-00000001", "Vi deler", AT, Running.NONE, null)))
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
        apply(TableEdits.add("bord-1", Target.NOTES, "id-00000002", "Under læsningen", AT, r, null));
        assertThat(notesOf("bord-1")).singleElement().extracting(Note::stepId).isEqualTo("laes");
    }

    @Test
    void aTableReachesOnlyItsOwnNotes() {
        open();
        apply(TableEdits.add("bord-1", Target.NOTES, "id-bord1-01", "Bord 1 skrev", AT, Running.NONE, null));
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
        apply(TableEdits.add("bord-1", Target.NOTES, "id-00000003", "Før lukning", AT, Running.NONE, null));
        apply(RoomEdits.closeExercise("halvfaerdig", true));
        Session closed = session;
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-00000004", "Efter", AT, Running.NONE, null)))
                .isEqualTo(Outcome.CLOSED);
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-00000003", "Før lukning", AT, Running.NONE, null)))
                .isEqualTo(Outcome.ALREADY_ADDED);
        assertThat(apply(TableEdits.edit("bord-1", "id-00000003", "x"))).isEqualTo(Outcome.CLOSED);
        assertThat(apply(TableEdits.delete("bord-1", "id-00000003"))).isEqualTo(Outcome.CLOSED);
        assertThat(session).isSameAs(closed);
    }

    @Test
    void anEndedExerciseTakesOnlyNotesWrittenBeforeItsEndUntilItIsTakenUpAgain() {
        open();
        String e = session.exercises().get(0).id();
        Running ended = Running.ended(e, 1_000L);
        // Written on a page that could write before the end (it waited in the page's outbox): taken.
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-0000late1", "Skrevet før", AT, ended, 999L)))
                .isEqualTo(Outcome.ADDED);
        // Written after the end, or on a page that cannot say when: refused, nothing changes.
        Session before = session;
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-0000late2", "Skrevet efter", AT, ended, 1_001L)))
                .isEqualTo(Outcome.ENDED);
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-0000late3", "Ingen stempel", AT, ended, null)))
                .isEqualTo(Outcome.ENDED);
        assertThat(session).isSameAs(before);
        // A retry of a note taken before is still answered as taken.
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-0000late1", "Skrevet før", AT, ended, null)))
                .isEqualTo(Outcome.ALREADY_ADDED);
        // Another exercise's end, and the harvest, are not this one's.
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-0000late4", "Andet", AT,
                Running.ended("en-anden", 1_000L), null))).isEqualTo(Outcome.ADDED);
        apply(RoomEdits.harvest(true));
        assertThat(apply(TableEdits.add("bord-1", Target.harvest(0), "id-0000late5", "Svar", AT, ended, null)))
                .isEqualTo(Outcome.ADDED);
        // Taken up again (a step shows): notes are taken again.
        Running again = new Running(e, "tal", 1, 2, "Tal om", null, Countdown.State.PAUSED, 60_000L, 0, null, 2_000L);
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-0000late6", "Igen", AT, again, null)))
                .isEqualTo(Outcome.ADDED);
        assertThat(notesOf("bord-1")).extracting(Note::text).containsExactly("Skrevet før", "Andet", "Igen", "Svar");
    }

    @Test
    void theHarvestTakesAnswersOnlyWhileOpen() {
        open();
        assertThat(apply(TableEdits.add("bord-3", Target.harvest(1), "id-00000005", "Svar", AT, Running.NONE, null)))
                .isEqualTo(Outcome.CLOSED);
        apply(RoomEdits.harvest(true));
        assertThat(apply(TableEdits.add("bord-3", Target.harvest(1), "id-00000005", "Svar", AT, Running.NONE, null)))
                .isEqualTo(Outcome.ADDED);
        assertThat(apply(TableEdits.add("bord-3", Target.harvest(7), "id-00000006", "Svar", AT, Running.NONE, null)))
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
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-00000007", "x", AT, Running.NONE, null)))
                .isEqualTo(Outcome.NO_TABLE);
        open();
        assertThat(apply(TableEdits.add("bord-99", Target.NOTES, "id-00000008", "x", AT, Running.NONE, null)))
                .isEqualTo(Outcome.NO_TABLE);
        apply(RoomEdits.close());
        assertThat(apply(TableEdits.add("bord-1", Target.NOTES, "id-00000009", "x", AT, Running.NONE, null)))
                .isEqualTo(Outcome.NO_TABLE);
        assertThat(Sessions.allTableNotes(session)).isEmpty();
    }
}
