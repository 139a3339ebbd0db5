package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The app's message boxes, in the UI's language: JavaFX's own "OK", "Cancel", "Close" and
 * "Message" come from bundles that have no Danish, so every button and title is ours.
 */
public final class Dialogs {
    private final Messages m;
    private final Window owner;

    public Dialogs(Messages m, Window owner) {
        this.m = m;
        this.owner = owner;
    }

    /** The standard buttons, translated. */
    public static ButtonType ok(Messages m) {
        return new ButtonType(m.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Messages m) {
        return new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages m) {
        return new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A dialog's buttons: ours, with the cancel button translated, and ids for tests. */
    public static void cancelButton(Dialog<?> d, Messages m) {
        ButtonType cancel = cancel(m);
        d.getDialogPane().getButtonTypes().add(cancel);
        d.getDialogPane().lookupButton(cancel).setId("dialog-cancel");
    }

    /** A problem with every detail, shown at once (not waited for). */
    public void error(String title, String header, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", close(m));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setId("error-details");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, details.split("\n").length + 1));
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    /** A piece of information with one button. */
    public Alert info(String title, String header, String text, String id) {
        Alert info = new Alert(Alert.AlertType.INFORMATION, text, ok(m));
        info.initOwner(owner);
        info.setTitle(title);
        info.setHeaderText(header);
        info.getDialogPane().setId(id);
        info.show();
        return info;
    }

    /** What to do with unsaved changes before leaving them. */
    public enum Unsaved { SAVE, DISCARD, CANCEL }

    /** "Gem ændringerne i …?" — Gem, Kassér, Fortryd. Closing the box is Fortryd. */
    public Unsaved askUnsaved(String what) {
        return askUnsaved(new UnsavedWork.Question(m.get("unsaved.header", what), m.get("unsaved.text")));
    }

    /** The same question as a screen words it. */
    public Unsaved askUnsaved(UnsavedWork.Question q) {
        ButtonType save = new ButtonType(m.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, q.text(), save, discard, cancel);
        ask.initOwner(owner);
        ask.setTitle(m.get("unsaved.title"));
        ask.setHeaderText(q.header());
        ask.getDialogPane().setId("unsaved-dialog");
        ask.getDialogPane().lookupButton(save).setId("unsaved-save");
        ask.getDialogPane().lookupButton(discard).setId("unsaved-discard");
        ask.getDialogPane().lookupButton(cancel).setId("unsaved-cancel");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Unsaved.CANCEL;
        }
        return answer.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }
}
