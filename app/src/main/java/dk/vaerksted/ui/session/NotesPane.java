package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.ui.Styles;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A list of notes, each editable in place (double-click or "Ret": Enter keeps, Esc drops the
 * change) and deletable; headings between notes of different steps. Shared by the groups' notes
 * and the harvest.
 */
final class NotesPane extends VBox {
    private final Messages m;
    private final String idPrefix;

    NotesPane(Messages m, String idPrefix) {
        super(6);
        this.m = m;
        this.idPrefix = idPrefix;
    }

    /**
     * @param heading the heading a note belongs under (null: none); a heading shows when it changes
     * @param edit    index and new text (blank deletes)
     */
    void show(List<Note> notes, Function<Note, String> heading, BiConsumer<Integer, String> edit,
            IntConsumer delete) {
        getChildren().clear();
        if (notes.isEmpty()) {
            Label none = new Label(m.get("session.noNotes"));
            none.getStyleClass().add(Styles.MUTED);
            getChildren().add(none);
            return;
        }
        String last = "\u0000";
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            String h = heading == null ? null : heading.apply(n);
            if (h != null && !h.equals(last)) {
                Label head = new Label(h);
                head.setWrapText(true);
                head.getStyleClass().add(Styles.TILE_TITLE);
                getChildren().add(head);
                last = h;
            }
            getChildren().add(row(i, n, edit, delete));
        }
    }

    private HBox row(int index, Note n, BiConsumer<Integer, String> edit, IntConsumer delete) {
        Label text = new Label(n.text());
        text.setId(idPrefix + "note-" + index);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.NOTE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button editButton = new Button(m.get("notes.edit"));
        editButton.setId(idPrefix + "note-edit-" + index);
        editButton.getStyleClass().add("flat");
        Button deleteButton = new Button(m.get("notes.delete"));
        deleteButton.setId(idPrefix + "note-delete-" + index);
        deleteButton.getStyleClass().add("flat");
        deleteButton.setOnAction(e -> delete.accept(index));
        editButton.setMinWidth(Region.USE_PREF_SIZE);
        deleteButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, text, editButton, deleteButton);
        Runnable startEditing = () -> {
            NoteEntry field = new NoteEntry(idPrefix + "note-editor-" + index, t -> edit.accept(index, t),
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
}
