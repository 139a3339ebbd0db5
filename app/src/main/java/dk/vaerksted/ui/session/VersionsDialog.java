package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionFormatException;
import dk.vaerksted.core.session.Versions;
import dk.vaerksted.ui.Dialogs;
import dk.vaerksted.ui.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;

/**
 * *Filer → Tidligere versioner*: the versions kept of the open file — as it was when opened, then
 * every few minutes while it changed, before each restore — newest first; the selected one is
 * shown (its notes, read in the background) and can be restored. What the file holds now is kept
 * as a version first, so a restore can itself be undone.
 */
public final class VersionsDialog extends Dialog<Versions.Version> {
    private final Messages m;
    private final VBox preview = new VBox(6);

    /**
     * @param read     reads a version's session (called on {@code background})
     * @param fxThread brings the result back
     */
    public VersionsDialog(String fileName, List<Versions.Version> versions, Messages m, Executor background,
            Consumer<Runnable> fxThread, Reader read) {
        this.m = m;
        setTitle(m.get("versions.title"));
        setHeaderText(m.get("versions.header", fileName));
        getDialogPane().setId("versions-dialog");
        setResizable(true);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(m.locale()).withZone(ZoneId.systemDefault());
        ListView<Versions.Version> list = new ListView<>();
        list.setId("versions-list");
        list.getItems().setAll(versions);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Versions.Version item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : when.format(item.time()) + "\n"
                        + m.get("versions.reason." + item.reason().name()) + "  ·  "
                        + (item.notes() < 0 ? m.get("versions.unreadable") : m.get("start.noteCount", item.notes())));
            }
        });
        preview.setId("versions-preview");
        preview.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(list, previewScroll);
        split.setDividerPositions(0.4);
        split.setPrefSize(820, 460);
        Label none = new Label(m.get("versions.none"));
        none.setWrapText(true);
        getDialogPane().setContent(versions.isEmpty() ? none : split);

        ButtonType restore = new ButtonType(m.get("versions.restore"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(restore);
        ButtonType close = Dialogs.close(m);
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(restore).setId("versions-restore");
        getDialogPane().lookupButton(close).setId("versions-close");
        getDialogPane().lookupButton(restore).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            preview.getChildren().setAll(new Label(m.get("start.loading")));
            if (v != null) {
                background.execute(() -> {
                    try {
                        Session s = read.read(v);
                        fxThread.accept(() -> {
                            if (list.getSelectionModel().getSelectedItem() == v) {
                                show(s);
                            }
                        });
                    } catch (SessionFormatException e) {
                        fxThread.accept(() -> preview.getChildren().setAll(new Label(
                                e.describe(Messages.core(m.locale())))));
                    }
                });
            }
        });
        setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        if (!versions.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Reads the session a version holds. */
    public interface Reader {
        Session read(Versions.Version v) throws SessionFormatException;
    }

    /** The version's session in brief: its title, and each exercise's tables with their last notes. */
    private void show(Session s) {
        preview.getChildren().clear();
        Label title = new Label(s.title());
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        preview.getChildren().addAll(title, new Label(m.get("start.noteCount", s.noteCount())));
        for (Exercise e : s.exercises()) {
            Label ex = new Label(e.title() == null ? e.id() : e.title());
            ex.getStyleClass().add(Styles.TILE_TITLE);
            ex.setWrapText(true);
            preview.getChildren().add(ex);
            for (Group g : e.groups()) {
                if (g.notes().isEmpty()) {
                    continue;
                }
                String last = g.notes().get(g.notes().size() - 1).text().replaceAll("\\s+", " ");
                Label row = new Label(g.displayName() + " · " + m.get("start.noteCount", g.notes().size()) + ": "
                        + (last.length() > 80 ? last.substring(0, 79) + "…" : last));
                row.setWrapText(true);
                row.getStyleClass().add(Styles.MUTED);
                preview.getChildren().add(row);
            }
        }
    }
}
