package dk.vaerksted.ui.board;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.Dialogs;
import dk.vaerksted.ui.Validation;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;

/**
 * The board's *Mærker…* (or M on the wall): the session's tags in a {@link TagEditor}; *Anvend*
 * gives the tags as the fields say, to be applied as one change the session's undo takes back.
 */
final class TagsDialog extends Dialog<List<Board.Tag>> {
    TagsDialog(Session session, Messages m) {
        Validation validation = new Validation();
        TagEditor editor = new TagEditor(session, m, validation);
        editor.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        setTitle(m.get("tags.title"));
        setHeaderText(m.get("tags.header"));
        getDialogPane().setId("tags-dialog");
        getDialogPane().setContent(scroll);
        getDialogPane().setPrefSize(760, 620);
        getDialogPane().setMinWidth(680);
        setResizable(true);
        ButtonType ok = new ButtonType(m.get("edit.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(ok);
        Dialogs.cancelButton(this, m);
        getDialogPane().lookupButton(ok).setId("tags-ok");
        getDialogPane().lookupButton(ok).disableProperty().bind(validation.validProperty().not());
        setResultConverter(b -> b == ok && !validation.invalid() ? editor.result() : null);
        setOnShown(e -> Platform.runLater(() -> editor.newTagField().requestFocus()));
    }
}
