package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.Cells;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Changes to a session after it was set up: its details, its tables (rename, reorder, add,
 * remove empty ones, members, the card each holds in the selected exercise), the order of its
 * exercises, exercises added from templates, and the steps' minutes. Returns the edited session.
 */
public final class EditSessionDialog extends Dialog<Session> {
    /** One row of the tables' table. */
    static final class Row {
        final String id;
        final SimpleStringProperty name;
        final SimpleStringProperty members;
        final javafx.beans.property.SimpleObjectProperty<Card> card;
        final boolean hasNotes;

        Row(String id, String name, String members, Card card, boolean hasNotes) {
            this.id = id;
            this.name = new SimpleStringProperty(name);
            this.members = new SimpleStringProperty(members);
            this.card = new javafx.beans.property.SimpleObjectProperty<>(card);
            this.hasNotes = hasNotes;
        }
    }

    private Session draft;

    public EditSessionDialog(Session session, Exercise selected, List<Session> templates, List<Card> libraryCards,
            Messages m) {
        this.draft = session;
        setTitle(m.get("edit.title"));
        setHeaderText(session.title());
        getDialogPane().setId("edit-dialog");
        String cardExercise = selected != null ? selected.id()
                : session.exercises().isEmpty() ? null : session.exercises().get(0).id();

        // Session details
        TextField title = new TextField(session.title());
        title.setId("edit-title");
        DatePicker date = new DatePicker(session.date() == null ? null : LocalDate.parse(session.date()));
        date.setId("edit-date");
        TextField place = new TextField(session.place() == null ? "" : session.place());
        place.setId("edit-place");
        TextField facilitators = new TextField(String.join(", ", session.facilitators()));
        facilitators.setId("edit-facilitators");
        GridPane details = new GridPane();
        details.setHgap(12);
        details.setVgap(10);
        details.setPadding(new Insets(12));
        details.addRow(0, label(m.get("setup.sessionTitle")), title);
        details.addRow(1, label(m.get("setup.date")), date);
        details.addRow(2, label(m.get("setup.place")), place);
        details.addRow(3, label(m.get("setup.facilitators")), facilitators);
        title.setPrefColumnCount(36);

        // Tables
        Map<String, Card> cards = new LinkedHashMap<>();
        session.cards().forEach(c -> cards.put(c.id(), c));
        libraryCards.forEach(c -> cards.putIfAbsent(c.id(), c));
        ObservableList<Card> cardChoices = FXCollections.observableArrayList();
        cardChoices.add(null);
        cardChoices.addAll(cards.values());
        ObservableList<Row> rows = FXCollections.observableArrayList();
        Exercise cardEx = cardExercise == null ? null : SessionEdits.exercise(session, cardExercise).orElse(null);
        List<Group> tables = cardEx != null ? cardEx.groups()
                : session.exercises().isEmpty() ? List.of() : session.exercises().get(0).groups();
        for (Group g : tables) {
            boolean notes = session.exercises().stream().flatMap(e -> e.groups().stream())
                    .anyMatch(x -> x.id().equals(g.id()) && !x.notes().isEmpty());
            rows.add(new Row(g.id(), g.displayName(), String.join(", ", g.members()),
                    g.cardId() == null ? null : cards.get(g.cardId()), notes));
        }
        TableView<Row> table = new TableView<>(rows);
        table.setId("edit-tables");
        table.setEditable(true);
        TableColumn<Row, String> nameCol = new TableColumn<>(m.get("edit.tableName"));
        nameCol.setCellValueFactory(r -> r.getValue().name);
        nameCol.setCellFactory(TextFieldTableCell.forTableColumn());
        nameCol.setPrefWidth(160);
        TableColumn<Row, String> membersCol = new TableColumn<>(m.get("edit.members"));
        membersCol.setCellValueFactory(r -> r.getValue().members);
        membersCol.setCellFactory(TextFieldTableCell.forTableColumn());
        membersCol.setPrefWidth(300);
        TableColumn<Row, Card> cardCol = new TableColumn<>(m.get("edit.card",
                cardEx == null ? "" : cardEx.title() == null ? cardEx.id() : cardEx.title()));
        cardCol.setCellValueFactory(r -> r.getValue().card);
        cardCol.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Card c) {
                return c == null ? m.get("edit.noCard") : c.label();
            }

            @Override
            public Card fromString(String s) {
                return null;
            }
        }, cardChoices));
        cardCol.setPrefWidth(260);
        table.getColumns().add(nameCol);
        table.getColumns().add(membersCol);
        table.getColumns().add(cardCol);
        Button add = new Button(m.get("edit.addTable"));
        add.setId("edit-add-table");
        add.setOnAction(e -> rows.add(new Row(null,
                dk.vaerksted.core.i18n.Messages.core(java.util.Locale.forLanguageTag(session.language()))
                        .get("group.defaultName", rows.size() + 1), "", null, false)));
        Button remove = new Button(m.get("edit.removeTable"));
        remove.setId("edit-remove-table");
        remove.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Row r = table.getSelectionModel().getSelectedItem();
            return r == null || r.hasNotes;
        }, table.getSelectionModel().selectedItemProperty()));
        remove.setOnAction(e -> rows.remove(table.getSelectionModel().getSelectedItem()));
        Button up = new Button(m.get("edit.up"));
        up.setOnAction(e -> move(table, rows, -1));
        Button down = new Button(m.get("edit.down"));
        down.setOnAction(e -> move(table, rows, 1));
        Label hint = new Label(m.get("edit.hasNotes"));
        hint.getStyleClass().add("vk-muted");
        VBox tablesPane = new VBox(8, table, new HBox(8, add, remove, up, down), hint);
        tablesPane.setPadding(new Insets(12));

        // Exercises
        ListView<Exercise> exercises = new ListView<>(FXCollections.observableArrayList(session.exercises()));
        exercises.setId("edit-exercises");
        exercises.setCellFactory(v -> Cells.text(e -> e.title() == null ? e.id() : e.title(), true));
        exercises.setPrefHeight(160);
        TableView<Step> steps = new TableView<>();
        steps.setId("edit-steps");
        steps.setEditable(true);
        Map<String, Map<String, Double>> minutes = new LinkedHashMap<>();
        TableColumn<Step, String> stepCol = new TableColumn<>(m.get("edit.step"));
        stepCol.setCellValueFactory(s -> new SimpleStringProperty(s.getValue().title()));
        stepCol.setPrefWidth(420);
        TableColumn<Step, String> minCol = new TableColumn<>(m.get("edit.minutes"));
        minCol.setCellValueFactory(s -> {
            Exercise ex = exercises.getSelectionModel().getSelectedItem();
            Double v = ex == null ? null : minutes.getOrDefault(ex.id(), Map.of()).getOrDefault(s.getValue().id(),
                    s.getValue().minutes());
            return new SimpleStringProperty(v == null ? "" : java.text.NumberFormat.getNumberInstance(m.locale()).format(v));
        });
        minCol.setCellFactory(TextFieldTableCell.forTableColumn());
        minCol.setOnEditCommit(ev -> {
            Exercise ex = exercises.getSelectionModel().getSelectedItem();
            if (ex == null) {
                return;
            }
            Double value = dk.vaerksted.ui.Minutes.parse(ev.getNewValue(), m.locale());
            if (value == null && !ev.getNewValue().isBlank()) {
                steps.refresh();
                return;
            }
            minutes.computeIfAbsent(ex.id(), k -> new LinkedHashMap<>()).put(ev.getRowValue().id(), value);
        });
        steps.getColumns().add(stepCol);
        steps.getColumns().add(minCol);
        exercises.getSelectionModel().selectedItemProperty().addListener((o, a, ex) ->
                steps.getItems().setAll(ex == null ? List.of() : ex.steps()));
        Button exUp = new Button(m.get("edit.up"));
        exUp.setOnAction(e -> dk.vaerksted.ui.ListEdits.moveSelected(exercises, -1));
        Button exDown = new Button(m.get("edit.down"));
        exDown.setOnAction(e -> dk.vaerksted.ui.ListEdits.moveSelected(exercises, 1));
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
        VBox exercisesPane = new VBox(8, exercises, new HBox(8, exUp, exDown, addExercise), steps);
        exercisesPane.setPadding(new Insets(12));
        exercises.getSelectionModel().select(selected);

        TabPane tabs = new TabPane(new Tab(m.get("edit.tabSession"), details), new Tab(m.get("edit.tabTables"), tablesPane),
                new Tab(m.get("edit.tabExercises"), exercisesPane));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(820, 520);
        getDialogPane().setContent(tabs);
        getDialogPane().setPrefSize(900, 640);
        getDialogPane().setMinSize(900, 600);
        setResizable(true);

        ButtonType ok = new ButtonType(m.get("edit.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).setId("edit-ok");
        setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            Session s = draft;
            List<String> names = Arrays.stream(facilitators.getText().split(",")).map(String::strip)
                    .filter(x -> !x.isEmpty()).toList();
            String t = title.getText().isBlank() ? s.title() : title.getText().strip();
            s = SessionEdits.withDetails(s, t, date.getValue() == null ? null : date.getValue().toString(),
                    place.getText().isBlank() ? null : place.getText().strip(), names);
            // exercise order as shown
            List<String> order = exercises.getItems().stream().map(Exercise::id).toList();
            List<Exercise> ordered = new ArrayList<>();
            for (String id : order) {
                SessionEdits.exercise(s, id).ifPresent(ordered::add);
            }
            s = SessionEdits.withExercises(s, ordered);
            for (Map.Entry<String, Map<String, Double>> e : minutes.entrySet()) {
                s = SessionEdits.withStepMinutes(s, e.getKey(), e.getValue());
            }
            List<SessionEdits.TableRow> tableRows = rows.stream().map(r -> new SessionEdits.TableRow(r.id,
                    r.name.get().isBlank() ? (r.id == null ? "?" : r.id) : r.name.get().strip(),
                    Arrays.stream(r.members.get().split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList(),
                    r.card.get() == null ? null : r.card.get().id())).toList();
            // cards chosen from the library are embedded, so the file stays self-contained
            List<Card> embedded = new ArrayList<>(s.cards());
            for (Row r : rows) {
                Card c = r.card.get();
                if (c != null && embedded.stream().noneMatch(x -> x.id().equals(c.id()))) {
                    embedded.add(c);
                }
            }
            s = new Session(s.title(), s.date(), s.place(), s.facilitators(), s.language(), embedded, s.exercises(),
                    s.harvest(), s.extras());
            return SessionEdits.withTables(s, tableRows, cardExercise);
        });
    }

    private static void move(TableView<Row> table, ObservableList<Row> rows, int delta) {
        int i = table.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= rows.size()) {
            return;
        }
        Row r = rows.remove(i);
        rows.add(j, r);
        table.getSelectionModel().select(j);
    }

    /** The shown order, with exercises added since appended. */
    private static List<Exercise> mergeOrder(List<Exercise> shown, List<Exercise> all) {
        List<Exercise> out = new ArrayList<>(shown);
        for (Exercise e : all) {
            if (out.stream().noneMatch(x -> x.id().equals(e.id()))) {
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
