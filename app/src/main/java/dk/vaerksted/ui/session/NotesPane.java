package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.Styles;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A list of notes, each editable in place (double-click or "Ret": Enter keeps, Esc drops the
 * change), deletable, and — for a table's notes — movable to another step in one action;
 * headings between notes of different steps. Shared by the tables' notes and the harvest.
 */
final class NotesPane extends VBox {
    /** What a row can do; {@code move} is null where notes have no steps (the harvest). */
    record Actions(BiConsumer<Integer, String> edit, IntConsumer delete, BiConsumer<Integer, String> move) {}

    private final Messages m;
    private final String idPrefix;

    NotesPane(Messages m, String idPrefix) {
        super(6);
        this.m = m;
        this.idPrefix = idPrefix;
    }

    /**
     * @param heading the heading a note belongs under (null: none); with headings, the notes are
     *                grouped by step in the order of {@code steps}, each heading once, the notes
     *                of a step in the order they were written, notes of no known step last
     * @param steps   the exercise's steps: the order of the groups, and where a note can be moved (empty: none)
     */
    void show(List<Note> notes, Function<Note, String> heading, List<Step> steps, Actions actions) {
        getChildren().clear();
        if (notes.isEmpty()) {
            Label none = new Label(m.get("session.noNotes"));
            none.getStyleClass().add(Styles.MUTED);
            getChildren().add(none);
            return;
        }
        // The index of each note stays its index in the table's list: edit, move and delete use it.
        List<Integer> order = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, notes.size()).boxed().toList());
        if (heading != null) {
            order.sort(java.util.Comparator.comparingInt(i -> stepRank(notes.get(i), heading, steps)));
        }
        String last = "\u0000";
        int headings = 0;
        for (int i : order) {
            Note n = notes.get(i);
            String h = heading == null ? null : heading.apply(n);
            if (h == null && heading != null && !last.equals("\u0000")) {
                h = m.get("notes.other"); // after the steps' notes: not under the last step's heading
            }
            if (h != null && !h.equals(last)) {
                Label head = new Label(h);
                head.setWrapText(true);
                head.getStyleClass().add(Styles.TILE_TITLE);
                head.setId(idPrefix + "notes-heading-" + headings++);
                getChildren().add(head);
                last = h;
            }
            getChildren().add(row(i, n, steps, actions));
        }
    }

    /** Where a note's step stands among the exercise's steps; a note without a (known, headed) step comes last. */
    private static int stepRank(Note n, Function<Note, String> heading, List<Step> steps) {
        for (int s = 0; s < steps.size(); s++) {
            if (steps.get(s).id().equals(n.stepId()) && heading.apply(n) != null) {
                return s;
            }
        }
        return steps.size();
    }

    private HBox row(int index, Note n, List<Step> steps, Actions actions) {
        Label text = new Label(n.text());
        text.setId(idPrefix + "note-" + index);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.NOTE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button editButton = flat(new Button(m.get("notes.edit")), "note-edit-" + index);
        Button deleteButton = flat(new Button(m.get("notes.delete")), "note-delete-" + index);
        deleteButton.setOnAction(e -> actions.delete().accept(index));
        HBox row = new HBox(6, text);
        if (n.table() != null) {
            // Written on the table's own page: said in words, not only by a mark.
            Label from = new Label(m.get("notes.fromTable"));
            from.setId(idPrefix + "note-from-table-" + index);
            from.getStyleClass().addAll(Styles.MUTED, "vk-from-table");
            from.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(from);
        }
        row.getChildren().add(editButton);
        if (actions.move() != null && steps.size() > 1) {
            MenuButton move = new MenuButton(m.get("notes.move"));
            move.setId(idPrefix + "note-move-" + index);
            move.getStyleClass().add("flat");
            move.setMinWidth(Region.USE_PREF_SIZE);
            for (Step s : steps) {
                MenuItem item = new MenuItem(stepName(s));
                item.setId(idPrefix + "note-move-" + index + "-" + s.id());
                item.setDisable(Objects.equals(s.id(), n.stepId()));
                item.setOnAction(e -> actions.move().accept(index, s.id()));
                move.getItems().add(item);
            }
            row.getChildren().add(move);
        }
        row.getChildren().add(deleteButton);
        Runnable startEditing = () -> {
            NoteEntry field = new NoteEntry(idPrefix + "note-editor-" + index, t -> actions.edit().accept(index, t),
                    () -> row.getChildren().set(0, text));
            field.setText(n.text());
            HBox.setHgrow(field, Priority.ALWAYS);
            row.getChildren().set(0, field);
            field.requestFocus();
            field.positionCaret(field.getText().length());
        };
        editButton.setOnAction(e -> startEditing.run());
        text.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                startEditing.run();
            }
        });
        return row;
    }

    private <T extends javafx.scene.control.ButtonBase> T flat(T b, String id) {
        b.setId(idPrefix + id);
        b.getStyleClass().add("flat");
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A step as a heading or a choice: its prompt (what the tables talk about), else its title. */
    static String stepName(Step s) {
        return s.prompt() != null && !s.prompt().isBlank() ? dk.vaerksted.core.card.Emphasis.plain(s.prompt())
                : s.title() != null ? dk.vaerksted.core.card.Emphasis.plain(s.title()) : s.id();
    }
}
