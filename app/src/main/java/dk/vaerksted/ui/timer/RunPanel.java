package dk.vaerksted.ui.timer;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The presenter's timer: which step is running, its task, the countdown, the controls, and what
 * comes next. It can hold the keyboard (a click on it, or Esc in a field): then Space, +, −, N, R
 * and E drive the countdown, and it says so; anywhere else they do not. Reads the countdown every
 * frame while it is on screen.
 */
public final class RunPanel extends VBox {
    private static final PseudoClass KEYBOARD = PseudoClass.getPseudoClass("keyboard");
    private Runnable onEscape = () -> { };
    /** Held here, listened to weakly by the model. */
    private final javafx.beans.value.ChangeListener<Boolean> onFinished;

    public RunPanel(RunViewModel model, Messages m) {
        super(10);
        setId("run-panel");
        getStyleClass().add("vk-run-panel");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText(m.get("run.countdown"));

        Label stepOf = new Label();
        stepOf.getStyleClass().add(Styles.MUTED);
        stepOf.textProperty().bind(model.stepLabelProperty());
        Label title = new Label();
        title.setId("run-step-title");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        // Step titles and prompts carry card markup: shown without the markers.
        dk.vaerksted.ui.card.MarkupText.bind(title, null, Bindings.createStringBinding(
                () -> stepTitle(model.stepProperty().get()), model.stepProperty()));
        Label prompt = new Label();
        prompt.setId("run-step-prompt");
        prompt.setWrapText(true);
        dk.vaerksted.ui.card.MarkupText.bind(prompt, null, Bindings.createStringBinding(() -> {
            Step s = model.stepProperty().get();
            return s == null || s.prompt() == null ? "" : s.prompt();
        }, model.stepProperty()));
        prompt.managedProperty().bind(prompt.textProperty().isNotEmpty());
        prompt.visibleProperty().bind(prompt.textProperty().isNotEmpty());

        CountdownView countdown = new CountdownView(model, new SimpleDoubleProperty(56), "run-");

        // Ended, the big button runs the exercise again, after asking: never from one key or click.
        Button toggle = button("run-toggle", "run.start", m,
                () -> {
                    if (model.finishedProperty().get()) {
                        askAgain(model, m);
                    } else {
                        model.toggle();
                    }
                });
        toggle.textProperty().bind(Bindings.createStringBinding(() -> model.finishedProperty().get()
                ? m.get("run.button.again") : switch (model.stateProperty().get()) {
                    case RUNNING -> m.get("run.button.pause");
                    case PAUSED -> m.get("run.button.resume");
                    default -> m.get("run.button.start");
                }, model.stateProperty(), model.finishedProperty()));
        toggle.getStyleClass().add("accent");
        // Calm once ended: the accent is for Start and Pause. Weakly: the model outlives the panel.
        onFinished = (o, a, ended) -> {
            toggle.getStyleClass().remove("accent");
            if (!ended) {
                toggle.getStyleClass().add("accent");
            }
        };
        model.finishedProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onFinished));
        onFinished.changed(null, null, model.finishedProperty().get());
        // The big button spans the panel: its words change, its place and size do not.
        toggle.setMaxWidth(Double.MAX_VALUE);
        Button minus = button("run-minus", "run.minus", m, model::minusMinute);
        minus.setText(m.get("run.button.minus"));
        minus.disableProperty().bind(model.finishedProperty());
        Button plus = button("run-plus", "run.plus", m, model::plusMinute);
        plus.setText(m.get("run.button.plus"));
        plus.disableProperty().bind(model.finishedProperty());
        Button restart = button("run-restart", "run.restart", m, model::restart);
        restart.setText(m.get("run.button.restart"));
        restart.disableProperty().bind(model.finishedProperty());
        Button previous = button("run-previous", "run.previousStep", m, model::previous);
        previous.setText(m.get("run.button.previous"));
        Button next = button("run-next", "run.nextStep", m, model::next);
        next.setText(m.get("run.button.next"));
        next.disableProperty().bind(model.finishedProperty());
        Button end = button("run-end", "run.end", m, model::finish);
        end.setText(m.get("run.button.end"));
        end.disableProperty().bind(model.finishedProperty());
        FlowPane buttons = new FlowPane(6, 6, minus, plus, restart, previous, next, end);

        Label nextLabel = new Label();
        nextLabel.setId("run-next-label");
        nextLabel.getStyleClass().add(Styles.MUTED);
        nextLabel.setWrapText(true);
        nextLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Step n = model.nextStepProperty().get();
            return model.finishedProperty().get() ? "" : n == null ? m.get("run.last")
                    : m.get("run.next", dk.vaerksted.core.card.Emphasis.plain(stepTitle(n)));
        }, model.nextStepProperty(), model.finishedProperty()));

        Label keys = new Label();
        keys.setId("run-keys");
        keys.getStyleClass().addAll(Styles.MUTED, "vk-run-keys");
        keys.setWrapText(true);
        keys.textProperty().bind(Bindings.createStringBinding(
                () -> m.get(isFocused() ? "run.keys.on" : "run.keys.off"), focusedProperty()));
        focusedProperty().addListener((o, a, f) -> pseudoClassStateChanged(KEYBOARD, f));

        // The countdown and its buttons first: a step's title or question, however long, never
        // moves a button from under the mouse between two clicks.
        getChildren().addAll(stepOf, countdown, toggle, buttons, title, prompt, nextLabel, keys);
        disableProperty().bind(model.activeProperty().not());

        // A click on the panel (not on a button) gives it the keyboard; Esc or Tab hands it back.
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (!onButton(e.getTarget())) {
                requestFocus();
                e.consume(); // or the scroll pane around takes the focus back
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onEscape.run();
            }
        });

        FrameLoop.whileShown(this, model::refresh); // the digits follow the clock while on screen
    }

    private boolean onButton(Object target) {
        for (Object n = target; n instanceof javafx.scene.Node node && node != this; n = node.getParent()) {
            if (node instanceof javafx.scene.control.ButtonBase) {
                return true;
            }
        }
        return false;
    }

    /** "Kør øvelsen igen?": Kør igen starts it over from its first step (ready), Fortryd leaves it ended. */
    private void askAgain(RunViewModel model, Messages m) {
        javafx.scene.control.ButtonType again = new javafx.scene.control.ButtonType(m.get("run.again.ok"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(m.get("button.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, m.get("run.again.text"), again, cancel);
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        var e = model.exerciseProperty().get();
        ask.setTitle(m.get("run.again.title"));
        ask.setHeaderText(m.get("run.again.header", e == null ? "" : dk.vaerksted.core.card.Emphasis.plain(
                e.title() == null ? e.id() : e.title())));
        ask.getDialogPane().setId("run-again-dialog");
        ask.getDialogPane().lookupButton(again).setId("run-again-ok");
        ask.getDialogPane().lookupButton(cancel).setId("run-again-cancel");
        // Enter or a stray click must not run it again: Fortryd is the default.
        ((Button) ask.getDialogPane().lookupButton(again)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ask.showAndWait().filter(b -> b == again).ifPresent(b -> model.again());
    }

    /** What Esc on the panel does (the cursor back to the note field). */
    public void setOnEscape(Runnable action) {
        this.onEscape = action;
    }

    private static Button button(String id, String tooltipKey, Messages m, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.setTooltip(new Tooltip(m.get(tooltipKey)));
        b.setAccessibleHelp(m.get(tooltipKey));
        b.setOnAction(e -> action.run());
        // Clicking a button leaves the keyboard where it was (in the note field, say).
        b.setFocusTraversable(false);
        return b;
    }

    static String stepTitle(Step s) {
        return s == null ? "" : s.title() == null ? s.id() : s.title();
    }
}
