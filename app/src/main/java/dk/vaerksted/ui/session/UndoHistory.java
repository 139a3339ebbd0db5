package dk.vaerksted.ui.session;

import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The session's one history of the facilitator's changes (notes, the harvest, the plan, timer
 * actions): taken back with Ctrl+Z, done again with Ctrl+Y, each with where it happened, so the
 * screen can show it and say what was undone.
 */
public final class UndoHistory {
    private static final int MAX = 200;

    /** What a change was about, and where: an exercise and table (either may be null). */
    public record Where(String exerciseId, String groupId, Kind kind) {}

    /** The kinds of change, for the message that says what was undone or done again. */
    public enum Kind { NOTE, HARVEST, PLAN, TIMER, BOARD }

    /**
     * One change: {@code revert} turns the session as it is into the session without the change,
     * then {@code after} puts back whatever else it touched (the countdown); {@code again} puts
     * that back as it was after the change.
     */
    record Entry(UnaryOperator<Session> revert, Runnable after, Runnable again, Where where) {}

    /**
     * A change just undone ({@code redone} false) or done again, for the screen to show; {@code
     * count} numbers them, so that two alike (a note undone at Bord 1, then another) are two
     * changes of {@link #lastProperty} and each is said.
     */
    public record Done(boolean redone, Where where, String groupName, long count) {}

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Done> last = new ReadOnlyObjectWrapper<>();
    private long done;

    /** A new change: it can be undone, and what was undone before can no longer be done again. */
    void record(Entry e) {
        push(undo, e);
        redo.clear();
        update();
    }

    /** The session the history works on: what it is, how a change is shown, where. */
    record Target(java.util.function.Supplier<Session> session, java.util.function.Consumer<Session> apply,
            java.util.function.BiConsumer<String, String> show) {}

    /** Takes back the last change; its mirror goes on the redo stack. */
    void undo(Target t) {
        Entry e = undo.poll();
        if (e != null) {
            Entry mirror = step(e, t);
            push(redo, mirror);
            update();
            last.set(new Done(false, mirror.where(), groupName(t.session().get(), mirror.where()), ++done));
        }
    }

    /** Does again what the last undo took back; its mirror goes back on the undo stack. */
    void redo(Target t) {
        Entry e = redo.poll();
        if (e != null) {
            Entry mirror = step(e, t);
            push(undo, mirror);
            update();
            last.set(new Done(true, mirror.where(), groupName(t.session().get(), mirror.where()), ++done));
        }
    }

    /** Applies one entry; returns its mirror (which takes this step back). */
    private static Entry step(Entry u, Target t) {
        Session s = t.session().get();
        // What the tables wrote meanwhile stays: undo takes back the facilitator's change only.
        Session back = SessionEdits.keepTableNotes(s, u.revert().apply(s));
        if (back != s) {
            t.apply().accept(back);
        }
        Where w = u.where();
        if (w.groupId() != null) {
            t.show().accept(w.exerciseId(), w.groupId()); // the change is shown where it was
        }
        if (u.after() != null) {
            u.after().run();
        }
        return new Entry(cur -> SessionEdits.keepTableNotes(cur, s), u.again(), u.after(), w);
    }

    /** The name of the table a change was at, or null. */
    static String groupName(Session s, Where w) {
        if (s == null || w.exerciseId() == null || w.groupId() == null) {
            return null;
        }
        return SessionEdits.exercise(s, w.exerciseId()).flatMap(e -> SessionEdits.group(e, w.groupId()))
                .map(dk.vaerksted.core.session.Group::name).orElse(null);
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private static void push(Deque<Entry> stack, Entry e) {
        stack.push(e);
        while (stack.size() > MAX) {
            stack.removeLast();
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The last change undone or done again (a new, unequal value each time). */
    public ReadOnlyObjectProperty<Done> lastProperty() {
        return last.getReadOnlyProperty();
    }
}
