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
        model = new SessionViewModel(new SessionStore(), Runnable::run, Runnable::run);
    }

    @Test
    void openingSelectsTheFirstExerciseAndGroup() {
        model.open(forum, null);
        assertThat(model.exerciseProperty().get().id()).isEqualTo("graensekrydsende");
        assertThat(model.groupProperty().get().name()).isEqualTo("Bord 1");
        assertThat(model.cardProperty().get()).isNull();
        assertThat(model.savedProperty().get()).isFalse();
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
        assertThat(model.savedProperty().get()).isTrue();

        AtomicReference<Exception> error = new AtomicReference<>();
        model.saveTo(dir.resolve("missing/x.session.json"), () -> { }, error::set);
        assertThat(error.get()).isNotNull();
        assertThat(model.sessionProperty().get()).isSameAs(forum);
        assertThat(model.fileProperty().get()).isEqualTo(target);
    }
}
