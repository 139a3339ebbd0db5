package dk.vaerksted.ui.template;

import dk.vaerksted.core.deck.UserFolder;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.DocumentWriter;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.work.WorkState;
import dk.vaerksted.ui.Cells;
import dk.vaerksted.ui.ListEdits;
import dk.vaerksted.ui.Minutes;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.UnsavedWork;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Writing an exercise template: its title and introduction, its steps (title, what the tables
 * talk about, minutes) in order, and the plenary's harvest questions. Saved as a
 * {@code *.template.json} in the user's library, it appears on the start screen beside the
 * built-in exercises. Parts of the file the editor does not show (cards, other exercises,
 * fields from newer versions) are kept as they were. The form is what the user types: a
 * keystroke never writes back into the field being typed in.
 */
public final class TemplateEditor extends BorderPane implements UnsavedWork {
    private final Messages m;
    private final UserFolder<Session> library;
    private final Executor background;
    private final Consumer<Runnable> fxThread;
    private final Consumer<Exception> onError;
    private final Session original;
    private final Exercise originalExercise;
    private final TextField title = new TextField();
    private final TextField intro = new TextField();
    private final ListView<Step> steps = new ListView<>();
    private final TextField stepTitle = new TextField();
    private final TextArea prompt = new TextArea();
    private final TextField minutes = new TextField();
    private final TextArea harvest = new TextArea();
    private final Label status = new Label();
    private final Label minutesProblem = new Label();
    private final Button save = new Button();
    private final ValidationSupport validation = new ValidationSupport();
    private final NumberFormat numbers;
    private Path file;
    private boolean loading;
    private boolean replacing;
    private boolean changed;
    private Runnable onSaved = () -> { };
    private Runnable onDraftChanged = () -> { };

    public TemplateEditor(Session template, Path file, UserFolder<Session> library, Messages m, Executor background,
            Consumer<Runnable> fxThread, Consumer<Exception> onError) {
        this.m = m;
        this.library = library;
        this.background = background;
        this.fxThread = fxThread;
        this.onError = onError;
        this.file = file;
        this.original = template;
        this.numbers = NumberFormat.getNumberInstance(m.locale());
        this.originalExercise = template.exercises().isEmpty()
                ? new Exercise("oevelse", template.title(), null, List.of(), List.of(), List.of(), Extras.NONE)
                : template.exercises().get(0);
        setId("template-editor");

        title.setId("template-title");
        title.setText(originalExercise.title() == null ? template.title() : originalExercise.title());
        intro.setId("template-intro");
        intro.setText(originalExercise.intro() == null ? "" : originalExercise.intro());
        save.setText(m.get("template.save"));
        save.setId("template-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save(() -> { }));
        status.setId("template-status");
        status.getStyleClass().add(Styles.MUTED);
        status.setText(file == null ? m.get("deck.unsaved") : m.get("deck.saved", file.getFileName()));
        GridPane head = new GridPane();
        head.setHgap(10);
        head.setVgap(6);
        // Fields before buttons: Tab goes from the title to the introduction, then on down the form.
        head.addRow(0, new Label(m.get("template.title")), title);
        head.addRow(1, new Label(m.get("template.intro")), intro);
        head.add(new HBox(10, save, status), 2, 0);
        GridPane.setHgrow(title, Priority.ALWAYS);
        head.setPadding(new Insets(16, 24, 12, 24));
        setTop(head);

        steps.setId("template-steps");
        steps.getItems().setAll(originalExercise.steps());
        if (steps.getItems().isEmpty()) {
            // A new exercise starts with one empty step to write (not yet a change to save).
            steps.getItems().add(blankStep());
        }
        steps.setCellFactory(v -> Cells.text(this::stepLabel, true));
        Button add = new Button(m.get("template.addStep"));
        add.setId("template-add-step");
        add.setOnAction(e -> {
            Step s = blankStep();
            steps.getItems().add(s);
            steps.getSelectionModel().select(s);
            stepTitle.requestFocus();
            edited();
        });
        Button delete = new Button(m.get("template.deleteStep"));
        delete.setId("template-delete-step");
        delete.setOnAction(e -> {
            ListEdits.removeSelected(steps);
            edited();
        });
        Button up = new Button(m.get("edit.up"));
        up.setId("template-step-up");
        up.setOnAction(e -> {
            ListEdits.moveSelected(steps, -1);
            edited();
        });
        Button down = new Button(m.get("edit.down"));
        down.setId("template-step-down");
        down.setOnAction(e -> {
            ListEdits.moveSelected(steps, 1);
            edited();
        });
        VBox left = new VBox(8, steps, new HBox(6, add, delete), new HBox(6, up, down));
        VBox.setVgrow(steps, Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 16, 24));
        left.setPrefWidth(360);

        stepTitle.setId("template-step-title");
        stepTitle.setPromptText(m.get("template.newStep"));
        prompt.setId("template-step-prompt");
        prompt.setWrapText(true);
        prompt.setPrefRowCount(4);
        minutes.setId("template-step-minutes");
        minutes.setPrefColumnCount(5);
        minutes.setPromptText(m.get("template.untimed"));
        minutesProblem.setId("template-minutes-problem");
        minutesProblem.getStyleClass().add(Styles.MUTED);
        minutesProblem.setWrapText(true);
        harvest.setId("template-harvest");
        harvest.setWrapText(true);
        harvest.setPrefRowCount(4);
        harvest.setText(String.join("\n", template.harvest().stream().map(HarvestPrompt::prompt).toList()));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, labelFor("template.stepTitle", stepTitle), stepTitle);
        form.addRow(1, labelFor("template.prompt", prompt), prompt);
        form.addRow(2, labelFor("template.minutes", minutes), new HBox(8, minutes, minutesProblem));
        // The harvest belongs to the whole exercise, not to the selected step: a section of its own.
        Label harvestTitle = labelFor("template.harvest", harvest);
        harvestTitle.getStyleClass().add(Styles.SECTION_TITLE);
        form.add(harvestTitle, 0, 3, 2, 1);
        form.add(harvest, 0, 4, 2, 1);
        GridPane.setMargin(harvestTitle, new Insets(16, 0, 0, 0));
        GridPane.setHgrow(stepTitle, Priority.ALWAYS);
        GridPane.setHgrow(prompt, Priority.ALWAYS);
        form.setPadding(new Insets(0, 24, 16, 24));
        HBox.setHgrow(form, Priority.ALWAYS);
        setCenter(new HBox(16, left, form));

        validation.registerValidator(minutes, false, Validator.<String>createPredicateValidator(
                t -> t == null || t.isBlank() || Minutes.parse(t, m.locale()) != null, m.get("template.badMinutes")));
        save.disableProperty().bind(validation.invalidProperty());

        steps.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!replacing && (was == null || now == null || !was.id().equals(now.id()))) {
                load(now);
            }
        });
        stepTitle.textProperty().addListener((o, a, b) -> stepEdited());
        prompt.textProperty().addListener((o, a, b) -> stepEdited());
        minutes.textProperty().addListener((o, a, b) -> stepEdited());
        dk.vaerksted.ui.FormKeys.install(this);
        dk.vaerksted.ui.FormKeys.focusWhenShown(title);
        title.textProperty().addListener((o, a, b) -> edited());
        intro.textProperty().addListener((o, a, b) -> edited());
        harvest.textProperty().addListener((o, a, b) -> edited());
        if (!steps.getItems().isEmpty()) {
            steps.getSelectionModel().select(0);
        } else {
            load(null);
        }
    }

    private static Step blankStep() {
        return new Step("trin-" + UUID.randomUUID().toString().substring(0, 8), "", null, null, Extras.NONE);
    }

    private Label labelFor(String key, javafx.scene.Node field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        return l;
    }

    /** What to do after a successful save (the start screen then lists the template). */
    public void setOnSaved(Runnable r) {
        this.onSaved = r;
    }

    private String stepLabel(Step s) {
        String time = s.minutes() == null ? m.get("template.untimed") : m.get("template.stepMinutes",
                numbers.format(s.minutes()));
        return (s.title() == null || s.title().isBlank() ? m.get("template.untitledStep") : s.title()) + "  ·  " + time;
    }

    private void load(Step s) {
        loading = true;
        try {
            boolean none = s == null;
            stepTitle.setDisable(none);
            prompt.setDisable(none);
            minutes.setDisable(none);
            stepTitle.setText(none || s.title() == null ? "" : s.title());
            prompt.setText(none || s.prompt() == null ? "" : s.prompt());
            minutes.setText(none || s.minutes() == null ? "" : numbers.format(s.minutes()));
            minutesProblem.setText("");
        } finally {
            loading = false;
        }
    }

    /**
     * The selected step becomes what the form shows. Minutes that are not a number keep the step's
     * old minutes and say why beside the field; saving waits until they are right.
     */
    private void stepEdited() {
        int i = steps.getSelectionModel().getSelectedIndex();
        if (loading || i < 0) {
            return;
        }
        Step old = steps.getItems().get(i);
        Double min = old.minutes();
        String text = minutes.getText().strip();
        if (text.isEmpty()) {
            min = null;
            minutesProblem.setText(m.get("template.untimed"));
        } else {
            Double parsed = Minutes.parse(text, m.locale());
            if (parsed == null) {
                minutesProblem.setText(Minutes.problemOrNull(text, m));
            } else {
                min = parsed;
                minutesProblem.setText("");
            }
        }
        Step now = new Step(old.id(), stepTitle.getText().strip(), blankToNull(prompt.getText()), min, old.extras());
        replacing = true;
        try {
            steps.getItems().set(i, now);
            steps.getSelectionModel().select(i);
        } finally {
            replacing = false;
        }
        edited();
    }

    private void edited() {
        if (loading) {
            return;
        }
        changed = true;
        status.setText(m.get("deck.unsaved"));
        onDraftChanged.run();
    }

    /** Marks the editor as holding unsaved changes (a copy, or a draft brought back after a crash). */
    public void markChanged() {
        changed = true;
        status.setText(m.get("deck.unsaved"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The template as the editor shows it now. */
    public Session template() {
        String t = title.getText().isBlank() ? m.get("template.newTitle") : title.getText().strip();
        Exercise e = new Exercise(originalExercise.id(), t, blankToNull(intro.getText()), originalExercise.time(),
                originalExercise.source(), new ArrayList<>(steps.getItems()), List.of(), List.of(),
                originalExercise.extras());
        List<Exercise> exercises = new ArrayList<>(original.exercises());
        if (exercises.isEmpty()) {
            exercises.add(e);
        } else {
            exercises.set(0, e);
        }
        List<HarvestPrompt> prompts = Arrays.stream(harvest.getText().split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(this::keptHarvest).toList();
        return new Session(t, null, null, List.of(), original.language() == null ? m.locale().getLanguage()
                : original.language(), original.cards(), exercises, prompts, original.extras());
    }

    /** A harvest question as before (with its fields from newer versions) when its text is unchanged. */
    private HarvestPrompt keptHarvest(String prompt) {
        return original.harvest().stream().filter(h -> h.prompt().equals(prompt)).findFirst()
                .map(h -> new HarvestPrompt(h.prompt(), h.source(), List.of(), h.extras()))
                .orElse(new HarvestPrompt(prompt, List.of(), Extras.NONE));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return changed;
    }

    @Override
    public String unsavedName() {
        return template().title();
    }

    @Override
    public WorkState.Editor draft() {
        Session t = template();
        return new WorkState.Editor(WorkState.Kind.TEMPLATE, file == null ? null : file.toString(), t.title(),
                new String(new DocumentWriter().writeTemplate(t), StandardCharsets.UTF_8));
    }

    @Override
    public void setOnDraftChanged(Runnable r) {
        this.onDraftChanged = r;
    }

    /**
     * Saves to the library, off the FX thread: a new file from the title the first time, the same
     * file after. Minutes that cannot be read are said first; nothing is saved until they are right.
     */
    @Override
    public void save(Runnable then) {
        if (validation.isInvalid()) {
            minutesProblem.setText(Minutes.problemOrNull(minutes.getText(), m));
            minutes.requestFocus();
            return;
        }
        Session t = template();
        Path target = file;
        status.setText(m.get("deck.saving"));
        background.execute(() -> {
            try {
                Path f = target == null ? library.newFile(t.title()) : target;
                library.save(t, f);
                fxThread.accept(() -> {
                    file = f;
                    if (template().equals(t)) {
                        changed = false;
                    }
                    status.setText(m.get("deck.saved", f.getFileName()));
                    onDraftChanged.run();
                    onSaved.run();
                    then.run();
                });
            } catch (Exception ex) {
                fxThread.accept(() -> {
                    status.setText(m.get("deck.unsaved"));
                    onError.accept(ex);
                });
            }
        });
    }

    public Path file() {
        return file;
    }
}
