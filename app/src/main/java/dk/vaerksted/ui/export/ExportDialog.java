package dk.vaerksted.ui.export;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.ui.Cells;
import dk.vaerksted.ui.ListEdits;
import dk.vaerksted.ui.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Before a PDF is written: whether members' names are printed (personal data, off unless ticked)
 * and which other facilitators' session files of the same event go into one merged summary,
 * each part labelled and kept apart, after the open session.
 */
public final class ExportDialog extends Dialog<ExportDialog.Request> {
    /** What to export: the open session, then {@code merged} in this order. */
    public record Request(boolean withNames, List<Path> merged) {}

    public ExportDialog(String target, Messages m, Supplier<List<Path>> chooseFiles) {
        setTitle(m.get("menu.export"));
        setHeaderText(target);
        CheckBox names = new CheckBox(m.get("export.withNames"));
        names.setId("export-with-names");
        Label mergeTitle = new Label(m.get("export.merge"));
        mergeTitle.getStyleClass().add(Styles.SECTION_TITLE);
        Label mergeHint = new Label(m.get("export.mergeHint"));
        mergeHint.getStyleClass().add(Styles.MUTED);
        mergeHint.setWrapText(true);
        ListView<Path> files = new ListView<>();
        files.setId("export-merge-list");
        files.setPrefHeight(120);
        files.setCellFactory(v -> Cells.text(p -> p.getFileName() + "  ·  " + p.toAbsolutePath().getParent(), false));
        Button add = new Button(m.get("export.mergeAdd"));
        add.setId("export-merge-add");
        add.setOnAction(e -> {
            for (Path p : chooseFiles.get()) {
                if (!files.getItems().contains(p)) {
                    files.getItems().add(p);
                }
            }
        });
        Button remove = new Button(m.get("export.mergeRemove"));
        remove.setId("export-merge-remove");
        remove.setOnAction(e -> ListEdits.removeSelected(files));
        VBox content = new VBox(10, names, mergeTitle, mergeHint, files, new HBox(8, add, remove));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().setId("export-dialog");
        ButtonType ok = new ButtonType(m.get("export.write"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok);
        dk.vaerksted.ui.Dialogs.cancelButton(this, m);
        setResultConverter(b -> b == ok ? new Request(names.isSelected(), List.copyOf(files.getItems())) : null);
    }
}
