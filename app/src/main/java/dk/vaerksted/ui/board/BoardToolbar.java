package dk.vaerksted.ui.board;

import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Subscriptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Above the wall: back to the notes, what the wall shows (an exercise or the whole session; a
 * step, a table, a tag), the session's tags (*Mærker…*), a new theme; what the projector shows (nothing of the board, the board,
 * one theme at a time, the key points, the most used words, the vote) and whether it names the
 * tables; the vote (dots per table, open, close, reveal).
 */
final class BoardToolbar extends VBox {
    /** A choice in a filter: a label and the id it stands for (null: all). */
    record Choice(String id, String label) {}

    private final BoardViewModel model;
    private final Messages m;
    private final ComboBox<Choice> scope = combo("board-scope");
    private final ComboBox<Choice> step = combo("board-step");
    private final ComboBox<Choice> table = combo("board-table");
    private final ComboBox<Choice> tag = combo("board-tag");
    private final Label voteStatus = new Label();
    private final Button open = new Button();
    private final Button close = new Button();
    private final Button reveal = new Button();
    private final Spinner<Integer> dots = new Spinner<>(1, Board.MAX_DOTS, 3);
    private boolean filling;

    BoardToolbar(BoardViewModel model, Messages m, Subscriptions subs, Runnable back, Runnable newTheme,
            Runnable editTags) {
        this.model = model;
        this.m = m;
        getStyleClass().add("vk-board-toolbar");
        setPadding(new Insets(8, 12, 4, 12));
        setSpacing(6);

        Button backButton = new Button(m.get("board.back"));
        backButton.setId("board-back");
        backButton.setOnAction(e -> back.run());
        Label title = new Label(m.get("board.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Button theme = new Button(m.get("board.newTheme"));
        theme.setId("board-new-theme");
        theme.setOnAction(e -> newTheme.run());
        Button tags = new Button(m.get("board.editTags"));
        tags.setId("board-tags");
        tags.setFocusTraversable(false);
        tags.setTooltip(new javafx.scene.control.Tooltip(m.get("board.editTagsHint")));
        tags.setOnAction(e -> editTags.run());
        link(scope, model.exerciseProperty(), "board.scope");
        link(step, model.stepProperty(), "board.step");
        link(table, model.tableProperty(), "board.table");
        link(tag, model.tagProperty(), "board.tag");
        FlowPane filters = row(backButton, title, labelled("board.scope", scope), labelled("board.step", step),
                labelled("board.table", table), labelled("board.tag", tag), tags, theme);

        ToggleGroup shows = new ToggleGroup();
        FlowPane projector = row(new Label(m.get("board.projector")));
        for (BoardViewModel.Projection p : BoardViewModel.Projection.values()) {
            ToggleButton b = new ToggleButton(m.get("board.projection." + p.name()));
            b.setId("board-projection-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(shows);
            b.setFocusTraversable(false);
            b.setSelected(model.projectionProperty().get() == p);
            b.setOnAction(e -> model.projectionProperty().set(p));
            projector.getChildren().add(b);
        }
        subs.onChange(model.projectionProperty(), (o, a, p) -> shows.getToggles().forEach(t ->
                t.setSelected(((ToggleButton) t).getId().endsWith(p.name().toLowerCase(java.util.Locale.ROOT)))));
        Button previous = small("board-theme-previous", "◀", "board.previousTheme", () -> model.stepProjectedTheme(-1));
        Button next = small("board-theme-next", "▶", "board.nextTheme", () -> model.stepProjectedTheme(1));
        CheckBox tables = new CheckBox(m.get("board.showTables"));
        tables.setId("board-show-tables");
        tables.setFocusTraversable(false);
        tables.selectedProperty().bindBidirectional(model.showTablesProperty());
        projector.getChildren().addAll(previous, next, tables);

        dots.setId("board-vote-dots");
        dots.setPrefWidth(80);
        dots.getEditor().setAccessibleText(m.get("board.voteDots"));
        open.setId("board-vote-open");
        open.setText(m.get("board.voteOpen"));
        open.setOnAction(e -> model.openVotes(dots.getValue()));
        close.setId("board-vote-close");
        close.setText(m.get("board.voteClose"));
        close.setOnAction(e -> model.setVotesOpen(false));
        reveal.setId("board-vote-reveal");
        reveal.setOnAction(e -> model.reveal(model.board().votes() == null || !model.board().votes().revealed()));
        voteStatus.setId("board-vote-status");
        voteStatus.getStyleClass().add(Styles.MUTED);
        Label dotsLabel = new Label(m.get("board.voteDots"));
        dotsLabel.setLabelFor(dots);
        FlowPane votes = row(new Label(m.get("board.vote")), dotsLabel, dots, open, close, reveal, voteStatus);

        getChildren().addAll(filters, projector, votes);
        subs.onChange(model.columnsProperty(), (o, a, c) -> fill());
        subs.onChange(model.exerciseProperty(), (o, a, c) -> fill());
        subs.onChange(model.tagsProperty(), (o, a, c) -> fill());
        fill();
    }

    private static FlowPane row(javafx.scene.Node... nodes) {
        FlowPane p = new FlowPane(8, 6, nodes);
        p.setAlignment(Pos.CENTER_LEFT);
        return p;
    }

    private javafx.scene.layout.HBox labelled(String key, ComboBox<Choice> box) {
        Label l = new Label(m.get(key));
        l.setLabelFor(box);
        javafx.scene.layout.HBox h = new javafx.scene.layout.HBox(4, l, box);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private Button small(String id, String text, String key, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setAccessibleText(m.get(key));
        b.setTooltip(new javafx.scene.control.Tooltip(m.get(key)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ComboBox<Choice> combo(String id) {
        ComboBox<Choice> c = new ComboBox<>();
        c.setId(id);
        c.setCellFactory(v -> cell());
        c.setButtonCell(cell());
        c.setFocusTraversable(false);
        return c;
    }

    private static ListCell<Choice> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }

    private void link(ComboBox<Choice> box, ObjectProperty<String> property, String key) {
        box.setAccessibleText(m.get(key));
        box.valueProperty().addListener((o, a, c) -> {
            if (!filling && c != null && !Objects.equals(c.id(), property.get())) {
                property.set(c.id());
            }
        });
    }

    /** The filters' choices from the session as it is, and the vote's state. */
    private void fill() {
        Session s = model.session();
        if (s == null) {
            return;
        }
        filling = true;
        try {
            Map<String, String> exercises = new LinkedHashMap<>();
            s.exercises().forEach(e -> exercises.put(e.id(), e.title() == null ? e.id() : e.title()));
            set(scope, m.get("board.wholeSession"), exercises, model.exerciseProperty().get());
            Map<String, String> steps = new LinkedHashMap<>();
            Map<String, String> tables = new LinkedHashMap<>();
            for (Exercise e : s.exercises()) {
                if (model.exerciseProperty().get() == null || e.id().equals(model.exerciseProperty().get())) {
                    for (Step st : e.steps()) {
                        if (model.exerciseProperty().get() != null) {
                            steps.put(st.id(), st.title() == null ? st.id() : Emphasis.plain(st.title()));
                        }
                    }
                    for (Group g : e.groups()) {
                        tables.putIfAbsent(g.id(), g.displayName());
                    }
                }
            }
            set(step, m.get("board.allSteps"), steps, model.stepProperty().get());
            step.setDisable(steps.isEmpty());
            set(table, m.get("board.allTables"), tables, model.tableProperty().get());
            Map<String, String> tags = new LinkedHashMap<>();
            List<Board.Tag> inUse = model.tags();
            for (int i = 0; i < inUse.size(); i++) {
                tags.put(inUse.get(i).id(), (i < 9 ? (i + 1) + " · " : "") + inUse.get(i).name());
            }
            set(tag, m.get("board.allTags"), tags, model.tagProperty().get());
        } finally {
            filling = false;
        }
        Board.Votes v = model.board().votes();
        int tablesInScope = table.getItems().size() - 1;
        open.setDisable(model.columnsProperty().get().size() < 2 || (v != null && v.open()));
        close.setDisable(v == null || !v.open());
        reveal.setDisable(v == null);
        reveal.setText(m.get(v != null && v.revealed() ? "board.voteHide" : "board.voteReveal"));
        voteStatus.setText(v == null ? m.get("board.voteNone")
                : m.get(v.open() ? "board.voteOpenStatus" : "board.voteClosedStatus", v.tablesVoted(), tablesInScope,
                        v.dots()));
    }

    private static void set(ComboBox<Choice> box, String all, Map<String, String> items, String selected) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, all));
        items.forEach((id, label) -> choices.add(new Choice(id, label)));
        if (!box.getItems().equals(choices)) {
            box.getItems().setAll(choices);
        }
        Choice pick = choices.stream().filter(c -> Objects.equals(c.id(), selected)).findFirst().orElse(choices.get(0));
        if (!pick.equals(box.getValue())) {
            box.setValue(pick);
        }
    }
}
