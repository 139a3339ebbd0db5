package dk.vaerksted.ui.room;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.room.Addresses;
import dk.vaerksted.ui.Cells;
import dk.vaerksted.ui.Dialogs;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Validation;
import java.net.InetAddress;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * *Rum → Åbn for bordene…*: on which of the laptop's addresses the tables' pages are served (the
 * likely Wi-Fi or LAN one first), on which port (empty: last time's, or any free one), and what
 * the network needs.
 */
public final class RoomDialog extends Dialog<RoomDialog.Choice> {
    /** What the facilitator chose. */
    public record Choice(InetAddress address, Integer port) {}

    public RoomDialog(List<Addresses.Candidate> addresses, String previous, Messages m) {
        setTitle(m.get("room.open.title"));
        setHeaderText(m.get("room.open.header"));
        getDialogPane().setId("room-dialog");
        setResizable(true);

        ComboBox<Addresses.Candidate> address = new ComboBox<>(FXCollections.observableArrayList(addresses));
        address.setId("room-address");
        java.util.function.Function<Addresses.Candidate, String> name = c -> shown(c.address()) + "   ("
                + (c.loopback() ? m.get("room.open.loopback") : c.displayName()) + ")";
        address.setCellFactory(v -> Cells.text(name, false));
        address.setButtonCell(Cells.text(name, false));
        Addresses.Candidate chosen = addresses.stream()
                .filter(c -> previous != null && c.address().getHostAddress().equalsIgnoreCase(previous)).findFirst()
                .orElse(addresses.isEmpty() ? null : addresses.get(0));
        address.setValue(chosen);
        TextField port = new TextField();
        port.setId("room-port");
        port.setPromptText(m.get("room.open.portPrompt"));
        port.setPrefColumnCount(8);
        Label portProblem = Validation.problemLabel("room-port-problem");
        Validation validation = new Validation();
        validation.check(port, t -> t.isBlank() || portOf(t) != null, m.get("room.open.badPort"), portProblem);
        validation.require(() -> address.getValue() != null);
        address.valueProperty().addListener((o, a, b) -> validation.recompute());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Label addressLabel = new Label(m.get("room.open.address"));
        addressLabel.setLabelFor(address);
        Label portLabel = new Label(m.get("room.open.port"));
        portLabel.setLabelFor(port);
        grid.addRow(0, addressLabel, address);
        grid.addRow(1, portLabel, port);
        grid.add(portProblem, 1, 2);
        Label network = new Label(m.get("room.open.network"));
        network.setWrapText(true);
        network.getStyleClass().add(Styles.MUTED);
        network.setMaxWidth(560);
        Label none = new Label(m.get("room.open.noNetwork"));
        none.setWrapText(true);
        none.getStyleClass().add("vk-problem");
        none.setVisible(addresses.stream().allMatch(Addresses.Candidate::loopback));
        none.managedProperty().bind(none.visibleProperty());
        VBox content = new VBox(12, grid, none, network);
        content.setPadding(new Insets(12));
        getDialogPane().setContent(content);

        ButtonType openIt = new ButtonType(m.get("room.open.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(openIt);
        Dialogs.cancelButton(this, m);
        getDialogPane().lookupButton(openIt).setId("room-open");
        getDialogPane().lookupButton(openIt).disableProperty().bind(validation.validProperty().not());
        setResultConverter(b -> b != openIt || validation.invalid() ? null
                : new Choice(address.getValue().address(), port.getText().isBlank() ? null : portOf(port.getText())));
        setOnShown(e -> Platform.runLater(address::requestFocus));
    }

    /** An address as people read it: IPv6 shortened ("fd00::2"), without its interface suffix. */
    static String shown(InetAddress a) {
        String s = a.getHostAddress();
        int scope = s.indexOf('%');
        if (scope >= 0) {
            s = s.substring(0, scope);
        }
        if (!(a instanceof java.net.Inet6Address)) {
            return s;
        }
        String[] parts = s.split(":");
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < parts.length; i++) {
            int j = i;
            while (j < parts.length && parts[j].matches("0+")) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (bestLen > 1 && i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            out.append(parts[i].replaceFirst("^0+(?=.)", ""));
            if (i < parts.length - 1) {
                out.append(':');
            }
        }
        return out.toString();
    }

    /** A port a facilitator may choose: a whole number from 1024 to 65535 (lower ones need an administrator). */
    static Integer portOf(String text) {
        String t = text.strip();
        if (!t.matches("\\d{4,5}")) {
            return null;
        }
        int p = Integer.parseInt(t);
        return p >= 1024 && p <= 65535 ? p : null;
    }
}
