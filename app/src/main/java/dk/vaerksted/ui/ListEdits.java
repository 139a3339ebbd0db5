package dk.vaerksted.ui;

import javafx.scene.control.ListView;

/** The edits of an ordered list in the editors (cards of a deck, steps, exercises): move and remove the selection. */
public final class ListEdits {
    private ListEdits() {}

    /** Moves the selected item {@code delta} places (−1 up, +1 down), keeping it selected; nothing at an end. */
    public static <T> void moveSelected(ListView<T> list, int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.getItems().size()) {
            return;
        }
        T item = list.getItems().remove(i);
        list.getItems().add(j, item);
        list.getSelectionModel().select(j);
    }

    public static <T> void removeSelected(ListView<T> list) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            list.getItems().remove(i);
        }
    }
}
