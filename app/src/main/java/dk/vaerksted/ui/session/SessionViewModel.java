package dk.vaerksted.ui.session;

import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.SessionEdits;
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
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    /** Each entry turns the current session back into what it was before one change. */
    private final java.util.Deque<java.util.function.UnaryOperator<Session>> undo = new java.util.ArrayDeque<>();
    private static final int MAX_UNDO = 200;
    private final java.time.Clock clock;

    /**
     * @param fxThread runs a result on the FX thread ({@code Platform::runLater} in the app, direct
     *                 in tests)
     */
    /** Whether what is on screen is on disk, and where. */
    public enum SaveState { SAVED, AUTOSAVED_UNNAMED, UNSAVED, FAILED, CONFLICT }

    /** Autosave waits this long after the last change (and then writes well within a second). */
    public static final java.time.Duration AUTOSAVE_DELAY = java.time.Duration.ofMillis(400);

    private final dk.vaerksted.core.session.Recovery recovery;
    private final dk.vaerksted.core.session.Autosave autosave;
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.UNSAVED);
    private final ReadOnlyObjectWrapper<String> saveError = new ReadOnlyObjectWrapper<>();
    /** Where an unnamed session is autosaved (in the recovery folder), or null. */
    private Path unnamedFile;
    /** Keeps other windows and instances off the open file. */
    private dk.vaerksted.core.session.SessionLock lock;

    public SessionViewModel(SessionStore store, Executor background, Consumer<Runnable> fxThread,
            java.time.Clock clock, dk.vaerksted.core.session.Recovery recovery,
            java.util.concurrent.ScheduledExecutorService autosaveThread, java.time.Duration autosaveDelay) {
        this.clock = clock;
        this.store = store;
        this.recovery = recovery;
        this.autosave = new dk.vaerksted.core.session.Autosave(store, autosaveThread, autosaveDelay,
                r -> fxThread.accept(() -> autosaved(r)));
        this.background = background;
        this.fxThread = fxThread;
    }

    public SessionViewModel(SessionStore store, Executor background, java.time.Clock clock,
            dk.vaerksted.core.session.Recovery recovery, java.util.concurrent.ScheduledExecutorService autosaveThread) {
        this(store, background, Platform::runLater, clock, recovery, autosaveThread, AUTOSAVE_DELAY);
    }

    /** Shows a session; {@code from} is its file, or null for one that was never saved. */
    public void open(Session s, Path from) {
        open(s, from, null);
    }

    /**
     * Shows a session. {@code from} is its file (null for one never saved under a name);
     * {@code unnamed} is its autosave file in the recovery folder when it was recovered.
     */
    public void open(Session s, Path from, Path unnamed) {
        open(s, from, unnamed, null);
    }

    /**
     * As {@link #open(Session, Path, Path)}, holding {@code fileLock} (taken by the caller before
     * the file was read) until another session is opened or the window closes.
     */
    public void open(Session s, Path from, Path unnamed, dk.vaerksted.core.session.SessionLock fileLock) {
        autosave.flush();
        releaseLock();
        lock = fileLock;
        if (from != null) {
            try {
                autosave.expect(from, dk.vaerksted.core.session.FileStamp.of(from));
            } catch (java.io.IOException e) {
                // unreadable attributes: the first save will tell
            }
        }
        autosave.warmUp(s);
        undo.clear();
        canUndo.set(false);
        unnamedFile = unnamed;
        session.set(s);
        file.set(from);
        saved.set(from != null);
        saveError.set(null);
        saveState.set(from != null ? SaveState.SAVED : unnamed != null ? SaveState.AUTOSAVED_UNNAMED : SaveState.UNSAVED);
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
        SessionEdits.exercise(s, exerciseId).ifPresent(e -> {
            List<StepRun> all = new ArrayList<>(e.run());
            all.addAll(runs);
            apply(SessionEdits.withRuns(s, exerciseId, all));
        });
    }

    /** Adds a note to the selected group under the given step (null: no step); blank text is ignored. */
    public void addNote(String stepId, String text) {
        Exercise e = exercise.get();
        Group g = group.get();
        if (e == null || g == null || text == null || text.isBlank()) {
            return;
        }
        List<Note> notes = new ArrayList<>(g.notes());
        notes.add(new Note(stepId, text.strip(), now(), Extras.NONE));
        changeGroupNotes(e, g, notes);
    }

    /** Changes the text of the selected group's note at {@code index}; blank text deletes it. */
    public void editNote(int index, String text) {
        Exercise e = exercise.get();
        Group g = group.get();
        if (e == null || g == null || index < 0 || index >= g.notes().size()) {
            return;
        }
        if (text == null || text.isBlank()) {
            deleteNote(index);
            return;
        }
        List<Note> notes = new ArrayList<>(g.notes());
        Note old = notes.get(index);
        if (old.text().equals(text.strip())) {
            return;
        }
        notes.set(index, new Note(old.stepId(), text.strip(), old.at(), old.extras()));
        changeGroupNotes(e, g, notes);
    }

    public void deleteNote(int index) {
        Exercise e = exercise.get();
        Group g = group.get();
        if (e == null || g == null || index < 0 || index >= g.notes().size()) {
            return;
        }
        List<Note> notes = new ArrayList<>(g.notes());
        notes.remove(index);
        changeGroupNotes(e, g, notes);
    }

    public void addHarvestNote(int promptIndex, String text) {
        Session s = session.get();
        if (s == null || text == null || text.isBlank() || promptIndex < 0 || promptIndex >= s.harvest().size()) {
            return;
        }
        List<Note> notes = new ArrayList<>(s.harvest().get(promptIndex).notes());
        notes.add(new Note(null, text.strip(), now(), Extras.NONE));
        pushHarvestUndo(promptIndex, s.harvest().get(promptIndex).notes());
        apply(SessionEdits.withHarvestNotes(s, promptIndex, notes));
    }

    public void editHarvestNote(int promptIndex, int index, String text) {
        Session s = session.get();
        if (s == null || promptIndex < 0 || promptIndex >= s.harvest().size()) {
            return;
        }
        List<Note> before = s.harvest().get(promptIndex).notes();
        if (index < 0 || index >= before.size() || text == null || text.isBlank()) {
            return;
        }
        List<Note> notes = new ArrayList<>(before);
        Note old = notes.get(index);
        notes.set(index, new Note(old.stepId(), text.strip(), old.at(), old.extras()));
        pushHarvestUndo(promptIndex, before);
        apply(SessionEdits.withHarvestNotes(s, promptIndex, notes));
    }

    public void deleteHarvestNote(int promptIndex, int index) {
        Session s = session.get();
        if (s == null || promptIndex < 0 || promptIndex >= s.harvest().size()) {
            return;
        }
        List<Note> before = s.harvest().get(promptIndex).notes();
        if (index < 0 || index >= before.size()) {
            return;
        }
        List<Note> notes = new ArrayList<>(before);
        notes.remove(index);
        pushHarvestUndo(promptIndex, before);
        apply(SessionEdits.withHarvestNotes(s, promptIndex, notes));
    }

    /** Takes back the last note change (add, edit or delete), wherever it was. */
    public void undo() {
        Session s = session.get();
        if (s == null || undo.isEmpty()) {
            return;
        }
        apply(undo.pop().apply(s));
        canUndo.set(!undo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Selects the n-th group (0-based) of the exercise, if it has one. */
    public void selectGroupAt(int n) {
        Exercise e = exercise.get();
        if (e != null && n >= 0 && n < e.groups().size()) {
            selectGroup(e.groups().get(n));
        }
    }

    /** Moves the selection up or down the exercise's groups (Alt+↑ / Alt+↓). */
    public void selectNeighbourGroup(int delta) {
        Exercise e = exercise.get();
        Group g = group.get();
        if (e == null || e.groups().isEmpty()) {
            return;
        }
        int i = g == null ? -1 : e.groups().indexOf(g);
        selectGroupAt(Math.max(0, Math.min(e.groups().size() - 1, i + delta)));
    }

    private void pushUndo(java.util.function.UnaryOperator<Session> back) {
        undo.push(back);
        while (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
    }

    private void pushHarvestUndo(int promptIndex, List<Note> before) {
        pushUndo(cur -> SessionEdits.withHarvestNotes(cur, promptIndex, before));
    }

    /**
     * Replaces the session with an edited one (details, tables, exercises, minutes); undoable as
     * one step. The selection is kept where the ids still exist.
     */
    public void edit(Session edited) {
        Session before = session.get();
        if (before == null || edited.equals(before)) {
            return;
        }
        pushUndo(cur -> before);
        apply(edited);
        if (exercise.get() == null && !edited.exercises().isEmpty()) {
            selectExercise(edited.exercises().get(0));
        } else if (group.get() == null && exercise.get() != null && !exercise.get().groups().isEmpty()) {
            selectGroup(exercise.get().groups().get(0));
        }
    }

    private void changeGroupNotes(Exercise e, Group g, List<Note> notes) {
        List<Note> before = g.notes();
        pushUndo(cur -> SessionEdits.withGroupNotes(cur, e.id(), g.id(), before));
        apply(SessionEdits.withGroupNotes(session.get(), e.id(), g.id(), notes));
    }

    /** Shows a changed session, keeping the selected exercise and group (by id). Not saved now. */
    private void apply(Session next) {
        String exerciseId = exercise.get() == null ? null : exercise.get().id();
        String groupId = group.get() == null ? null : group.get().id();
        session.set(next);
        saved.set(false);
        canUndo.set(!undo.isEmpty());
        Exercise e = exerciseId == null ? null : SessionEdits.exercise(next, exerciseId).orElse(null);
        exercise.set(e);
        Group g = e == null || groupId == null ? null : SessionEdits.group(e, groupId).orElse(null);
        group.set(g);
        card.set(g == null || g.cardId() == null ? null : next.card(g.cardId()).orElse(null));
        if (saveState.get() != SaveState.FAILED && saveState.get() != SaveState.CONFLICT) {
            saveState.set(SaveState.UNSAVED);
        }
        Path target = autosaveTarget();
        if (target != null) {
            autosave.changed(next, target);
        }
    }

    /** The session's own file, or its file in the recovery folder (made on the first change). */
    private Path autosaveTarget() {
        if (file.get() != null) {
            return file.get();
        }
        if (unnamedFile == null) {
            try {
                unnamedFile = recovery.newFile();
            } catch (java.io.IOException e) {
                saveState.set(SaveState.FAILED);
                saveError.set(String.valueOf(e.getMessage()));
                return null;
            }
        }
        return unnamedFile;
    }

    private void autosaved(dk.vaerksted.core.session.Autosave.Result r) {
        if (r.error() != null) {
            saveState.set(r.error() instanceof dk.vaerksted.core.session.FileStamp.ChangedOnDiskException
                    ? SaveState.CONFLICT : SaveState.FAILED);
            saveError.set(r.error().getMessage());
            return;
        }
        if (r.session() != session.get()) {
            return;
        }
        saveError.set(null);
        if (r.target().equals(file.get())) {
            saved.set(true);
            saveState.set(SaveState.SAVED);
        } else {
            saveState.set(SaveState.AUTOSAVED_UNNAMED);
        }
    }

    private void forgetUnnamed() {
        if (unnamedFile != null) {
            try {
                recovery.forget(unnamedFile, file.get());
            } catch (java.io.IOException e) {
                // the copy in the recovery folder stays; harmless, it is offered back at the next start
            }
            unnamedFile = null;
        }
    }

    /** Writes any pending change now (the window is closing). */
    public void flush() {
        autosave.flush();
    }

    /** The window closes: write what is pending and let go of the file. */
    public void close() {
        autosave.flush();
        releaseLock();
    }

    private void releaseLock() {
        if (lock != null) {
            try {
                lock.close();
            } catch (java.io.IOException e) {
                // the system releases it when the process ends anyway
            }
            lock = null;
        }
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The last save problem in words, or null. */
    public ReadOnlyObjectProperty<String> saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    private String now() {
        return java.time.OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
        // Whatever autosave still has pending goes to its old place first, so it cannot land after us.
        autosave.flush();
        dk.vaerksted.core.session.SessionLock newLock = null;
        if (!target.equals(file.get())) {
            try {
                newLock = dk.vaerksted.core.session.SessionLock.acquire(target);
            } catch (java.io.IOException e) {
                onError.accept(e);
                return;
            }
        }
        dk.vaerksted.core.session.SessionLock acquired = newLock;
        background.execute(() -> {
            try {
                store.save(s, target);
                autosave.expect(target, dk.vaerksted.core.session.FileStamp.of(target));
                fxThread.accept(() -> {
                    if (acquired != null) {
                        releaseLock();
                        lock = acquired;
                    }
                    file.set(target);
                    boolean current = session.get() == s;
                    saved.set(current);
                    saveError.set(null);
                    saveState.set(current ? SaveState.SAVED : SaveState.UNSAVED);
                    forgetUnnamed();
                    if (!current) {
                        autosave.changed(session.get(), target);
                    }
                    onSaved.run();
                });
            } catch (Exception e) {
                if (acquired != null) {
                    try {
                        acquired.close();
                    } catch (java.io.IOException ignored) {
                        // best effort
                    }
                }
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
