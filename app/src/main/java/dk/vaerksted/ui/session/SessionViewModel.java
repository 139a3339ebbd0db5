package dk.vaerksted.ui.session;

import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.core.session.StepRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The state of the open session: the session itself, the file it lives in (null until saved),
 * the selected exercise and group, and whether what is on screen is on disk. Views only bind.
 */
public final class SessionViewModel {
    private final SessionStore store;
    private final Executor background;
    private final Consumer<Runnable> fxThread;

    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Group> group = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);

    /**
     * @param fxThread runs a result on the FX thread ({@code Platform::runLater} in the app, direct
     *                 in tests)
     */
    public SessionViewModel(SessionStore store, Executor background, Consumer<Runnable> fxThread) {
        this.store = store;
        this.background = background;
        this.fxThread = fxThread;
    }

    public SessionViewModel(SessionStore store, Executor background) {
        this(store, background, Platform::runLater);
    }

    /** Shows a session; {@code from} is its file, or null for one that was never saved. */
    public void open(Session s, Path from) {
        session.set(s);
        file.set(from);
        saved.set(from != null);
        selectExercise(s.exercises().isEmpty() ? null : s.exercises().get(0));
    }

    public void selectExercise(Exercise e) {
        exercise.set(e);
        selectGroup(e == null || e.groups().isEmpty() ? null : e.groups().get(0));
    }

    public void selectGroup(Group g) {
        group.set(g);
        Session s = session.get();
        card.set(g == null || g.cardId() == null || s == null ? null : s.card(g.cardId()).orElse(null));
    }

    /**
     * Adds what the countdown recorded to the exercise's {@code run}. The session changes (and is
     * no longer saved); the selected exercise and group stay selected.
     */
    public void appendRun(String exerciseId, List<StepRun> runs) {
        Session s = session.get();
        if (s == null || runs.isEmpty()) {
            return;
        }
        List<Exercise> exercises = new ArrayList<>();
        Exercise updated = null;
        for (Exercise e : s.exercises()) {
            if (e.id().equals(exerciseId)) {
                List<StepRun> all = new ArrayList<>(e.run());
                all.addAll(runs);
                updated = new Exercise(e.id(), e.title(), e.intro(), e.steps(), e.groups(), all, e.extras());
                exercises.add(updated);
            } else {
                exercises.add(e);
            }
        }
        if (updated == null) {
            return;
        }
        Exercise selected = exercise.get();
        session.set(new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), s.cards(), exercises,
                s.harvest(), s.extras()));
        saved.set(false);
        if (selected != null && selected.id().equals(exerciseId)) {
            exercise.set(updated);
        }
    }

    public List<Exercise> exercises() {
        return session.get() == null ? List.of() : session.get().exercises();
    }

    /** The card number a group shows in the list ("07"), if it holds a card. */
    public Optional<String> cardNumber(Group g) {
        Session s = session.get();
        if (s == null || g.cardId() == null) {
            return Optional.empty();
        }
        return s.card(g.cardId()).map(c -> c.number() != null ? c.number() : c.id());
    }

    /**
     * Saves to {@code target} off the FX thread; on success the session's file becomes target.
     * On failure nothing is lost: the session stays in memory and {@code onError} is told.
     */
    public void saveTo(Path target, Runnable onSaved, Consumer<Exception> onError) {
        Session s = session.get();
        if (s == null) {
            return;
        }
        background.execute(() -> {
            try {
                store.write(s, target);
                fxThread.accept(() -> {
                    file.set(target);
                    saved.set(session.get() == s);
                    onSaved.run();
                });
            } catch (Exception e) {
                fxThread.accept(() -> onError.accept(e));
            }
        });
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Exercise> exerciseProperty() {
        return exercise.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Group> groupProperty() {
        return group.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
