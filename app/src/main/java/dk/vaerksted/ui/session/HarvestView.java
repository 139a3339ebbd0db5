package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The plenary harvest: each prompt with what was said, and a field to write the next thing down. */
final class HarvestView extends VBox {
    private final SessionViewModel model;
    private final Messages m;
    private final List<NoteEntry> entries = new ArrayList<>();

    HarvestView(SessionViewModel model, Messages m) {
        super(12);
        this.model = model;
        this.m = m;
        setId("harvest-view");
        setPadding(new Insets(0, 24, 24, 24));
        model.sessionProperty().addListener((o, a, s) -> {
            if (getScene() != null) {
                refresh();
            }
        });
    }

    void refresh() {
        getChildren().clear();
        entries.clear();
        Session s = model.sessionProperty().get();
        if (s == null) {
            return;
        }
        Label title = new Label(m.get("session.harvest"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        getChildren().add(title);
        for (int i = 0; i < s.harvest().size(); i++) {
            int index = i;
            HarvestPrompt h = s.harvest().get(i);
            Label prompt = new Label(h.prompt());
            prompt.setId("harvest-prompt-" + i);
            prompt.setWrapText(true);
            prompt.getStyleClass().add(Styles.SECTION_TITLE);
            NotesPane notes = new NotesPane(m, "harvest-" + i + "-");
            notes.show(h.notes(), null, (n, t) -> {
                if (t == null || t.isBlank()) {
                    model.deleteHarvestNote(index, n);
                } else {
                    model.editHarvestNote(index, n, t);
                }
            }, n -> model.deleteHarvestNote(index, n));
            NoteEntry entry = new NoteEntry("harvest-entry-" + i, t -> {
                model.addHarvestNote(index, t);
                focus(index);
            }, () -> entries.get(index).clear());
            entry.setPromptText(m.get("harvest.entryPrompt"));
            entries.add(entry);
            getChildren().addAll(prompt, notes, entry);
        }
    }

    void focusFirst() {
        focus(0);
    }

    private void focus(int index) {
        if (index < entries.size()) {
            entries.get(index).requestFocus();
        }
    }
}
