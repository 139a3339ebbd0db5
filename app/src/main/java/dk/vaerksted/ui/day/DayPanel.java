package dk.vaerksted.ui.day;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Subscriptions;
import dk.vaerksted.ui.timer.RunViewModel;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The facilitator's program panel: how far behind or ahead the day is, what runs now with its clock,
 * what is next, the report-back round, and the program item by item — planned against actual for
 * what is done, the expected times of what is to come with how far they are pushed. A row selected
 * can be started, or given or relieved of minutes ("Indhent her" takes the whole delay out of it).
 * Shown only for a session with a program. Buttons take no focus, so a click leaves the keyboard
 * where it was.
 */
public final class DayPanel extends VBox {
    private static final PseudoClass BEHIND = PseudoClass.getPseudoClass("behind");
    private static final PseudoClass AHEAD = PseudoClass.getPseudoClass("ahead");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVERRUN = PseudoClass.getPseudoClass("overrun");

    private final DayViewModel model;
    private final Messages m;
    private final Subscriptions subs = new Subscriptions();
    private final VBox rowBox = new VBox(2);
    /** The rows scroll on their own, so the exercise's countdown below stays in sight. */
    private final javafx.scene.control.ScrollPane rowScroll = new javafx.scene.control.ScrollPane(rowBox);
    /** The least height of the list of items: two or three of them. */
    private static final double FEWEST_ROWS = 100;
    /** The right column the panel is in, once it is (its height is the room there is). */
    private javafx.scene.control.ScrollPane column;
    /** The column's height under which the example's note and what is next take one line each. */
    private static final double SHORT_COLUMN = 800;
    /** Texts cut to one line (the whole in a tooltip) in a short column. */
    private final List<Label> shortened;
    private int shownCurrent = -2;
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final AnimationTimer frames;
    /** F6's button and the program's switch; the folded countdown's line goes under them. */
    private final FlowPane actions;

    public DayPanel(DayViewModel model, Messages m) {
        super(8);
        this.model = model;
        this.m = m;
        setId("day-panel");
        getStyleClass().add("vk-day-panel");
        getStylesheets().add(DayPanel.class.getResource("day.css").toExternalForm());

        Label title = new Label(m.get("day.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label delay = label("day-delay", "vk-day-delay");
        delay.textProperty().bind(model.delayTextProperty());
        subs.onChange(model.delayProperty(), (o, a, d) -> delayStyle(delay, d.longValue()));
        delayStyle(delay, model.delayProperty().get());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, delay);
        head.setAlignment(Pos.BASELINE_LEFT);

        Label example = label("day-example", Styles.MUTED);
        example.textProperty().bind(model.exampleNoteProperty());
        shownWhenText(example);
        Label now = label("day-now", "vk-day-now");
        now.textProperty().bind(model.nowTextProperty());
        Label headline = label("day-headline", "vk-day-headline");
        headline.textProperty().bind(Bindings.when(model.running().roundRunningProperty().or(
                model.running().screenProperty().isEqualTo(DayNow.Screen.PAUSE)))
                .then(model.running().headlineProperty()).otherwise(""));
        shownWhenText(headline);
        Label time = label("day-time", "vk-day-time");
        time.textProperty().bind(model.running().timeProperty());
        Label stage = label("day-stage", "vk-day-stage");
        stage.textProperty().bind(model.running().stageTextProperty());
        HBox clock = new HBox(10, time, stage);
        clock.setAlignment(Pos.BASELINE_LEFT);
        clock.getStyleClass().add("vk-day-clock");
        clock.visibleProperty().bind(model.running().timedProperty());
        clock.managedProperty().bind(model.running().timedProperty());
        subs.onChange(model.running().stageProperty(), (o, a, s) -> {
            clock.pseudoClassStateChanged(WARNING, s == dk.vaerksted.core.timer.Countdown.Stage.WARNING);
            clock.pseudoClassStateChanged(OVERRUN, s == dk.vaerksted.core.timer.Countdown.Stage.OVERRUN);
        });
        Label after = label("day-after", Styles.MUTED);
        after.textProperty().bind(Bindings.when(model.running().roundRunningProperty()).then(model.running().afterProperty())
                .otherwise(model.nextTextProperty()));
        shownWhenText(after);
        shortened = List.of(example, after);
        for (Label l : shortened) {
            Tooltip whole = new Tooltip();
            whole.textProperty().bind(l.textProperty());
            whole.setWrapText(true);
            whole.setMaxWidth(480);
            l.setTooltip(whole);
        }

        Button advance = button("day-advance", "day.advance", model::advance);
        advance.getStyleClass().add("accent");
        advance.setTooltip(new Tooltip(m.get("day.advance.help")));
        advance.textProperty().bind(Bindings.createStringBinding(() -> m.get(
                model.running().roundRunningProperty().get() ? "day.round.next"
                        : model.nextTextProperty().get().isEmpty() && model.currentProperty().get() >= 0
                        ? "day.endDay" : "day.advance"),
                model.running().roundRunningProperty(), model.nextTextProperty(), model.currentProperty()));
        advance.disableProperty().bind(model.nextTextProperty().isEmpty().and(model.currentProperty().lessThan(0)));
        CheckBox showProgram = new CheckBox(m.get("day.showProgram"));
        showProgram.setId("day-show-program");
        showProgram.setFocusTraversable(false);
        showProgram.selectedProperty().bindBidirectional(model.showProgramProperty());
        // After the last item: the day's end taken back, as Shift+F6 does.
        Button reopen = button("day-reopen", "day.reopen", model::back);
        reopen.visibleProperty().bind(model.overProperty());
        reopen.managedProperty().bind(model.overProperty());
        advance.managedProperty().bind(advance.visibleProperty());
        advance.visibleProperty().bind(model.overProperty().not());
        actions = new FlowPane(6, 6, advance, reopen, showProgram);

        VBox round = new RoundControls(model, m);
        rowBox.setId("day-rows");
        rowBox.setAccessibleText(m.get("day.rows"));
        FlowPane rowActions = rowActions();

        rowScroll.setId("day-rows-scroll");
        rowScroll.setFitToWidth(true);
        rowScroll.setPrefViewportHeight(300);
        rowScroll.setFocusTraversable(false);
        getChildren().addAll(head, example, now, headline, clock, after, actions, round, rowScroll, rowActions);
        visibleProperty().bind(model.presentProperty());
        managedProperty().bind(model.presentProperty());

        subs.onInvalidate(model.rows(), o -> showRows());
        selected.addListener(o -> showRows());
        showRows();
        frames = dk.vaerksted.ui.timer.FrameLoop.whileShown(this, model::refresh);
        heightProperty().addListener(o -> fitRows());
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (column == null) {
            // Laid out in its column for the first time: from now on the list follows the column's height.
            javafx.application.Platform.runLater(this::fitRows);
        }
    }

    /**
     * The list of items takes the room the column has left above the countdown's bottom, between {@link #FEWEST_ROWS} and 300
     * pixels: on a laptop's screen the countdown's buttons under the panel stay in sight without
     * scrolling the column; on a tall one the list shows as much as it can. In a short column the
     * example's note and what is next take a line each (the whole text in their tooltips).
     */
    private void fitRows() {
        if (column == null) {
            for (javafx.scene.Node n = getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() instanceof Region content) {
                    column = s;
                    s.viewportBoundsProperty().addListener(o -> fitRows());
                    content.heightProperty().addListener(o -> fitRows());
                    break;
                }
            }
            if (column == null) {
                return;
            }
        }
        Region content = (Region) column.getContent();
        boolean wrap = column.getViewportBounds().getHeight() >= SHORT_COLUMN;
        shortened.forEach(l -> l.setWrapText(wrap));
        double frame = rowScroll.getHeight() - rowScroll.getViewportBounds().getHeight();
        // What has to fit: the panel and the countdown under it (the steps' list below may scroll).
        double bottom = getBoundsInParent().getMaxY();
        List<javafx.scene.Node> below = content.getChildrenUnmodifiable();
        int at = below.indexOf(this);
        if (at >= 0 && at + 1 < below.size() && below.get(at + 1).isManaged()) {
            bottom = below.get(at + 1).getBoundsInParent().getMaxY();
        }
        double others = bottom - rowScroll.getHeight();
        double room = column.getViewportBounds().getHeight() - others - frame - 1;
        double want = Math.max(FEWEST_ROWS, Math.min(300, Math.floor(room)));
        if (Math.abs(rowScroll.getPrefViewportHeight() - want) >= 1) {
            rowScroll.setPrefViewportHeight(want);
        }
    }

    /** Start, −1 / +1 minute and "Indhent her" for the row selected. */
    private FlowPane rowActions() {
        Button start = button("day-start-selected", "day.startSelected", () -> model.start(selected.get()));
        Button minus = button("day-minus", "day.minus", () -> model.adjust(selected.get(), -1));
        Button plus = button("day-plus", "day.plus", () -> model.adjust(selected.get(), 1));
        Button catchUp = button("day-catch-up", "day.catchUp", () -> model.catchUp(selected.get()));
        catchUp.setTooltip(new Tooltip(m.get("day.catchUp.help")));
        var none = selected.lessThan(0);
        start.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> !startable(), selected,
                model.rows())));
        minus.disableProperty().bind(none);
        plus.disableProperty().bind(none);
        catchUp.disableProperty().bind(none.or(model.delayProperty().lessThanOrEqualTo(0)));
        FlowPane p = new FlowPane(6, 6, start, minus, plus, catchUp);
        p.visibleProperty().bind(none.not());
        p.managedProperty().bind(none.not());
        return p;
    }

    private boolean startable() {
        int i = selected.get();
        List<DayViewModel.Row> rows = model.rows();
        return i >= 0 && i < rows.size() && rows.get(i).state() != dk.vaerksted.core.day.Schedule.State.DONE
                && rows.get(i).state() != dk.vaerksted.core.day.Schedule.State.NOW;
    }

    private void showRows() {
        List<DayViewModel.Row> rows = model.rows();
        if (selected.get() >= rows.size()) {
            selected.set(-1);
        }
        rowBox.getChildren().clear();
        for (DayViewModel.Row r : rows) {
            rowBox.getChildren().add(row(r));
        }
        int current = model.currentProperty().get();
        if (current != shownCurrent && current >= 0 && current < rowBox.getChildren().size()) {
            shownCurrent = current;
            javafx.application.Platform.runLater(() -> follow(current));
        }
    }

    /** Scrolls the list so the item running is in sight, with the one before it above. */
    private void follow(int index) {
        if (index >= rowBox.getChildren().size()) {
            return;
        }
        // The rows were just made: lay them out first, or their places are still unknown.
        rowScroll.applyCss();
        rowScroll.layout();
        double content = rowBox.getBoundsInLocal().getHeight();
        double view = rowScroll.getViewportBounds().getHeight();
        if (content <= view) {
            return;
        }
        double y = rowBox.getChildren().get(Math.max(0, index - 1)).getBoundsInParent().getMinY();
        rowScroll.setVvalue(Math.max(0, Math.min(1, y / (content - view))));
    }

    private HBox row(DayViewModel.Row r) {
        Label time = label("day-row-time-" + r.index(), "vk-day-row-time");
        time.setText(r.time());
        Label shift = label("day-row-shift-" + r.index(), "vk-day-row-shift");
        // The plan under the time only where they differ: "09.00 +4".
        shift.setText(r.shift().isEmpty() ? "" : r.planned() + " " + r.shift());
        VBox when = new VBox(0, time, shift);
        when.setMinWidth(58);
        when.setPrefWidth(58);
        Label title = label("day-row-title-" + r.index(), "vk-day-row-title");
        title.setText(r.title());
        title.setWrapText(true);
        String detail = r.kindLabel() + (r.speaker().isEmpty() || r.title().contains(r.speaker()) ? ""
                : "  ·  " + r.speaker()) + (r.minutes().isEmpty() ? "" : "  ·  " + r.minutes());
        Label info = label("day-row-info-" + r.index(), Styles.MUTED);
        info.setText(detail);
        info.setWrapText(true);
        VBox what = new VBox(0, title, info);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox row = new HBox(8, when, what);
        row.setId("day-row-" + r.index());
        row.getStyleClass().addAll("vk-day-row", "vk-day-row-" + r.state().name().toLowerCase(java.util.Locale.ROOT));
        row.pseudoClassStateChanged(SELECTED, selected.get() == r.index());
        row.setOnMouseClicked(e -> selected.set(selected.get() == r.index() ? -1 : r.index()));
        row.setAccessibleText(r.time() + " " + r.title() + " " + detail);
        return row;
    }

    private void delayStyle(Label l, long d) {
        l.pseudoClassStateChanged(BEHIND, d > 0);
        l.pseudoClassStateChanged(AHEAD, d < 0);
    }

    private static void shownWhenText(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.textProperty().isNotEmpty());
    }

    static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /**
     * A panel for {@code view}, above its countdown, let go with the view. While an item that is
     * not an exercise runs (a talk, a pause, a plenary), or the day is over, the exercise's
     * countdown folds away under a line that can bring it back — unless the exercise's clock is
     * going, which is never hidden.
     */
    public static void addTo(dk.vaerksted.ui.session.SessionView view, DayViewModel model, Messages m) {
        DayPanel p = new DayPanel(model, m);
        RunViewModel run = view.runModel();
        BooleanProperty shownAnyway = new SimpleBooleanProperty(false);
        p.subs.onChange(model.currentProperty(), (o, a, c) -> shownAnyway.set(false));
        BooleanBinding fold = Bindings.createBooleanBinding(() -> {
            int c = model.currentProperty().get();
            List<DayViewModel.Row> rows = model.rows();
            boolean otherItem = c >= 0 && c < rows.size() && rows.get(c).kind() != ProgramItem.Kind.EXERCISE;
            boolean going = run.startedProperty().get() && !run.finishedProperty().get();
            return model.presentProperty().get() && (otherItem || model.overProperty().get()) && !going
                    && !shownAnyway.get();
        }, model.currentProperty(), model.rows(), model.presentProperty(), model.overProperty(),
                run.startedProperty(), run.finishedProperty(), shownAnyway);
        Label said = label("day-countdown-folded", Styles.MUTED);
        said.setText(m.get("day.countdownFolded"));
        Button show = p.button("day-show-countdown", "day.showCountdown", () -> shownAnyway.set(true));
        show.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, said, show);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(said, Priority.ALWAYS);
        line.visibleProperty().bind(fold);
        line.managedProperty().bind(fold);
        p.getChildren().add(p.getChildren().indexOf(p.actions) + 1, line);
        view.addAboveCountdown(p, fold, p::dispose);
    }

    /** The row selected (for tests), or −1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The panel is replaced with its session view: it stops listening to the day. */
    public void dispose() {
        frames.stop();
        subs.dispose();
    }

    /** The round's controls: choose minutes and order, start; then next, skip, back, stop. */
    private static final class RoundControls extends VBox {
        RoundControls(DayViewModel model, Messages m) {
            super(6);
            setId("day-round");
            Label title = new Label(m.get("day.round.title"));
            title.getStyleClass().add(Styles.TILE_TITLE);
            ComboBox<Integer> minutes = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 5));
            minutes.setId("day-round-minutes");
            minutes.setValue(2);
            minutes.setFocusTraversable(false);
            minutes.setCellFactory(v -> dk.vaerksted.ui.Cells.text(n -> m.get("day.round.minutesChoice", n), false));
            minutes.setButtonCell(dk.vaerksted.ui.Cells.text(n -> m.get("day.round.minutesChoice", n), false));
            minutes.setAccessibleText(m.get("day.round.minutesEach"));
            CheckBox shuffle = new CheckBox(m.get("day.round.shuffle"));
            shuffle.setId("day-round-shuffle");
            shuffle.setFocusTraversable(false);
            Button start = new Button(m.get("day.round.start"));
            start.setId("day-round-start");
            start.setFocusTraversable(false);
            start.setOnAction(e -> model.startRound(minutes.getValue(), shuffle.isSelected()));
            FlowPane setup = new FlowPane(6, 6, new Label(m.get("day.round.minutesEach")), minutes, shuffle, start);
            setup.setAlignment(Pos.CENTER_LEFT);
            setup.visibleProperty().bind(model.running().roundPossibleProperty());
            setup.managedProperty().bind(model.running().roundPossibleProperty());
            FlowPane running = new FlowPane(6, 6, small("day-round-skip", m.get("day.round.skip"), model::skipTable),
                    small("day-round-back", m.get("day.round.back"), model::previousTable),
                    small("day-round-end", m.get("day.round.end"), model::endRound));
            running.visibleProperty().bind(model.running().roundRunningProperty());
            running.managedProperty().bind(model.running().roundRunningProperty());
            getChildren().addAll(title, setup, running);
            var any = model.running().roundPossibleProperty().or(model.running().roundRunningProperty());
            visibleProperty().bind(any);
            managedProperty().bind(any);
        }

        private static Button small(String id, String text, Runnable action) {
            Button b = new Button(text);
            b.setId(id);
            b.setFocusTraversable(false);
            b.setOnAction(e -> action.run());
            return b;
        }
    }

}
