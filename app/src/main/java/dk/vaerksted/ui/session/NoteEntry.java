package dk.vaerksted.ui.session;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The note field: type and press Enter to add, Shift+Enter for a new line within the note.
 * Multi-line notes keep their line breaks. Tab and Shift+Tab move the cursor on, as in any
 * other field (a note never needs a tab character). Esc does what {@link #onEscape} says (the
 * window's keyboard calls it): the main fields keep their text and let go of the cursor, an
 * editor of a note drops its change.
 */
public final class NoteEntry extends TextArea {
    /** The key under which a field's Esc action is kept in its properties, for the window's keyboard. */
    public static final String ON_ESCAPE = "vaerksted.onEscape";
    /** Where Tab goes first (true: backwards); false: on to the next control, as everywhere. */
    private Predicate<Boolean> onTab = back -> false;

    NoteEntry(String id, Consumer<String> onCommit, Runnable onEscape) {
        setId(id);
        setWrapText(true);
        setPrefRowCount(2);
        getStyleClass().add("vk-note-entry");
        setOnEscape(this, onEscape);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.isShiftDown()) {
                    replaceSelection("\n");
                } else {
                    onCommit.accept(getText());
                }
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                if (!onTab.test(e.isShiftDown())) {
                    // A text area moves the focus on Ctrl+Tab (Tab types a tab): that is what Tab means here.
                    fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                            false));
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                // Where no window keyboard is installed (a test of the field alone), Esc still works.
                e.consume();
                onEscape.run();
            }
        });
    }

    /** Where Tab (false) or Shift+Tab (true) takes the cursor first; returns false to move on as usual. */
    void setOnTab(Predicate<Boolean> moved) {
        this.onTab = moved;
    }

    /** What Esc does in {@code field}. */
    public static void setOnEscape(Node field, Runnable action) {
        field.getProperties().put(ON_ESCAPE, action);
    }

    /** Runs the field's Esc action; false if it has none. */
    public static boolean escape(Node field) {
        if (field != null && field.getProperties().get(ON_ESCAPE) instanceof Runnable r) {
            r.run();
            return true;
        }
        return false;
    }
}
