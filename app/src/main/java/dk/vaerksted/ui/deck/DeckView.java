package dk.vaerksted.ui.deck;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.card.CardView;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** A built-in or user deck: its cards on the left, the selected card as projected. */
public final class DeckView extends BorderPane {
    /** A copy of a built-in deck with new card ids, to edit as the user's own. */
    public static Deck copyForEditing(Deck deck) {
        String suffix = "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        java.util.List<Card> cards = deck.cards().stream().map(c -> new Card(c.id() + suffix, c.deck(), c.number(),
                c.title(), c.question(), c.body(), c.reminders(), c.whatIf(), c.examples(), c.dilemmas(),
                c.standpoints(), c.leadIns(), c.lists(), c.source(), c.extras())).toList();
        return new Deck(deck.title(), deck.source(), deck.description(), cards, deck.extras());
    }

    public DeckView(Deck deck, Messages messages, Runnable duplicate, Runnable print) {
        setId("deck-view");
        Label title = new Label(deck.title());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label source = new Label(deck.source() == null ? "" : messages.get("deck.source", deck.source()));
        source.getStyleClass().add(Styles.MUTED);
        source.setWrapText(true);
        javafx.scene.control.Button copy = new javafx.scene.control.Button(messages.get("deck.duplicate"));
        copy.setId("deck-duplicate");
        copy.setOnAction(e -> duplicate.run());
        Label readOnly = new Label(messages.get("deck.readOnly"));
        readOnly.getStyleClass().add(Styles.MUTED);
        javafx.scene.control.Button printButton = new javafx.scene.control.Button(messages.get("deck.print"));
        printButton.setId("deck-print");
        printButton.setOnAction(e -> print.run());
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(12, copy, printButton, readOnly);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(4, title, source, actions);
        top.setPadding(new Insets(16, 24, 12, 24));
        setTop(top);

        ListView<Card> cards = new ListView<>();
        cards.setId("deck-cards");
        cards.setAccessibleText(messages.get("deck.cards"));
        cards.getItems().setAll(deck.cards());
        cards.setCellFactory(v -> dk.vaerksted.ui.Cells.text(Card::label, true));
        CardView view = new CardView(messages);
        VBox pad = new VBox(view);
        pad.setPadding(new Insets(0, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(pad);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(cards, scroll);
        split.setDividerPositions(0.25);
        setCenter(split);
        cards.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> view.show(c));
        if (!deck.cards().isEmpty()) {
            cards.getSelectionModel().select(0);
        }
    }
}
