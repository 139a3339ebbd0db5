package dk.vaerksted.bench;

import dk.vaerksted.core.board.BoardEdits;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Recovery;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionStore;
import dk.vaerksted.ui.board.BoardView;
import dk.vaerksted.ui.board.BoardViewModel;
import dk.vaerksted.ui.session.SessionViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The harvest board with 1,000 notes on the wall (issue 16): the time from a regroup (a note
 * moved into another theme, through the session's view model with its undo entry) until the wall
 * is laid out again, on the FX thread, against one frame (16.7 ms). Run headless (Monocle).
 * Usage: BoardBench [NOTES=1000] [REGROUPS=60]
 */
public final class BoardBench {
    public static void main(String[] args) throws Exception {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Session forum = ForumGenerator.generate(notes, notes * 20);
        Path tmp = Files.createTempDirectory("board-bench");
        Files.createDirectories(tmp.resolve("autosave"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        long[] model = new long[rounds];
        long[] total = new long[rounds];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                SessionViewModel session = new SessionViewModel(new SessionStore(), Runnable::run, Runnable::run,
                        Clock.systemDefaultZone(), new Recovery(tmp.resolve("autosave"), new SessionStore()),
                        Executors.newSingleThreadScheduledExecutor(r -> {
                            Thread t = new Thread(r, "autosave");
                            t.setDaemon(true);
                            return t;
                        }), Duration.ofSeconds(30));
                session.open(forum, null);
                AtomicInteger ids = new AtomicInteger();
                BoardViewModel board = new BoardViewModel(session.sessionProperty(), session::edit,
                        new BoardEdits(() -> "b" + ids.incrementAndGet()));
                BoardView view = new BoardView(board, new Messages("dk.vaerksted.i18n.ui", Messages.DANISH), () -> { });
                Stage stage = new Stage();
                stage.setScene(new Scene(view, 1280, 800));
                stage.show();
                List<String> themes = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    themes.add(board.newTheme("Tema " + t, List.of()));
                }
                view.applyCss();
                view.layout();
                System.out.println("notes on the wall: " + board.columnsProperty().get().stream()
                        .mapToInt(c -> c.cards().size()).sum());
                for (int i = 0; i < rounds; i++) {
                    List<BoardViewModel.Column> cols = board.columnsProperty().get();
                    String key = cols.get(0).cards().get(i).key();
                    long t0 = System.nanoTime();
                    board.group(List.of(key), themes.get(i % themes.size()));
                    long t1 = System.nanoTime();
                    view.applyCss();
                    view.layout();
                    long t2 = System.nanoTime();
                    model[i] = t1 - t0;
                    total[i] = t2 - t0;
                }
                System.out.println("undo entries kept: " + (session.history().canUndoProperty().get() ? "yes" : "no"));
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        report("regroup, model (edit + undo entry + wall rebuilt)", model);
        report("regroup, model and the wall laid out again", total);
        Platform.exit();
    }

    private static void report(String what, long[] nanos) {
        long[] skip = Arrays.copyOfRange(nanos, Math.min(5, nanos.length - 1), nanos.length); // first ones warm the JIT
        Arrays.sort(skip);
        double median = skip[skip.length / 2] / 1e6;
        double p95 = skip[(int) Math.min(skip.length - 1, Math.round(skip.length * 0.95))] / 1e6;
        System.out.printf(java.util.Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, max %.1f ms (one frame: 16.7 ms)%n",
                what, median, p95, skip[skip.length - 1] / 1e6);
    }
}
