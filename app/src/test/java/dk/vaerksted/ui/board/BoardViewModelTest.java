package dk.vaerksted.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.board.BoardEdits;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Recovery;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.ui.session.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's view model in plain JUnit, over the session's own view model and its one undo. */
class BoardViewModelTest {
    @TempDir
    Path dir;

    private SessionViewModel session;
    private BoardViewModel board;
    private final AtomicInteger ids = new AtomicInteger();
    /** The autosave's timer: stopped after each test, so no late save writes into the deleted folder. */
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void setUp() throws Exception {
        Session forum = new DocumentReader().readSession("forum",
                Files.readAllBytes(Path.of("../samples/strategisk-ledelsesforum-2019.session.json")));
        Files.createDirectories(dir.resolve("autosave"));
        session = new SessionViewModel(new SessionStore(), Runnable::run, Runnable::run,
                Clock.fixed(Instant.parse("2019-08-30T08:15:00Z"), ZoneOffset.ofHours(2)),
                new Recovery(dir.resolve("autosave"), new SessionStore()),
                timer, Duration.ofMillis(50));
        session.open(forum, null);
        board = new BoardViewModel(session.sessionProperty(), session::edit,
                new BoardEdits(() -> "id" + ids.incrementAndGet()));
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() throws Exception {
        session.close();
        timer.shutdownNow();
        assertThat(timer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    private List<BoardViewModel.Column> columns() {
        return board.columnsProperty().get();
    }

    private BoardViewModel.Card card(int column, int row) {
        return columns().get(column).cards().get(row);
    }

    @Test
    void theWallHoldsEveryNoteOfTheExerciseAndTheFiltersNarrowIt() {
        String first = session.sessionProperty().get().exercises().get(0).id();
        int all = session.sessionProperty().get().noteCount();
        assertThat(columns()).hasSize(1);
        assertThat(columns().get(0).cards()).hasSize(all);
        board.exerciseProperty().set(first);
        int inExercise = session.sessionProperty().get().exercises().get(0).groups().stream()
                .mapToInt(g -> g.notes().size()).sum();
        assertThat(columns().get(0).cards()).hasSize(inExercise);
        board.tableProperty().set("bord-2");
        assertThat(columns().get(0).cards()).allMatch(c -> c.table().equals("Bord 2")).isNotEmpty();
        board.tableProperty().set(null);
        board.tagProperty().set("lytte");
        assertThat(columns().get(0).cards()).isEmpty();
    }

    @Test
    void groupingTaggingAndStarringAreUndoneOneByOneWithTheSessionsUndo() {
        board.exerciseProperty().set(session.sessionProperty().get().exercises().get(0).id());
        board.select(card(0, 0).key(), false);
        board.select(card(0, 2).key(), true);
        String theme = board.newTheme("Del tidligt", board.targets());
        assertThat(columns()).hasSize(2);
        assertThat(columns().get(1).theme().name()).isEqualTo("Del tidligt");
        assertThat(columns().get(1).cards()).hasSize(2);
        // The selection follows the notes through the ids they got.
        assertThat(board.selectionProperty().get()).hasSize(2).allMatch(k -> k.startsWith("n:"));

        board.toggleTag(1);
        assertThat(columns().get(1).cards()).allMatch(c -> c.tags().get(0).name().equals("Lytte"));
        board.toggleKey();
        assertThat(board.keyPoints()).hasSize(2);
        board.toggleThemeKey(theme);
        assertThat(board.keyPoints()).first().isEqualTo("Del tidligt");

        session.undo();
        assertThat(board.keyPoints()).hasSize(2);
        session.undo();
        assertThat(board.keyPoints()).isEmpty();
        session.undo();
        assertThat(columns().get(1).cards()).allMatch(c -> c.tags().isEmpty());
        session.undo();
        assertThat(columns()).hasSize(1);
        assertThat(Board.of(session.sessionProperty().get()).themes()).isEmpty();
    }

    @Test
    void keysMoveTheFocusAndCtrlArrowsMoveCardsBetweenColumns() {
        board.exerciseProperty().set(session.sessionProperty().get().exercises().get(0).id());
        board.newTheme("A", List.of());
        board.moveFocus(0, 1);
        String first = board.focusProperty().get();
        assertThat(first).isEqualTo(card(0, 0).key());
        board.moveFocus(0, 1);
        assertThat(board.focusProperty().get()).isEqualTo(card(0, 1).key());
        board.moveToNeighbour(1);
        assertThat(columns().get(1).cards()).hasSize(1);
        assertThat(board.focusProperty().get()).isEqualTo(columns().get(1).cards().get(0).key());
        board.moveToNeighbour(-1);
        assertThat(columns().get(1).cards()).isEmpty();
    }

    @Test
    void anUndoKeepsATablesNoteThatCameMeanwhile() {
        board.exerciseProperty().set(session.sessionProperty().get().exercises().get(0).id());
        board.select(card(0, 0).key(), false);
        board.newTheme("A", board.targets());
        Session s = session.sessionProperty().get();
        var e = s.exercises().get(0);
        var g = e.groups().get(0);
        List<Note> notes = new ArrayList<>(g.notes());
        notes.add(Note.fromTable(null, "Fra bordet", null, g.id(), "abcdefgh12"));
        session.edit(SessionEdits.withGroupNotes(s, e.id(), g.id(), notes), cur -> cur);
        int withTableNote = session.sessionProperty().get().noteCount();
        session.undo(); // the table's note is not the facilitator's to undo here (the room's own changes have no undo)
        session.undo();
        assertThat(Board.of(session.sessionProperty().get()).themes()).isEmpty();
        assertThat(session.sessionProperty().get().noteCount()).isEqualTo(withTableNote);
    }

    @Test
    void revealedVotesShowTheirDotsAndTheProjectorStepsThroughThemes() {
        board.exerciseProperty().set(session.sessionProperty().get().exercises().get(0).id());
        board.select(card(0, 0).key(), false);
        String a = board.newTheme("A", board.targets());
        board.clearSelection();
        board.newTheme("B", List.of());
        board.openVotes(3);
        Board b = board.board();
        Session voted = SessionEdits.withBoard(session.sessionProperty().get(),
                b.withVotes(b.votes().withGiven("bord-1", a, 2)));
        session.edit(voted, cur -> cur);
        assertThat(columns().get(1).dots()).isEqualTo(-1);
        board.reveal(true);
        assertThat(columns().get(1).dots()).isEqualTo(2);
        assertThat(columns().get(2).dots()).isZero();
        board.stepProjectedTheme(1);
        assertThat(board.projectionProperty().get()).isEqualTo(BoardViewModel.Projection.THEME);
        assertThat(board.projectedColumn().theme().name()).isEqualTo("B");
        board.stepProjectedTheme(1);
        assertThat(board.projectedColumn().theme().name()).isEqualTo("A");
    }

    @Test
    void theTagsChangeAsOneUndoableChangeAndAFilterByARemovedTagLetsGo() {
        board.select(card(0, 0).key(), false);
        List<Board.Tag> wanted = new ArrayList<>(Board.DEFAULT_TAGS);
        wanted.add(new Board.Tag(null, "Mod"));
        board.setTags(wanted);
        assertThat(board.tags()).extracting(Board.Tag::id).containsExactly("lytte", "loese", "laere", "lede", "mod");
        board.toggleTag(5);
        board.tagProperty().set("mod");
        assertThat(columns().get(0).cards()).hasSize(1);
        // Mod goes: it comes off the note, and the wall no longer filters by a tag that is not there.
        board.setTags(Board.DEFAULT_TAGS);
        assertThat(board.tagProperty().get()).isNull();
        assertThat(columns().get(0).cards()).hasSize(session.sessionProperty().get().noteCount());
        assertThat(card(0, 0).tags()).isEmpty();
        session.undo();
        assertThat(board.tags()).extracting(Board.Tag::name).containsExactly("Lytte", "Løse", "Lære", "Lede", "Mod");
        assertThat(card(0, 0).tags()).extracting(Board.Tag::name).containsExactly("Mod");
        session.undo();
        session.undo();
        assertThat(board.tags()).isEqualTo(Board.DEFAULT_TAGS);
        assertThat(Board.of(session.sessionProperty().get()).isEmpty()).isTrue();
    }
}
