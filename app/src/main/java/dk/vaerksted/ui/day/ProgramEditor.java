package dk.vaerksted.ui.day;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Validation;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
    private final Messages m;
    private final Messages core;
    private final Validation validation;
    private final ObservableList<Exercise> exercises;
    private final List<ProgramRow> rows = new ArrayList<>();
    private final VBox rowBox = new VBox(6);
    private final Label example = new Label();
    private final Program original;
    private boolean exampleTimes;

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
            ProgramRow r = row(null);
            rows.add(r);
            showRows();
            // The new item in sight, the cursor in its title: typing starts it at once.
            r.title.requestFocus();
            dk.vaerksted.ui.FollowFocus.reveal(r.title);
        });
        rowBox.setId("program-rows");
        getChildren().addAll(hint, example, rowBox, add);
        if (program != null) {
            program.items().forEach(it -> rows.add(row(it)));
        }
        validation.require(this::valid);
        showRows();
    }

    private ProgramRow row(ProgramItem it) {
        ProgramRow[] made = new ProgramRow[1];
        made[0] = new ProgramRow(it, m, exercises, validation, this::changed, d -> move(rows.indexOf(made[0]), d));
        made[0].start.textProperty().addListener(o -> exampleTimes = false);
        made[0].minutes.textProperty().addListener(o -> exampleTimes = false);
        return made[0];
    }

    /** A clock time as typed ("9", "9.00", "16:20", "kl. 16.20"), or null. */
    static LocalTime clock(String text) {
        return ProgramTimes.clock(text);
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
            ProgramRow r = rows.get(i);
            int index = i;
            r.number(i, m);
            Button up = small("▲", "program-up-" + i, m.get("edit.up") + " (Alt+↑)", () -> move(index, -1));
            up.setDisable(i == 0);
            Button down = small("▼", "program-down-" + i, m.get("edit.down") + " (Alt+↓)", () -> move(index, 1));
            down.setDisable(i == rows.size() - 1);
            Button remove = small("✕", "program-remove-" + i, m.get("program.edit.remove"), () -> remove(index));
            remove.setDisable(r.kept != null && r.kept.started());
            HBox buttons = new HBox(2, up, down, remove);
            buttons.setAlignment(Pos.CENTER_LEFT);
            buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            // Two lines an item: kind, title, start, minutes; under the title the speaker or the
            // exercise. Added in that order, which is Tab's; the buttons take no focus.
            grid.addRow(line, r.kind, r.title, r.start, r.minutes);
            VBox under = new VBox(2, r.speaker, r.exercise);
            grid.add(under, 1, line + 1);
            grid.add(buttons, 4, line++);
            line++;
            grid.add(r.problems, 1, line++, 4, 1);
        }
        rowBox.getChildren().add(grid);
        changed();
    }

    private void move(int i, int delta) {
        int j = i + delta;
        if (j >= 0 && j < rows.size()) {
            ProgramRow r = rows.remove(i);
            rows.add(j, r);
            showRows();
        }
    }

    private void remove(int i) {
        ProgramRow r = rows.remove(i);
        // Its fields' checks stay with the dialog: emptied, they hold.
        r.start.setText("");
        r.minutes.setText("");
        showRows();
    }

    /** Recomputes each row's problems (a required field, the rules of the times) and the dialog's validity. */
    private void changed() {
        List<ProgramItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ProgramRow r = rows.get(i);
            String why = null;
            if (r.kind.getValue() == ProgramItem.Kind.EXERCISE && r.exercise.getValue() == null) {
                why = m.get("program.edit.problem.exercise");
            } else if (r.kind.getValue() != ProgramItem.Kind.EXERCISE && r.title.getText().isBlank()) {
                why = m.get("program.edit.problem.title");
            }
            r.problem.setText(why == null ? "" : why);
            items.add(r.item("row-" + i));
        }
        if (rows.stream().allMatch(r -> r.problem.getText().isEmpty() && r.formatsOk())) {
            for (Program.TimeProblem t : Program.timeProblems(items)) {
                ProgramRow r = rows.get(t.index());
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
        for (ProgramRow r : rows) {
            LocalTime own = r.startTime();
            LocalTime begin = own != null ? own : end;
            r.start.setPromptText(begin == null ? m.get("program.edit.startPrompt") : Program.clockText(begin));
            Double min = r.minutesValue();
            end = begin == null || min == null ? null : begin.plusSeconds(Math.round(min * 60));
        }
    }

    private boolean valid() {
        return rows.stream().allMatch(r -> r.problem.getText().isEmpty() && r.formatsOk());
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
        for (ProgramRow r : rows) {
            String id = r.kept != null ? r.kept.id() : freshId(r, ids);
            items.add(r.item(id));
        }
        return new Program(exampleTimes, original == null ? null : original.source(), items,
                original == null ? Extras.NONE : original.extras());
    }

    private static String freshId(ProgramRow r, Set<String> taken) {
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
        b.setFocusTraversable(false);
        return b;
    }
}
