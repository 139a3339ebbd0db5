package dk.vaerksted.ui.start;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.NewSession;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.DateField;
import dk.vaerksted.ui.Dialogs;
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
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Before the day: title, date, place, facilitators, how many tables, which cards go to them, and
 * the facilitator's own plan of minutes per step. Every field is checked as it is typed: the
 * reason stands at the field and *Start* waits until all is well. Returns what to make the
 * session from; the session itself is made in the core.
 */
public final class SetupDialog extends Dialog<SetupDialog.Result> {
    /** The most tables a session is set up with. */
    public static final int MAX_TABLES = 60;

    /**
     * The setup, the minutes the facilitator planned per step (exercise id → step id → minutes or
     * null), and the day's program (null: none).
     */
    public record Result(NewSession.Setup setup, Map<String, Map<String, Double>> minutes,
            dk.vaerksted.core.session.Program program) {}

    /** A source of cards to deal: a deck of the library, the template's own cards, or none. */
    record Source(String label, List<Card> cards) {}

    private final Messages m;
    private final Validation validation = new Validation();
    private final Label dealNote = new Label();

    public SetupDialog(Session template, List<Deck> decks, LocalDate today, Messages m) {
        this.m = m;
        setTitle(m.get("setup.title"));
        setHeaderText(m.get("setup.header", template.title()));
        getDialogPane().setId("setup-dialog");
        setResizable(true);

        TextField title = field("setup-title", template.title());
        DateField date = new DateField("setup-date", today, today, m);
        TextField place = field("setup-place", "");
        TextField facilitators = field("setup-facilitators", "");
        TextField tables = field("setup-tables", "12");
        tables.setPrefColumnCount(4);

        List<Source> sources = new ArrayList<>();
        if (!template.cards().isEmpty()) {
            sources.add(new Source(m.get("setup.templateCards"), template.cards()));
        }
        decks.forEach(d -> sources.add(new Source(d.title(), d.cards())));
        sources.add(new Source(m.get("setup.noCards"), List.of()));
        ComboBox<Source> source = new ComboBox<>(FXCollections.observableArrayList(sources));
        source.setId("setup-deck");
        source.setCellFactory(v -> cell(Source::label));
        source.setButtonCell(cell(Source::label));
        source.getSelectionModel().select(template.cards().isEmpty() ? sources.size() - 1 : 0);

        ComboBox<NewSession.Deal> deal = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(NewSession.Deal.values()).filter(d -> d != NewSession.Deal.NONE).toList()));
        deal.setId("setup-deal");
        deal.setCellFactory(v -> cell(d -> m.get("setup.deal." + d.name())));
        deal.setButtonCell(cell(d -> m.get("setup.deal." + d.name())));
        deal.getSelectionModel().select(NewSession.Deal.SAME);

        ComboBox<Card> card = new ComboBox<>();
        card.setId("setup-card");
        card.setCellFactory(v -> cell(Card::label));
        card.setButtonCell(cell(Card::label));
        dealNote.setId("setup-deal-note");
        dealNote.getStyleClass().add(Styles.MUTED);
        dealNote.setWrapText(true);
        dealNote.managedProperty().bind(dealNote.textProperty().isNotEmpty());
        Runnable refreshCards = () -> {
            Source s = source.getValue();
            card.setItems(FXCollections.observableArrayList(s == null ? List.of() : s.cards()));
            card.getSelectionModel().selectFirst();
            boolean none = s == null || s.cards().isEmpty();
            deal.setDisable(none);
            card.setDisable(none || deal.getValue() != NewSession.Deal.SAME);
            dealNote.setText(repeatNote(none ? 0 : s.cards().size(), deal.getValue(), tableCount(tables.getText())));
        };
        source.valueProperty().addListener((o, a, b) -> refreshCards.run());
        deal.valueProperty().addListener((o, a, b) -> refreshCards.run());
        tables.textProperty().addListener((o, a, b) -> refreshCards.run());
        refreshCards.run();

        Label titleProblem = Validation.problemLabel("setup-title-problem");
        Label dateProblem = Validation.problemLabel("setup-date-problem");
        Label tablesProblem = Validation.problemLabel("setup-tables-problem");
        validation.check(title, t -> !t.isBlank(), m.get("setup.problem.title"), titleProblem);
        validation.check(date.editor(), t -> DateField.problem(t, today, m), dateProblem);
        validation.check(tables, t -> tableCount(t) > 0, m.get("setup.problem.tables", MAX_TABLES), tablesProblem);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        row = add(grid, row, "setup.sessionTitle", title, titleProblem);
        row = add(grid, row, "setup.date", date, dateProblem);
        row = add(grid, row, "setup.place", place, null);
        row = add(grid, row, "setup.facilitators", facilitators, null);
        row = add(grid, row, "setup.tables", tables, tablesProblem);
        row = add(grid, row, "setup.deck", source, null);
        row = add(grid, row, "setup.deal", deal, dealNote);
        add(grid, row, "setup.card", card, null);
        title.setPrefColumnCount(36);

        Map<String, Map<String, TextField>> planFields = new LinkedHashMap<>();
        VBox plan = plan(template, planFields);
        dk.vaerksted.ui.day.ProgramEditor program = new dk.vaerksted.ui.day.ProgramEditor(
                dk.vaerksted.core.session.Program.of(template).orElse(null),
                FXCollections.observableArrayList(template.exercises()), m, validation);
        javafx.scene.control.TitledPane dayProgram = new javafx.scene.control.TitledPane(m.get("program.edit.section"), program);
        dayProgram.setId("setup-program");
        dayProgram.setExpanded(dk.vaerksted.core.session.Program.of(template).isPresent());
        VBox content = new VBox(8, grid, plan, dayProgram);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        dk.vaerksted.ui.FollowFocus.install(scroll);
        // Room for the program's rows, within a laptop's screen (1366 x 768) with the buttons on it.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scroll.setPrefViewportHeight(Math.min(Math.min(640, screen.getHeight() - 170),
                420 + 40 * planFields.values().stream().mapToInt(Map::size).sum()));
        getDialogPane().setContent(scroll);
        double width = Math.min(dayProgram.isExpanded() ? 860 : 760, screen.getWidth() - 40);
        getDialogPane().setPrefWidth(width);
        getDialogPane().setMinWidth(width);

        ButtonType start = new ButtonType(m.get("setup.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(start);
        Dialogs.cancelButton(this, m);
        getDialogPane().lookupButton(start).setId("setup-start");
        getDialogPane().lookupButton(start).disableProperty().bind(validation.validProperty().not());
        setResultConverter(button -> {
            if (button != start || validation.invalid()) {
                return null;
            }
            Source s = source.getValue();
            boolean none = s == null || s.cards().isEmpty();
            List<String> names = Arrays.stream(facilitators.getText().split(","))
                    .map(String::strip).filter(x -> !x.isEmpty()).toList();
            LocalDate day = date.getValue();
            Map<String, Map<String, Double>> minutes = new LinkedHashMap<>();
            planFields.forEach((exercise, steps) -> {
                Map<String, Double> byStep = new LinkedHashMap<>();
                steps.forEach((step, f) -> byStep.put(step, f.getText().isBlank() ? null : Minutes.parse(f.getText(),
                        m.locale())));
                minutes.put(exercise, byStep);
            });
            return new Result(new NewSession.Setup(title.getText(), day == null ? null : day.toString(),
                    place.getText(), names, tableCount(tables.getText()), none ? List.of() : s.cards(),
                    none ? NewSession.Deal.NONE : deal.getValue(), card.getValue(), today.toEpochDay()), minutes,
                    program.result());
        });
        // The cursor in the title, all of it selected: typing replaces it (and never presses a button).
        setOnShown(e -> Platform.runLater(() -> {
            title.requestFocus();
            title.selectAll();
        }));
    }

    /**
     * "Din plan": the minutes per step, as the facilitator plans them. The template's minutes are
     * filled in where it has them; the source's own time for the exercise, where it gives one,
     * stands above, so a plan is never taken for the source's.
     */
    private VBox plan(Session template, Map<String, Map<String, TextField>> fields) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(0, 12, 12, 12));
        Label head = new Label(m.get("setup.plan"));
        head.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label(m.get("setup.planHint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        box.getChildren().addAll(head, hint);
        NumberFormat nf = NumberFormat.getNumberInstance(m.locale());
        int e = 0;
        for (Exercise ex : template.exercises()) {
            if (template.exercises().size() > 1) {
                Label name = new Label(ex.title() == null ? ex.id() : ex.title());
                name.getStyleClass().add(Styles.TILE_TITLE);
                box.getChildren().add(name);
            }
            String sourceTime = dk.vaerksted.ui.session.StepTimes.sourceTime(ex);
            if (sourceTime != null) {
                Label given = new Label(m.get("setup.sourceTime", sourceTime));
                given.setId("setup-source-time-" + e);
                given.setWrapText(true);
                box.getChildren().add(given);
            }
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(6);
            javafx.scene.layout.ColumnConstraints rest = new javafx.scene.layout.ColumnConstraints();
            rest.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                    new javafx.scene.layout.ColumnConstraints(), new javafx.scene.layout.ColumnConstraints(), rest);
            Map<String, TextField> byStep = new LinkedHashMap<>();
            int row = 0;
            int s = 0;
            for (Step step : ex.steps()) {
                TextField f = field("setup-minutes-" + e + "-" + s++, step.minutes() == null ? "" : nf.format(step.minutes()));
                f.setPrefColumnCount(5);
                f.setPromptText(m.get("setup.untimed"));
                Label problem = Validation.problemLabel(f.getId() + "-problem");
                validation.check(f, t -> Minutes.problemOrNull(t, m), problem);
                Label label = new Label(s + ". " + (step.title() == null ? step.id() : dk.vaerksted.core.card.Emphasis.plain(step.title())));
                label.setLabelFor(f);
                label.setWrapText(true);
                label.setMaxWidth(420);
                grid.addRow(row++, label, f, new Label(m.get("setup.minutesUnit")));
                // The reason under the field, wrapped to the dialog's width (beside it, it pushed the form wider).
                problem.setMinWidth(0);
                problem.setPrefWidth(1);
                problem.setMaxWidth(Double.MAX_VALUE);
                grid.add(problem, 1, row++, 3, 1);
                byStep.put(step.id(), f);
            }
            fields.put(ex.id(), byStep);
            box.getChildren().add(grid);
            e++;
        }
        return box;
    }

    /** The number of tables typed, or 0 when it is not a whole number from 1 to {@link #MAX_TABLES}. */
    static int tableCount(String text) {
        String t = text == null ? "" : text.strip();
        // "16" or "16 borde": the number, and a word after it if one is written.
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("(\\d{1,4})(?:\\s*\\p{L}+\\.?)?").matcher(t);
        if (!d.matches()) {
            return 0;
        }
        int n = Integer.parseInt(d.group(1));
        return n >= 1 && n <= MAX_TABLES ? n : 0;
    }

    /** "7 kort til 12 borde: …": said when dealing one each means some tables get the same card. */
    private String repeatNote(int cards, NewSession.Deal deal, int tables) {
        if (cards == 0 || tables == 0 || deal == NewSession.Deal.SAME || cards >= tables) {
            return "";
        }
        return m.get("setup.repeat", cards, tables);
    }

    private int add(GridPane grid, int row, String key, javafx.scene.Node field, Label below) {
        Label l = new Label(m.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (field instanceof javafx.scene.control.Control c) {
            l.setLabelFor(c);
        } else if (field instanceof DateField d) {
            l.setLabelFor(d.editor());
        }
        grid.addRow(row++, l, field);
        if (below != null) {
            grid.add(below, 1, row++);
        }
        return row;
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return dk.vaerksted.ui.Cells.text(text, false);
    }
}
