package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import java.util.List;
import javafx.scene.control.Button;

/** The session screen's plain parts: the wide buttons under the tables, Fortryd and Gentag, its scrolling columns. */
final class SessionButtons {
    private SessionButtons() {}

    /** A column that scrolls up and down, as wide as its place; the keyboard passes through it. */
    static javafx.scene.control.ScrollPane scroll(javafx.scene.Node content, String id) {
        javafx.scene.control.ScrollPane s = new javafx.scene.control.ScrollPane(content);
        s.setFitToWidth(true);
        s.setId(id);
        s.setFocusTraversable(false);
        return s;
    }

    /** A button as wide as its column (Opsamling, Høst). */
    static Button wide(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Fortryd and Gentag over the notes, enabled while the session's history has something to take. */
    static List<Button> undoRedo(SessionViewModel model, Messages messages) {
        Button undo = new Button(messages.get("notes.undo"));
        undo.setId("notes-undo");
        undo.getStyleClass().add("flat");
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Button redo = new Button(messages.get("notes.redo"));
        redo.setId("notes-redo");
        redo.getStyleClass().add("flat");
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        redo.setOnAction(e -> model.redo());
        return List.of(undo, redo);
    }
}
