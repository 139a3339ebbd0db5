package dk.vaerksted.ui.session;

import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Recovery;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.SessionLock;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.core.session.StepRun;
import dk.vaerksted.ui.timer.RunViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open session as the user edits it: the session itself, the selected exercise and table,
 * notes and the harvest, and one undo for everything (notes, edits of the plan, timer actions).
 * Its life on disk is {@link SessionFile}'s. Views only bind.
 */
public final class SessionViewModel implements RunViewModel.Host {
    /** Autosave waits this long after the last change (and then writes well within a second). */
    public static final Duration AUTOSAVE_DELAY = Duration.ofMillis(400);

    private final Clock clock;
    private final SessionFile disk;

    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Group> group = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>();
    private final UndoHistory history = new UndoHistory();

    /**
     * @param fxThread runs a result on the FX thread ({@code Platform::runLater} in the app, direct
     *                 in tests)
     */
    public SessionViewModel(SessionStore store, Executor background, Consumer<Runnable> fxThread, Clock clock,
            Recovery recovery, ScheduledExecutorService autosaveThread, Duration autosaveDelay) {
        this.clock = clock;
        this.disk = new SessionFile(store, background, fxThread, recovery, autosaveThread, autosaveDelay, session::get);
    }

    public SessionViewModel(SessionStore store, Executor background, Clock clock, Recovery recovery,
            ScheduledExecutorService autosaveThread) {
        this(store, background, Platform::runLater, clock, recovery, autosaveThread, AUTOSAVE_DELAY);
    }

    /** The session's life on disk: file, lock, autosave, save state. */
    public SessionFile disk() {
        return disk;
    }

    /** Shows a session; {@code from} is its file, or null for one that was never saved. */
    public void open(Session s, Path from) {
        open(s, from, null, null);
    }

    /**
     * Shows a session. {@code from} is its file (null for one never saved under a name);
     * {@code unnamed} is its autosave file in the recovery folder when it was recovered;
     * {@code fileLock} (taken by the caller before the file was read) is held until another
     * session is opened or the window closes.
     */
    public void open(Session s, Path from, Path unnamed, SessionLock fileLock) {
        show(s, from, unnamed, fileLock, false);
    }

    /** A session just made (from the setup dialog): on disk, in the recovery folder, at once. */
    public void openNew(Session s) {
        show(s, null, null, null, true);
    }

    private void show(Session s, Path from, Path unnamed, SessionLock fileLock, boolean fresh) {
        history.clear();
        session.set(s);
        disk.open(s, from, unnamed, fileLock, fresh);
        selectExercise(s.exercises().isEmpty() ? null : s.exercises().get(0));
    }

    /** The session is left (start screen, another file, the window closes). */
    public void close() {
        disk.close();
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

    /** Selects the exercise and table with these ids, where they exist (after a crash). */
    public void selectByIds(String exerciseId, String groupId) {
        Session s = session.get();
        if (s == null || exerciseId == null) {
            return;
        }
        SessionEdits.exercise(s, exerciseId).ifPresent(e -> {
            selectExercise(e);
            if (groupId != null) {
                SessionEdits.group(e, groupId).ifPresent(this::selectGroup);
            }
        });
    }

    @Override
    public List<StepRun> runs(String exerciseId) {
        Session s = session.get();
        return s == null ? List.of() : SessionEdits.exercise(s, exerciseId).map(Exercise::run).orElse(List.of());
    }

    /**
     * Adds what the countdown recorded to the exercise's {@code run}; the undo of the timer action
     * that recorded it takes it back ({@link #timerAction}).
     */
    @Override
    public void appendRuns(String exerciseId, List<StepRun> runs) {
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

    @Override
    public void timerAction(String exerciseId, List<StepRun> runsBefore, Runnable restore, Runnable again) {
        record(cur -> SessionEdits.exercise(cur, exerciseId).isPresent()
                ? SessionEdits.withRuns(cur, exerciseId, runsBefore) : cur, restore, again,
                new UndoHistory.Where(exerciseId, null, UndoHistory.Kind.TIMER));
    }

    /** Adds a note to the selected table under the given step (null: no step); blank text is ignored. */
    public void addNote(String stepId, String text) {
        if (exercise.get() != null && group.get() != null) {
            addNote(exercise.get().id(), group.get().id(), stepId, text);
        }
    }

    /** The same at a table of the exercise with that id, selected or not (a draft kept at its table). */
    public void addNote(String exerciseId, String groupId, String stepId, String text) {
        Exercise e = session.get() == null ? null : SessionEdits.exercise(session.get(), exerciseId).orElse(null);
        Group g = e == null ? null : SessionEdits.group(e, groupId).orElse(null);
        if (g != null && text != null && !text.isBlank()) {
            List<Note> notes = new ArrayList<>(g.notes());
            notes.add(new Note(stepId, text.strip(), now(), Extras.NONE));
            changeGroupNotes(e, g, notes);
        }
    }

    /** Changes the text of the selected table's note at {@code index}; blank text deletes it. */
    public void editNote(int index, String text) {
        Group g = group.get();
        if (g == null || index < 0 || index >= g.notes().size()) {
            return;
        }
        if (text == null || text.isBlank()) {
            deleteNote(index);
            return;
        }
        Note old = g.notes().get(index);
        if (!old.text().equals(text.strip())) {
            replaceNote(index, new Note(old.stepId(), text.strip(), old.at(), old.extras()));
        }
    }

    /** Files the selected table's note at {@code index} under another step: one undoable action. */
    public void moveNote(int index, String stepId) {
        Group g = group.get();
        if (g == null || index < 0 || index >= g.notes().size()) {
            return;
        }
        Note old = g.notes().get(index);
        if (!java.util.Objects.equals(old.stepId(), stepId)) {
            replaceNote(index, new Note(stepId, old.text(), old.at(), old.extras()));
        }
    }

    private void replaceNote(int index, Note note) {
        List<Note> notes = new ArrayList<>(group.get().notes());
        notes.set(index, note);
        changeGroupNotes(exercise.get(), group.get(), notes);
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
        if (text != null && !text.isBlank()) {
            changeHarvest(promptIndex, -1, notes -> notes.add(new Note(null, text.strip(), now(), Extras.NONE)));
        }
    }

    public void editHarvestNote(int promptIndex, int index, String text) {
        if (text == null || text.isBlank()) {
            deleteHarvestNote(promptIndex, index);
        } else {
            changeHarvest(promptIndex, index, notes -> notes.set(index, notes.get(index).withText(text.strip())));
        }
    }

    public void deleteHarvestNote(int promptIndex, int index) {
        changeHarvest(promptIndex, index, notes -> notes.remove(index));
    }

    /** One undoable change of a harvest prompt's notes; {@code index} (unless -1) must name a note. */
    private void changeHarvest(int promptIndex, int index, Consumer<List<Note>> change) {
        Session s = session.get();
        if (s == null || promptIndex < 0 || promptIndex >= s.harvest().size()) {
            return;
        }
        List<Note> before = s.harvest().get(promptIndex).notes();
        if (index != -1 && (index < 0 || index >= before.size())) {
            return;
        }
        List<Note> notes = new ArrayList<>(before);
        change.accept(notes);
        record(cur -> SessionEdits.withHarvestNotes(cur, promptIndex, before), null, null,
                new UndoHistory.Where(null, null, UndoHistory.Kind.HARVEST));
        apply(SessionEdits.withHarvestNotes(s, promptIndex, notes));
    }

    /** Takes back the last change (note, plan, timer action) and shows the table it was at. */
    public void undo() {
        if (session.get() != null) {
            history.undo(undoTarget);
        }
    }

    /** Does again what the last undo took back (Ctrl+Y). */
    public void redo() {
        if (session.get() != null) {
            history.redo(undoTarget);
        }
    }

    private final UndoHistory.Target undoTarget = new UndoHistory.Target(session::get, this::apply, (e, g) -> {
        if (group.get() == null || !group.get().id().equals(g)) {
            selectByIds(e, g);
        }
    });

    /** What can be undone or done again, and what just was. */
    public UndoHistory history() {
        return history;
    }

    /** Selects the n-th table (0-based) of the exercise, if it has one. */
    public void selectGroupAt(int n) {
        Exercise e = exercise.get();
        if (e != null && n >= 0 && n < e.groups().size()) {
            selectGroup(e.groups().get(n));
        }
    }

    /** Moves the selection up or down the exercise's tables (Alt+↑ / Alt+↓). */
    public void selectNeighbourGroup(int delta) {
        Exercise e = exercise.get();
        Group g = group.get();
        if (e == null || e.groups().isEmpty()) {
            return;
        }
        int i = g == null ? -1 : e.groups().indexOf(g);
        selectGroupAt(Math.max(0, Math.min(e.groups().size() - 1, i + delta)));
    }

    private void record(UnaryOperator<Session> revert, Runnable after, Runnable again, UndoHistory.Where where) {
        history.record(new UndoHistory.Entry(revert, after, again, where));
    }

    /**
     * Replaces the session with an edited one (details, tables, exercises, minutes); undoable as
     * one step. The selection is kept where the ids still exist.
     */
    public void edit(Session edited) {
        edit(edited, null);
    }

    /** As {@link #edit(Session)}; {@code revert} (the harvest board's) takes it back from the session as it is then. */
    public void edit(Session edited, UnaryOperator<Session> revert) {
        Session before = session.get();
        if (before == null || edited.equals(before)) {
            return;
        }
        record(revert != null ? revert : cur -> before, null, null,
                new UndoHistory.Where(null, null, revert != null ? UndoHistory.Kind.BOARD : UndoHistory.Kind.PLAN));
        apply(edited);
        if (exercise.get() == null && !edited.exercises().isEmpty()) {
            selectExercise(edited.exercises().get(0));
        } else if (group.get() == null && exercise.get() != null && !exercise.get().groups().isEmpty()) {
            selectGroup(exercise.get().groups().get(0));
        }
    }

    /**
     * A change from the tables' room (a table's note, the room's state): shown and saved like any
     * change, but not on the facilitator's undo, which the tables' notes never join.
     */
    public void applyFromRoom(Session next) {
        if (session.get() != null && next != session.get()) {
            apply(next);
        }
    }

    /**
     * A version was restored into the open file ({@code stamp}: the file as the restore left it):
     * the session becomes what it holds, undoable as one change.
     */
    public void restored(Session s, Path file, dk.vaerksted.core.session.FileStamp stamp) {
        disk.written(file, stamp);
        edit(s);
    }

    private final SessionNotice notice = new SessionNotice();
    /** What was just done to the whole session, said in the view (a restored version). */
    public SessionNotice notice() {
        return notice;
    }

    private void changeGroupNotes(Exercise e, Group g, List<Note> notes) {
        List<Note> before = g.notes();
        record(cur -> SessionEdits.withGroupNotes(cur, e.id(), g.id(), before), null, null,
                new UndoHistory.Where(e.id(), g.id(), UndoHistory.Kind.NOTE));
        apply(SessionEdits.withGroupNotes(session.get(), e.id(), g.id(), notes));
    }

    /** Shows a changed session, keeping the selected exercise and table (by id), and saves it soon. */
    private void apply(Session next) {
        String exerciseId = exercise.get() == null ? null : exercise.get().id();
        String groupId = group.get() == null ? null : group.get().id();
        disk.changed(next);
        session.set(next);
        Exercise e = exerciseId == null ? null : SessionEdits.exercise(next, exerciseId).orElse(null);
        exercise.set(e);
        Group g = e == null || groupId == null ? null : SessionEdits.group(e, groupId).orElse(null);
        group.set(g);
        card.set(g == null || g.cardId() == null ? null : next.card(g.cardId()).orElse(null));
    }

    private String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The card number a table shows in the list ("07"), if it holds a card. */
    public Optional<String> cardNumber(Group g) {
        return Optional.ofNullable(session.get()).filter(s -> g.cardId() != null).flatMap(s -> s.card(g.cardId()))
                .map(c -> c.number() != null ? c.number() : c.title() != null ? c.title() : c.id());
    }

    /** Saves to {@code target} off the FX thread (becomes the file); on failure {@code onError} is told. */
    public void saveTo(Path target, Runnable onSaved, Consumer<Exception> onError) {
        Session s = session.get();
        if (s != null) {
            disk.saveTo(s, target, onSaved, onError);
        }
    }

    /** Writes any pending change now. */
    public void flush() {
        disk.flush();
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return disk.fileProperty();
    }

    public ReadOnlyObjectProperty<SessionFile.SaveState> saveStateProperty() {
        return disk.saveStateProperty();
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
}
