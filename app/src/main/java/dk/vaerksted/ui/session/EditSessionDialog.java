package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.Cells;
import dk.vaerksted.ui.DateField;
import dk.vaerksted.ui.Dialogs;
import dk.vaerksted.ui.ListEdits;
import dk.vaerksted.ui.Minutes;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Validation;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Changes to a session after it was set up: its details, its tables (rename, reorder, add,
 * remove empty ones, members, the card each holds in the selected exercise), the order of its
 * exercises, exercises added from templates, the steps' minutes, the day's program and the
 * harvest board's tags. Every value is a plain field: what is typed is what *Anvend* applies —
 * nothing waits for an Enter — and a value that cannot be applied says why at its field while
 * *Anvend* waits.
 */
public final class EditSessionDialog extends Dialog<Session> {
    /** One table as the editor shows it. */
    private final class TableRow {
        final String id;
        final boolean hasNotes;
        final TextField name = new TextField();
        final TextField members = new TextField();
        final ComboBox<Card> card = new ComboBox<>();

        TableRow(String id, String name, String members, Card card, boolean hasNotes) {
            this.id = id;
            this.hasNotes = hasNotes;
            this.name.setText(name);
            this.members.setText(members);
            this.card.setItems(cardChoices);
            this.card.setValue(card);
            this.card.setCellFactory(v -> Cells.text(this::cardName, false));
            this.card.setButtonCell(Cells.text(this::cardName, false));
        }

        private String cardName(Card c) {
            return c == null ? m.get("edit.noCard") : c.label();
        }
    }

    private final Messages m;
    private final ObservableList<Card> cardChoices = FXCollections.observableArrayList();
    private final ObservableList<TableRow> rows = FXCollections.observableArrayList();
    private final VBox tableBox = new VBox(6);
    private final Validation validation = new Validation();
    /** The minutes fields of each exercise, made when the exercise is first shown. */
    private final Map<String, Map<String, TextField>> minuteFields = new LinkedHashMap<>();
    private final VBox stepsBox = new VBox(6);
    private Session draft;
    private final dk.vaerksted.ui.day.ProgramEditor program;
    /** The harvest board's tags (the board's *Mærker…* edits the same). */
    private final dk.vaerksted.ui.board.TagEditor tags;

    public EditSessionDialog(Session session, Exercise selected, List<Session> templates, List<Card> libraryCards,
            Messages m) {
        this.m = m;
        this.draft = session;
        setTitle(m.get("edit.title"));
        setHeaderText(session.title());
        getDialogPane().setId("edit-dialog");
        String cardExercise = selected != null ? selected.id()
                : session.exercises().isEmpty() ? null : session.exercises().get(0).id();

        // Session details
        TextField title = new TextField(session.title());
        title.setId("edit-title");
        LocalDate today = LocalDate.now();
        DateField date = new DateField("edit-date", session.date() == null ? null : LocalDate.parse(session.date()),
                today, m);
        TextField place = new TextField(session.place() == null ? "" : session.place());
        place.setId("edit-place");
        TextField facilitators = new TextField(String.join(", ", session.facilitators()));
        facilitators.setId("edit-facilitators");
        Label titleProblem = Validation.problemLabel("edit-title-problem");
        Label dateProblem = Validation.problemLabel("edit-date-problem");
        validation.check(title, t -> !t.isBlank(), m.get("setup.problem.title"), titleProblem);
        validation.check(date.editor(), t -> t.isBlank() || DateField.parse(t, today) != null,
                m.get("setup.problem.date"), dateProblem);
        GridPane details = new GridPane();
        details.setHgap(12);
        details.setVgap(8);
        details.setPadding(new Insets(12));
        details.addRow(0, label(m.get("setup.sessionTitle")), title);
        details.add(titleProblem, 1, 1);
        details.addRow(2, label(m.get("setup.date")), date);
        details.add(dateProblem, 1, 3);
        details.addRow(4, label(m.get("setup.place")), place);
        details.addRow(5, label(m.get("setup.facilitators")), facilitators);
        title.setPrefColumnCount(36);

        // Tables
        Map<String, Card> cards = new LinkedHashMap<>();
        session.cards().forEach(c -> cards.put(c.id(), c));
        libraryCards.forEach(c -> cards.putIfAbsent(c.id(), c));
        cardChoices.add(null);
        cardChoices.addAll(cards.values());
        Exercise cardEx = cardExercise == null ? null : SessionEdits.exercise(session, cardExercise).orElse(null);
        List<Group> tables = cardEx != null ? cardEx.groups() : List.of();
        for (Group g : tables) {
            boolean notes = session.exercises().stream().flatMap(e -> e.groups().stream())
                    .anyMatch(x -> x.id().equals(g.id()) && !x.notes().isEmpty());
            rows.add(new TableRow(g.id(), g.displayName(), String.join(", ", g.members()),
                    g.cardId() == null ? null : cards.get(g.cardId()), notes));
        }
        Label cardHeading = new Label(m.get("edit.card",
                cardEx == null ? "" : cardEx.title() == null ? cardEx.id() : cardEx.title()));
        Button add = new Button(m.get("edit.addTable"));
        add.setId("edit-add-table");
        add.setOnAction(e -> {
            rows.add(new TableRow(null, Messages.core(java.util.Locale.forLanguageTag(session.language()))
                    .get("group.defaultName", rows.size() + 1), "", null, false));
            showTables();
            rows.get(rows.size() - 1).name.requestFocus();
        });
        Label hint = new Label(m.get("edit.hasNotes"));
        hint.getStyleClass().add(Styles.MUTED);
        ScrollPane tableScroll = new ScrollPane(tableBox);
        tableScroll.setFitToWidth(true);
        tableScroll.setId("edit-tables");
        VBox.setVgrow(tableScroll, Priority.ALWAYS);
        VBox tablesPane = new VBox(8, cardHeading, tableScroll, new HBox(8, add), hint);
        tablesPane.setPadding(new Insets(12));
        showTables();

        // Exercises and their steps' minutes
        ListView<Exercise> exercises = new ListView<>(FXCollections.observableArrayList(session.exercises()));
        exercises.setId("edit-exercises");
        exercises.setCellFactory(v -> Cells.text(e -> e.title() == null ? e.id() : e.title(), true));
        exercises.setPrefHeight(150);
        exercises.getSelectionModel().selectedItemProperty().addListener((o, a, ex) -> showSteps(ex));
        Button exUp = new Button(m.get("edit.up"));
        exUp.setOnAction(e -> ListEdits.moveSelected(exercises, -1));
        Button exDown = new Button(m.get("edit.down"));
        exDown.setOnAction(e -> ListEdits.moveSelected(exercises, 1));
        MenuButton addExercise = new MenuButton(m.get("edit.addExercise"));
        addExercise.setId("edit-add-exercise");
        for (Session t : templates) {
            MenuItem item = new MenuItem(t.title());
            item.setOnAction(e -> {
                draft = SessionEdits.addExercises(draft, t);
                exercises.getItems().setAll(mergeOrder(exercises.getItems(), draft.exercises()));
            });
            addExercise.getItems().add(item);
        }
        Label stepsHeading = new Label(m.get("edit.stepsMinutes"));
        stepsHeading.getStyleClass().add(Styles.SECTION_TITLE);
        stepsBox.setId("edit-steps");
        VBox exercisesPane = new VBox(8, exercises, new HBox(8, exUp, exDown, addExercise), stepsHeading, stepsBox);
        exercisesPane.setPadding(new Insets(12));
        exercises.getSelectionModel().select(selected);

        Tab tablesTab = new Tab(m.get("edit.tabTables"), tablesPane);
        tablesTab.setId("edit-tab-tables");
        Tab exercisesTab = new Tab(m.get("edit.tabExercises"), new ScrollPane(exercisesPane));
        exercisesTab.setId("edit-tab-exercises");
        ((ScrollPane) exercisesTab.getContent()).setFitToWidth(true);
        program = new dk.vaerksted.ui.day.ProgramEditor(dk.vaerksted.core.session.Program.of(session).orElse(null),
                exercises.getItems(), m, validation);
        ScrollPane programScroll = new ScrollPane(program);
        programScroll.setFitToWidth(true);
        dk.vaerksted.ui.FollowFocus.install(programScroll);
        Tab programTab = new Tab(m.get("program.edit.section"), programScroll);
        programTab.setId("edit-tab-program");
        tags = new dk.vaerksted.ui.board.TagEditor(session, m, validation);
        tags.setPadding(new Insets(12));
        ScrollPane tagsScroll = new ScrollPane(tags);
        tagsScroll.setFitToWidth(true);
        Tab tagsTab = new Tab(m.get("edit.tabTags"), tagsScroll);
        tagsTab.setId("edit-tab-tags");
        TabPane tabs = new TabPane(new Tab(m.get("edit.tabSession"), details), tablesTab, exercisesTab, programTab,
                tagsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(860, 540);
        getDialogPane().setContent(tabs);
        getDialogPane().setPrefSize(920, 660);
        getDialogPane().setMinSize(820, 560);
        setResizable(true);

        ButtonType ok = new ButtonType(m.get("edit.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(ok);
        Dialogs.cancelButton(this, m);
        getDialogPane().lookupButton(ok).setId("edit-ok");
        getDialogPane().lookupButton(ok).disableProperty().bind(validation.validProperty().not());
        setResultConverter(b -> b != ok || validation.invalid() ? null
                : result(title.getText(), date.getValue(), place.getText(), facilitators.getText(),
                        exercises.getItems(), cardExercise));
    }

    /** The session as the dialog's fields say. */
    private Session result(String title, LocalDate date, String place, String facilitators, List<Exercise> order,
            String cardExercise) {
        Session s = draft;
        List<String> names = Arrays.stream(facilitators.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        s = SessionEdits.withDetails(s, title.strip(), date == null ? null : date.toString(),
                place.isBlank() ? null : place.strip(), names);
        List<Exercise> ordered = new ArrayList<>();
        for (Exercise e : order) {
            SessionEdits.exercise(s, e.id()).ifPresent(ordered::add);
        }
        s = SessionEdits.withExercises(s, ordered);
        for (Map.Entry<String, Map<String, TextField>> e : minuteFields.entrySet()) {
            Map<String, Double> minutes = new LinkedHashMap<>();
            e.getValue().forEach((step, f) -> minutes.put(step,
                    f.getText().isBlank() ? null : Minutes.parse(f.getText(), m.locale())));
            s = SessionEdits.withStepMinutes(s, e.getKey(), minutes);
        }
        // cards chosen from the library are embedded, so the file stays self-contained
        List<Card> embedded = new ArrayList<>(s.cards());
        for (TableRow r : rows) {
            Card c = r.card.getValue();
            if (c != null && embedded.stream().noneMatch(x -> x.id().equals(c.id()))) {
                embedded.add(c);
            }
        }
        s = new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), embedded, s.exercises(),
                s.harvest(), s.extras());
        s = dk.vaerksted.core.session.Program.set(s, program.result());
        s = new dk.vaerksted.core.board.TagEdits(dk.vaerksted.core.board.BoardEdits.random()).set(s, tags.result()).session();
        if (cardExercise == null) {
            return s;
        }
        List<SessionEdits.TableRow> tableRows = rows.stream().map(r -> new SessionEdits.TableRow(r.id,
                r.name.getText().isBlank() ? (r.id == null ? "?" : r.id) : r.name.getText().strip(),
                Arrays.stream(r.members.getText().split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList(),
                r.card.getValue() == null ? null : r.card.getValue().id())).toList();
        return SessionEdits.withTables(s, tableRows, cardExercise);
    }

    /** The tables as rows of fields: name, members, card, and up / down / remove. */
    private void showTables() {
        tableBox.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, heading("edit.tableName"), heading("edit.members"), heading("edit.cardColumn"));
        for (int i = 0; i < rows.size(); i++) {
            TableRow r = rows.get(i);
            int index = i;
            r.name.setId("edit-table-name-" + i);
            r.name.setPrefColumnCount(12);
            r.members.setId("edit-table-members-" + i);
            r.members.setPrefColumnCount(24);
            r.card.setId("edit-table-card-" + i);
            Button up = small(m.get("edit.up"), "edit-table-up-" + i, () -> move(index, -1));
            up.setDisable(i == 0);
            Button down = small(m.get("edit.down"), "edit-table-down-" + i, () -> move(index, 1));
            down.setDisable(i == rows.size() - 1);
            Button remove = small(m.get("edit.removeTable"), "edit-table-remove-" + i, () -> {
                rows.remove(index);
                showTables();
            });
            remove.setDisable(r.hasNotes);
            HBox buttons = new HBox(4, up, down, remove);
            buttons.setAlignment(Pos.CENTER_LEFT);
            grid.addRow(i + 1, r.name, r.members, r.card, buttons);
            GridPane.setHgrow(r.members, Priority.ALWAYS);
        }
        tableBox.getChildren().add(grid);
    }

    private void move(int i, int delta) {
        int j = i + delta;
        if (j >= 0 && j < rows.size()) {
            TableRow r = rows.remove(i);
            rows.add(j, r);
            showTables();
            r.name.requestFocus();
        }
    }

    /** The selected exercise's steps, each with its minutes field (typed values survive a change of exercise). */
    private void showSteps(Exercise ex) {
        stepsBox.getChildren().clear();
        if (ex == null) {
            return;
        }
        Map<String, TextField> fields = minuteFields.computeIfAbsent(ex.id(), id -> {
            Map<String, TextField> made = new LinkedHashMap<>();
            NumberFormat nf = NumberFormat.getNumberInstance(m.locale());
            int i = 0;
            for (Step s : ex.steps()) {
                TextField f = new TextField(s.minutes() == null ? "" : nf.format(s.minutes()));
                f.setId("edit-minutes-" + i++);
                f.setPrefColumnCount(5);
                f.setPromptText(m.get("setup.untimed"));
                made.put(s.id(), f);
            }
            return made;
        });
        String sourceTime = StepTimes.sourceTime(ex);
        if (sourceTime != null) {
            stepsBox.getChildren().add(new Label(m.get("setup.sourceTime", sourceTime)));
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Step s : ex.steps()) {
            TextField f = fields.get(s.id());
            Label problem = Validation.problemLabel(f.getId() + "-problem");
            if (!f.getProperties().containsKey("checked")) {
                validation.check(f, t -> Minutes.problemOrNull(t, m), problem);
                f.getProperties().put("checked", problem);
            } else {
                problem = (Label) f.getProperties().get("checked");
            }
            Label name = new Label((row + 1) + ". " + (s.title() == null ? s.id() : dk.vaerksted.core.card.Emphasis.plain(s.title())));
            name.setLabelFor(f);
            name.setWrapText(true);
            name.setMaxWidth(460);
            grid.addRow(row++, name, f, new Label(m.get("setup.minutesUnit")), problem);
        }
        stepsBox.getChildren().add(grid);
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TILE_TITLE);
        return l;
    }

    private static Button small(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The shown order, with exercises added since appended. */
    private static List<Exercise> mergeOrder(List<Exercise> shown, List<Exercise> all) {
        List<Exercise> out = new ArrayList<>(shown);
        for (Exercise e : all) {
            if (out.stream().noneMatch(x -> Objects.equals(x.id(), e.id()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** A form label that is never cut short. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
