package dk.vaerksted.ui.board;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Board;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One column of the wall: the notes not grouped yet, or a theme with its name (F2 or a double
 * click renames it), its star, its place among the themes, how many notes it holds and, once
 * revealed, its dots ("3 noter · 6 prikker"). The notes are a virtualised list, so a column of a
 * thousand notes costs what is on screen. A column takes the notes dragged onto it.
 */
final class ThemeColumn extends VBox {
    static final double WIDTH = 300;
    /** A card's height: four lines of a note, where it is from, its tags. */
    static final double CELL_HEIGHT = 132;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("chosen");
    private static final PseudoClass FOCUSED_CARD = PseudoClass.getPseudoClass("focus-card");
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("drop-target");

    private final BoardViewModel model;
    private final Messages m;
    private final Label name = new Label();
    private final TextField editor = new TextField();
    private final Label dots = new Label();
    private final Label count = new Label();
    private final Button star = new Button();
    /** The theme's star and its name (or the field that renames it), the name wrapping. */
    private final HBox title = new HBox(4);
    /** How many notes, the dots, and the buttons that move or delete the theme. */
    private final HBox header = new HBox(4);
    private final List<Button> themeButtons;
    private final ListView<BoardViewModel.Card> list = new ListView<>();
    private BoardViewModel.Column column;

    /** @param drag what is being dragged now (a card starts it, a column takes it on a drop) */
    ThemeColumn(BoardViewModel model, Messages m, BoardDrag drag) {
        this.model = model;
        this.m = m;
        getStyleClass().add("vk-board-column");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        name.getStyleClass().add("vk-board-theme-name");
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(editor, Priority.ALWAYS);
        editor.getStyleClass().add("vk-board-theme-editor");
        editor.setOnAction(e -> finishEditing(true));
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                finishEditing(false);
            }
        });
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now && title.getChildren().contains(editor)) {
                finishEditing(true);
            }
        });
        star.getStyleClass().addAll("flat", "vk-board-star-button");
        star.setFocusTraversable(false);
        star.setOnAction(e -> model.toggleThemeKey(column.id()));
        Button left = small("◀", "board.themeLeft", () -> model.moveTheme(column.id(), -1));
        Button right = small("▶", "board.themeRight", () -> model.moveTheme(column.id(), 1));
        Button delete = small("✕", "board.themeDelete", () -> model.deleteTheme(column.id()));
        dots.getStyleClass().add("vk-board-dots");
        count.getStyleClass().addAll("vk-muted", "vk-board-count");
        themeButtons = List.of(left, right, delete);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        title.getChildren().addAll(star, name);
        title.setAlignment(Pos.TOP_LEFT);
        header.getChildren().addAll(count, dots, gap, left, right, delete);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("vk-board-column-header");
        name.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && column.theme() != null) {
                startEditing();
            }
        });
        list.getStyleClass().add("vk-board-list");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new CardCell(drag));
        list.setSelectionModel(new NoSelection<>());
        // Cards of one height (long notes end in "…", whole in the tooltip, read out whole): the list
        // then lays out what is on screen only, so a regroup of a thousand notes stays within a frame.
        list.setFixedCellSize(CELL_HEIGHT);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, header, list);
    }

    /** Marks the column as where a drag would drop its notes. */
    void markTarget(boolean on) {
        pseudoClassStateChanged(TARGET, on);
    }

    private Button small(String text, String key, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("flat", "small");
        b.setFocusTraversable(false);
        b.setAccessibleText(m.get(key));
        b.setTooltip(new javafx.scene.control.Tooltip(m.get(key)));
        b.setOnAction(e -> action.run());
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }

    /** Shows a column; the list is replaced only when its cards changed. */
    void show(BoardViewModel.Column c) {
        this.column = c;
        Board.Theme t = c.theme();
        boolean theme = t != null;
        setId(theme ? "board-column-" + t.id() : "board-column-ungrouped");
        String title = !theme ? m.get("board.ungrouped") : t.name().isBlank() ? m.get("board.unnamed") : t.name();
        name.setText(title);
        star.setText(theme && t.key() ? "★" : "☆");
        star.setAccessibleText(m.get(theme && t.key() ? "board.themeUnstar" : "board.themeStar"));
        star.setVisible(theme);
        star.setManaged(theme);
        themeButtons.forEach(b -> b.setVisible(theme));
        count.setText(m.get("board.notes", c.cards().size()));
        dots.setText(c.dots() < 0 ? "" : m.get("board.columnDots", c.dots()));
        dots.setVisible(c.dots() >= 0);
        if (!list.getItems().equals(c.cards())) {
            list.getItems().setAll(c.cards());
        }
    }

    /** The selection or focus changed: the cards on screen show it. */
    void restyle() {
        list.refresh();
    }

    /** Scrolls the card with this key into view, if it is in this column; whether it is. */
    boolean reveal(String key) {
        List<BoardViewModel.Card> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                list.scrollTo(Math.max(0, i - 2));
                return true;
            }
        }
        return false;
    }

    String themeId() {
        return column == null ? null : column.id();
    }

    /** F2 / double click / a new theme: the name becomes a field, Enter keeps it, Esc does not. */
    void startEditing() {
        if (column == null || column.theme() == null) {
            return;
        }
        editor.setText(column.theme().name());
        editor.setAccessibleText(m.get("board.themeName"));
        editor.setId("board-theme-editor");
        title.getChildren().set(title.getChildren().indexOf(name), editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private Runnable afterEditing = () -> { };

    void setAfterEditing(Runnable r) {
        afterEditing = r;
    }

    private void finishEditing(boolean keep) {
        int i = title.getChildren().indexOf(editor);
        if (i < 0) {
            return;
        }
        title.getChildren().set(i, name);
        if (keep && column != null && column.theme() != null && !editor.getText().strip().equals(column.theme().name())) {
            model.renameTheme(column.id(), editor.getText());
        }
        afterEditing.run();
    }

    /** A note in the list: its text, where it comes from, its tags as words, its star. */
    private final class CardCell extends ListCell<BoardViewModel.Card> {
        private final VBox box = new VBox(4);
        private final Label text = new Label();
        private final Label meta = new Label();
        private final FlowPane tags = new FlowPane(4, 4);
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        /** The press that ended was a drag, not a click. */
        private boolean dragged;

        CardCell(BoardDrag drag) {
            getStyleClass().add("vk-board-cell");
            box.getStyleClass().add("vk-board-card");
            text.setWrapText(true);
            text.setMaxHeight(CELL_HEIGHT - 58);
            text.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            text.getStyleClass().add("vk-board-card-text");
            meta.getStyleClass().addAll("vk-muted", "vk-board-card-meta");
            meta.setWrapText(true);
            box.getChildren().addAll(text, meta, tags);
            box.setMaxWidth(WIDTH - 36);
            box.setPrefHeight(CELL_HEIGHT - 8);
            box.setMaxHeight(CELL_HEIGHT - 8);
            text.setMaxWidth(WIDTH - 52);
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (dragged) {
                    dragged = false;
                } else if (getItem() != null) {
                    model.select(getItem().key(), e.isShortcutDown() || e.isShiftDown());
                    drag.focusWall();
                }
            });
            setOnMousePressed(e -> {
                if (getItem() != null) {
                    Set<String> selected = model.selectionProperty().get();
                    drag.pressed(selected.contains(getItem().key()) ? List.copyOf(selected)
                            : List.of(getItem().key()), e.getSceneX(), e.getSceneY());
                }
            });
            setOnMouseDragged(e -> {
                drag.dragged(e.getSceneX(), e.getSceneY());
                e.consume();
            });
            setOnMouseReleased(e -> {
                if (drag.released(e.getSceneX(), e.getSceneY())) {
                    dragged = true;
                }
            });
        }

        @Override
        protected void updateItem(BoardViewModel.Card c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                setAccessibleText(null);
                pseudoClassStateChanged(SELECTED, false);
                pseudoClassStateChanged(FOCUSED_CARD, false);
                return;
            }
            text.setText((c.starred() ? "★ " : "") + c.text());
            tip.setText(c.text());
            String where = BoardText.where(c, m);
            meta.setText(where);
            meta.setVisible(!where.isEmpty());
            meta.setManaged(!where.isEmpty());
            tags.getChildren().clear();
            for (Board.Tag t : c.tags()) {
                Label l = new Label(t.name());
                l.getStyleClass().addAll("vk-tag", "vk-tag-" + BoardText.tagIndex(model.tags(), t));
                tags.getChildren().add(l);
            }
            setGraphic(box);
            setTooltip(tip);
            setAccessibleText(BoardText.spoken(c, m));
            pseudoClassStateChanged(SELECTED, model.selectionProperty().get().contains(c.key()));
            pseudoClassStateChanged(FOCUSED_CARD, c.key().equals(model.focusProperty().get()));
        }
    }

    /** The card's cell height is unknown until laid out; a column has a floor so it can take drops. */
    @Override
    protected double computeMinHeight(double width) {
        return Math.max(super.computeMinHeight(width), 160);
    }

    /** Used by the view to tell columns apart when the wall is rebuilt. */
    static String keyOf(BoardViewModel.Column c) {
        return c.theme() == null ? "" : c.theme().id();
    }
}
