package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Subscriptions;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The plenary harvest: each prompt with what was said, and a field to write the next thing down. */
final class HarvestView extends VBox {
    private final SessionViewModel model;
    private final Messages m;
    private final Runnable onEscape;
    private final List<NoteEntry> entries = new ArrayList<>();
    private Runnable onTyping = () -> { };

    /** @param onEscape what Esc in a harvest field does (the countdown takes the keyboard) */
    HarvestView(SessionViewModel model, Messages m, Subscriptions subs, Runnable onEscape) {
        super(12);
        this.model = model;
        this.m = m;
        this.onEscape = onEscape;
        setId("harvest-view");
        setPadding(new Insets(0, 24, 24, 24));
        subs.onChange(model.sessionProperty(), (o, a, s) -> {
            if (getScene() != null) {
                refresh();
            }
        });
    }

    /** Builds the prompts anew; what is being typed in a field stays there. */
    void refresh() {
        List<String> typing = entries.stream().map(NoteEntry::getText).toList();
        int focused = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).isFocused()) {
                focused = i;
            }
        }
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
            notes.show(h.notes(), null, List.of(), new NotesPane.Actions(
                    (n, t) -> model.editHarvestNote(index, n, t), n -> model.deleteHarvestNote(index, n), null));
            NoteEntry entry = new NoteEntry("harvest-entry-" + i, t -> {
                model.addHarvestNote(index, t);
                entries.get(index).clear();
                focus(index);
            }, onEscape);
            entry.setPromptText(m.get("harvest.entryPrompt"));
            // Tab and Shift+Tab go from prompt to prompt (Ctrl+Tab still reaches the notes' buttons).
            entry.setOnTab(back -> {
                int to = back ? index - 1 : index + 1;
                if (to < 0 || to >= entries.size()) {
                    return false;
                }
                focus(to);
                return true;
            });
            if (i < typing.size()) {
                entry.setText(typing.get(i));
            } else if (i < pendingDrafts.size()) {
                entry.setText(pendingDrafts.get(i));
            }
            entry.textProperty().addListener(o -> onTyping.run());
            entries.add(entry);
            getChildren().addAll(prompt, notes, entry);
        }
        if (focused >= 0) {
            focus(focused);
        }
    }

    /** Told whenever a harvest field's text changes (for crash recovery). */
    void setOnTyping(Runnable r) {
        this.onTyping = r;
    }

    /** Text for the fields before they are built (drafts after a crash). */
    private List<String> pendingDrafts = List.of();

    void setDrafts(List<String> drafts) {
        pendingDrafts = List.copyOf(drafts);
        for (int i = 0; i < entries.size() && i < drafts.size(); i++) {
            entries.get(i).setText(drafts.get(i));
        }
    }

    /** The drafts were added (or discarded): the fields are empty. */
    void clearDrafts() {
        pendingDrafts = List.of();
        entries.forEach(NoteEntry::clear);
    }

    /** What stands in the harvest fields (or was given as drafts before they were built). */
    List<String> drafts() {
        return entries.isEmpty() ? pendingDrafts : entries.stream().map(NoteEntry::getText).toList();
    }

    /** The harvest fields, in prompt order. */
    List<NoteEntry> entries() {
        return entries;
    }

    void focusFirst() {
        focus(0);
    }

    private void focus(int index) {
        if (index < entries.size()) {
            NoteEntry e = entries.get(index);
            e.requestFocus();
            e.positionCaret(e.getText().length());
        }
    }
}
