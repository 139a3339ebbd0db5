package dk.vaerksted.ui.card;

import dk.vaerksted.core.card.Emphasis;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;
import javafx.scene.text.TextFlow;

/**
 * Card markup ({@code **strong**}, {@code *emphasis*}; see {@link Emphasis}) on the screen, for
 * every view that shows card or exercise texts: a flow of styled texts where the text may mix
 * styles, or a label that shows the text without its markers (in italics when all of it is
 * emphasized, as the seeds set their questions).
 */
public final class MarkupText {
    private MarkupText() {}

    /** Style classes of the texts of a {@link #flow}: see app.css. */
    public static final String LABEL = CardView.TEXT_LABEL;
    public static final String ITEM = CardView.TEXT_ITEM;
    public static final String WHAT_IF = CardView.TEXT_WHAT_IF;

    /** The marked-up text as a flow of texts of {@code textStyleClass}, strong and emphasized runs styled. */
    public static TextFlow flow(String markup, String textStyleClass) {
        return CardView.flow(markup, textStyleClass);
    }

    /** Shows marked-up text in a label: without its markers, in italics when it is all emphasis. */
    public static void show(Labeled label, String markup) {
        label.setText(markup == null ? "" : Emphasis.plain(markup));
        label.setStyle(markup != null && Emphasis.allEmphasis(markup) ? ITALIC : "");
    }

    /**
     * Binds a label to a marked-up text: as {@link #show}, kept up to date. {@code prefix} (plain,
     * e.g. "Trin 1 af 5:  ") goes before it.
     */
    public static void bind(Labeled label, ObservableValue<String> prefix, ObservableValue<String> markup) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            String m = markup.getValue();
            String p = prefix == null || prefix.getValue() == null ? "" : prefix.getValue();
            return p + (m == null ? "" : Emphasis.plain(m));
        }, prefix == null ? markup : prefix, markup));
        label.styleProperty().bind(Bindings.createStringBinding(() -> {
            String m = markup.getValue();
            return m != null && Emphasis.allEmphasis(m) ? ITALIC : "";
        }, markup));
    }

    private static final String ITALIC = "-fx-font-style: italic;";
}
