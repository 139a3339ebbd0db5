package dk.vaerksted.ui;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.deck.UserDecks;
import dk.vaerksted.core.deck.UserFolder;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Recovery;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.work.WorkStates;
import dk.vaerksted.ui.deck.DeckView;
import dk.vaerksted.ui.start.StartView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The start screen and what it offers: exercises to start from, files, samples, decks, the
 * user's library, sessions never saved under a name, and — after a crash — the place to go on
 * from. Everything it lists is read in the background; the first frame never waits for it.
 */
final class StartScreen {
    private static final Logger LOG = Logger.getLogger(StartScreen.class.getName());

    private final MainWindow window;
    private final AppContext ctx;
    private final Dialogs dialogs;
    private final Messages m;
    private final Resume resume;
    /** The user's decks as last read (for dealing cards without reading the folder again). */
    private volatile List<Deck> userDecks = List.of();

    StartScreen(MainWindow window, AppContext ctx, Dialogs dialogs) {
        this.window = window;
        this.ctx = ctx;
        this.dialogs = dialogs;
        this.m = ctx.ui();
        this.resume = new Resume(window, ctx, dialogs);
    }

    /** Every deck to deal from: the built-in ones, then the user's (as last read). */
    List<Deck> allDecks() {
        List<Deck> out = new ArrayList<>();
        ctx.library().decks().forEach(e -> out.add(e.value()));
        out.addAll(userDecks);
        return out;
    }

    /** Shows the start screen; {@code starting}: the window's first frame comes first. */
    void show(boolean starting) {
        if (starting) {
            window.show(StartView.loading(m), false);
        }
        long at = window.shownCount();
        Runnable load = () -> ctx.background().execute(() -> {
            StartView.Data data;
            try {
                data = read();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the start screen's library could not be read", e);
                MainWindow.onFx(() -> {
                    window.show(StartView.failed(m, Problems.describe(e, m), () -> show(false)), false);
                    dialogs.error(m.get("app.title"), m.get("start.failed"), Problems.describe(e, m));
                });
                return;
            }
            StartView.Data shown = data;
            MainWindow.onFx(() -> {
                if (window.shownCount() == at || window.screen() instanceof javafx.scene.layout.VBox loading
                        && "start-loading".equals(loading.getId())) {
                    window.show(new StartView(shown, m, actions()), false);
                }
            });
        });
        if (starting) {
            afterFirstPulse(load);
        } else {
            load.run();
        }
    }

    /** Everything the start screen lists, read from the library and the data folder. */
    private StartView.Data read() {
        ctx.library().templates();
        ctx.library().samples();
        ctx.library().decks();
        List<UserDecks.Entry> decks = ctx.userDecks().list();
        userDecks = decks.stream().filter(e -> e.deck() != null).map(UserDecks.Entry::deck).toList();
        List<UserFolder.Entry<Session>> templates = ctx.userTemplates().list();
        List<WorkStates.Found> crashed = ctx.workStates().crashed();
        Set<Path> resumable = new HashSet<>();
        crashed.stream().filter(f -> f.state() != null && f.state().unnamedFile() != null)
                .forEach(f -> resumable.add(Path.of(f.state().unnamedFile()).toAbsolutePath().normalize()));
        Recovery.Scan scan = ctx.recovery().scan();
        List<Recovery.Found> recovered = scan.found().stream()
                .filter(r -> !resumable.contains(r.file().toAbsolutePath().normalize())).toList();
        try {
            Files.createDirectories(ctx.recovery().folder());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot make the recovery folder " + ctx.recovery().folder(), e);
        }
        return new StartView.Data(ctx.library(), decks, templates, recovered, scan.unreadable(), crashed,
                ctx.settings().recentFiles());
    }

    private static void afterFirstPulse(Runnable r) {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                r.run();
            }
        }.start();
    }

    /** A deck shown as it prints; "copy to edit" takes it into the library. */
    void showDeck(Deck deck, Runnable copyToEdit) {
        window.stage().setTitle(deck.title() + " – " + m.get("app.title"));
        window.show(new DeckView(deck, m, copyToEdit, () -> window.exports().printCards(deck.title(), deck.cards())),
                false);
    }

    private StartView.Actions actions() {
        return new StartView.Actions() {
            @Override
            public void openRecent(Path file) {
                window.open(file);
            }

            @Override
            public void openRecovered(Recovery.Found found) {
                window.showSession(found.session(),
                        () -> window.sessionModel().open(found.session(), null, found.file(), null));
            }

            @Override
            public void discardRecovered(Recovery.Found found) {
                ctx.background().execute(() -> {
                    try {
                        ctx.recovery().discard(found.file());
                        MainWindow.onFx(() -> show(false));
                    } catch (IOException ex) {
                        LOG.log(Level.WARNING, "cannot put aside " + found.file(), ex);
                        MainWindow.onFx(() -> dialogs.error(m.get("error.save.title"), found.file().toString(),
                                Problems.describe(ex, m)));
                    }
                });
            }

            @Override
            public void resume(WorkStates.Found found) {
                resume.resume(found);
            }

            @Override
            public void setAside(WorkStates.Found found) {
                resume.setAside(found, () -> show(false));
            }

            @Override
            public void newFromTemplate(Session template) {
                window.dialogs().newFromTemplate(template);
            }

            @Override
            public void openDialog() {
                window.files().openDialog();
            }

            @Override
            public void openSample(BuiltInLibrary.Entry<Session> sample) {
                window.showSession(sample.value(), () -> window.sessionModel().open(sample.value(), null));
            }

            @Override
            public void openDeck(Deck deck) {
                showDeck(deck, () -> window.editDeck(DeckView.copyForEditing(deck), null, true));
            }

            @Override
            public void editUserDeck(Deck deck, Path file) {
                window.editDeck(deck, file, false);
            }

            @Override
            public void editTemplate(Session template, Path file) {
                window.editTemplate(template, file, false);
            }

            @Override
            public void newTemplate() {
                window.editTemplate(new Session(m.get("template.newTitle"), null, null, List.of(),
                        m.locale().getLanguage(), List.of(), List.of(), List.of(), Extras.NONE), null, false);
            }

            @Override
            public void copyTemplate(Session builtIn) {
                // Saved as a new file in the library; the built-in one stays as it is.
                window.editTemplate(builtIn, null, true);
            }

            @Override
            public void newDeck() {
                window.editDeck(new Deck(m.get("deck.newTitle"), null, null, List.of(), Extras.NONE), null, false);
            }
        };
    }
}
