package dk.vaerksted.ui.room;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.export.ExportNames;
import dk.vaerksted.export.PdfFonts;
import dk.vaerksted.export.TableCardSheet;
import dk.vaerksted.room.Addresses;
import dk.vaerksted.room.Room;
import dk.vaerksted.ui.Dialogs;
import dk.vaerksted.ui.Problems;
import java.io.File;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The *Rum* menu's actions: open and close the room, renew a table's link, print the table cards. */
public final class RoomActions {
    private static final Logger LOG = Logger.getLogger(RoomActions.class.getName());

    private final RoomController room;
    private final Messages m;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final Executor background;
    private final Supplier<Session> session;
    private final java.util.function.BiConsumer<Path, Integer> exported;

    /**
     * @param exported told about a written table-card sheet (the window offers to open it)
     */
    public RoomActions(RoomController room, Messages m, Dialogs dialogs, Supplier<Window> owner, Executor background,
            Supplier<Session> session, java.util.function.BiConsumer<Path, Integer> exported) {
        this.room = room;
        this.m = m;
        this.dialogs = dialogs;
        this.owner = owner;
        this.background = background;
        this.session = session;
        this.exported = exported;
    }

    /** Lists the laptop's addresses (off the FX thread), asks which, and opens the room there. */
    public void open(Runnable opened) {
        if (room.openProperty().get() || session.get() == null) {
            return;
        }
        background.execute(() -> {
            List<Addresses.Candidate> all;
            try {
                all = Addresses.list();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the machine's addresses could not be listed", e);
                all = List.of();
            }
            List<Addresses.Candidate> found = all;
            Platform.runLater(() -> {
                RoomDialog ask = new RoomDialog(found, room.previousAddress(), m);
                ask.initOwner(owner.get());
                ask.showAndWait().ifPresent(c -> room.open(c.address(), c.port(), opened, this::failed));
            });
        });
    }

    private void failed(Exception e) {
        String why = e instanceof BindException ? m.get("room.failed.port")
                : e instanceof IllegalArgumentException ? m.get("room.failed.noTables") : Problems.describe(e, m);
        dialogs.error(m.get("room.failed.title"), m.get("room.failed.header"), why);
    }

    /** *Luk for bordene*, after asking: the links stop working, the notes stay. */
    public void close() {
        if (!room.openProperty().get()) {
            return;
        }
        ButtonType closeIt = new ButtonType(m.get("room.close.ok"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, null, closeIt, Dialogs.cancel(m));
        ask.initOwner(owner.get());
        ask.setTitle(m.get("room.close.title"));
        ask.setHeaderText(m.get("room.close.header"));
        Label text = new Label(m.get("room.close.text"));
        text.setWrapText(true);
        CheckBox forget = new CheckBox(m.get("room.close.forget"));
        forget.setId("room-close-forget");
        forget.setWrapText(true);
        VBox content = new VBox(12, text, forget);
        content.setPrefWidth(460);
        ask.getDialogPane().setContent(content);
        ask.getDialogPane().setId("room-close-dialog");
        ask.getDialogPane().lookupButton(closeIt).setId("room-close-ok");
        ask.showAndWait().filter(b -> b == closeIt).ifPresent(b -> room.close(!forget.isSelected(), this::failed));
    }

    /** A new link for a table whose code was lost or shared beyond it. */
    public void renew() {
        List<Room.TableLink> links = room.linksProperty().get();
        if (links.isEmpty()) {
            return;
        }
        List<String> names = links.stream().map(Room.TableLink::name).toList();
        ChoiceDialog<String> ask = new ChoiceDialog<>(names.get(0), names) {
            {
                getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("room.renew.ok"),
                        ButtonBar.ButtonData.OK_DONE), Dialogs.cancel(m));
            }
        };
        ask.initOwner(owner.get());
        ask.setTitle(m.get("room.renew.title"));
        ask.setHeaderText(m.get("room.renew.header"));
        ask.setContentText(m.get("room.renew.table"));
        ask.getDialogPane().setId("room-renew-dialog");
        ask.showAndWait().ifPresent(name -> room.renew(links.get(names.indexOf(name)).tableId(), this::failed));
    }

    /** The table cards (QR code and link per table) as a PDF to print, written in the background. */
    public void printCards() {
        List<Room.TableLink> links = room.linksProperty().get();
        Session s = session.get();
        if (links.isEmpty() || s == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("room.cards"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.pdf"), "*.pdf"));
        chooser.setInitialFileName(ExportNames.sanitize(s.title()) + " - bordkort.pdf");
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return;
        }
        List<TableCardSheet.Table> tables = links.stream().map(l -> new TableCardSheet.Table(l.name(), l.link())).toList();
        Locale language = Locale.forLanguageTag(s.language());
        background.execute(() -> {
            try {
                Path target = dk.vaerksted.core.session.FileNames.withSuffix(f.toPath(), ".pdf");
                int pages = new TableCardSheet(new PdfFonts()).print(tables, language, target);
                Platform.runLater(() -> exported.accept(target, pages));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "the table cards could not be written to " + f, e);
                Platform.runLater(() -> dialogs.error(m.get("error.export.title"), f.getName(), Problems.describe(e, m)));
            }
        });
    }
}
