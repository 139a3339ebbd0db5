package dk.vaerksted.ui.timer;

import dk.vaerksted.core.timer.Countdown;
import java.util.Locale;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * The countdown as people see it: large mm:ss in tabular digits, a progress bar, and the stage in
 * words ("Tiden er næsten gået", "Overtid") as well as in colour (pseudo-classes {@code :warning},
 * {@code :overrun}, {@code :paused}, {@code :ended}). The same component serves the laptop and the projector; the
 * digits' size follows {@code digitSize} (a fixed size, or a share of the screen's height).
 */
public final class CountdownView extends VBox {
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVERRUN = PseudoClass.getPseudoClass("overrun");
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private static final PseudoClass ENDED = PseudoClass.getPseudoClass("ended");

    private final Label digits = new Label();
    private final Label stage = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    /**
     * Held here: a binding listens to its sources only weakly, so without this reference a
     * computed size (a share of the window's height) could be garbage-collected and stop following.
     */
    private final ObservableDoubleValue digitSize;
    /** Held here, listened to weakly by the model. */
    private final javafx.beans.value.ChangeListener<Countdown.Stage> onStage;
    private final javafx.beans.value.ChangeListener<Countdown.State> onState;
    private final javafx.beans.value.ChangeListener<Boolean> onEnded;

    public CountdownView(RunViewModel model, ObservableDoubleValue digitSize, String idPrefix) {
        this(model, digitSize, idPrefix, false);
    }

    /**
     * @param forRoom the projector's: the stage in words without the presenter's hints ("Klar")
     */
    public CountdownView(RunViewModel model, ObservableDoubleValue digitSize, String idPrefix, boolean forRoom) {
        this.digitSize = digitSize;
        this.onStage = (o, a, st) -> applyStage(st, model.stateProperty().get());
        this.onState = (o, a, st) -> applyStage(model.stageProperty().get(), st);
        this.onEnded = (o, a, ended) -> pseudoClassStateChanged(ENDED, ended);
        getStyleClass().add("vk-countdown");
        setAlignment(Pos.CENTER);
        setId(idPrefix + "countdown");
        digits.getStyleClass().add("vk-countdown-digits");
        digits.setId(idPrefix + "countdown-digits");
        digits.textProperty().bind(model.timeProperty());
        digits.setMinWidth(USE_PREF_SIZE);
        stage.getStyleClass().add("vk-countdown-stage");
        stage.setId(idPrefix + "countdown-stage");
        stage.textProperty().bind(forRoom ? model.roomStageLabelProperty() : model.stageLabelProperty());
        stage.setWrapText(true);
        stage.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        bar.getStyleClass().add("vk-countdown-bar");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(digits, bar, stage);

        setAccessibleRole(AccessibleRole.TEXT);
        accessibleTextProperty().bind(model.timeProperty().concat(" ").concat(stage.textProperty()));

        this.digitSize.addListener((o, a, size) -> applySize(size.doubleValue()));
        applySize(this.digitSize.get());
        // Weakly: the run model outlives the presenter's view, which must be free to go.
        model.stageProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onStage));
        model.stateProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onState));
        model.finishedProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onEnded));
        pseudoClassStateChanged(ENDED, model.finishedProperty().get());
        applyStage(model.stageProperty().get(), model.stateProperty().get());
    }

    private void applySize(double size) {
        double px = Math.max(12, size);
        digits.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
        // As wide as the widest time it shows ("+88:88"), so overrun's sign moves nothing around it.
        double w = widest(px);
        digits.setMinWidth(w);
        digits.setPrefWidth(w);
        digits.setAlignment(Pos.CENTER);
        setMinWidth(w);
        stage.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.max(12, size * 0.18)));
        bar.setPrefHeight(Math.max(8, size * 0.08));
    }

    /** The width of "+88:88" in the digits' face at {@code px}, with a little air. */
    static double widest(double px) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text("+88:88");
        probe.setFont(javafx.scene.text.Font.font("DejaVu Sans", javafx.scene.text.FontWeight.BOLD, px));
        return Math.ceil(probe.getLayoutBounds().getWidth() * 1.04);
    }

    private void applyStage(Countdown.Stage s, Countdown.State state) {
        pseudoClassStateChanged(WARNING, s == Countdown.Stage.WARNING);
        pseudoClassStateChanged(OVERRUN, s == Countdown.Stage.OVERRUN);
        pseudoClassStateChanged(PAUSED, state == Countdown.State.PAUSED);
    }
}
