package dk.vaerksted.ui.day;

import dk.vaerksted.core.day.Schedule;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.timer.Countdown;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The day on the projector, a layer of the audience view: the day's program; a pause — "Pause · vi
 * fortsætter kl. 14.30" with the countdown to that clock time and what comes next; a talk with its
 * speaker and its minutes (warning, then overrun shown, never hidden); a report-back round — "Bord
 * 7 har ordet", the next two tables small, the table's countdown; after the last item the
 * session's title under "Dagen er slut". The digits are a fifth of the screen's height or more. While an exercise runs it is not shown: the exercise screens are as
 * they were.
 */
public final class DayScreen extends BorderPane {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVERRUN = PseudoClass.getPseudoClass("overrun");

    private final DayViewModel model;
    private final Messages m;
    private final VBox programList = new VBox(4);
    private final Label headline = DayPanel.label("day-screen-headline", "vk-day-screen-headline");
    private final BooleanBinding active;
    /** Held here: the model outlives a projector window, and listens to these only weakly. */
    private final ChangeListener<Countdown.Stage> onStage;
    private final ListChangeListener<DayViewModel.Row> onRows = c -> showProgram();
    private final ChangeListener<DayNow.Screen> onScreen = (o, a, s) -> showScreen();

    /** @param height the screen's height, for the size of the digits */
    public DayScreen(DayViewModel model, Messages m, ObservableDoubleValue height) {
        this.model = model;
        this.m = m;
        setId("day-screen");
        getStylesheets().add(DayScreen.class.getResource("day.css").toExternalForm());
        active = model.presentProperty().and(model.running().screenProperty().isNotEqualTo(DayNow.Screen.EXERCISE));

        Label kicker = DayPanel.label("day-screen-kicker", "vk-day-screen-kicker");
        kicker.textProperty().bind(model.running().sublineProperty());
        headline.textProperty().bind(model.running().headlineProperty());
        Label after = DayPanel.label("day-screen-after", "vk-day-screen-after");
        after.textProperty().bind(model.running().afterProperty());

        Label digits = DayPanel.label("day-screen-digits", "vk-day-screen-digits");
        digits.setWrapText(false);
        digits.setMinWidth(Region.USE_PREF_SIZE);
        digits.textProperty().bind(model.running().timeProperty());
        // A fifth of the screen's height; half that under the day's program, so the whole program fits.
        var onProgram = model.running().screenProperty().isEqualTo(DayNow.Screen.PROGRAM);
        DoubleBinding px = Bindings.createDoubleBinding(() -> Math.max(24, height.get() * (onProgram.get() ? 0.11 : 0.22)),
                height, onProgram);
        digits.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "-fx-font-size: %.1fpx;", px.get()), px));
        // As wide as "+88:88" (past an hour "+8:88:88") at that size, so the words beside it do not
        // move when overrun's sign comes, and a pause counting more than an hour is not cut short.
        digits.minWidthProperty().bind(Bindings.createDoubleBinding(() -> widest(px.get(),
                digits.getText().indexOf(':') != digits.getText().lastIndexOf(':')), px, digits.textProperty()));
        digits.setAlignment(Pos.CENTER_RIGHT);
        Label stage = DayPanel.label("day-screen-stage", "vk-day-screen-stage");
        stage.textProperty().bind(model.running().stageTextProperty());
        VBox clock = new VBox(0, digits, stage);
        clock.setId("day-screen-clock");
        clock.getStyleClass().add("vk-day-screen-clock");
        clock.setAlignment(Pos.BOTTOM_RIGHT);
        clock.visibleProperty().bind(model.running().timedProperty());
        clock.managedProperty().bind(model.running().timedProperty());
        onStage = (o, a, s) -> {
            clock.pseudoClassStateChanged(WARNING, s == Countdown.Stage.WARNING);
            clock.pseudoClassStateChanged(OVERRUN, s == Countdown.Stage.OVERRUN);
        };
        model.running().stageProperty().addListener(new WeakChangeListener<>(onStage));

        // The words across the top, the clock at the bottom right with what comes next beside it;
        // the program, when it is shown, in the middle.
        VBox words = new VBox(12, kicker, headline);
        words.setAlignment(Pos.TOP_LEFT);
        programList.setId("day-screen-program");
        HBox.setHgrow(after, Priority.ALWAYS);
        after.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(32, after, clock);
        bottom.setAlignment(Pos.BOTTOM_RIGHT);
        setTop(words);
        setCenter(programList);
        setBottom(bottom);
        BorderPane.setAlignment(programList, Pos.TOP_LEFT);
        words.visibleProperty().bind(onProgram.not());
        words.managedProperty().bind(words.visibleProperty());
        after.visibleProperty().bind(onProgram.not());
        programList.visibleProperty().bind(onProgram);
        programList.managedProperty().bind(onProgram);

        model.rows().addListener(new WeakListChangeListener<>(onRows));
        model.running().screenProperty().addListener(new WeakChangeListener<>(onScreen));
        visibleProperty().bind(active);
        showProgram();
        showScreen();
    }

    /** The day's layer for a projector's view. */
    public static void addTo(dk.vaerksted.ui.audience.AudienceView view, DayViewModel model, Messages m) {
        DayScreen screen = new DayScreen(model, m, view.heightProperty());
        view.addLayer(screen, screen.activeProperty());
    }

    private static double widest(double px, boolean hours) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(hours ? "+8:88:88" : "+88:88");
        probe.setFont(javafx.scene.text.Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, px));
        return Math.ceil(probe.getLayoutBounds().getWidth() * 1.04);
    }

    /** Whether the day holds the projector now (the exercise and between layers step aside). */
    public BooleanBinding activeProperty() {
        return active;
    }

    /** The headline's style: a table's name in a round, larger than a talk's title. */
    private void showScreen() {
        boolean round = model.running().screenProperty().get() == DayNow.Screen.ROUND;
        headline.getStyleClass().setAll("label", "vk-day-screen-headline");
        if (round) {
            headline.getStyleClass().add("vk-day-screen-round");
        }
    }

    /** The day's program for the room: each item's time and title, the one running marked. */
    private void showProgram() {
        programList.getChildren().clear();
        Label title = DayPanel.label("day-screen-program-title", "vk-day-screen-headline");
        title.setText(m.get("day.title"));
        programList.getChildren().add(title);
        List<DayViewModel.Row> rows = model.rows();
        for (DayViewModel.Row r : rows) {
            if (r.state() == Schedule.State.SKIPPED) {
                continue;
            }
            Label line = DayPanel.label("day-screen-item-" + r.index(), "vk-day-screen-item");
            line.setText(r.time() + "   " + r.title());
            line.setWrapText(false);
            line.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            if (r.state() == Schedule.State.DONE) {
                line.getStyleClass().add("vk-day-screen-item-done");
            } else if (r.state() == Schedule.State.NOW) {
                line.getStyleClass().add("vk-day-screen-item-now");
            }
            programList.getChildren().add(line);
        }
    }
}
