package dk.vaerksted.ui.board;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.ui.KeyboardModel;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Subscriptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The harvest board (*Høst*): the wall of columns — the notes not grouped yet, then one per
 * theme — with the filters and the projector's choices above it ({@link BoardToolbar}). Notes are
 * grouped by dragging them onto a column or from the keyboard:
 *
 * <ul>
 *   <li>arrows move between cards, Space selects (a click selects one, Ctrl+click adds);</li>
 *   <li>N makes a new theme of the selected (or focused) notes and asks its name; F2 renames the
 *       focused note's theme;</li>
 *   <li>Ctrl+← / Ctrl+→ move the notes to the neighbouring column; Delete takes them out of
 *       their theme;</li>
 *   <li>1–9 toggle the tags in order (1 Lytte, 2 Løse, 3 Lære, 4 Lede by default; M or
 *       *Mærker…* makes the session's own, {@link TagsDialog}); S or * stars them as key points;
 *       Esc clears the selection; Ctrl+Z undoes, like everywhere.</li>
 * </ul>
 *
 * The board keeps the keys it is given ({@link KeyboardModel#OWN_KEYS}): typing here never goes
 * into the note field.
 */
public final class BoardView extends BorderPane {
    private final BoardViewModel model;
    private final Messages m;
    private final Subscriptions subs = new Subscriptions();
    private final HBox wall = new HBox(12);
    private final ScrollPane scroll = new ScrollPane(wall);
    private final Map<String, ThemeColumn> views = new HashMap<>();
    private final BoardDrag drag;
    private final Label empty = new Label();
    private final BoardToolbar toolbar;

    public BoardView(BoardViewModel model, Messages m, Runnable back) {
        this.model = model;
        this.m = m;
        setId("board-view");
        getStyleClass().add("vk-board");
        getProperties().put(KeyboardModel.OWN_KEYS, Boolean.TRUE);
        drag = new BoardDrag(this::focusWall, BoardDrag.of(this::columnAt,
                () -> views.values().forEach(v -> v.markTarget(false)),
                (x, y) -> newThemeDrop != null && contains(newThemeDrop, x, y),
                keys -> editThemeLater(model.newTheme(nextThemeName(), keys)), model::group));
        toolbar = new BoardToolbar(model, m, subs, back, this::newThemeFromTargets, this::editTags);

        wall.setId("board-wall");
        wall.setFocusTraversable(true);
        wall.setPadding(new Insets(12));
        wall.setAlignment(Pos.TOP_LEFT);
        wall.getStyleClass().add("vk-board-wall");
        wall.setAccessibleText(m.get("board.wallLabel"));
        scroll.setFitToHeight(true);
        scroll.setId("board-scroll");
        scroll.setFocusTraversable(false);
        wall.setOnMouseClicked(e -> focusWall());
        wall.addEventHandler(KeyEvent.KEY_PRESSED, this::key);

        Button newTheme = new Button(m.get("board.newThemeDrop"));
        newTheme.setId("board-new-theme-drop");
        newTheme.getStyleClass().add("vk-board-new-column");
        newTheme.setFocusTraversable(false);
        newTheme.setPrefWidth(ThemeColumn.WIDTH * 0.6);
        newTheme.setMaxHeight(Double.MAX_VALUE);
        newTheme.setOnAction(e -> newThemeFromTargets());
        this.newThemeDrop = newTheme;

        Label hint = new Label();
        hint.setId("board-keys");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.get("board.keys", BoardText.tagKeys(model.tags(), m)), model.tagsProperty()));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        empty.setId("board-empty");
        empty.getStyleClass().add(Styles.MUTED);
        VBox bottom = new VBox(4, empty, hint);
        bottom.setPadding(new Insets(6, 12, 10, 12));

        setTop(toolbar);
        setCenter(scroll);
        setBottom(bottom);
        subs.onChange(model.columnsProperty(), (o, a, c) -> showColumns(c));
        subs.onChange(model.selectionProperty(), (o, a, s) -> restyle());
        subs.onChange(model.focusProperty(), (o, a, f) -> {
            restyle();
            if (f != null) {
                views.values().stream().filter(v -> v.reveal(f)).findFirst().ifPresent(this::scrollTo);
            }
        });
        showColumns(model.columnsProperty().get());
    }

    private Button newThemeDrop;

    /** Shows the columns, reusing each column's view (by theme) so a regroup redraws little. */
    private void showColumns(List<BoardViewModel.Column> columns) {
        List<Node> children = new ArrayList<>();
        Map<String, ThemeColumn> keep = new HashMap<>();
        for (BoardViewModel.Column c : columns) {
            String k = ThemeColumn.keyOf(c);
            ThemeColumn v = views.get(k);
            if (v == null) {
                v = new ThemeColumn(model, m, drag);
                v.setAfterEditing(this::focusWall);
            }
            v.show(c);
            keep.put(k, v);
            children.add(v);
        }
        views.clear();
        views.putAll(keep);
        children.add(newThemeDrop);
        if (!wall.getChildren().equals(children)) {
            wall.getChildren().setAll(children);
        }
        int notes = columns.stream().mapToInt(c -> c.cards().size()).sum();
        empty.setText(notes == 0 ? m.get("board.none") : m.get("board.count", notes));
    }

    /** The column under a point of the scene, or null. */
    private ThemeColumn columnAt(double x, double y) {
        for (ThemeColumn v : views.values()) {
            if (contains(v, x, y)) {
                return v;
            }
        }
        return null;
    }

    private static boolean contains(Node n, double x, double y) {
        return n.getScene() != null && n.localToScene(n.getBoundsInLocal()).contains(x, y);
    }

    private void restyle() {
        views.values().forEach(ThemeColumn::restyle);
    }

    /** The keyboard on the wall: where the board's keys work. */
    public void focusWall() {
        wall.requestFocus();
    }

    private void key(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean ctrl = e.isShortcutDown();
        if (ctrl && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            model.moveToNeighbour(code == KeyCode.LEFT ? -1 : 1);
        } else if (ctrl && (code == KeyCode.PAGE_DOWN || code == KeyCode.PAGE_UP)) {
            model.stepProjectedTheme(code == KeyCode.PAGE_DOWN ? 1 : -1);
        } else if (ctrl || e.isAltDown() || e.isMetaDown()) {
            return;
        } else if (KeyboardModel.digit(code) > 0) {
            model.toggleTag(KeyboardModel.digit(code));
        } else if (code == KeyCode.S || code == KeyCode.MULTIPLY || "*".equals(e.getText())) {
            model.toggleKey();
        } else if (code == KeyCode.N) {
            newThemeFromTargets();
        } else if (code == KeyCode.M) {
            editTags();
        } else if (code == KeyCode.F2) {
            renameFocusedTheme();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            model.group(model.targets(), null);
        } else if (code == KeyCode.SPACE) {
            if (model.focusProperty().get() == null) {
                model.moveFocus(0, 0);
            }
            model.toggleFocused();
        } else if (code == KeyCode.ESCAPE) {
            model.clearSelection();
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            model.moveFocus(0, code == KeyCode.UP ? -1 : 1);
        } else if (code == KeyCode.LEFT || code == KeyCode.RIGHT) {
            model.moveFocus(code == KeyCode.LEFT ? -1 : 1, 0);
        } else {
            return;
        }
        e.consume();
    }

    /** N or the button: a theme of the selected (or focused) notes, named at once. */
    void newThemeFromTargets() {
        editThemeLater(model.newTheme(nextThemeName(), model.targets()));
        model.clearSelection();
    }

    /** *Mærker…* or M: the session's tags in a dialog; *Anvend* changes them as one undoable change. */
    void editTags() {
        TagsDialog dialog = new TagsDialog(model.session(), m);
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().ifPresent(model::setTags);
        focusWall();
    }

    private String nextThemeName() {
        long themes = model.columnsProperty().get().stream().filter(c -> c.theme() != null).count();
        return m.get("board.themeN", themes + 1);
    }

    private void editThemeLater(String themeId) {
        ThemeColumn v = themeId == null ? null : views.get(themeId);
        if (v != null) {
            scrollTo(v);
            v.startEditing();
        }
    }

    private void renameFocusedTheme() {
        String f = model.focusProperty().get();
        for (BoardViewModel.Column c : model.columnsProperty().get()) {
            if (c.theme() != null && c.cards().stream().anyMatch(x -> x.key().equals(f))) {
                editThemeLater(c.id());
                return;
            }
        }
    }

    /** Scrolls the wall sideways, as little as it takes, so the whole column is on screen. */
    private void scrollTo(Node column) {
        scroll.applyCss();
        scroll.layout();
        double content = wall.getWidth();
        double view = scroll.getViewportBounds().getWidth();
        if (content <= view) {
            return;
        }
        double left = scroll.getHvalue() * (content - view);
        javafx.geometry.Bounds b = column.getBoundsInParent();
        double x = left;
        if (b.getMinX() < left) {
            x = b.getMinX();
        } else if (b.getMaxX() > left + view) {
            x = b.getMaxX() - view;
        }
        scroll.setHvalue(Math.max(0, Math.min(1, x / (content - view))));
    }

    /** The board is left for good: it stops listening to the models. */
    public void dispose() {
        subs.dispose();
    }
}
