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
 * Before a summary is written (PDF, Word, Excel or CSV, by the file's extension): whether members'
 * names are printed (personal data, off unless ticked), whether only the overview is written (PDF
 * and Word: the page or two a manager reads) and which other facilitators' session files of the
 * same event go into one merged summary, each part labelled and kept apart, after the open session.
 */
public final class ExportDialog extends Dialog<ExportDialog.Request> {
    /** What to export: the open session, then {@code merged} in this order. */
    public record Request(boolean withNames, boolean overviewOnly, List<Path> merged) {
        public Request(boolean withNames, List<Path> merged) {
            this(withNames, false, merged);
        }
    }

    /** @param rows whether the format is one row per note (Excel, CSV): no overview, no names */
    public ExportDialog(String target, Messages m, Supplier<List<Path>> chooseFiles, String formatName, boolean rows) {
        setTitle(m.get("menu.export"));
        setHeaderText(target);
        CheckBox names = new CheckBox(m.get("export.withNames"));
        names.setId("export-with-names");
        CheckBox overview = new CheckBox(m.get("export.overviewOnly"));
        overview.setId("export-overview-only");
        overview.setWrapText(true);
        Label rowsNote = new Label(m.get("export.overviewNotForRows"));
        rowsNote.getStyleClass().add(Styles.MUTED);
        names.setDisable(rows);
        overview.setDisable(rows);
        rowsNote.setVisible(rows);
        rowsNote.setManaged(rows);
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
        VBox content = new VBox(10, names, overview, rowsNote, mergeTitle, mergeHint, files, new HBox(8, add, remove));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().setId("export-dialog");
        ButtonType ok = new ButtonType(m.get("export.writeAs", formatName), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok);
        dk.vaerksted.ui.Dialogs.cancelButton(this, m);
        setResultConverter(b -> b == ok ? new Request(names.isSelected() && !rows, overview.isSelected() && !rows,
                List.copyOf(files.getItems())) : null);
    }
}
