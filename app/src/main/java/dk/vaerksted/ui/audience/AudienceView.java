package dk.vaerksted.ui.audience;

import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.card.CardView;
import dk.vaerksted.ui.card.MarkupText;
import dk.vaerksted.ui.session.SessionViewModel;
import dk.vaerksted.ui.timer.CountdownView;
import dk.vaerksted.ui.timer.RunViewModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the room sees: the step's task and prompt, the card (or, when tables hold different cards,
 * the deck they come from) and the big countdown. No controls, no notes.
 */
public final class AudienceView extends BorderPane {
    /** The card is laid out at this width and scaled to the space on the projector. */
    static final double CARD_WIDTH = 900;

    private final SessionViewModel session;
    private final Messages m;
    private final CardView card;
    private final Label deckNote = new Label();
    private final FitPane cardFit;

    public AudienceView(SessionViewModel session, RunViewModel run, Messages m) {
        this.session = session;
        this.m = m;
        setId("audience-view");
        getStyleClass().add("vk-audience");

        Label exercise = new Label();
        exercise.setId("audience-exercise");
        exercise.getStyleClass().add("vk-audience-exercise");
        exercise.textProperty().bind(Bindings.createStringBinding(() -> {
            Exercise e = session.exerciseProperty().get();
            return e == null ? "" : e.title() == null ? e.id() : e.title();
        }, session.exerciseProperty()));
        Label step = new Label();
        step.setId("audience-step");
        step.getStyleClass().add("vk-audience-step");
        step.setWrapText(true);
        // Step titles and prompts carry card markup: shown without the markers, in italics when all emphasis.
        MarkupText.bind(step, Bindings.createStringBinding(() -> run.stepProperty().get() == null ? ""
                : run.stepLabelProperty().get() + ":  ", run.stepProperty(), run.stepLabelProperty()),
                Bindings.createStringBinding(() -> {
                    Step s = run.stepProperty().get();
                    return s == null ? null : s.title() == null ? Emphasis.escape(s.id()) : s.title();
                }, run.stepProperty()));
        Label prompt = new Label();
        prompt.setId("audience-prompt");
        prompt.getStyleClass().add("vk-audience-prompt");
        prompt.setWrapText(true);
        MarkupText.bind(prompt, null, Bindings.createStringBinding(() -> {
            Step s = run.stepProperty().get();
            return s == null ? null : s.prompt();
        }, run.stepProperty()));
        VBox top = new VBox(6, exercise, step, prompt);

        card = new CardView(m, true);
        card.setPrefWidth(CARD_WIDTH);
        cardFit = new FitPane(card, CARD_WIDTH, 3);
        deckNote.setId("audience-deck");
        deckNote.getStyleClass().add("vk-audience-step");
        deckNote.setWrapText(true);
        VBox middle = new VBox(deckNote, cardFit);
        VBox.setVgrow(cardFit, Priority.ALWAYS);
        HBox.setHgrow(middle, Priority.ALWAYS);

        // The digits are at least a fifth of the screen's height.
        DoubleBinding digitSize = Bindings.createDoubleBinding(() -> heightProperty().get() * 0.22, heightProperty());
        CountdownView countdown = new CountdownView(run, digitSize, "audience-");
        countdown.setAlignment(Pos.BOTTOM_RIGHT);
        countdown.setMinWidth(Region.USE_PREF_SIZE);

        HBox body = new HBox(32, middle, countdown);
        body.setAlignment(Pos.BOTTOM_RIGHT);
        setTop(top);
        setCenter(body);
        BorderPane.setMargin(body, new Insets(24, 0, 0, 0));
        paddingProperty().bind(Bindings.createObjectBinding(() -> {
            double p = Math.max(16, heightProperty().get() * 0.04);
            return new Insets(p, p * 1.2, p, p * 1.2);
        }, heightProperty()));
        styleProperty().bind(Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT,
                "-fx-font-size: %.1fpx;", Math.max(14, heightProperty().get() * 0.045)), heightProperty()));

        session.exerciseProperty().addListener((o, a, e) -> showCard());
        session.sessionProperty().addListener((o, a, s) -> showCard());
        showCard();
    }

    /** The shared card, or the deck's name when tables hold different cards. */
    private void showCard() {
        Session s = session.sessionProperty().get();
        Exercise e = session.exerciseProperty().get();
        Set<String> ids = new LinkedHashSet<>();
        if (e != null) {
            e.groups().forEach(g -> ids.add(g.cardId()));
        }
        Card shared = s != null && ids.size() == 1 && !ids.contains(null) ? s.card(ids.iterator().next()).orElse(null) : null;
        card.show(shared);
        cardFit.setVisible(shared != null);
        String deck = null;
        if (shared == null && s != null && e != null) {
            for (Group g : e.groups()) {
                Card c = g.cardId() == null ? null : s.card(g.cardId()).orElse(null);
                if (c != null && c.deck() != null) {
                    deck = c.deck();
                    break;
                }
            }
        }
        deckNote.setText(deck == null ? "" : m.get("audience.eachTable", deck));
        deckNote.setVisible(deck != null);
        deckNote.setManaged(deck != null);
    }

    /** The scale the card is drawn at (for the 4 %-of-height rule in tests). */
    public double cardScale() {
        return cardFit.currentScale();
    }
}
