package dk.vaerksted.ui;

import java.util.function.Predicate;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationSupport;

/**
 * Fields checked as the user types (ControlsFX's {@link ValidationSupport}): the field is marked,
 * and the reason is written beside it in words — a tooltip alone is not seen by someone typing.
 * A dialog's confirming button stays disabled while anything is wrong.
 */
public final class Validation {
    private final ValidationSupport support = new ValidationSupport();
    private final java.util.List<java.util.function.BooleanSupplier> checks = new java.util.ArrayList<>();
    /** Each checked field's reason brought up to date (a check that compares fields depends on the others). */
    private final java.util.List<Runnable> shown = new java.util.ArrayList<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper valid = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    public ValidationSupport support() {
        return support;
    }

    /**
     * Checks {@code field}'s text with {@code ok}; while it fails, {@code problem} is shown in
     * {@code says} (a label under or beside the field) and the field is decorated.
     */
    public void check(Control field, Predicate<String> ok, String problem, Label says) {
        check(field, t -> ok.test(t) ? null : problem, says);
    }

    /**
     * As above, with the reason depending on what is typed: {@code reason} gives the problem in
     * words, or null when the text is fine.
     */
    public void check(Control field, java.util.function.Function<String, String> reason, Label says) {
        Predicate<String> ok = t -> reason.apply(t) == null;
        support.registerValidator(field, false, (control, value) -> {
            String why = reason.apply(value == null ? "" : value.toString());
            return org.controlsfx.validation.ValidationResult.fromErrorIf(control, why == null ? "" : why, why != null);
        });
        says.getStyleClass().add("vk-problem");
        says.setWrapText(true);
        says.managedProperty().bind(says.textProperty().isNotEmpty());
        says.visibleProperty().bind(says.textProperty().isNotEmpty());
        Runnable now = () -> {
            String why = reason.apply(textOf(field));
            says.setText(why == null ? "" : why);
        };
        if (field instanceof javafx.scene.control.TextInputControl t) {
            t.textProperty().addListener((o, a, b) -> {
                now.run();
                recompute();
            });
        }
        checks.add(() -> ok.test(textOf(field)));
        shown.add(now);
        now.run();
        recompute();
    }

    /**
     * Every check again, its reason and its field's mark too: for checks that compare a field with
     * others (two tags of one name), when another field changed.
     */
    public void revalidate() {
        shown.forEach(Runnable::run);
        support.revalidate();
        recompute();
    }

    /** Another condition that must hold (one not tied to a single text field); call {@link #recompute} when it may change. */
    public void require(java.util.function.BooleanSupplier condition) {
        checks.add(condition);
        recompute();
    }

    public void recompute() {
        valid.set(checks.stream().allMatch(java.util.function.BooleanSupplier::getAsBoolean));
    }

    /** Whether every check holds now: bind a dialog's confirming button's disable to its negation. */
    public javafx.beans.property.ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    private static String textOf(Control field) {
        return field instanceof javafx.scene.control.TextInputControl t ? t.getText() : "";
    }

    /** Whether anything is wrong now. */
    public boolean invalid() {
        return !valid.get();
    }

    /** A label for a field's problem. */
    public static Label problemLabel(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }
}
