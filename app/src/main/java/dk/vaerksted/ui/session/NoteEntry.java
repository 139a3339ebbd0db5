package dk.vaerksted.ui.session;

import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The note field: type and press Enter to add, Shift+Enter for a new line within the note, Esc
 * to clear. Multi-line notes keep their line breaks.
 */
final class NoteEntry extends TextArea {
    NoteEntry(String id, Consumer<String> onCommit, Runnable onCancel) {
        setId(id);
        setWrapText(true);
        setPrefRowCount(2);
        getStyleClass().add("vk-note-entry");
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.isShiftDown()) {
                    replaceSelection("\n");
                } else {
                    String text = getText();
                    onCommit.accept(text);
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onCancel.run();
            }
        });
    }
}
