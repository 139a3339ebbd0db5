package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.ui.Cells;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Subscriptions;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The left column: the session's exercises, then its tables — each with its card number and how
 * many notes it has — and a field to jump to a table by number or name (Ctrl+G). The selected
 * table is always scrolled into view.
 */
final class TableList extends VBox {
    private final SessionViewModel model;
    private final Messages m;
    private final ListView<Exercise> exercises = new ListView<>();
    private final ListView<Group> tables = new ListView<>();
    private final TextField jump = new TextField();
    private final Label jumpProblem = new Label();
    private Runnable afterJump = () -> { };
    private java.util.function.Predicate<Group> hasDraft = g -> false;
    /** The selected table is brought into view after the list's next layout (rebuilt, restyled, resized). */
    private boolean revealPending;

    TableList(SessionViewModel model, Messages m, Subscriptions subs) {
        super(8);
        this.model = model;
        this.m = m;
        exercises.setId("exercise-list");
        exercises.setAccessibleText(m.get("session.exercises"));
        exercises.setCellFactory(v -> Cells.text(e -> e.title() == null ? e.id() : e.title(), true));
        exercises.setPrefHeight(150);
        tables.setId("group-list");
        tables.setAccessibleText(m.get("session.groups"));
        tables.setCellFactory(v -> new TableCell());
        jump.setId("table-jump");
        jump.setPromptText(m.get("session.jumpPrompt"));
        jump.setAccessibleText(m.get("session.jumpPrompt"));
        jump.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                jumpTo(jump.getText());
            }
        });
        NoteEntry.setOnEscape(jump, () -> {
            jump.clear();
            jumpProblem.setText("");
            afterJump.run();
        });
        jumpProblem.setId("table-jump-problem");
        jumpProblem.getStyleClass().add(Styles.MUTED);
        jumpProblem.setWrapText(true);
        jumpProblem.setMinHeight(Region.USE_PREF_SIZE); // the whole sentence, never cut off
        jumpProblem.managedProperty().bind(jumpProblem.textProperty().isNotEmpty());
        getChildren().addAll(section("session.exercises"), exercises, section("session.groups"), jump, jumpProblem,
                tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        setPadding(new Insets(0, 0, 16, 24));
        setPrefWidth(300);
        setMinWidth(220);

        exercises.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && (model.exerciseProperty().get() == null || !e.id().equals(model.exerciseProperty().get().id()))) {
                model.selectExercise(e);
            }
        });
        tables.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null && !g.equals(model.groupProperty().get())) {
                model.selectGroup(g);
            }
        });
        subs.onChange(model.sessionProperty(), (o, a, s) -> showExercises());
        subs.onChange(model.exerciseProperty(), (o, a, e) -> showTables());
        subs.onChange(model.groupProperty(), (o, a, g) -> selectTable(g));
        tables.heightProperty().addListener(o -> revealSelected());
        Runnable afterLayout = this::revealIfPending;
        tables.sceneProperty().addListener((o, a, scene) -> {
            if (a != null) {
                a.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
                revealSelected();
            }
        });
        showExercises();
    }

    /** Which tables hold a note not yet added (marked in the list). */
    void setHasDraft(java.util.function.Predicate<Group> hasDraft) {
        this.hasDraft = hasDraft;
    }

    /** The drafts changed: the marks follow. */
    void refreshDrafts() {
        for (javafx.scene.Node n : tables.lookupAll(".list-cell")) {
            if (n instanceof TableCell c) {
                c.showDraft();
            }
        }
    }

    /** The selected table comes into view once the list is laid out (its rows may have changed size). */
    private void revealSelected() {
        revealPending = true;
    }

    private void revealIfPending() {
        int i = tables.getSelectionModel().getSelectedIndex();
        if (!revealPending || i < 0) {
            return;
        }
        revealPending = false;
        if (tables.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            boolean whole = first != null && last != null && i > first.getIndex() && i < last.getIndex();
            if (!whole) {
                flow.scrollTo(i); // the least scrolling that shows the row whole
            }
        }
    }

    /** What a click on the exercise or table list does besides selecting (the notes are shown). */
    void setOnListClicked(Runnable r) {
        exercises.setOnMouseClicked(e -> r.run());
        tables.setOnMouseClicked(e -> r.run());
    }

    /** What to do after a jump (the cursor goes to the note field). */
    void setAfterJump(Runnable r) {
        this.afterJump = r;
    }

    /** Ctrl+G: the cursor in the jump field. */
    void focusJump() {
        jump.requestFocus();
        jump.selectAll();
    }

    private Label section(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private void showExercises() {
        var s = model.sessionProperty().get();
        exercises.getItems().setAll(s == null ? List.of() : s.exercises());
        showTables();
    }

    private void showTables() {
        Exercise e = model.exerciseProperty().get();
        if (e == null) {
            exercises.getSelectionModel().clearSelection();
        } else {
            exercises.getItems().stream().filter(x -> x.id().equals(e.id())).findFirst().ifPresent(x -> {
                int i = exercises.getItems().indexOf(x);
                exercises.getItems().set(i, e);
                exercises.getSelectionModel().select(i);
            });
        }
        tables.getItems().setAll(e == null ? List.of() : e.groups());
        selectTable(model.groupProperty().get());
    }

    private void selectTable(Group g) {
        if (g == null) {
            tables.getSelectionModel().clearSelection();
            return;
        }
        int i = tables.getItems().indexOf(g);
        if (i < 0) {
            tables.getSelectionModel().clearSelection(); // the exercise's tables arrive next
            return;
        }
        tables.getSelectionModel().select(i);
        tables.scrollTo(Math.max(0, i - 2));
        revealSelected();
    }

    /** A table by its number in the list ("12") or by its name ("Bord 12", "MSO"). */
    void jumpTo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        List<Group> all = tables.getItems();
        Group found = null;
        if (t.matches("\\d{1,4}")) {
            int n = Integer.parseInt(t);
            found = n >= 1 && n <= all.size() ? all.get(n - 1) : null;
        }
        if (found == null && !t.isEmpty()) {
            found = all.stream().filter(g -> g.displayName().toLowerCase(Locale.ROOT).equals(t)).findFirst()
                    .orElse(all.stream().filter(g -> g.displayName().toLowerCase(Locale.ROOT).contains(t)).findFirst()
                            .orElse(null));
        }
        if (found == null) {
            jumpProblem.setText(all.isEmpty() ? m.get("session.jumpNoTables")
                    : t.isEmpty() ? m.get("session.jumpEmpty", all.size())
                    : t.matches("\\d{1,4}") ? m.get("session.jumpNoNumber", t, all.size())
                    : m.get("session.jumpNone", text.strip(), all.size()));
            return;
        }
        jumpProblem.setText("");
        jump.clear();
        model.selectGroup(found);
        afterJump.run();
    }

    /** A table in the list: name, card number, and its notes in this exercise. */
    private final class TableCell extends ListCell<Group> {
        private final Label name = new Label();
        private final Label card = new Label();
        private final Label count = new Label();
        private final Label draft = new Label();
        private final HBox box;

        TableCell() {
            draft.setText(m.get("session.draftMark"));
            draft.getStyleClass().addAll(Styles.MUTED, "vk-draft-mark");
            draft.setMinWidth(Region.USE_PREF_SIZE);
            draft.managedProperty().bind(draft.visibleProperty());
            // A restyled list (another theme) has rows of another height: the selected one stays in view.
            heightProperty().addListener(o -> revealSelected());
            name.setWrapText(true);
            card.getStyleClass().add(Styles.MUTED);
            count.getStyleClass().add("vk-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            box = new HBox(8, name, card, gap, draft, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Group g, boolean empty) {
            super.updateItem(g, empty);
            if (empty || g == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(g.displayName());
            card.setText(model.cardNumber(g).orElse(""));
            int n = g.notes().size();
            count.setText(m.get("session.noteCount", n));
            count.setVisible(n > 0);
            setGraphic(box);
            showDraft();
        }

        void showDraft() {
            Group g = getItem();
            if (isEmpty() || g == null) {
                return;
            }
            boolean has = hasDraft.test(g);
            draft.setVisible(has);
            setAccessibleText(g.displayName() + ", " + m.get("session.noteCount", g.notes().size())
                    + (has ? ", " + m.get("session.draftMark") : ""));
        }
    }
}
