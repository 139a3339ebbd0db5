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
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the room sees, and only that. During an exercise: the step's task and prompt, the card (or
 * the deck the tables' cards come from) and the big countdown — no presenter hints, no digits for
 * an untimed step. Between exercises (before the first has started a step's clock is still shown
 * with the exercise; once one has ended): the session's title and what comes next. While the
 * facilitator shows the harvest: its questions. On request (B, as in PowerPoint) a black screen.
 */
public final class AudienceView extends StackPane {
    /** The card is laid out at this width and scaled to the space on the projector. */
    static final double CARD_WIDTH = 900;

    private final SessionViewModel session;
    private final RunViewModel run;
    private final Messages m;
    private final CardView card;
    private final Label deckNote = new Label();
    private final FitPane cardFit;
    private final BorderPane exerciseLayer = new BorderPane();
    private final VBox betweenLayer = new VBox();
    private final Region blankLayer = new Region();
    /** The harvest board's layer (issue 16), over the exercise and below the black screen. */
    private final StackPane boardLayer = new StackPane();
    private final javafx.beans.property.ObjectProperty<javafx.scene.Node> board =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final Label betweenTitle = new Label();
    private final Label betweenNext = new Label();
    private final BooleanProperty blank = new SimpleBooleanProperty(false);
    /** The tables' QR codes instead of the exercise (while the room is open and the facilitator shows them). */
    private final BooleanProperty codesShown = new SimpleBooleanProperty(false);
    private final TableCodesView codes;
    /** The harvest's questions instead of the exercise (while the facilitator shows the harvest). */
    private final BooleanProperty harvestShown = new SimpleBooleanProperty(false);
    private final HarvestLayer harvest;
    /** Layers of other screens (the day's program …), each showing while its condition holds. */
    private final List<javafx.beans.value.ObservableBooleanValue> otherLayers = new java.util.ArrayList<>();
    /** Each other layer in a holder of ours: the layer says when it is active, the view whether it may show. */
    private final List<StackPane> otherHolders = new java.util.ArrayList<>();
    /** Whether the session has a day's program, and what it says comes next ("Næste: Kaffepause · kl. 14.30"). */
    private javafx.beans.value.ObservableBooleanValue programPresent;
    private javafx.beans.value.ObservableStringValue programNext;

    public AudienceView(SessionViewModel session, RunViewModel run, Messages m) {
        this.session = session;
        this.run = run;
        this.m = m;
        setId("audience-view");
        getStyleClass().add("vk-audience");

        Label exercise = new Label();
        exercise.setId("audience-exercise");
        exercise.getStyleClass().add("vk-audience-exercise");
        exercise.textProperty().bind(Bindings.createStringBinding(() -> {
            Exercise e = run.exerciseProperty().get();
            return e == null ? "" : e.title() == null ? e.id() : e.title();
        }, run.exerciseProperty()));
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
        middle.setMinWidth(0);

        // The digits are at least a fifth of the screen's height; an untimed step shows none.
        DoubleBinding digitSize = Bindings.createDoubleBinding(() -> heightProperty().get() * 0.22, heightProperty());
        CountdownView countdown = new CountdownView(run, digitSize, "audience-", true);
        countdown.setAlignment(Pos.BOTTOM_RIGHT);
        countdown.visibleProperty().bind(run.timedProperty());
        countdown.managedProperty().bind(run.timedProperty());

        HBox body = new HBox(32, middle, countdown);
        body.setAlignment(Pos.BOTTOM_RIGHT);
        exerciseLayer.setTop(top);
        exerciseLayer.setCenter(body);
        BorderPane.setMargin(body, new Insets(24, 0, 0, 0));

        betweenTitle.setId("audience-session-title");
        betweenTitle.getStyleClass().add("vk-audience-title");
        betweenTitle.setWrapText(true);
        betweenNext.setId("audience-next");
        betweenNext.getStyleClass().add("vk-audience-step");
        betweenNext.setWrapText(true);
        betweenLayer.getChildren().addAll(betweenTitle, betweenNext);
        betweenLayer.setSpacing(24);
        betweenLayer.setAlignment(Pos.CENTER_LEFT);
        betweenLayer.setId("audience-between");

        blankLayer.setId("audience-blank");
        blankLayer.getStyleClass().add("vk-audience-blank");
        blankLayer.visibleProperty().bind(blank);

        boardLayer.setId("audience-board");
        boardLayer.getStyleClass().add("vk-audience");
        board.addListener((o, a, n) -> {
            boardLayer.getChildren().setAll(n == null ? List.of() : List.of(n));
            showState();
        });
        codes = new TableCodesView(m);
        codes.visibleProperty().bind(codesShown);
        harvest = new HarvestLayer(m);
        getChildren().addAll(exerciseLayer, betweenLayer, harvest, boardLayer, codes, blankLayer);
        codesShown.addListener(o -> showState());
        harvestShown.addListener(o -> showState());
        paddingProperty().bind(Bindings.createObjectBinding(() -> {
            double p = Math.max(16, heightProperty().get() * 0.04);
            return new Insets(p, p * 1.2, p, p * 1.2);
        }, heightProperty()));
        styleProperty().bind(Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT,
                "-fx-font-size: %.1fpx;", Math.max(14, heightProperty().get() * 0.045)), heightProperty()));

        for (Observable o : List.of(run.exerciseProperty(), session.sessionProperty(), run.finishedProperty(),
                run.activeProperty())) {
            o.addListener(x -> showState());
        }
        showState();
    }

    /** Whether the room sees the tables' QR codes (shown while the room is open). */
    public BooleanProperty codesShownProperty() {
        return codesShown;
    }

    /** The tables and their links, for the QR codes. */
    public void setTableLinks(List<dk.vaerksted.room.Room.TableLink> links) {
        codes.show(links);
    }

    /** What the harvest board shows the room, over the exercise; null: the exercise (or what comes next) again. */
    public javafx.beans.property.ObjectProperty<javafx.scene.Node> boardProperty() {
        return board;
    }

    /** Whether the room sees the harvest's questions (while the facilitator shows the harvest). */
    public BooleanProperty harvestShownProperty() {
        return harvestShown;
    }

    /**
     * Adds the layer of another screen (the day's: a pause, a talk, a round, the program): while
     * {@code active} holds it is shown instead of the exercise and between layers; the harvest, the board,
     * the QR codes and the black screen stay on top of it.
     */
    public void addLayer(javafx.scene.Node layer, javafx.beans.value.ObservableBooleanValue active) {
        StackPane holder = new StackPane(layer);
        holder.setPickOnBounds(false);
        getChildren().add(getChildren().indexOf(harvest), holder); // under the harvest, board and codes
        otherHolders.add(holder);
        otherLayers.add(active);
        active.addListener(o -> showState());
        showState();
    }

    /**
     * The day's program decides what comes next: while the session has one, the screen between
     * exercises says the program's next item (or nothing after the last), never an exercise the
     * program has not put next.
     */
    public void followProgram(javafx.beans.value.ObservableBooleanValue present,
            javafx.beans.value.ObservableStringValue next) {
        this.programPresent = present;
        this.programNext = next;
        present.addListener(o -> showState());
        next.addListener(o -> showState());
        showState();
    }

    /** Whether the room sees a black screen. */
    public BooleanProperty blankProperty() {
        return blank;
    }

    /**
     * One screen at a time, the first that applies: the QR codes, the harvest board, the harvest's
     * questions, another screen's layer (the day's talk, pause, round or program), the exercise
     * while one runs, else the session's title and what comes next. The layers are transparent:
     * two shown at once would be drawn over each other. The black screen covers all of them.
     */
    private void showState() {
        Session s = session.sessionProperty().get();
        Exercise e = run.exerciseProperty().get();
        boolean exerciseOn = e != null && run.activeProperty().get() && !run.finishedProperty().get();
        boolean codesOn = codesShown.get();
        boolean boardOn = board.get() != null && !codesOn;
        boolean harvestOn = harvestShown.get() && s != null && !s.harvest().isEmpty() && !codesOn && !boardOn;
        boolean above = codesOn || boardOn || harvestOn;
        boolean other = otherLayers.stream().anyMatch(javafx.beans.value.ObservableBooleanValue::get);
        boardLayer.setVisible(boardOn);
        harvest.setVisible(harvestOn);
        otherHolders.forEach(h -> h.setVisible(!above));
        exerciseLayer.setVisible(exerciseOn && !above && !other);
        betweenLayer.setVisible(!exerciseOn && !above && !other);
        if (harvestOn) {
            harvest.show(s);
        }
        betweenTitle.setText(s == null ? "" : s.title());
        betweenNext.setText(nextText(s, e));
        showCard(s, e);
    }

    /**
     * "Næste: …" — by the day's program where there is one; else the exercise after the one that
     * ended, or the harvest; nothing after that.
     */
    private String nextText(Session s, Exercise current) {
        if (s == null) {
            return "";
        }
        if (programPresent != null && programPresent.get()) {
            return programNext.get() == null ? "" : programNext.get();
        }
        int i = current == null ? -1 : indexOf(s, current.id());
        if (current != null && !run.finishedProperty().get()) {
            return m.get("audience.next", title(current)); // selected, not started
        }
        if (i + 1 < s.exercises().size()) {
            return m.get("audience.next", title(s.exercises().get(i + 1)));
        }
        return s.harvest().isEmpty() ? "" : m.get("audience.next", m.get("session.harvest"));
    }

    private static int indexOf(Session s, String id) {
        for (int i = 0; i < s.exercises().size(); i++) {
            if (s.exercises().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String title(Exercise e) {
        return e.title() == null ? e.id() : e.title();
    }

    /** The shared card, or the deck's name when tables hold different cards. */
    private void showCard(Session s, Exercise e) {
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
