package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Subscriptions;
import dk.vaerksted.ui.card.CardView;
import dk.vaerksted.ui.timer.RunPanel;
import dk.vaerksted.ui.timer.RunViewModel;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An open session: exercises and tables on the left, the selected table's notes with the field to
 * write the next one and its card in the middle, the countdown and the exercise's steps on the
 * right. Everything it hears from the long-lived models is let go by {@link #dispose}.
 */
public final class SessionView extends BorderPane {
    private final SessionViewModel model;
    private final RunViewModel run;
    private final NoteStep noteStep;
    private final Messages messages;
    private final Subscriptions subs = new Subscriptions();
    private final TableList tableList;
    private final SessionHeader header;
    private final CardView cardView;
    private final NotesPane notes;
    private final NoteEntry entry;
    private final Label groupHeading = new Label();
    private final ComboBox<Step> stepChoice = new ComboBox<>();
    /** The notes of the selected table: heading, the notes and card scrolling, the field fixed below. */
    private final BorderPane middle = new BorderPane();
    private final ScrollPane harvestScroll;
    private final HarvestView harvest;
    /** The middle column: the selected table's notes, or the harvest. */
    private final BorderPane center = new BorderPane();
    private final RunPanel runPanel;
    private final StepList steps;
    private final Label noCard = new Label();
    private final Button harvestButton;
    /** The field last written in: where a character typed beside the fields goes. */
    private TextInputControl lastEntry;
    private Runnable onDraftsChanged = () -> { };
    /** Høst: the harvest board (issue 16), wired by the window. */
    private Runnable onBoard = () -> { };
    private final SessionDrafts drafts;

    public SessionView(SessionViewModel model, RunViewModel run, NoteStep noteStep, Messages messages) {
        this.model = model;
        this.run = run;
        this.noteStep = noteStep;
        this.messages = messages;
        this.cardView = new CardView(messages);
        this.notes = new NotesPane(messages, "");
        this.entry = new NoteEntry("note-entry", this::commitNote, this::focusCountdown);
        this.lastEntry = entry;
        this.harvest = new HarvestView(model, messages, subs, this::focusCountdown);
        this.tableList = new TableList(model, messages, subs);
        this.drafts = new SessionDrafts(model, noteStep, messages, entry, harvest, subs);
        tableList.setHasDraft(drafts::hasDraft);
        drafts.setOnChanged(() -> {
            tableList.refreshDrafts();
            onDraftsChanged.run();
        });
        setId("session-view");
        entry.textProperty().addListener(o -> onDraftsChanged.run());
        harvest.setOnTyping(() -> onDraftsChanged.run());

        header = new SessionHeader(model, messages, subs);
        setTop(header);

        harvestButton = SessionButtons.wide("harvest-button", messages.get("harvest.open"), this::showHarvest);
        tableList.getChildren().addAll(harvestButton,
                SessionButtons.wide("board-button", messages.get("board.open"), () -> onBoard.run()));
        tableList.setAfterJump(this::focusEntry);

        noCard.setText(messages.get("session.noCard"));
        noCard.getStyleClass().add(Styles.MUTED);
        noCard.setId("no-card");
        notes.setId("notes");
        groupHeading.setId("group-heading");
        groupHeading.getStyleClass().add(Styles.SECTION_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox notesHeader = new HBox(8, groupHeading, gap);
        notesHeader.getChildren().addAll(SessionButtons.undoRedo(model, messages));
        notesHeader.setAlignment(Pos.CENTER_LEFT);
        // The field to write in stays in sight however many notes a table has.
        VBox notesAndCard = new VBox(12, notes, cardView, noCard);
        notesAndCard.setPadding(new Insets(0, 24, 12, 24));
        ScrollPane notesScroll = SessionButtons.scroll(notesAndCard, "card-scroll");
        VBox writing = new VBox(8, stepRow(), entry);
        writing.setPadding(new Insets(8, 24, 16, 24));
        notesHeader.setPadding(new Insets(0, 24, 8, 24));
        middle.setTop(notesHeader);
        middle.setCenter(notesScroll);
        middle.setBottom(writing);
        harvestScroll = new ScrollPane(harvest);
        harvestScroll.setFitToWidth(true);
        harvestScroll.setId("harvest-scroll");
        dk.vaerksted.ui.FollowFocus.install(harvestScroll);
        center.setCenter(middle);

        runPanel = new RunPanel(run, messages);
        runPanel.setOnEscape(this::focusEntry);
        steps = new StepList(messages);
        VBox right = new VBox(8, runPanel, steps);
        right.setPadding(new Insets(0, 24, 24, 0));
        ScrollPane rightScroll = SessionButtons.scroll(right, "run-scroll");
        rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rightScroll.setMinWidth(320);

        SplitPane split = new SplitPane(tableList, center, rightScroll);
        split.setDividerPositions(0.22, 0.72);
        setCenter(split);

        // A click on an exercise or a table shows its notes again (the harvest button is not one).
        tableList.setOnListClicked(() -> center.setCenter(middle));
        subs.onChange(model.sessionProperty(), (o, a, s) -> showSession(s));
        subs.onChange(model.exerciseProperty(), (o, a, e) -> {
            boolean same = a != null && e != null && a.id().equals(e.id());
            if (same) {
                run.update(e);
            } else {
                run.load(e, false);
            }
            showExercise(e);
        });
        subs.onChange(model.groupProperty(), (o, a, g) -> showGroup(g));
        subs.onChange(model.cardProperty(), (o, a, c) -> showCard(c));
        subs.onChange(noteStep.targetProperty(), (o, a, s) -> showNoteStep(s));
        javafx.beans.value.ChangeListener<Node> typing = (x, was, now) -> {
            if (now instanceof NoteEntry n && (n == entry || harvest.entries().contains(n))) {
                lastEntry = n;
            }
        };
        sceneProperty().addListener((o, a, scene) -> {
            if (a != null) {
                a.focusOwnerProperty().removeListener(typing);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(typing);
            }
        });
        subs.add(() -> {
            if (getScene() != null) {
                getScene().focusOwnerProperty().removeListener(typing);
            }
        });
        showSession(model.sessionProperty().get());
        run.load(model.exerciseProperty().get(), false);
        showExercise(model.exerciseProperty().get());
        showGroup(model.groupProperty().get());
        showCard(model.cardProperty().get());
        showNoteStep(noteStep.targetProperty().get());
    }

    /** "Noterne kommer under: [step]": where the next note goes, and the choice of another step. */
    private HBox stepRow() {
        Label label = new Label(messages.get("notes.stepLabel"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(stepChoice);
        stepChoice.setId("note-step");
        stepChoice.setAccessibleText(messages.get("notes.stepLabel"));
        stepChoice.setMaxWidth(Double.MAX_VALUE);
        stepChoice.setCellFactory(v -> dk.vaerksted.ui.Cells.text(NotesPane::stepName, false));
        stepChoice.setButtonCell(dk.vaerksted.ui.Cells.text(NotesPane::stepName, false));
        stepChoice.setOnAction(e -> {
            Step s = stepChoice.getValue();
            Step target = noteStep.targetProperty().get();
            if (s != null && (target == null || !s.id().equals(target.id()))) {
                noteStep.pick(s);
            }
        });
        HBox.setHgrow(stepChoice, Priority.ALWAYS);
        HBox row = new HBox(8, label, stepChoice);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showNoteStep(Step s) {
        Exercise e = model.exerciseProperty().get();
        List<Step> all = e == null ? List.of() : e.steps();
        if (!stepChoice.getItems().equals(all)) {
            stepChoice.setItems(FXCollections.observableArrayList(all));
        }
        stepChoice.setValue(s);
        stepChoice.setDisable(s == null);
    }

    private void showCard(dk.vaerksted.core.session.Card c) {
        cardView.show(c);
        cardView.setVisible(c != null);
        cardView.setManaged(c != null);
        noCard.setVisible(c == null);
        noCard.setManaged(c == null);
    }

    private void showSession(Session s) {
        if (s == null) {
            return;
        }
        harvestButton.setDisable(s.harvest().isEmpty());
    }

    public RunViewModel runModel() {
        return run;
    }

    private void showExercise(Exercise e) {
        steps.show(e);
        showNoteStep(noteStep.targetProperty().get());
    }

    private void commitNote(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Step step = noteStep.targetProperty().get();
        model.addNote(step == null ? null : step.id(), text);
        entry.clear();
    }

    /** Puts the cursor in the note field, ready to type (after Ctrl+1…9, Alt+↑/↓, Ctrl+G). */
    public void focusEntry() {
        center.setCenter(middle);
        whenLaidOut(entry, () -> {
            entry.requestFocus();
            entry.positionCaret(entry.getText().length());
        });
    }

    /** Gives the keyboard to the countdown (Esc in a field). */
    public void focusCountdown() {
        runPanel.requestFocus();
    }

    /** Whether the keyboard drives the countdown now. */
    public boolean countdownHasKeyboard() {
        return runPanel.isFocused();
    }

    /** Where a character typed beside the fields goes: the field last written in. */
    public TextInputControl typingTarget() {
        if (lastEntry != entry && lastEntry.getScene() == null) {
            lastEntry = entry; // the harvest was rebuilt or left
        }
        if (lastEntry == entry) {
            center.setCenter(middle);
        }
        return lastEntry;
    }

    /** Ctrl+G: the cursor in the field that jumps to a table by number or name. */
    public void askForTable() {
        tableList.focusJump();
    }

    /** The note being typed, not yet added (kept across a crash). */
    public String noteDraft() {
        return entry.getText();
    }

    public void setNoteDraft(String text) {
        entry.setText(text == null ? "" : text);
        entry.positionCaret(entry.getText().length());
    }

    /** What the harvest fields hold, not yet added. */
    public List<String> harvestDrafts() {
        return harvest.drafts();
    }

    public void setHarvestDrafts(List<String> drafts) {
        harvest.setDrafts(drafts);
    }

    /** Told whenever a draft changes (the note field, a harvest field). */
    public void setOnDraftsChanged(Runnable r) {
        this.onDraftsChanged = r;
    }

    /** The notes typed and not yet added, per table and in the harvest; asked about before leaving. */
    public SessionDrafts drafts() {
        return drafts;
    }

    /** Whether the harvest is shown (the projector shows its prompts then). */
    public javafx.beans.binding.BooleanBinding harvestShown() {
        return center.centerProperty().isEqualTo(harvestScroll);
    }

    /** Whether the projector is blacked out (B): said in the heading while it is. */
    public void setProjectorDark(javafx.beans.value.ObservableValue<Boolean> dark) {
        header.showDark(dark);
    }

    /** The tables' room in words under the title (open at which address, or left open last time). */
    public void setRoomStatus(javafx.beans.value.ObservableValue<String> text) {
        header.showRoom(text);
    }

    /** What the Høst button does (the window shows the harvest board). */
    public void setOnBoard(Runnable r) {
        this.onBoard = r;
    }

    /** The countdown panel (for tests and the keyboard). */
    public Node countdownPanel() {
        return runPanel;
    }

    /**
     * Puts a panel above the countdown (the day's program); the countdown and the steps fold away
     * while {@code fold} holds; {@code dispose} lets the panel go with the view.
     */
    public void addAboveCountdown(Node panel, javafx.beans.value.ObservableBooleanValue fold, Runnable dispose) {
        ((VBox) runPanel.getParent()).getChildren().add(0, panel);
        for (Node n : List.of(runPanel, steps)) {
            n.visibleProperty().bind(Bindings.not(fold));
            n.managedProperty().bind(n.visibleProperty());
        }
        subs.add(dispose);
    }

    /** The view is replaced: it stops listening to the models, so it can be collected. */
    public void dispose() {
        subs.dispose();
    }

    private void showHarvest() {
        harvest.refresh();
        center.setCenter(harvestScroll);
        // The scroll pane takes its content in at its next layout: the cursor goes in once it is there.
        whenLaidOut(harvest, harvest::focusFirst);
    }

    /** Runs {@code r} now if {@code n} is in the scene, else after the next layout (a split or scroll pane adds it then). */
    private void whenLaidOut(Node n, Runnable r) {
        javafx.scene.Scene scene = getScene();
        if (n.getScene() != null || scene == null) {
            r.run();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            r.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void showGroup(Group g) {
        Exercise e = model.exerciseProperty().get();
        groupHeading.setText(g == null ? "" : g.displayName() + model.cardNumber(g).map(n -> "  ·  " + n).orElse(""));
        entry.setPromptText(g == null ? "" : messages.get("notes.entryPrompt", g.displayName()));
        entry.setDisable(g == null);
        if (g == null || e == null) {
            notes.show(List.of(), null, List.of(), new NotesPane.Actions((i, t) -> { }, i -> { }, null));
            return;
        }
        notes.show(g.notes(), n -> n.stepId() == null ? null : e.step(n.stepId()).map(NotesPane::stepName).orElse(null),
                e.steps(), new NotesPane.Actions(model::editNote, model::deleteNote, model::moveNote));
    }
}
