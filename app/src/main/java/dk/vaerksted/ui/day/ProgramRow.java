package dk.vaerksted.ui.day;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.ui.Cells;
import dk.vaerksted.ui.Validation;
import java.text.NumberFormat;
import java.time.LocalTime;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One item of the program being edited: kind, title, speaker (or the exercise it runs), start and
 * minutes, and the line under it that says what is wrong. That line keeps its height when empty,
 * so a reason coming or going while someone types never moves the rows under it. Alt+↑ and Alt+↓
 * in its text fields move the item, as the ▲ and ▼ buttons do (those take no focus: Tab goes from
 * field to field and on to the next item).
 */
final class ProgramRow {
    /** The item it was (with its day's record), or null for a new one. */
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
    /** The reasons, over a line's worth of room that is always kept. */
    final StackPane problems;

    /**
     * @param changed called when any value changes
     * @param move    moves this row by −1 or +1 (Alt+↑, Alt+↓)
     */
    ProgramRow(ProgramItem it, Messages m, ObservableList<Exercise> exercises, Validation validation,
            Runnable changed, IntConsumer move) {
        this.kept = it;
        kind.setCellFactory(v -> Cells.text(k -> m.get("day.kind." + k.word()), false));
        kind.setButtonCell(Cells.text(k -> m.get("day.kind." + k.word()), false));
        kind.setValue(it == null ? ProgramItem.Kind.TALK : it.kind());
        exercise.setItems(exercises);
        exercise.setCellFactory(v -> Cells.text(e -> e.title() == null ? e.id() : e.title(), false));
        exercise.setButtonCell(Cells.text(e -> e.title() == null ? e.id() : e.title(), false));
        exercise.setPromptText(m.get("program.edit.chooseExercise"));
        NumberFormat nf = NumberFormat.getNumberInstance(m.locale());
        nf.setGroupingUsed(false);
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
        minutes.setMinWidth(84);
        start.setPrefColumnCount(4);
        minutes.setPrefColumnCount(5);
        title.setPromptText(m.get("program.edit.titlePrompt"));
        speaker.setPromptText(m.get("program.edit.speakerPrompt"));
        start.setPromptText(m.get("program.edit.startPrompt"));
        minutes.setPromptText(m.get("program.edit.minutesPrompt"));
        validation.check(start, t -> ProgramTimes.startProblem(t, m), startProblem);
        validation.check(minutes, t -> ProgramTimes.minutesProblem(t, m), minutesProblem);
        problem.getStyleClass().add("vk-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        Label room = new Label(" ");
        room.setVisible(false);
        problems = new StackPane(room, new VBox(0, startProblem, minutesProblem, problem));
        problems.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        // As wide as the columns it spans, never widening them: a long reason wraps.
        problems.setPrefWidth(1);
        problems.setMaxWidth(Double.MAX_VALUE);
        for (TextField f : List.of(title, speaker, start, minutes)) {
            f.textProperty().addListener(o -> changed.run());
            f.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                    e.consume();
                    move.accept(e.getCode() == KeyCode.UP ? -1 : 1);
                    f.requestFocus();
                }
            });
        }
        kind.valueProperty().addListener(o -> {
            showKind();
            changed.run();
        });
        exercise.valueProperty().addListener(o -> changed.run());
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

    /** The ids and accessible names of the row's parts for its place {@code i} in the program. */
    void number(int i, Messages m) {
        kind.setId("program-kind-" + i);
        title.setId("program-title-" + i);
        speaker.setId("program-speaker-" + i);
        exercise.setId("program-exercise-" + i);
        start.setId("program-start-" + i);
        minutes.setId("program-minutes-" + i);
        problem.setId("program-problem-" + i);
        startProblem.setId("program-start-" + i + "-problem");
        minutesProblem.setId("program-minutes-" + i + "-problem");
        kind.setAccessibleText(m.get("program.edit.kind") + " " + (i + 1));
        title.setAccessibleText(m.get("program.edit.title") + " " + (i + 1));
        speaker.setAccessibleText(m.get("program.edit.speaker") + " " + (i + 1));
        exercise.setAccessibleText(m.get("program.edit.exercise") + " " + (i + 1));
        start.setAccessibleText(m.get("program.edit.start") + " " + (i + 1));
        minutes.setAccessibleText(m.get("program.edit.minutes") + " " + (i + 1));
    }

    LocalTime startTime() {
        return ProgramTimes.clock(start.getText());
    }

    /** The minutes typed, or null when none (or none that can be read). */
    Double minutesValue() {
        return minutes.getText().isBlank() ? null : ProgramTimes.minutes(minutes.getText());
    }

    /** Whether the start and the minutes typed can be read (or are empty). */
    boolean formatsOk() {
        return (start.getText().isBlank() || startTime() != null)
                && (minutes.getText().isBlank() || minutesValue() != null);
    }

    ProgramItem item(String id) {
        ProgramItem.Kind k = kind.getValue();
        String t = title.getText().strip();
        String s = speaker.getText().strip();
        Exercise e = k == ProgramItem.Kind.EXERCISE ? exercise.getValue() : null;
        if (kept == null) {
            return ProgramItem.planned(id, k, t.isEmpty() ? null : t, s.isEmpty() ? null : s,
                    e == null ? null : e.id(), startTime(), minutesValue());
        }
        return new ProgramItem(kept.id(), k, t.isEmpty() ? null : t, s.isEmpty() ? null : s,
                e == null ? null : e.id(), startTime(), minutesValue(), kept.adjustMinutes(), kept.startedAt(),
                kept.endedAt(), kept.round(), kept.extras());
    }
}
