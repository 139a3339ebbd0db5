package dk.vaerksted.ui.start;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.ui.Styles;
import dk.vaerksted.core.session.Recovery;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The first window: new session from an exercise template, open a file, the sample sessions and
 * the built-in card decks.
 */
public final class StartView extends ScrollPane {
    private static final double TILE_WIDTH = 360;
    /** The exercises to start from, four to a row at the window's default width (the library has eight). */
    private static final double TEMPLATE_TILE_WIDTH = 284;
    /** What the start screen asks the window to do. */
    public interface Actions {
        void openRecent(java.nio.file.Path file);

        void openRecovered(Recovery.Found found);

        void discardRecovered(Recovery.Found found);

        void newFromTemplate(Session template);

        void openDialog();

        void openSample(BuiltInLibrary.Entry<Session> sample);

        void openDeck(Deck deck);

        void editUserDeck(Deck deck, java.nio.file.Path file);

        void newDeck();

        void editTemplate(Session template, java.nio.file.Path file);

        void newTemplate();

        void copyTemplate(Session builtIn);

        /** Go on from where the app was when it closed unexpectedly. */
        void resume(dk.vaerksted.core.work.WorkStates.Found found);

        /** Put such a state aside (kept in the data folder, not offered again). */
        void setAside(dk.vaerksted.core.work.WorkStates.Found found);
    }

    /** Everything the start screen lists, read in the background. */
    public record Data(BuiltInLibrary library, List<dk.vaerksted.core.deck.UserDecks.Entry> userDecks,
            List<dk.vaerksted.core.deck.UserFolder.Entry<Session>> userTemplates, List<Recovery.Found> recovered,
            List<Recovery.Unreadable> unreadable, List<dk.vaerksted.core.work.WorkStates.Found> crashed,
            List<java.nio.file.Path> recent) {}

    /** The library could not be read: the reason, and a way to try again (never "loading" for ever). */
    public static javafx.scene.Node failed(Messages messages, String reason, Runnable retry) {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label what = new Label(messages.get("start.failed"));
        what.getStyleClass().add(Styles.SECTION_TITLE);
        Label why = new Label(reason);
        why.setWrapText(true);
        Button again = new Button(messages.get("start.retry"));
        again.setId("start-retry");
        again.setOnAction(e -> retry.run());
        VBox box = new VBox(16, title, what, why, again);
        box.setId("start-failed");
        box.setPadding(new Insets(32, 48, 48, 48));
        return box;
    }

    /** What the window shows for the moment it takes to read the library: the title and a word. */
    public static javafx.scene.Node loading(Messages messages) {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label wait = new Label(messages.get("start.loading"));
        wait.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(24, title, wait);
        box.setId("start-loading");
        box.setPadding(new Insets(32, 48, 48, 48));
        return box;
    }

    public StartView(Data data, Messages messages, Actions actions) {
        BuiltInLibrary library = data.library();
        List<dk.vaerksted.core.deck.UserDecks.Entry> userDecks = data.userDecks();
        List<dk.vaerksted.core.deck.UserFolder.Entry<Session>> userTemplates = data.userTemplates();
        List<Recovery.Found> recovered = data.recovered();
        List<java.nio.file.Path> recent = data.recent();
        setId("start-view");
        setFitToWidth(true);

        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);

        Label newHint = new Label(messages.get("start.newSessionHint"));
        newHint.getStyleClass().add(Styles.SECTION_TITLE);
        FlowPane templates = new FlowPane(12, 12);
        templates.setId("templates");
        int i = 0;
        for (BuiltInLibrary.Entry<Session> t : library.templates()) {
            Session s = t.value();
            int steps = s.exercises().stream().mapToInt(e -> e.steps().size()).sum();
            String sub = messages.get("start.templateSteps", steps) + dk.vaerksted.core.session.Program.of(s)
                    .map(p -> "  ·  " + messages.get("start.templateProgram", p.items().size())).orElse("");
            Tile b = new Tile(s.title(), sub, TEMPLATE_TILE_WIDTH);
            b.setId("template-" + i++);
            b.setOnAction(e -> actions.newFromTemplate(s));
            templates.getChildren().add(b);
        }

        int ut = 0;
        for (dk.vaerksted.core.deck.UserFolder.Entry<Session> entry : userTemplates) {
            if (entry.value() != null) {
                Session s = entry.value();
                int steps = s.exercises().stream().mapToInt(e -> e.steps().size()).sum();
                // Marked as the user's own: a copy of a built-in exercise may carry the same title.
                Tile b = new Tile(s.title(), messages.get("start.templateSteps", steps) + "  ·  " + messages.get("start.own"),
                        TEMPLATE_TILE_WIDTH);
                b.setId("user-template-" + ut++);
                b.setOnAction(e -> actions.newFromTemplate(s));
                templates.getChildren().add(b);
            }
        }

        Button open = new Button(messages.get("start.open"));
        open.setId("open-button");
        open.setDefaultButton(true);
        open.setOnAction(e -> actions.openDialog());
        Label openHint = new Label(messages.get("start.openHint"));
        openHint.getStyleClass().add(Styles.MUTED);
        HBox openRow = new HBox(12, open, openHint);
        openRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox samples = new VBox(8);
        samples.setId("samples");
        if (!recent.isEmpty()) {
            VBox recentBox = new VBox(8);
            recentBox.setId("recent");
            recentBox.getChildren().add(section(messages.get("start.recent")));
            int k = 0;
            for (java.nio.file.Path p : recent) {
                Tile t = tile(p.getFileName().toString(), p.toAbsolutePath().getParent().toString());
                t.setId("recent-" + k++);
                t.setOnAction(e -> actions.openRecent(p));
                recentBox.getChildren().add(t);
            }
            samples.getChildren().add(recentBox);
        }
        // One's own exercises (and decks, on the right) before the built-in ones: with the library's
        // many exercises and decks, what one makes oneself would otherwise be out of sight below them.
        samples.getChildren().add(section(messages.get("start.userTemplates")));
        int et = 0;
        for (dk.vaerksted.core.deck.UserFolder.Entry<Session> entry : userTemplates) {
            Tile b = entry.value() == null ? brokenFile(entry.file(), entry.error(), "start.badTemplate", messages)
                    : tile(entry.value().title(), messages.get("start.editTemplate"));
            b.setOnAction(e -> actions.editTemplate(entry.value(), entry.file()));
            b.setId("edit-template-" + et++);
            samples.getChildren().add(b);
        }
        Button newTemplate = new Button(messages.get("template.new"));
        newTemplate.setId("new-template");
        newTemplate.setOnAction(e -> actions.newTemplate());
        // A built-in exercise as the start of one's own (other minutes, another question).
        javafx.scene.control.MenuButton copyTemplate = new javafx.scene.control.MenuButton(messages.get("template.copy"));
        copyTemplate.setId("copy-template");
        int ct = 0;
        for (BuiltInLibrary.Entry<Session> t : library.templates()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(t.value().title());
            item.setId("copy-template-" + ct++);
            item.setOnAction(e -> actions.copyTemplate(t.value()));
            copyTemplate.getItems().add(item);
        }
        samples.getChildren().add(new HBox(8, newTemplate, copyTemplate));

        samples.getChildren().add(section(messages.get("start.samples")));
        i = 0;
        for (BuiltInLibrary.Entry<Session> sample : library.samples()) {
            Session s = sample.value();
            String date = dk.vaerksted.export.PdfSummaryExporter.longDate(s.date(), messages.locale());
            Tile b = tile(s.title(), date == null ? "" : date);
            b.setId("sample-" + i++);
            b.setOnAction(e -> actions.openSample(sample));
            samples.getChildren().add(b);
        }

        VBox decks = new VBox(8);
        decks.setId("decks");
        decks.getChildren().add(section(messages.get("start.userDecks")));
        int u = 0;
        for (dk.vaerksted.core.deck.UserDecks.Entry entry : userDecks) {
            Tile b = entry.deck() == null ? brokenFile(entry.file(), entry.error(), "start.badDeck", messages)
                    : tile(entry.deck().title(), messages.get("start.deckCards", entry.deck().cards().size()));
            b.setOnAction(e -> actions.editUserDeck(entry.deck(), entry.file()));
            b.setId("user-deck-" + u++);
            decks.getChildren().add(b);
        }
        Button newDeck = new Button(messages.get("deck.new"));
        newDeck.setId("new-deck");
        newDeck.setOnAction(e -> actions.newDeck());
        decks.getChildren().add(newDeck);
        decks.getChildren().add(section(messages.get("start.decks")));
        i = 0;
        for (BuiltInLibrary.Entry<Deck> entry : library.decks()) {
            Deck d = entry.value();
            Tile b = tile(d.title(), messages.get("start.deckCards", d.cards().size()));
            b.setId("deck-" + i++);
            b.setOnAction(e -> actions.openDeck(d));
            decks.getChildren().add(b);
        }

        HBox columns = new HBox(48, samples, decks);
        HBox.setHgrow(samples, Priority.ALWAYS);
        HBox.setHgrow(decks, Priority.ALWAYS);
        samples.setMaxWidth(Double.MAX_VALUE);
        decks.setMaxWidth(Double.MAX_VALUE);

        VBox root = new VBox(20, title);
        if (!data.crashed().isEmpty()) {
            root.getChildren().add(crashed(data.crashed(), messages, actions));
        }
        if (!recovered.isEmpty() || !data.unreadable().isEmpty()) {
            VBox box = new VBox(8);
            box.setId("recovered");
            box.getChildren().add(section(messages.get("start.recovered")));
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
            int r = 0;
            for (Recovery.Found found : recovered) {
                Session s = found.session();
                String detail = messages.get("start.recoveredDetail",
                        messages.get("start.noteCount", s.noteCount()), when.format(found.savedAt()));
                Tile openTile = tile(s.title(), detail);
                openTile.setId("recovered-" + r);
                openTile.setOnAction(e -> actions.openRecovered(found));
                Button discard = new Button(messages.get("start.discard"));
                discard.setId("recovered-discard-" + r++);
                discard.setOnAction(e -> actions.discardRecovered(found));
                HBox row = new HBox(12, openTile, discard);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                box.getChildren().add(row);
            }
            int ur = 0;
            for (Recovery.Unreadable bad : data.unreadable()) {
                // Not dropped, not offered as if it were fine: its name and what is wrong, left in place.
                Tile t = tile(bad.file().getFileName().toString(), messages.get("start.recoveredUnreadable",
                        bad.error().problems().get(0).message(Messages.core(messages.locale())), bad.file().getParent()));
                t.setId("recovered-unreadable-" + ur++);
                t.setDisable(true);
                box.getChildren().add(t);
            }
            root.getChildren().add(box);
        }
        root.getChildren().addAll(newHint, templates, openRow, columns);
        root.setPadding(new Insets(32, 48, 48, 48));
        setContent(root);
    }

    /**
     * "Værksted blev lukket uventet — fortsæt, hvor du var": each state a crash left, with what it
     * holds (the session, the note being typed, the countdown, an editor's draft).
     */
    private static VBox crashed(List<dk.vaerksted.core.work.WorkStates.Found> found, Messages messages,
            Actions actions) {
        VBox box = new VBox(8);
        box.setId("crashed");
        box.getStyleClass().add("vk-crashed");
        box.getChildren().add(section(messages.get("start.crashed")));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        int i = 0;
        for (dk.vaerksted.core.work.WorkStates.Found f : found) {
            var s = f.state();
            Tile t;
            if (s == null) {
                t = tile(f.file().getFileName().toString(), messages.get("start.crashedUnreadable"));
                t.setDisable(true);
            } else {
                List<String> parts = new java.util.ArrayList<>();
                parts.add(messages.get("start.crashedAt", when.format(f.savedAt())));
                if (s.hasDrafts()) {
                    parts.add(messages.get("start.crashedDraft", abbreviate(s.firstDraft())));
                }
                String countdown = countdown(s, messages);
                if (countdown != null) {
                    parts.add(countdown);
                }
                String name = s.editor() != null ? messages.get("start.crashedEditor",
                        s.editor().title() == null ? "" : s.editor().title())
                        : s.sessionTitle() != null ? s.sessionTitle() : messages.get("app.title");
                t = new Tile(messages.get("start.continue", name), String.join("  ·  ", parts), TILE_WIDTH * 2);
                t.setOnAction(e -> actions.resume(f));
            }
            t.setId("crashed-" + i);
            Button aside = new Button(messages.get("start.setAside"));
            aside.setId("crashed-aside-" + i++);
            aside.setOnAction(e -> actions.setAside(f));
            HBox row = new HBox(12, t, aside);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    /** Where the countdown was, as it is true: ended, paused at step N, ready at a later step (null: nothing to say). */
    private static String countdown(dk.vaerksted.core.work.WorkState s, Messages messages) {
        var place = s.place();
        Integer step = s.stepNumber();
        if (place == null) {
            return null;
        } else if (place.finished()) {
            return messages.get("start.crashedEnded");
        } else if (place.startedAt() != null) {
            return step == null ? messages.get("start.crashedCountdown") : messages.get("start.crashedPausedAt", step);
        }
        return step != null && step > 1 ? messages.get("start.crashedReadyAt", step) : null;
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return "»" + (one.length() <= 60 ? one : one.substring(0, 59) + "…") + "«";
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static Tile tile(String title, String subtitle) {
        return new Tile(title, subtitle, TILE_WIDTH);
    }

    /** A file of the user's library that cannot be read: its name and first problem, not clickable. */
    private static Tile brokenFile(java.nio.file.Path file, dk.vaerksted.core.session.SessionFormatException error,
            String key, Messages messages) {
        Tile b = tile(file.getFileName().toString(), messages.get(key,
                error.problems().get(0).message(Messages.core(messages.locale()))));
        b.setDisable(true);
        return b;
    }
}
