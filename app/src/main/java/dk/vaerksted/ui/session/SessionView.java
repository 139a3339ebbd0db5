package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.export.PdfSummaryExporter;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.card.CardView;
import dk.vaerksted.ui.timer.RunPanel;
import dk.vaerksted.ui.timer.RunViewModel;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An open session: exercises and groups on the left, the selected group's card as projected in
 * the middle with its notes below, the exercise's steps on the right.
 */
public final class SessionView extends BorderPane {
    private final SessionViewModel model;
    private final Messages messages;
    private final ListView<Exercise> exercises = new ListView<>();
    private final ListView<Group> groups = new ListView<>();
    private final CardView cardView;
    private final NotesPane notes;
    private final NoteEntry entry;
    private final Label groupHeading = new Label();
    private final Label stepHint = new Label();
    private final VBox middle;
    private final HarvestView harvest;
    private final ScrollPane centerScroll;
    private final VBox steps = new VBox(8);
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label status = new Label();
    private final Label noCard = new Label();

    private final RunViewModel run;

    public SessionView(SessionViewModel model, RunViewModel run, Messages messages) {
        this.model = model;
        this.run = run;
        this.messages = messages;
        this.cardView = new CardView(messages);
        this.notes = new NotesPane(messages, "");
        this.entry = new NoteEntry("note-entry", this::commitNote, () -> entryField().clear());
        this.harvest = new HarvestView(model, messages);
        setId("session-view");

        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setId("session-title");
        title.setWrapText(true);
        meta.getStyleClass().add(Styles.MUTED);
        meta.setId("session-meta");
        status.getStyleClass().add(Styles.STATUS);
        status.setId("save-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> switch (model.saveStateProperty().get()) {
            case SAVED -> messages.get("session.saved");
            case AUTOSAVED_UNNAMED -> messages.get("session.autosavedUnnamed");
            case FAILED -> messages.get("session.saveFailed");
            case CONFLICT -> messages.get("session.conflict");
            default -> messages.get("session.unsaved");
        }, model.saveStateProperty()));
        model.saveStateProperty().addListener((o, a, st) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), st == SessionViewModel.SaveState.FAILED || st == SessionViewModel.SaveState.CONFLICT));
        status.tooltipProperty().bind(Bindings.createObjectBinding(() -> model.saveErrorProperty().get() == null
                ? null : new javafx.scene.control.Tooltip(model.saveErrorProperty().get()), model.saveErrorProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox heading = new VBox(2, title, meta);
        HBox top = new HBox(16, heading, spacer, status);
        top.setPadding(new Insets(16, 24, 12, 24));
        setTop(top);

        exercises.setId("exercise-list");
        exercises.setAccessibleText(messages.get("session.exercises"));
        exercises.setCellFactory(v -> cell(e -> e.title() == null ? e.id() : e.title()));
        exercises.setPrefHeight(180);
        groups.setId("group-list");
        groups.setAccessibleText(messages.get("session.groups"));
        groups.setCellFactory(v -> cell(g -> g.displayName()
                + model.cardNumber(g).map(n -> "   " + n).orElse("")));
        Button harvestButton = new Button(messages.get("harvest.open"));
        harvestButton.setId("harvest-button");
        harvestButton.setMaxWidth(Double.MAX_VALUE);
        harvestButton.setOnAction(e -> showHarvest());
        harvestButton.setDisable(model.sessionProperty().get() == null || model.sessionProperty().get().harvest().isEmpty());
        VBox left = new VBox(8, section("session.exercises"), exercises, section("session.groups"), groups,
                harvestButton);
        VBox.setVgrow(groups, Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 16, 24));
        left.setPrefWidth(300);
        left.setMinWidth(220);

        noCard.setText(messages.get("session.noCard"));
        noCard.getStyleClass().add(Styles.MUTED);
        noCard.setId("no-card");
        notes.setId("notes");
        groupHeading.setId("group-heading");
        groupHeading.getStyleClass().add(Styles.SECTION_TITLE);
        stepHint.setId("note-step");
        stepHint.getStyleClass().add(Styles.MUTED);
        stepHint.setWrapText(true);
        stepHint.textProperty().bind(Bindings.createStringBinding(() -> {
            var step = run.stepProperty().get();
            return messages.get("notes.step", step == null ? messages.get("notes.noStep")
                    : step.prompt() != null ? step.prompt() : step.title());
        }, run.stepProperty()));
        Button undo = new Button(messages.get("notes.undo"));
        undo.setId("notes-undo");
        undo.getStyleClass().add("flat");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox notesHeader = new HBox(8, groupHeading, gap, undo);
        notesHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        middle = new VBox(12, notesHeader, notes, stepHint, entry, cardView, noCard);
        middle.setPadding(new Insets(0, 24, 24, 24));
        centerScroll = new ScrollPane(middle);
        centerScroll.setFitToWidth(true);
        centerScroll.setId("card-scroll");

        steps.setId("steps");
        VBox right = new VBox(8, new RunPanel(run, messages), section("session.steps"), steps);
        right.setPadding(new Insets(0, 24, 24, 0));
        right.setPrefWidth(320);
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);

        SplitPane split = new SplitPane(left, centerScroll, rightScroll);
        split.setDividerPositions(0.22, 0.78);
        setCenter(split);

        exercises.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && !e.equals(model.exerciseProperty().get())) {
                model.selectExercise(e);
            }
        });
        exercises.setOnMouseClicked(e -> centerScroll.setContent(middle));
        groups.setOnMouseClicked(e -> centerScroll.setContent(middle));
        groups.getSelectionModel().selectedItemProperty().addListener((o, a, g) -> {
            if (g != null && !g.equals(model.groupProperty().get())) {
                model.selectGroup(g);
            }
        });
        model.sessionProperty().addListener((o, a, s) -> showSession(s));
        model.exerciseProperty().addListener((o, a, e) -> {
            boolean same = a != null && e != null && a.id().equals(e.id());
            if (!same) {
                run.load(e, false);
            }
            showExercise(e);
        });
        model.groupProperty().addListener((o, a, g) -> showGroup(g));
        model.cardProperty().addListener((o, a, c) -> showCard(c));
        showSession(model.sessionProperty().get());
        run.load(model.exerciseProperty().get(), false);
        showExercise(model.exerciseProperty().get());
        showGroup(model.groupProperty().get());
        showCard(model.cardProperty().get());
    }

    private void showCard(dk.vaerksted.core.session.Card c) {
        cardView.show(c);
        cardView.setVisible(c != null);
        cardView.setManaged(c != null);
        noCard.setVisible(c == null);
        noCard.setManaged(c == null);
    }

    private Label section(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return dk.vaerksted.ui.Cells.text(text, true);
    }

    private void showSession(Session s) {
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
        exercises.getItems().setAll(s.exercises());
        exercises.getSelectionModel().select(model.exerciseProperty().get());
    }

    public RunViewModel runModel() {
        return run;
    }

    private void showExercise(Exercise e) {
        exercises.getSelectionModel().select(e);
        Group selected = model.groupProperty().get();
        groups.getItems().setAll(e == null ? List.of() : e.groups());
        groups.getSelectionModel().select(selected);
        steps.getChildren().clear();
        if (e == null) {
            return;
        }
        NumberFormat nf = NumberFormat.getNumberInstance(messages.locale());
        int i = 1;
        for (Step s : e.steps()) {
            String time = s.minutes() == null ? messages.get("session.untimed")
                    : messages.get("session.minutes", nf.format(s.minutes()));
            Label head = new Label(i++ + ". " + (s.title() == null ? s.id() : s.title()) + "  ·  " + time);
            head.setWrapText(true);
            head.getStyleClass().add(Styles.TILE_TITLE);
            steps.getChildren().add(head);
            if (s.prompt() != null) {
                Label prompt = new Label(s.prompt());
                prompt.setWrapText(true);
                prompt.getStyleClass().add(Styles.MUTED);
                steps.getChildren().add(prompt);
            }
        }
    }

    private TextInputControl entryField() {
        return entry;
    }


    private void commitNote(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        var step = run.stepProperty().get();
        model.addNote(step == null ? null : step.id(), text);
        entry.clear();
    }

    /** Puts the cursor in the note field, ready to type (after Ctrl+1…9 or Alt+↑/↓). */
    public void focusEntry() {
        centerScroll.setContent(middle);
        entry.requestFocus();
    }

    private void showHarvest() {
        harvest.refresh();
        centerScroll.setContent(harvest);
        harvest.focusFirst();
    }

    private void showGroup(Group g) {
        groups.getSelectionModel().select(g);
        Exercise e = model.exerciseProperty().get();
        groupHeading.setText(g == null ? "" : g.displayName()
                + model.cardNumber(g).map(n -> "  ·  " + n).orElse(""));
        entry.setPromptText(g == null ? "" : messages.get("notes.entryPrompt", g.displayName()));
        entry.setDisable(g == null);
        if (g == null || e == null) {
            notes.show(List.of(), null, (i, t) -> { }, i -> { });
            return;
        }
        notes.show(g.notes(), n -> n.stepId() == null ? null
                : e.step(n.stepId()).map(st -> st.prompt() != null ? st.prompt() : st.title()).orElse(null),
                model::editNote, model::deleteNote);
    }
}
