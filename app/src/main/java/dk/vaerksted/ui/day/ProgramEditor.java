package dk.vaerksted.ui.day;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.ui.Cells;
import dk.vaerksted.ui.Minutes;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Validation;
import java.text.NumberFormat;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The day's program in the setup and edit dialogs: one row per item — kind, title, speaker, the
 * exercise it runs, a start time and minutes — with up, down and remove, and "Tilføj punkt". Every
 * value is a plain field: what is typed is what the dialog's button applies, nothing waits for an
 * Enter. A value that cannot be used says why under its row (through the dialog's
 * {@link Validation}, which keeps the button disabled meanwhile); so do the rules of the times
 * across rows (the first item needs a start, a start is not before the item before ends).
 */
public final class ProgramEditor extends VBox {
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");

    private final Messages m;
    private final Messages core;
    private final Validation validation;
    private final ObservableList<Exercise> exercises;
    private final List<Row> rows = new ArrayList<>();
    private final VBox rowBox = new VBox(6);
    private final Label example = new Label();
    private final Program original;
    private boolean exampleTimes;

    /** One item being edited; {@code kept} is the item it was (with its day's record), or null for a new one. */
    private final class Row {
        final ProgramItem kept;
        final ComboBox<ProgramItem.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(ProgramItem.Kind.values()));
        final TextField title = new TextField();
        final TextField speaker = new TextField();
        final ComboBox<Exercise> exercise = new ComboBox<>();
        final TextField start = new TextField();
        final TextField minutes = new TextField();
        final Label startProblem = Validation.problemLabel(null);
        final Label minutesProblem = Validation.problemLabel(null);
        final Label problem = Validation.problemLabel(null);

        Row(ProgramItem it) {
            this.kept = it;
            kind.setCellFactory(v -> Cells.text(k -> m.get("day.kind." + k.word()), false));
            kind.setButtonCell(Cells.text(k -> m.get("day.kind." + k.word()), false));
            kind.setValue(it == null ? ProgramItem.Kind.TALK : it.kind());
            exercise.setItems(exercises);
            exercise.setCellFactory(v -> Cells.text(e -> e.title() == null ? e.id() : e.title(), false));
            exercise.setButtonCell(Cells.text(e -> e.title() == null ? e.id() : e.title(), false));
            exercise.setPromptText(m.get("program.edit.chooseExercise"));
            NumberFormat nf = NumberFormat.getNumberInstance(m.locale());
            if (it != null) {
                title.setText(it.title() == null ? "" : it.title());
                speaker.setText(it.speaker() == null ? "" : it.speaker());
                exercises.stream().filter(e -> e.id().equals(it.exerciseId())).findFirst().ifPresent(exercise::setValue);
                start.setText(it.start() == null ? "" : Program.clockText(it.start()));
                minutes.setText(it.minutes() == null ? "" : nf.format(it.minutes()));
            }
            title.setPrefColumnCount(22);
            speaker.setPrefColumnCount(22);
            exercise.setPrefWidth(280);
            exercise.setMaxWidth(Double.MAX_VALUE);
            kind.setMinWidth(120);
            start.setMinWidth(72);
            minutes.setMinWidth(72);
            start.setPrefColumnCount(4);
            minutes.setPrefColumnCount(4);
            title.setPromptText(m.get("program.edit.titlePrompt"));
            speaker.setPromptText(m.get("program.edit.speakerPrompt"));
            start.setPromptText(m.get("program.edit.startPrompt"));
            minutes.setPromptText(m.get("program.edit.minutesPrompt"));
            validation.check(start, t -> t.isBlank() || clock(t) != null ? null
                    : m.get("program.edit.problem.start", t.strip()), startProblem);
            validation.check(minutes, t -> Minutes.problemOrNull(t, m), minutesProblem);
            problem.getStyleClass().add("vk-problem");
            problem.setWrapText(true);
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            for (var f : List.of(title, speaker, start, minutes)) {
                f.textProperty().addListener(o -> changed());
            }
            start.textProperty().addListener(o -> exampleTimes = false);
            minutes.textProperty().addListener(o -> exampleTimes = false);
            kind.valueProperty().addListener(o -> {
                showKind();
                changed();
            });
            exercise.valueProperty().addListener(o -> changed());
            showKind();
        }

        /** An exercise item chooses its exercise; every other kind may name a speaker. */
        private void showKind() {
            boolean ex = kind.getValue() == ProgramItem.Kind.EXERCISE;
            exercise.setVisible(ex);
            exercise.setManaged(ex);
            speaker.setVisible(!ex);
            speaker.setManaged(!ex);
        }

        ProgramItem item(String id) {
            ProgramItem.Kind k = kind.getValue();
            String t = title.getText().strip();
            String s = speaker.getText().strip();
            Exercise e = k == ProgramItem.Kind.EXERCISE ? exercise.getValue() : null;
            LocalTime st = clock(start.getText());
            Double min = minutes.getText().isBlank() ? null : Minutes.parse(minutes.getText());
            if (kept == null) {
                return ProgramItem.planned(id, k, t.isEmpty() ? null : t, s.isEmpty() ? null : s,
                        e == null ? null : e.id(), st, min);
            }
            return new ProgramItem(kept.id(), k, t.isEmpty() ? null : t, s.isEmpty() ? null : s,
                    e == null ? null : e.id(), st, min, kept.adjustMinutes(), kept.startedAt(), kept.endedAt(),
                    kept.round(), kept.extras());
        }
    }

    /**
     * @param program   the program to edit, or null for none yet
     * @param exercises the session's exercises, kept current by the dialog (one added shows at once)
     */
    public ProgramEditor(Program program, ObservableList<Exercise> exercises, Messages m, Validation validation) {
        super(8);
        this.m = m;
        this.core = Messages.core(m.locale());
        this.validation = validation;
        this.exercises = exercises;
        this.original = program;
        this.exampleTimes = program != null && program.exampleTimes();
        setId("program-editor");
        Label hint = new Label(m.get("program.edit.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        example.setId("program-example");
        example.setWrapText(true);
        example.setText(exampleTimes ? m.get("program.edit.example") : "");
        example.managedProperty().bind(example.textProperty().isNotEmpty());
        example.visibleProperty().bind(example.textProperty().isNotEmpty());
        Button add = new Button(m.get("program.edit.add"));
        add.setId("program-add");
        add.setOnAction(e -> {
            Row r = new Row(null);
            rows.add(r);
            showRows();
            r.title.requestFocus();
        });
        rowBox.setId("program-rows");
        getChildren().addAll(hint, example, rowBox, add);
        if (program != null) {
            program.items().forEach(it -> rows.add(new Row(it)));
        }
        validation.require(this::valid);
        showRows();
    }

    /** "9", "9.00", "09:30", "14.30": a clock time, or null. */
    static LocalTime clock(String text) {
        Matcher x = CLOCK.matcher(text == null ? "" : text.strip());
        if (!x.matches()) {
            return null;
        }
        int h = Integer.parseInt(x.group(1));
        int min = x.group(2) == null ? 0 : Integer.parseInt(x.group(2));
        return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
    }

    private void showRows() {
        rowBox.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        int line = 0;
        if (!rows.isEmpty()) {
            grid.addRow(line++, heading("program.edit.kind"), heading("program.edit.titleSpeaker"),
                    heading("program.edit.start"), heading("program.edit.minutes"));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int index = i;
            r.kind.setId("program-kind-" + i);
            r.title.setId("program-title-" + i);
            r.speaker.setId("program-speaker-" + i);
            r.exercise.setId("program-exercise-" + i);
            r.start.setId("program-start-" + i);
            r.minutes.setId("program-minutes-" + i);
            r.problem.setId("program-problem-" + i);
            r.startProblem.setId("program-start-" + i + "-problem");
            r.minutesProblem.setId("program-minutes-" + i + "-problem");
            r.title.setAccessibleText(m.get("program.edit.title") + " " + (i + 1));
            r.start.setAccessibleText(m.get("program.edit.start") + " " + (i + 1));
            r.minutes.setAccessibleText(m.get("program.edit.minutes") + " " + (i + 1));
            Button up = small("▲", "program-up-" + i, m.get("edit.up"), () -> move(index, -1));
            up.setDisable(i == 0);
            Button down = small("▼", "program-down-" + i, m.get("edit.down"), () -> move(index, 1));
            down.setDisable(i == rows.size() - 1);
            Button remove = small("✕", "program-remove-" + i, m.get("program.edit.remove"), () -> remove(index));
            remove.setDisable(r.kept != null && r.kept.started());
            HBox buttons = new HBox(2, up, down, remove);
            buttons.setAlignment(Pos.CENTER_LEFT);
            buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // Two lines an item: kind, title, start, minutes; under the title the speaker or the exercise.
            grid.addRow(line++, r.kind, r.title, r.start, r.minutes, buttons);
            VBox under = new VBox(2, r.speaker, r.exercise);
            grid.add(under, 1, line++);
            VBox problems = new VBox(0, r.startProblem, r.minutesProblem, r.problem);
            grid.add(problems, 1, line++, 3, 1);
        }
        rowBox.getChildren().add(grid);
        changed();
    }

    private void move(int i, int delta) {
        int j = i + delta;
        if (j >= 0 && j < rows.size()) {
            Row r = rows.remove(i);
            rows.add(j, r);
            showRows();
        }
    }

    private void remove(int i) {
        Row r = rows.remove(i);
        // Its fields' checks stay with the dialog: emptied, they hold.
        r.start.setText("");
        r.minutes.setText("");
        showRows();
    }

    /** Recomputes each row's problems (a required field, the rules of the times) and the dialog's validity. */
    private void changed() {
        List<ProgramItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String why = null;
            if (r.kind.getValue() == ProgramItem.Kind.EXERCISE && r.exercise.getValue() == null) {
                why = m.get("program.edit.problem.exercise");
            } else if (r.kind.getValue() != ProgramItem.Kind.EXERCISE && r.title.getText().isBlank()) {
                why = m.get("program.edit.problem.title");
            }
            r.problem.setText(why == null ? "" : why);
            items.add(r.item("row-" + i));
        }
        if (rows.stream().allMatch(r -> r.problem.getText().isEmpty() && formatsOk(r))) {
            for (Program.TimeProblem t : Program.timeProblems(items)) {
                Row r = rows.get(t.index());
                if (r.problem.getText().isEmpty()) {
                    r.problem.setText(core.get(t.key(), t.args().toArray()));
                }
            }
        }
        showFollowingTimes();
        validation.recompute();
    }

    /**
     * An item without a start of its own shows, greyed in its empty start field, the time it follows
     * on by the plan (a start's example, "9.00", where none can be worked out yet).
     */
    private void showFollowingTimes() {
        LocalTime end = null;
        for (Row r : rows) {
            LocalTime own = clock(r.start.getText());
            LocalTime begin = own != null ? own : end;
            r.start.setPromptText(begin == null ? m.get("program.edit.startPrompt") : Program.clockText(begin));
            Double min = r.minutes.getText().isBlank() ? null : Minutes.parse(r.minutes.getText());
            end = begin == null || min == null ? null : begin.plusSeconds(Math.round(min * 60));
        }
    }

    private static boolean formatsOk(Row r) {
        return (r.start.getText().isBlank() || clock(r.start.getText()) != null)
                && (r.minutes.getText().isBlank() || Minutes.parse(r.minutes.getText()) != null);
    }

    private boolean valid() {
        return rows.stream().allMatch(r -> r.problem.getText().isEmpty() && formatsOk(r));
    }

    /**
     * The program as the rows say: items kept (with what the day recorded) or new (with an id made
     * from the title); null when there are no rows. The times stay marked as an example until one
     * of them is changed.
     */
    public Program result() {
        if (rows.isEmpty()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        rows.stream().filter(r -> r.kept != null).forEach(r -> ids.add(r.kept.id()));
        List<ProgramItem> items = new ArrayList<>();
        for (Row r : rows) {
            String id = r.kept != null ? r.kept.id() : freshId(r, ids);
            items.add(r.item(id));
        }
        return new Program(exampleTimes, original == null ? null : original.source(), items,
                original == null ? Extras.NONE : original.extras());
    }

    private static String freshId(Row r, Set<String> taken) {
        String base = r.title.getText().strip().toLowerCase(Locale.ROOT)
                .replace('æ', 'a').replace('ø', 'o').replace('å', 'a')
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = r.kind.getValue().word();
        }
        base = base.length() > 40 ? base.substring(0, 40) : base;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.TILE_TITLE);
        return l;
    }

    private static Button small(String text, String id, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(help);
        b.setTooltip(new javafx.scene.control.Tooltip(help));
        b.setOnAction(e -> action.run());
        return b;
    }
}
