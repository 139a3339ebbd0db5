package dk.vaerksted.ui.board;

import dk.vaerksted.core.board.BoardEdits;
import dk.vaerksted.core.board.TagEdits;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Session;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The harvest board as the facilitator works it: every note of an exercise or of the whole
 * session on one wall, filtered by step, table or tag; a column of notes not yet grouped, then one
 * per theme. Changes go through the session's one undo ({@code change}: the edited session and
 * what takes it back). The selection and the focused card are kept by key across changes; what
 * the projector shows is chosen here too. Views only bind.
 */
public final class BoardViewModel {
    /** What the room sees of the board. */
    public enum Projection { NONE, BOARD, THEME, KEY_POINTS, WORDS, VOTES }

    /**
     * A note on the wall.
     *
     * @param table the table's name, or null for a note without one (a harvest note typed by the facilitator)
     * @param where the step's title, or the harvest prompt
     */
    public record Card(String key, String text, String table, String where, List<Board.Tag> tags, boolean starred,
            String themeId) {}

    /**
     * A column: the notes not grouped ({@code theme} null), or a theme's.
     *
     * @param dots the theme's dots when the vote's results are shown, else -1
     */
    public record Column(Board.Theme theme, List<Card> cards, int dots) {
        public String id() {
            return theme == null ? null : theme.id();
        }
    }

    private final ReadOnlyObjectProperty<Session> session;
    private final BiConsumer<Session, UnaryOperator<Session>> change;
    private final BoardEdits edits;
    private final TagEdits tagEdits;

    private final ObjectProperty<String> exercise = new SimpleObjectProperty<>();
    private final ObjectProperty<String> step = new SimpleObjectProperty<>();
    private final ObjectProperty<String> table = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<Column>> columns = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Set<String>> selection = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<String> focus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Board.Tag>> tagList = new ReadOnlyObjectWrapper<>(Board.DEFAULT_TAGS);
    private final ObjectProperty<Projection> projection = new SimpleObjectProperty<>(Projection.NONE);
    private final IntegerProperty projectedTheme = new SimpleIntegerProperty(0);
    private final BooleanProperty showTables = new SimpleBooleanProperty(false);
    private final javafx.beans.InvalidationListener onSession = x -> refresh();
    /** Where each card is now: column, row. */
    private Map<String, int[]> places = Map.of();

    /**
     * @param session the session as it is now
     * @param change  makes an edited session the session, undoable with the given revert
     */
    public BoardViewModel(ReadOnlyObjectProperty<Session> session, BiConsumer<Session, UnaryOperator<Session>> change,
            BoardEdits edits) {
        this.session = session;
        this.change = change;
        this.edits = edits;
        this.tagEdits = new TagEdits(edits);
        session.addListener(onSession);
        for (ObservableValue<?> o : List.of(exercise, step, table, tag)) {
            o.addListener(x -> refresh());
        }
        exercise.addListener((o, a, b) -> step.set(null));
        refresh();
    }

    /** The board is gone: it no longer follows the session. */
    public void dispose() {
        session.removeListener(onSession);
    }

    // ---- filters and the wall ---------------------------------------------------------------

    /** The exercise on the wall, or null for the whole session. */
    public ObjectProperty<String> exerciseProperty() {
        return exercise;
    }

    /** Only notes of this step (of the exercise on the wall), or null for all. */
    public ObjectProperty<String> stepProperty() {
        return step;
    }

    /** Only this table's notes (a group id), or null for all. */
    public ObjectProperty<String> tableProperty() {
        return table;
    }

    /** Only notes with this tag, or null for all. */
    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ReadOnlyObjectProperty<List<Column>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public Session session() {
        return session.get();
    }

    public Board board() {
        Session s = session.get();
        return s == null ? Board.EMPTY : Board.of(s);
    }

    /** The tags in use, in order: the keys 1, 2, 3 … toggle them. */
    public List<Board.Tag> tags() {
        return tagList.get();
    }

    /** The tags in use, changing when the session's tags change (made, renamed, moved, removed, undone). */
    public ReadOnlyObjectProperty<List<Board.Tag>> tagsProperty() {
        return tagList.getReadOnlyProperty();
    }

    /** Rebuilds the wall from the session and the filters. */
    private void refresh() {
        Session s = session.get();
        List<Board.Tag> inUse = s == null ? Board.DEFAULT_TAGS : Board.of(s).tagsInUse();
        if (!inUse.equals(tagList.get())) {
            tagList.set(inUse);
        }
        if (tag.get() != null && inUse.stream().noneMatch(t -> t.id().equals(tag.get()))) {
            tag.set(null); // the tag filtered by is gone: all notes again (the listener refreshes)
            return;
        }
        List<Column> out = s == null ? List.of()
                : BoardWall.columns(s, exercise.get(), step.get(), table.get(), tag.get());
        Map<String, int[]> at = new HashMap<>();
        for (int c = 0; c < out.size(); c++) {
            List<Card> cards = out.get(c).cards();
            for (int r = 0; r < cards.size(); r++) {
                at.put(cards.get(r).key(), new int[] {c, r});
            }
        }
        places = at;
        columns.set(out);
        Set<String> kept = new LinkedHashSet<>(selection.get());
        kept.retainAll(at.keySet());
        if (!kept.equals(selection.get())) {
            selection.set(Set.copyOf(kept));
        }
        if (focus.get() != null && !at.containsKey(focus.get())) {
            focus.set(null);
        }
    }

    // ---- selection and focus ----------------------------------------------------------------

    public ReadOnlyObjectProperty<Set<String>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** A click: the card alone, or added to (taken from) the selection with Ctrl. */
    public void select(String key, boolean additive) {
        Set<String> next = new LinkedHashSet<>(additive ? selection.get() : Set.of());
        if (additive && next.contains(key)) {
            next.remove(key);
        } else {
            next.add(key);
        }
        selection.set(Set.copyOf(next));
        focus.set(key);
    }

    /** Space: the focused card into the selection, or out of it. */
    public void toggleFocused() {
        if (focus.get() != null) {
            select(focus.get(), true);
        }
    }

    public void clearSelection() {
        selection.set(Set.of());
    }

    public void focus(String key) {
        focus.set(places.containsKey(key) ? key : null);
    }

    /** Arrow keys: the next card up or down its column, or across to the neighbouring columns. */
    public void moveFocus(int dx, int dy) {
        List<Column> cols = columns.get();
        if (cols.isEmpty()) {
            return;
        }
        int[] at = focus.get() == null ? null : places.get(focus.get());
        if (at == null) {
            cols.stream().flatMap(c -> c.cards().stream()).findFirst().ifPresent(c -> focus.set(c.key()));
            return;
        }
        int c = at[0];
        int r = at[1] + dy;
        if (dx != 0) {
            int step = Integer.signum(dx);
            for (c = at[0] + step; c >= 0 && c < cols.size() && cols.get(c).cards().isEmpty(); c += step) {
                // skip empty columns
            }
            if (c < 0 || c >= cols.size()) {
                return;
            }
            r = Math.min(at[1], cols.get(c).cards().size() - 1);
        }
        List<Card> cards = cols.get(c).cards();
        if (r >= 0 && r < cards.size()) {
            focus.set(cards.get(r).key());
        }
    }

    /** What a command acts on: the selection, or else the focused card. */
    public List<String> targets() {
        if (!selection.get().isEmpty()) {
            return List.copyOf(selection.get());
        }
        return focus.get() == null ? List.of() : List.of(focus.get());
    }

    // ---- changes ----------------------------------------------------------------------------

    private void apply(BoardEdits.Result r) {
        apply(r.session(), r.renamed());
    }

    private void apply(Session next, Map<String, String> renamed) {
        Session before = session.get();
        if (before == null || next == before) {
            return;
        }
        if (!renamed.isEmpty()) {
            Set<String> sel = new LinkedHashSet<>();
            selection.get().forEach(k -> sel.add(renamed.getOrDefault(k, k)));
            selection.set(Set.copyOf(sel));
            if (focus.get() != null) {
                focus.set(renamed.getOrDefault(focus.get(), focus.get()));
            }
        }
        change.accept(next, BoardEdits.revert(before, next));
    }

    /** A change that gives no note an id. */
    private void edit(UnaryOperator<Session> change) {
        Session s = session.get();
        if (s != null) {
            apply(change.apply(s), Map.of());
        }
    }

    /** Drag or keyboard: the notes into a theme (null: out of any theme). */
    public void group(Collection<String> keys, String themeId) {
        Session s = session.get();
        if (s != null && !keys.isEmpty()) {
            apply(edits.setTheme(s, keys, themeId));
        }
    }

    /** The notes into a new theme named {@code name}; returns the theme's id. */
    public String newTheme(String name, Collection<String> keys) {
        Session s = session.get();
        if (s == null) {
            return null;
        }
        BoardEdits.Result r = edits.newTheme(s, name, exercise.get(), keys);
        apply(r);
        return r.themeId();
    }

    /** Ctrl+← / Ctrl+→: the selected (or focused) notes into the neighbouring column. */
    public void moveToNeighbour(int delta) {
        List<String> keys = targets();
        int[] at = keys.isEmpty() ? null : places.get(focus.get() != null ? focus.get() : keys.get(0));
        if (at == null) {
            return;
        }
        int target = at[0] + delta;
        List<Column> cols = columns.get();
        if (target >= 0 && target < cols.size()) {
            group(keys, cols.get(target).id());
        }
    }

    /** 1…9: the n-th tag (1-based) on the selected notes, or off when they all have it. */
    public void toggleTag(int n) {
        List<Board.Tag> tags = tags();
        Session s = session.get();
        if (s != null && n >= 1 && n <= tags.size() && !targets().isEmpty()) {
            apply(edits.toggleTag(s, targets(), tags.get(n - 1).id()));
        }
    }

    /** S or *: the selected notes starred as key points, or the stars taken away. */
    public void toggleKey() {
        Session s = session.get();
        if (s != null && !targets().isEmpty()) {
            apply(edits.toggleKey(s, targets()));
        }
    }

    public void renameTheme(String themeId, String name) {
        edit(s -> edits.renameTheme(s, themeId, name));
    }

    public void toggleThemeKey(String themeId) {
        edit(s -> edits.toggleThemeKey(s, themeId));
    }

    public void moveTheme(String themeId, int delta) {
        edit(s -> edits.moveTheme(s, themeId, delta));
    }

    /**
     * The session's tags become {@code wanted} (a {@link TagEditor}'s result; null: the four), one
     * change the undo takes back; tags no longer there come off the notes.
     */
    public void setTags(List<Board.Tag> wanted) {
        Session s = session.get();
        if (s != null) {
            TagEdits.Edit e = tagEdits.set(s, wanted);
            change.accept(e.session(), e.undo());
        }
    }

    public void deleteTheme(String themeId) {
        Session s = session.get();
        if (s != null) {
            apply(edits.deleteTheme(s, themeId));
        }
    }

    // ---- the vote ---------------------------------------------------------------------------

    /** Opens a vote on the themes on the wall, {@code dots} per table; results hidden. */
    public void openVotes(int dots) {
        Session s = session.get();
        List<String> themes = columns.get().stream().filter(c -> c.theme() != null).map(Column::id).toList();
        if (s != null && !themes.isEmpty()) {
            apply(edits.openVotes(s, dots, themes), Map.of());
        }
    }

    public void setVotesOpen(boolean open) {
        edit(s -> edits.setVotesOpen(s, open));
    }

    public void reveal(boolean revealed) {
        edit(s -> edits.reveal(s, revealed));
    }

    // ---- the projector ----------------------------------------------------------------------

    public ObjectProperty<Projection> projectionProperty() {
        return projection;
    }

    /** In {@link Projection#THEME}: which theme (0-based among the themes on the wall). */
    public IntegerProperty projectedThemeProperty() {
        return projectedTheme;
    }

    /** Whether the projector names the table of each note. */
    public BooleanProperty showTablesProperty() {
        return showTables;
    }

    /** The next or previous theme on the projector (and the projector to one theme at a time). */
    public void stepProjectedTheme(int delta) {
        long themes = columns.get().stream().filter(c -> c.theme() != null).count();
        if (themes == 0) {
            return;
        }
        projection.set(Projection.THEME);
        projectedTheme.set((int) Math.floorMod(projectedTheme.get() + delta, themes));
    }

    /** The theme the projector shows in {@link Projection#THEME}, or null. */
    public Column projectedColumn() {
        List<Column> themes = columns.get().stream().filter(c -> c.theme() != null).toList();
        if (themes.isEmpty()) {
            return null;
        }
        return themes.get(Math.min(Math.max(0, projectedTheme.get()), themes.size() - 1));
    }

    /** The key points on the wall: starred themes, then starred notes. */
    public List<String> keyPoints() {
        return BoardWall.keyPoints(columns.get());
    }
}
