package dk.vaerksted.ui;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** List cells that show an item as text. */
public final class Cells {
    private Cells() {}

    /** A cell showing {@code text.apply(item)}; with {@code wrap}, long text wraps to the list's width. */
    public static <T> ListCell<T> text(Function<T, String> text, boolean wrap) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                if (wrap) {
                    setWrapText(true);
                    setPrefWidth(0);
                }
            }
        };
    }
}
