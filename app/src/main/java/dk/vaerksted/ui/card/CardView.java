package dk.vaerksted.ui.card;

import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.CardList;
import dk.vaerksted.ui.Styles;
import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A card as it is projected: number and deck small at the top, the title large, the question in
 * the accent colour, body paragraphs with their bold sentences and italic words, the reminders,
 * dilemmas, standpoints and further lists (each under the source's own lead-in where the card has
 * one, else under the generic label), "Hvad nu hvis" set apart at the foot. Type scales with the
 * view's width so it reads from the back of a room.
 */
public final class CardView extends VBox {
    /** Base font size per pixel of width: a full card at 1280 px wide has 32 px text. */
    private static final double SIZE_PER_WIDTH = 1.0 / 40.0;
    /** The headline card has few words, so they are set twice as large. */
    private static final double HEADLINE_SIZE_PER_WIDTH = 1.0 / 20.0;

    private final Messages messages;
    private final boolean headline;

    public CardView(Messages messages) {
        this(messages, false);
    }

    /**
     * @param headline show only what a room reads from afar: number, deck, title, question and the
     *                 "what if" reflections (the body is read from the card on the table)
     */
    public CardView(Messages messages, boolean headline) {
        this.messages = messages;
        this.headline = headline;
        getStyleClass().add(Styles.CARD);
        setId("card-view");
        setAccessibleRole(AccessibleRole.TEXT);
        setFillWidth(true);
        widthProperty().addListener((obs, old, w) -> scaleTo(w.doubleValue()));
    }

    private void scaleTo(double width) {
        double perWidth = headline ? HEADLINE_SIZE_PER_WIDTH : SIZE_PER_WIDTH;
        double size = Math.max(13, Math.min(headline ? 90 : 44, width * perWidth));
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }

    public void show(Card card) {
        getChildren().clear();
        if (card == null) {
            return;
        }
        setAccessibleText(card.label());
        String meta = String.join("  ·  ", nonBlank(card.number(), card.deck()));
        if (!meta.isEmpty()) {
            getChildren().add(label(meta, Styles.CARD_META, "card-meta"));
        }
        if (card.title() != null) {
            getChildren().add(label(card.title(), Styles.CARD_TITLE, "card-title"));
        }
        if (card.question() != null) {
            getChildren().add(label(card.question(), Styles.CARD_QUESTION, "card-question"));
        }
        if (headline) {
            for (String w : card.whatIf()) {
                TextFlow flow = flow(w, TEXT_WHAT_IF);
                flow.setId("card-whatif");
                getChildren().add(flow);
            }
            return;
        }
        if (card.leadIn(Card.BODY) != null && !card.body().isEmpty()) {
            TextFlow leadIn = flow(card.leadIn(Card.BODY), TEXT_LABEL);
            leadIn.setId("card-body-leadin");
            getChildren().add(leadIn);
        }
        int i = 0;
        for (String paragraph : card.body()) {
            TextFlow flow = paragraph(paragraph);
            flow.setId("card-body-" + i++);
            getChildren().add(flow);
        }
        list(card.leadIn(Card.REMINDERS), "card.reminders", card.reminders(), "card-reminders");
        list(card.leadIn(Card.DILEMMAS), "card.dilemmas", card.dilemmas(), "card-dilemmas");
        list(card.leadIn(Card.STANDPOINTS), "card.standpoints", card.standpoints(), "card-standpoints");
        int l = 0;
        for (CardList more : card.lists()) {
            list(more.leadIn(), null, more.items(), "card-list-" + l++);
        }
        list(card.leadIn(Card.EXAMPLES), "card.examples", card.examples(), "card-examples");
        if (card.leadIn(Card.WHAT_IF) != null && !card.whatIf().isEmpty()) {
            TextFlow leadIn = flow(card.leadIn(Card.WHAT_IF), TEXT_LABEL);
            leadIn.setId("card-whatif-leadin");
            getChildren().add(leadIn);
        }
        for (String w : card.whatIf()) {
            TextFlow flow = flow(w, TEXT_WHAT_IF);
            flow.setId("card-whatif");
            getChildren().add(flow);
        }
        if (card.source() != null) {
            getChildren().add(label(card.source(), Styles.CARD_SOURCE, "card-source"));
        }
    }

    /** Style classes of the texts in a flow (see app.css); strong and emphasis add their own. */
    static final String TEXT_LABEL = "vk-card-label-text";
    static final String TEXT_ITEM = "vk-card-item-text";
    static final String TEXT_WHAT_IF = "vk-card-whatif-text";
    static final String STRONG = "vk-strong";
    static final String EMPHASIS = "vk-em";

    /** A body paragraph: plain, strong and emphasized runs in one flow. */
    static TextFlow paragraph(String markup) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(Styles.CARD_BODY);
        for (Emphasis.Run run : Emphasis.parse(markup)) {
            Text t = new Text(run.text());
            t.getStyleClass().add(run.strong() ? Styles.CARD_STRONG : Styles.CARD_BODY);
            if (run.emphasis()) {
                t.getStyleClass().add(EMPHASIS);
            }
            flow.getChildren().add(t);
        }
        return flow;
    }

    /** Marked-up text as one flow of texts of {@code textClass}. */
    static TextFlow flow(String markup, String textClass) {
        TextFlow flow = new TextFlow();
        for (Emphasis.Run run : Emphasis.parse(markup)) {
            Text t = new Text(run.text());
            t.getStyleClass().add(textClass);
            if (run.strong()) {
                t.getStyleClass().add(STRONG);
            }
            if (run.emphasis()) {
                t.getStyleClass().add(EMPHASIS);
            }
            flow.getChildren().add(t);
        }
        flow.setMaxWidth(Double.MAX_VALUE);
        return flow;
    }

    /**
     * A list under the source's lead-in, or else the generic label ({@code labelKey}; none when
     * null). A list of one item is set as a paragraph, without a bullet.
     */
    private void list(String leadIn, String labelKey, List<String> items, String id) {
        if (items.isEmpty()) {
            return;
        }
        VBox box = new VBox();
        box.setId(id);
        if (leadIn != null) {
            box.getChildren().add(flow(leadIn, TEXT_LABEL));
        } else if (labelKey != null) {
            box.getChildren().add(label(messages.get(labelKey), Styles.CARD_LABEL, null));
        }
        if (items.size() == 1) {
            box.getChildren().add(flow(items.get(0), TEXT_ITEM));
        } else {
            for (String item : items) {
                // A hanging indent: wrapped lines start under the text, not under the bullet.
                Label bullet = label("•", Styles.CARD_ITEM, null);
                bullet.setMinWidth(Region.USE_PREF_SIZE);
                TextFlow text = flow(item, TEXT_ITEM);
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox row = new HBox(8, bullet, text);
                box.getChildren().add(row);
            }
        }
        getChildren().add(box);
    }

    private static Label label(String text, String styleClass, String id) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }
}
