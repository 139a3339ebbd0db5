package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.export.PdfSummaryExporter;
import dk.vaerksted.ui.Problems;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Subscriptions;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The session's heading: its title (cut with "…" rather than wrapped), date, place and
 * facilitators, and the save badge, which is never cut — with the problem in words when a save
 * failed, and a warning when the file could not be locked.
 */
final class SessionHeader extends HBox {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private final Messages messages;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label status = new Label();
    private final Label room = new Label();
    private final Label dark = new Label();

    SessionHeader(SessionViewModel model, Messages messages, Subscriptions subs) {
        super(16);
        this.messages = messages;
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setId("session-title");
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        title.setMinWidth(0);
        meta.getStyleClass().add(Styles.MUTED);
        meta.setId("session-meta");
        meta.setMinWidth(0);
        status.getStyleClass().add(Styles.STATUS);
        status.setId("save-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.createStringBinding(() -> switch (model.saveStateProperty().get()) {
            case SAVED -> messages.get("session.saved");
            case AUTOSAVED_UNNAMED -> messages.get("session.autosavedUnnamed");
            case FAILED -> messages.get("session.saveFailed");
            case CONFLICT -> messages.get("session.conflict");
            default -> messages.get("session.unsaved");
        }, model.saveStateProperty()));
        subs.onChange(model.saveStateProperty(), (o, a, st) -> failed(st));
        failed(model.saveStateProperty().get());
        status.tooltipProperty().bind(Bindings.createObjectBinding(() -> {
            Exception e = model.disk().saveErrorProperty().get();
            return e == null ? null : new Tooltip(Problems.describe(e, messages));
        }, model.disk().saveErrorProperty()));
        Label unlocked = new Label(messages.get("session.unlocked"));
        unlocked.setId("session-unlocked");
        unlocked.getStyleClass().add("vk-problem");
        unlocked.visibleProperty().bind(model.disk().unlockedProperty());
        unlocked.managedProperty().bind(model.disk().unlockedProperty());
        room.setId("room-status");
        room.getStyleClass().add("vk-room-status");
        room.managedProperty().bind(room.textProperty().isNotEmpty());
        room.visibleProperty().bind(room.textProperty().isNotEmpty());
        room.setWrapText(true);
        VBox heading = new VBox(2, title, meta, unlocked, room, notice(model));
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        // While the projector is black (B), the presenter sees it said, with the key that brings it back.
        dark.setText(messages.get("session.projectorDark"));
        dark.setId("projector-dark");
        dark.getStyleClass().add(Styles.STATUS);
        dark.setStyle("-fx-background-color: black; -fx-text-fill: white; -fx-border-color: -vk-warning;"
                + " -fx-border-width: 2; -fx-font-weight: bold;");
        dark.setMinWidth(Region.USE_PREF_SIZE);
        dark.setVisible(false);
        dark.managedProperty().bind(dark.visibleProperty());
        getChildren().addAll(heading, dark, status);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(16, 24, 12, 24));
        subs.onChange(model.sessionProperty(), (o, a, s) -> show(s));
        show(model.sessionProperty().get());
    }

    /**
     * What was just done to the whole session (a version restored), with Fortryd and Luk; shown
     * while the session is as that left it.
     */
    private HBox notice(SessionViewModel model) {
        Label said = new Label();
        said.setId("session-notice-text");
        said.setWrapText(true);
        said.setMinWidth(0);
        javafx.scene.control.Button undo = new javafx.scene.control.Button(messages.get("notice.undo"));
        undo.setId("session-notice-undo");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.setOnAction(e -> model.undo());
        javafx.scene.control.Button close = new javafx.scene.control.Button(messages.get("notice.close"));
        close.setId("session-notice-close");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> model.notice().say(null, null));
        HBox box = new HBox(10, said, undo, close);
        box.setId("session-notice");
        box.getStyleClass().add("vk-notice");
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(said, Priority.ALWAYS);
        javafx.beans.binding.BooleanBinding shown = Bindings.createBooleanBinding(() -> {
            SessionNotice.Notice n = model.notice().property().get();
            return n != null && n.shown() == model.sessionProperty().get();
        }, model.notice().property(), model.sessionProperty());
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        said.textProperty().bind(Bindings.createStringBinding(() -> model.notice().property().get() == null ? ""
                : model.notice().property().get().text(), model.notice().property()));
        return box;
    }

    /** The room's state in words ("Bordene skriver med på …"), empty when there is none. */
    void showRoom(javafx.beans.value.ObservableValue<String> text) {
        room.textProperty().bind(text);
    }

    /** Whether the projector is blacked out now. */
    void showDark(javafx.beans.value.ObservableValue<Boolean> on) {
        dark.visibleProperty().bind(on);
    }

    private void failed(SessionFile.SaveState st) {
        status.pseudoClassStateChanged(FAILED, st == SessionFile.SaveState.FAILED || st == SessionFile.SaveState.CONFLICT);
    }

    private void show(Session s) {
        if (s == null) {
            return;
        }
        title.setText(s.title());
        List<String> parts = new ArrayList<>();
        String date = PdfSummaryExporter.longDate(s.date(), messages.locale());
        if (date != null) {
            parts.add(date);
        }
        if (s.place() != null && !s.place().isBlank()) {
            parts.add(s.place());
        }
        if (!s.facilitators().isEmpty()) {
            parts.add(String.join(", ", s.facilitators()));
        }
        meta.setText(String.join("  ·  ", parts));
    }
}
