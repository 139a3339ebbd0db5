package dk.vaerksted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.ui.session.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session view model in plain JUnit: same-thread executor, no screen. */
class SessionViewModelTest {
    @TempDir
    Path dir;

    private Session forum;
    private SessionViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        forum = new DocumentReader().readSession("forum",
                Files.readAllBytes(Path.of("../samples/strategisk-ledelsesforum-2019.session.json")));
        model = new SessionViewModel(new SessionStore(), Runnable::run, Runnable::run,
                java.time.Clock.fixed(java.time.Instant.parse("2019-08-30T08:15:00Z"), java.time.ZoneOffset.ofHours(2)),
                new dk.vaerksted.core.session.Recovery(dir.resolve("autosave"), new SessionStore()),
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(), java.time.Duration.ofMillis(50));
    }

    @Test
    void openingSelectsTheFirstExerciseAndGroup() {
        model.open(forum, null);
        assertThat(model.exerciseProperty().get().id()).isEqualTo("graensekrydsende");
        assertThat(model.groupProperty().get().name()).isEqualTo("Bord 1");
        assertThat(model.cardProperty().get()).isNull();
        assertThat(model.saveStateProperty().get()).isEqualTo(dk.vaerksted.ui.session.SessionFile.SaveState.UNSAVED);
    }

    @Test
    void selectingAGroupShowsItsCard() {
        model.open(forum, null);
        model.selectExercise(forum.exercises().get(1));
        model.selectGroup(forum.exercises().get(1).groups().get(2));
        assertThat(model.cardProperty().get().id()).isEqualTo("cfia-3");
        assertThat(model.cardNumber(forum.exercises().get(1).groups().get(2))).contains("#3");
    }

    @Test
    void savingRemembersTheFileAndFailingKeepsTheSession() {
        model.open(forum, null);
        Path target = dir.resolve("forum.session.json");
        model.saveTo(target, () -> { }, e -> { throw new AssertionError(e); });
        assertThat(model.fileProperty().get()).isEqualTo(target);
        assertThat(model.saveStateProperty().get()).isEqualTo(dk.vaerksted.ui.session.SessionFile.SaveState.SAVED);

        AtomicReference<Exception> error = new AtomicReference<>();
        model.saveTo(dir.resolve("missing/x.session.json"), () -> { }, error::set);
        assertThat(error.get()).isNotNull();
        assertThat(model.sessionProperty().get()).isSameAs(forum);
        assertThat(model.fileProperty().get()).isEqualTo(target);
    }

    @Test
    void notesAreAddedEditedDeletedAndUndone() {
        model.open(forum, null);
        model.selectExercise(forum.exercises().get(1));
        model.selectGroupAt(2);
        int before = model.groupProperty().get().notes().size();
        model.addNote("spoergsmaal-1", "  Ny note\nmed to linjer  ");
        var notes = model.groupProperty().get().notes();
        assertThat(notes).hasSize(before + 1);
        assertThat(notes.get(before).text()).isEqualTo("Ny note\nmed to linjer");
        assertThat(notes.get(before).stepId()).isEqualTo("spoergsmaal-1");
        assertThat(notes.get(before).at()).isEqualTo("2019-08-30T10:15:00+02:00");
        assertThat(model.saveStateProperty().get()).isEqualTo(dk.vaerksted.ui.session.SessionFile.SaveState.UNSAVED);
        assertThat(model.groupProperty().get().name()).isEqualTo("Bord 3");

        model.editNote(before, "Rettet");
        assertThat(model.groupProperty().get().notes().get(before).text()).isEqualTo("Rettet");
        model.deleteNote(before);
        assertThat(model.groupProperty().get().notes()).hasSize(before);
        model.undo();
        assertThat(model.groupProperty().get().notes().get(before).text()).isEqualTo("Rettet");
        model.undo();
        model.undo();
        assertThat(model.groupProperty().get().notes()).hasSize(before);
        assertThat(model.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void blankNotesAreIgnored() {
        model.open(forum, null);
        int before = model.groupProperty().get().notes().size();
        model.addNote(null, "   \n ");
        assertThat(model.groupProperty().get().notes()).hasSize(before);
        assertThat(model.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void harvestNotes() {
        model.open(forum, null);
        int before = forum.harvest().get(1).notes().size();
        model.addHarvestNote(1, "Vi tager det med hjem");
        assertThat(model.sessionProperty().get().harvest().get(1).notes()).hasSize(before + 1);
        model.editHarvestNote(1, before, "Vi tager det med hjem til afdelingen");
        assertThat(model.sessionProperty().get().harvest().get(1).notes().get(before).text()).endsWith("afdelingen");
        model.deleteHarvestNote(1, before);
        model.undo();
        assertThat(model.sessionProperty().get().harvest().get(1).notes()).hasSize(before + 1);
    }

    @Test
    void groupsAreChosenByNumberAndByNeighbour() {
        model.open(forum, null);
        model.selectGroupAt(8);
        assertThat(model.groupProperty().get().name()).isEqualTo("Bord 9");
        model.selectNeighbourGroup(1);
        assertThat(model.groupProperty().get().name()).isEqualTo("Bord 10");
        model.selectNeighbourGroup(-20);
        assertThat(model.groupProperty().get().name()).isEqualTo("Bord 1");
        model.selectGroupAt(99);
        assertThat(model.groupProperty().get().name()).isEqualTo("Bord 1");
    }

    @Test
    void recordedRunsKeepTheSelection() {
        model.open(forum, null);
        model.selectExercise(forum.exercises().get(2));
        model.selectGroupAt(3);
        model.appendRuns("fernisering", java.util.List.of(new dk.vaerksted.core.session.StepRun("droeft",
                "2019-08-30T14:00:00+02:00", "2019-08-30T14:15:00+02:00", 0.0, dk.vaerksted.core.session.Extras.NONE)));
        assertThat(model.exerciseProperty().get().run()).hasSize(1);
        assertThat(model.groupProperty().get().name()).isEqualTo("Bord 4");
    }
}
