package dk.vaerksted.ui.board;

import dk.vaerksted.core.board.TagEdits;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The session's tags as a facilitator makes them (the board's *Mærker…*, and a tab of *Rediger
 * session*): one row per tag in the order of its key — its key, its name as a field, how many
 * notes carry it, up, down, remove — and a field for a new one (Enter adds it). A name is checked
 * as it is typed (blank, or one another tag has) and says why at its field while *Anvend* waits.
 * Removing a tag that notes carry asks first and says how many; what goes is listed until
 * *Anvend*. *Tilbage til de fire* brings back Lytte, Løse, Lære and Lede.
 *
 * <p>Nothing changes the session here: {@link #result()} is the tags as the fields say, for
 * {@link TagEdits#set} (renamed tags keep their ids; new ones have none yet).
 */
public final class TagEditor extends VBox {
    /** A tag as the editor shows it: {@code id} null for a tag made here. */
    private final class Row {
        final String id;
        final TextField name = new TextField();
        final Label problem = new Label();
        final int notes;

        Row(String id, String name, int notes) {
            this.id = id;
            this.notes = notes;
            this.name.setText(name);
            this.name.setPrefColumnCount(20);
            this.name.textProperty().addListener((o, a, b) -> changed());
            this.name.setOnKeyPressed(e -> {
                if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                    e.consume();
                    move(this, e.getCode() == KeyCode.UP ? -1 : 1);
                }
            });
            validation.check(this.name, t -> reason(this, t), problem);
        }
    }

    private final Messages m;
    private final Validation validation;
    private final Map<String, Integer> carrying;
    private final List<Row> rows = new ArrayList<>();
    /** Tags of the session taken out here that notes carry: name and how many notes, for what *Anvend* will do. */
    private final Map<String, Integer> going = new LinkedHashMap<>();
    private final Map<String, String> goingNames = new LinkedHashMap<>();
    private final GridPane grid = new GridPane();
    private final TextField fresh = new TextField();
    private final Label freshProblem = Validation.problemLabel("tags-new-problem");
    private final Button add = new Button();
    private final Button defaults = new Button();
    private final Label state = new Label();
    private final Label pending = new Label();
    private final Label max = new Label();

    /**
     * @param session    the session whose tags are edited (its tags and which notes carry them)
     * @param validation the dialog's checks: a name that cannot be applied keeps its *Anvend* waiting
     */
    public TagEditor(Session session, Messages m, Validation validation) {
        super(10);
        this.m = m;
        this.validation = validation;
        this.carrying = TagEdits.carrying(session);
        setId("tags-editor");
        Label intro = new Label(m.get("tags.intro"));
        intro.setWrapText(true);
        state.setId("tags-state");
        state.getStyleClass().add(Styles.MUTED);
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setId("tags-rows");

        fresh.setId("tags-new");
        fresh.setPromptText(m.get("tags.newPrompt"));
        fresh.setAccessibleText(m.get("tags.new"));
        fresh.setPrefColumnCount(20);
        // Enter adds what is typed (and keeps the dialog open); on an empty field it is the dialog's
        // Enter. A filter, not onAction: a field with an action never passes Enter on to the dialog.
        fresh.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !fresh.getText().isBlank()) {
                e.consume();
                addFresh();
            }
        });
        fresh.textProperty().addListener((o, a, b) -> changed());
        validation.check(fresh, t -> t.isBlank() ? null : reason(null, t), freshProblem);
        add.setId("tags-add");
        add.setText(m.get("tags.add"));
        add.setOnAction(e -> addFresh());
        add.setMinWidth(Region.USE_PREF_SIZE);
        Label freshLabel = new Label(m.get("tags.new"));
        freshLabel.setMinWidth(Region.USE_PREF_SIZE);
        freshLabel.setLabelFor(fresh);
        HBox newRow = new HBox(8, freshLabel, fresh, add);
        newRow.setAlignment(Pos.CENTER_LEFT);
        max.setId("tags-max");
        max.getStyleClass().add(Styles.MUTED);
        max.setText(m.get("tags.max", TagEdits.MAX));

        defaults.setId("tags-defaults");
        defaults.setText(m.get("tags.backToFour"));
        defaults.setOnAction(e -> backToTheFour());
        pending.setId("tags-pending");
        pending.setWrapText(true);
        pending.getStyleClass().add("vk-problem");
        for (Label l : List.of(max, pending, freshProblem)) {
            l.managedProperty().bind(l.visibleProperty());
        }
        getChildren().addAll(intro, state, grid, newRow, freshProblem, max, defaults, pending);
        for (Board.Tag t : Board.of(session).tagsInUse()) {
            rows.add(new Row(t.id(), t.name(), carrying.getOrDefault(t.id(), 0)));
        }
        showRows();
    }

    /** The tags as the fields say, in order; a name typed in the new field and not added yet is the last. */
    public List<Board.Tag> result() {
        List<Board.Tag> out = new ArrayList<>();
        rows.forEach(r -> out.add(new Board.Tag(r.id, r.name.getText().strip())));
        if (!fresh.getText().isBlank()) {
            out.add(new Board.Tag(null, fresh.getText().strip()));
        }
        return out;
    }

    /** The field for a new tag: where the keyboard starts. */
    public TextField newTagField() {
        return fresh;
    }

    // ---- the rows ---------------------------------------------------------------------------

    private void showRows() {
        grid.getChildren().clear();
        grid.addRow(0, heading("tags.key"), heading("tags.name"), heading("tags.notes"));
        int line = 1;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Label key = new Label(i < TagEdits.MAX ? Integer.toString(i + 1) : "");
            key.getStyleClass().addAll("vk-tag", "vk-tag-" + Math.floorMod(i, 8));
            key.setMinWidth(28);
            key.setAlignment(Pos.CENTER);
            r.name.setId("tags-name-" + i);
            r.name.setAccessibleText(m.get("tags.nameOf", i + 1));
            r.problem.setId("tags-name-" + i + "-problem");
            Label notes = new Label(m.get("tags.count", r.notes));
            notes.setId("tags-notes-" + i);
            notes.getStyleClass().add(Styles.MUTED);
            notes.setMinWidth(Region.USE_PREF_SIZE);
            Row row = r;
            Button up = small("tags.up", "tags-up-" + i, () -> move(row, -1));
            up.setDisable(i == 0);
            Button down = small("tags.down", "tags-down-" + i, () -> move(row, 1));
            down.setDisable(i == rows.size() - 1);
            Button remove = small("tags.remove", "tags-remove-" + i, () -> remove(row));
            HBox buttons = new HBox(4, up, down, remove);
            buttons.setAlignment(Pos.CENTER_LEFT);
            grid.addRow(line++, key, r.name, notes, buttons);
            GridPane.setHgrow(r.name, Priority.ALWAYS);
            // Under its field; it takes room only while it says something (Validation binds that).
            grid.add(r.problem, 1, line++, 3, 1);
        }
        changed();
    }

    private Label heading(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TILE_TITLE);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Button small(String key, String id, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void move(Row r, int delta) {
        int i = rows.indexOf(r);
        int j = i + delta;
        if (i >= 0 && j >= 0 && j < rows.size()) {
            rows.add(j, rows.remove(i));
            showRows();
            r.name.requestFocus();
        }
    }

    private void addFresh() {
        if (fresh.getText().isBlank() || rows.size() >= TagEdits.MAX || reason(null, fresh.getText()) != null) {
            return;
        }
        rows.add(new Row(null, fresh.getText().strip(), 0));
        fresh.clear();
        showRows();
        fresh.requestFocus();
    }

    /** A tag out; one that notes carry only when the facilitator says so, having been told how many. */
    private void remove(Row r) {
        if (r.notes > 0 && !confirm(m.get("tags.confirm.header", r.name.getText().strip()),
                m.get("tags.confirm.text", r.notes), m.get("tags.confirm.remove", r.notes))) {
            return;
        }
        int i = rows.indexOf(r);
        rows.remove(r);
        goes(r);
        showRows();
        if (!rows.isEmpty()) {
            rows.get(Math.min(i, rows.size() - 1)).name.requestFocus();
        } else {
            fresh.requestFocus();
        }
    }

    private void goes(Row r) {
        if (r.id != null && r.notes > 0) {
            going.put(r.id, r.notes);
            goingNames.put(r.id, r.name.getText().strip());
        }
    }

    /** Lytte, Løse, Lære, Lede as they are; tags of the session's own that notes carry go, after saying so. */
    private void backToTheFour() {
        List<Row> leaving = rows.stream().filter(r -> r.notes > 0
                && Board.DEFAULT_TAGS.stream().noneMatch(t -> t.id().equals(r.id))).toList();
        if (!leaving.isEmpty()) {
            int notes = leaving.stream().mapToInt(r -> r.notes).sum();
            if (!confirm(m.get("tags.confirm.defaultsHeader"), m.get("tags.confirm.defaultsText",
                    parts(leaving.stream().map(r -> part(r.name.getText().strip(), r.notes)).toList())),
                    m.get("tags.confirm.remove", notes))) {
                return;
            }
        }
        leaving.forEach(this::goes);
        rows.clear();
        for (Board.Tag t : Board.DEFAULT_TAGS) {
            going.remove(t.id());
            goingNames.remove(t.id());
            rows.add(new Row(t.id(), t.name(), carrying.getOrDefault(t.id(), 0)));
        }
        fresh.clear();
        showRows();
        rows.get(0).name.requestFocus();
    }

    private boolean confirm(String header, String text, String yes) {
        ButtonType remove = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(m.get("tags.confirm.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, remove, keep);
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.setTitle(m.get("tags.title"));
        ask.setHeaderText(header);
        ask.getDialogPane().setId("tags-confirm");
        ask.getDialogPane().lookupButton(remove).setId("tags-confirm-remove");
        ask.getDialogPane().lookupButton(keep).setId("tags-confirm-keep");
        // Keeping is the safe answer: Enter keeps the tag.
        ((Button) ask.getDialogPane().lookupButton(remove)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        Optional<ButtonType> answer = ask.showAndWait();
        return answer.isPresent() && answer.get() == remove;
    }

    // ---- checks and what is said ------------------------------------------------------------

    /** Why a row's name (or, for {@code row} null, the new tag's) cannot be applied, or null. */
    private String reason(Row row, String text) {
        if (row != null && !rows.contains(row)) {
            return null;
        }
        List<String> others = new ArrayList<>();
        rows.stream().filter(r -> r != row).forEach(r -> others.add(r.name.getText()));
        if (row != null && !fresh.getText().isBlank()) {
            others.add(fresh.getText());
        }
        TagEdits.NameProblem p = TagEdits.problem(text, others);
        return p == null ? null
                : p == TagEdits.NameProblem.BLANK ? m.get("tags.problem.blank") : m.get("tags.problem.taken", text.strip());
    }

    /** A name changed, or a row came or went: every check again, and what the editor says. */
    private void changed() {
        validation.revalidate();
        boolean full = rows.size() >= TagEdits.MAX;
        fresh.setDisable(full);
        add.setDisable(full || fresh.getText().isBlank() || reason(null, fresh.getText()) != null);
        max.setVisible(full);
        List<Board.Tag> now = result();
        boolean four = now.equals(Board.DEFAULT_TAGS);
        defaults.setDisable(four);
        state.setText(m.get(four ? "tags.usesFour" : "tags.own"));
        List<String> said = new ArrayList<>();
        going.forEach((id, n) -> said.add(part(goingNames.get(id), n)));
        pending.setText(said.isEmpty() ? "" : m.get("tags.pending", parts(said)));
        pending.setVisible(!said.isEmpty());
    }

    private String part(String name, int notes) {
        return m.get("tags.pendingPart", name, notes);
    }

    /** "a", "a og b", "a, b og c". */
    private String parts(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + m.get("tags.and") + " "
                + items.get(items.size() - 1);
    }
}
