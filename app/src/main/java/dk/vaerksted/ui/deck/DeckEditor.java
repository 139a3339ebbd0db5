package dk.vaerksted.ui.deck;

import dk.vaerksted.core.deck.UserDecks;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.DocumentWriter;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.work.WorkState;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.ui.UnsavedWork;
import dk.vaerksted.ui.card.CardView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Writing a deck: its cards in a list, every part of the selected card in a form, and the card
 * as projected beside it, updated as you type. The form is what the user types: a keystroke
 * updates the card in the list and the preview but never writes back into the field being typed
 * in. Saves to a {@code *.deck.json} in the library, in the background.
 */
public final class DeckEditor extends BorderPane implements UnsavedWork {
    private final Messages m;
    private final UserDecks library;
    private final Executor background;
    private final Consumer<Runnable> fxThread;
    private final Consumer<Exception> onError;
    private final ListView<Card> cards = new ListView<>();
    private final TextField deckTitle = new TextField();
    private final TextField deckSource = new TextField();
    private final TextField number = field("deck-number");
    private final TextField title = field("deck-card-title");
    private final TextField question = field("deck-question");
    private final TextArea body = area("deck-body", 8);
    private final TextArea reminders = area("deck-reminders", 3);
    private final TextArea whatIf = area("deck-whatif", 2);
    private final TextArea examples = area("deck-examples", 3);
    private final TextArea dilemmas = area("deck-dilemmas", 3);
    private final TextArea standpoints = area("deck-standpoints", 3);
    private final TextField source = field("deck-source");
    private final List<TextInputControl> form = List.of(number, title, question, body, reminders, whatIf, examples,
            dilemmas, standpoints, source);
    private final CardView preview;
    private final Label status = new Label();
    private Path file;
    private final Extras deckExtras;
    private boolean loading;
    /** The selected card is being replaced by its own update: the form is not reloaded. */
    private boolean replacing;
    private boolean changed;
    private Runnable onPrint = () -> { };
    private Runnable onExport = () -> { };
    private Runnable onDraftChanged = () -> { };

    /**
     * @param background where the library is written
     * @param fxThread   runs a result on the FX thread
     */
    public DeckEditor(Deck deck, Path file, UserDecks library, Messages m, Executor background,
            Consumer<Runnable> fxThread, Consumer<Exception> onError) {
        this.m = m;
        this.library = library;
        this.background = background;
        this.fxThread = fxThread;
        this.onError = onError;
        this.file = file;
        this.deckExtras = deck.extras();
        this.preview = new CardView(m);
        setId("deck-editor");

        deckTitle.setId("deck-title");
        deckTitle.setText(deck.title());
        deckSource.setId("deck-deck-source");
        deckSource.setText(deck.source() == null ? "" : deck.source());
        Button save = new Button(m.get("deck.save"));
        save.setId("deck-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save(() -> { }));
        status.setId("deck-status");
        status.getStyleClass().add(Styles.MUTED);
        status.setText(file == null ? m.get("deck.unsaved") : m.get("deck.saved", file.getFileName()));
        Button print = new Button(m.get("deck.print"));
        print.setId("deck-editor-print");
        print.setOnAction(e -> onPrint.run());
        Button exportDeck = new Button(m.get("deck.export"));
        exportDeck.setId("deck-export");
        exportDeck.setOnAction(e -> onExport.run());
        GridPane head = new GridPane();
        head.setHgap(10);
        head.setVgap(6);
        // Fields before buttons: Tab goes from the deck's title to its source, then on down the form.
        head.addRow(0, new Label(m.get("deck.title")), deckTitle);
        head.addRow(1, new Label(m.get("deck.sourceField")), deckSource);
        head.add(new HBox(10, save, print, exportDeck, status), 2, 0);
        GridPane.setHgrow(deckTitle, Priority.ALWAYS);
        head.setPadding(new Insets(16, 24, 12, 24));
        setTop(head);

        cards.setId("deck-editor-cards");
        cards.getItems().setAll(deck.cards());
        if (deck.cards().isEmpty()) {
            // A new deck starts with one empty card to write (not yet a change to save).
            cards.getItems().add(blankCard());
        }
        cards.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Card c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.title() == null && c.number() == null
                        ? m.get("deck.untitledCard") : c.label());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Button add = new Button(m.get("deck.addCard"));
        add.setId("deck-add-card");
        add.setOnAction(e -> addCard());
        Button delete = new Button(m.get("deck.deleteCard"));
        delete.setId("deck-delete-card");
        delete.setOnAction(e -> {
            dk.vaerksted.ui.ListEdits.removeSelected(cards);
            edited();
        });
        Button up = new Button(m.get("edit.up"));
        up.setOnAction(e -> {
            dk.vaerksted.ui.ListEdits.moveSelected(cards, -1);
            edited();
        });
        Button down = new Button(m.get("edit.down"));
        down.setOnAction(e -> {
            dk.vaerksted.ui.ListEdits.moveSelected(cards, 1);
            edited();
        });
        VBox left = new VBox(8, cards, new HBox(6, add, delete), new HBox(6, up, down));
        VBox.setVgrow(cards, Priority.ALWAYS);
        left.setPadding(new Insets(0, 0, 16, 24));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        grid.addRow(r++, label("deck.field.number", number), number);
        grid.addRow(r++, label("deck.field.title", title), title);
        grid.addRow(r++, label("deck.field.question", question), question);
        for (var pair : List.of(List.of("deck.field.body", body), List.of("deck.field.reminders", reminders),
                List.of("deck.field.whatIf", whatIf), List.of("deck.field.examples", examples),
                List.of("deck.field.dilemmas", dilemmas), List.of("deck.field.standpoints", standpoints))) {
            TextInputControl f = (TextInputControl) pair.get(1);
            grid.add(label((String) pair.get(0), f), 0, r++, 2, 1);
            grid.add(f, 0, r++, 2, 1);
        }
        grid.addRow(r, label("deck.field.source", source), source);
        grid.setPadding(new Insets(0, 12, 16, 12));
        ScrollPane formScroll = new ScrollPane(grid);
        formScroll.setFitToWidth(true);
        dk.vaerksted.ui.FollowFocus.install(formScroll);

        Label previewLabel = new Label(m.get("deck.preview"));
        previewLabel.getStyleClass().add(Styles.SECTION_TITLE);
        VBox previewBox = new VBox(8, previewLabel, preview);
        previewBox.setPadding(new Insets(0, 24, 16, 12));
        ScrollPane previewScroll = new ScrollPane(previewBox);
        previewScroll.setFitToWidth(true);

        SplitPane split = new SplitPane(left, formScroll, previewScroll);
        split.setDividerPositions(0.2, 0.55);
        setCenter(split);

        // Only a change of card loads the form; the selected card's own updates do not.
        cards.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (!replacing && (a == null || c == null || !a.id().equals(c.id()))) {
                load(c);
            }
        });
        form.forEach(f -> f.textProperty().addListener((o, a, b) -> formChanged()));
        dk.vaerksted.ui.FormKeys.install(this);
        dk.vaerksted.ui.FormKeys.focusWhenShown(deckTitle);
        deckTitle.textProperty().addListener((o, a, b) -> edited());
        deckSource.textProperty().addListener((o, a, b) -> edited());
        if (!cards.getItems().isEmpty()) {
            cards.getSelectionModel().select(0);
        } else {
            load(null);
        }
    }

    private Label label(String key, TextInputControl field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        return l;
    }

    /** A new, empty card, selected, with the cursor in its title (the number is suggested, not filled in). */
    private void addCard() {
        Card c = blankCard();
        cards.getItems().add(c);
        cards.getSelectionModel().select(c);
        number.setPromptText(String.valueOf(cards.getItems().size()));
        title.requestFocus();
        edited();
    }

    private Card blankCard() {
        return new Card("kort-" + UUID.randomUUID().toString().substring(0, 8), blankToNull(deckTitle.getText()),
                null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, Extras.NONE);
    }

    /** What "Print cards" does (the window asks where and prints in the background). */
    public void setOnPrint(Runnable action) {
        this.onPrint = action;
    }

    /** Writing the deck to a file of the user's choice (to share it with another facilitator). */
    public void setOnExport(Runnable action) {
        this.onExport = action;
    }

    /** The deck as it stands in the editor. */
    public Deck deck() {
        return new Deck(deckTitle.getText().isBlank() ? m.get("deck.newTitle") : deckTitle.getText().strip(),
                blankToNull(deckSource.getText()), null, List.copyOf(cards.getItems()), deckExtras);
    }

    public Path file() {
        return file;
    }

    /** Marks the editor as holding unsaved changes (a copy, or a draft brought back after a crash). */
    public void markChanged() {
        changed = true;
        status.setText(m.get("deck.unsaved"));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return changed;
    }

    @Override
    public String unsavedName() {
        return deck().title();
    }

    @Override
    public WorkState.Editor draft() {
        Deck d = deck();
        return new WorkState.Editor(WorkState.Kind.DECK, file == null ? null : file.toString(), d.title(),
                new String(new DocumentWriter().write(d), StandardCharsets.UTF_8));
    }

    @Override
    public void setOnDraftChanged(Runnable r) {
        this.onDraftChanged = r;
    }

    /** Saves to the deck's file, or a new one in the library named after the title; off the FX thread. */
    @Override
    public void save(Runnable then) {
        Deck d = deck();
        Path target = file;
        status.setText(m.get("deck.saving"));
        background.execute(() -> {
            try {
                Path f = target == null ? library.newFile(d.title()) : target;
                library.save(d, f);
                fxThread.accept(() -> {
                    file = f;
                    if (deck().equals(d)) {
                        changed = false;
                    }
                    status.setText(m.get("deck.saved", f.getFileName()));
                    onDraftChanged.run();
                    then.run();
                });
            } catch (Exception e) {
                fxThread.accept(() -> {
                    status.setText(m.get("deck.unsaved"));
                    onError.accept(e);
                });
            }
        });
    }

    private void load(Card c) {
        loading = true;
        try {
            form.forEach(f -> f.setDisable(c == null));
            number.setText(c == null || c.number() == null ? "" : c.number());
            title.setText(c == null || c.title() == null ? "" : c.title());
            question.setText(c == null || c.question() == null ? "" : c.question());
            body.setText(c == null ? "" : String.join("\n\n", c.body()));
            reminders.setText(c == null ? "" : String.join("\n", c.reminders()));
            whatIf.setText(c == null ? "" : String.join("\n", c.whatIf()));
            examples.setText(c == null ? "" : String.join("\n", c.examples()));
            dilemmas.setText(c == null ? "" : String.join("\n", c.dilemmas()));
            standpoints.setText(c == null ? "" : String.join("\n", c.standpoints()));
            source.setText(c == null || c.source() == null ? "" : c.source());
            title.setPromptText(m.get("deck.titlePrompt"));
            preview.show(c);
        } finally {
            loading = false;
        }
    }

    /** A field changed: the selected card becomes what the form says; the preview follows. */
    private void formChanged() {
        if (loading) {
            return;
        }
        int i = cards.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        Card old = cards.getItems().get(i);
        Card c = new Card(old.id(), blankToNull(deckTitle.getText()), blankToNull(number.getText()),
                blankToNull(title.getText()), blankToNull(question.getText()), paragraphs(body.getText()),
                lines(reminders.getText()), lines(whatIf.getText()), lines(examples.getText()),
                lines(dilemmas.getText()), lines(standpoints.getText()), old.leadIns(), old.lists(),
                blankToNull(source.getText()), old.extras());
        replacing = true;
        try {
            cards.getItems().set(i, c);
            cards.getSelectionModel().select(i);
        } finally {
            replacing = false;
        }
        preview.show(c);
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

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            String t = p.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }
}
