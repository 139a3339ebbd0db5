package dk.vaerksted.ui;

import com.sun.javafx.scene.NodeHelper;
import com.sun.javafx.scene.traversal.Direction;
import com.sun.javafx.scene.traversal.TraversalMethod;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a form's fields, the same in every editor: Tab and Shift+Tab move to the next and
 * the previous field also from a multi-line field (which would otherwise type a tab character),
 * Ctrl+Tab and Ctrl+Shift+Tab as well, from any control (JavaFX moves with them only from text
 * fields); Enter and Shift+Enter start a new line in a multi-line field. The move is JavaFX's own
 * keyboard traversal (an internal API, as {@code Theme} uses its style manager).
 */
public final class FormKeys {
    private FormKeys() {}

    /**
     * Installs the keys on an editor: Tab in its multi-line fields and Ctrl+Tab anywhere in it move
     * the focus (with Shift: back); Shift+Enter types a new line in its multi-line fields.
     */
    public static void install(Parent editor) {
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isMetaDown() || editor.getScene() == null) {
                return;
            }
            Node owner = editor.getScene().getFocusOwner();
            if (e.getCode() == KeyCode.TAB && (e.isControlDown() || owner instanceof TextArea) && owner != null) {
                e.consume();
                NodeHelper.traverse(owner, e.isShiftDown() ? Direction.PREVIOUS : Direction.NEXT, TraversalMethod.KEY);
            } else if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && !e.isControlDown()
                    && owner instanceof TextArea area && area.isEditable()) {
                e.consume();
                area.replaceSelection("\n");
            }
        });
    }

    /**
     * Puts the cursor in {@code first} once the form is on screen, its text selected so that typing
     * replaces a suggested title.
     */
    public static void focusWhenShown(TextField first) {
        first.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                    javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    first.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> {
                        first.requestFocus();
                        first.selectAll();
                    });
                }
            }
        });
    }
}
