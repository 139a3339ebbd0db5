package dk.vaerksted.ui.audience;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.qr.QrCode;
import dk.vaerksted.room.Room;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The room on the projector: one QR code per table, "Bord 7 — scan for at skrive jeres noter"
 * under it, sized so all tables fit the screen. Black on white with a quiet zone, whatever the
 * theme, so every phone reads it.
 */
final class TableCodesView extends VBox {
    private final Messages m;
    private final FlowPane codes = new FlowPane();
    private final Label heading = new Label();
    private List<Room.TableLink> links = List.of();

    TableCodesView(Messages m) {
        super(16);
        this.m = m;
        setId("audience-codes");
        heading.getStyleClass().add("vk-audience-step");
        heading.setWrapText(true);
        heading.setText(m.get("room.codes.heading"));
        codes.setHgap(24);
        codes.setVgap(24);
        codes.setAlignment(Pos.CENTER);
        getChildren().addAll(heading, codes);
        setAlignment(Pos.TOP_CENTER);
        widthProperty().addListener(o -> layoutCodes());
        heightProperty().addListener(o -> layoutCodes());
    }

    void show(List<Room.TableLink> tableLinks) {
        links = List.copyOf(tableLinks);
        layoutCodes();
    }

    /** As many columns as make the codes largest while every table, with its name, fits the screen. */
    private void layoutCodes() {
        codes.getChildren().clear();
        int n = links.size();
        if (n == 0 || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double gap = 24;
        double labelSize = Math.max(14, getHeight() * 0.035);
        double labelHeight = labelSize * 1.5;
        double headingHeight = Math.max(heading.getHeight(), getHeight() * 0.08);
        double w = getWidth() - 2 * 12;
        double h = getHeight() - headingHeight - getSpacing() - 2 * 12;
        double best = 0;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double side = Math.min((w - (cols - 1) * gap) / cols, (h - (rows - 1) * gap) / rows - labelHeight);
            best = Math.max(best, side);
        }
        double side = Math.floor(Math.max(60, best));
        codes.setPrefWrapLength(getWidth() - 24);
        for (Room.TableLink l : links) {
            QrCode qr = QrCode.of(l.link());
            Canvas canvas = new Canvas(side, side);
            draw(canvas.getGraphicsContext2D(), qr, side);
            canvas.setAccessibleText(m.get("room.codes.table", l.name()));
            Label name = new Label(l.name());
            name.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", labelSize));
            name.getStyleClass().add("vk-audience-code-label");
            name.setMaxWidth(side);
            VBox cell = new VBox(2, canvas, name);
            cell.setAlignment(Pos.TOP_CENTER);
            cell.setId("audience-code-" + l.tableId());
            codes.getChildren().add(cell);
        }
        setPadding(new Insets(12));
    }

    private static void draw(GraphicsContext g, QrCode qr, double side) {
        int modules = qr.size() + 2 * QrCode.QUIET_ZONE;
        double cell = side / modules;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setFill(Color.BLACK);
        for (int y = 0; y < qr.size(); y++) {
            for (int x = 0; x < qr.size(); x++) {
                if (qr.dark(x, y)) {
                    g.fillRect((x + QrCode.QUIET_ZONE) * cell, (y + QrCode.QUIET_ZONE) * cell, Math.ceil(cell),
                            Math.ceil(cell));
                }
            }
        }
    }
}
