package dk.vaerksted.core.work;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.timer.ExerciseRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The work state kept for crash recovery: on disk within half a second, offered back only when its process is gone. */
class WorkStatesTest {
    @TempDir
    Path dir;

    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        writer.shutdownNow();
    }

    /** A process id no process has: what a killed app leaves. */
    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }

    private static WorkState state(String draft) {
        return new WorkState("/tmp/forum.session.json", null, "Forum", "halvfaerdig", "bord-3", draft,
                List.of("", "Viden skal deles"), new ExerciseRunner.Place("halvfaerdig", "tal", 300_000_000_000L,
                        480_000_000_000L, "2024-05-29T10:04:00+02:00", 12_000_000_000L, false, 1_716_970_000_000L),
                null);
    }

    @Test
    void aStateLeftByAProcessThatIsGoneIsOfferedBackWhole() throws Exception {
        WorkStates killed = new WorkStates(dir, writer, deadPid());
        killed.update(state("Vi deler sjældent udk"));
        killed.flush();

        List<WorkStates.Found> found = new WorkStates(dir, writer).crashed();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.error()).isNull();
            assertThat(f.state()).isEqualTo(state("Vi deler sjældent udk"));
        });
    }

    @Test
    void theDraftsAtOtherTablesAndTheStepComeBackToo() throws Exception {
        WorkState base = state("ved bord 3");
        WorkState withTables = new WorkState(base.sessionFile(), null, "Forum", "halvfaerdig", "bord-3", "ved bord 3",
                List.of(), base.place(), null, List.of(new WorkState.TableDraft("halvfaerdig", "bord-2", "halvskrevet ved to"),
                        new WorkState.TableDraft("halvfaerdig", "bord-9", "og ved ni\nto linjer")), 2);
        WorkStates killed = new WorkStates(dir, writer, deadPid());
        killed.update(withTables);
        killed.flush();

        WorkState back = new WorkStates(dir, writer).crashed().get(0).state();
        assertThat(back).isEqualTo(withTables);
        assertThat(back.hasDrafts()).isTrue();
        WorkState onlyOthers = new WorkState(null, "/x", null, null, null, "", List.of(), null, null,
                withTables.tableDrafts(), null);
        assertThat(onlyOthers.hasDrafts()).isTrue();
        assertThat(onlyOthers.firstDraft()).isEqualTo("halvskrevet ved to");
    }

    @Test
    void theRunningAppsOwnStateIsNotACrashAndACleanExitLeavesNothing() throws Exception {
        WorkStates mine = new WorkStates(dir, writer);
        mine.update(state("halv"));
        mine.flush();
        assertThat(mine.crashed()).isEmpty();
        assertThat(Files.list(dir)).hasSize(1);
        mine.clear();
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void aChangeIsOnDiskWithinHalfASecondEvenUnderSteadyTyping() throws Exception {
        WorkStates mine = new WorkStates(dir, writer);
        long start = System.nanoTime();
        Path file = dir.resolve(ProcessHandle.current().pid() + ".json");
        String typed = "";
        while (!Files.exists(file)) {
            typed += "x";
            mine.update(state(typed));
            assertThat(System.nanoTime() - start).as("written within the limit").isLessThan(TimeUnit.MILLISECONDS.toNanos(900));
            Thread.onSpinWait();
        }
    }

    @Test
    void anUnreadableStateIsReportedNotDropped() throws Exception {
        Files.writeString(dir.resolve(deadPid() + ".json"), "{ not json");
        assertThat(new WorkStates(dir, writer).crashed()).singleElement()
                .satisfies(f -> assertThat(f.error()).isNotNull());
    }

    @Test
    void settlingMovesTheStateAsideWithoutDeletingIt() throws Exception {
        WorkStates killed = new WorkStates(dir, writer, deadPid());
        killed.update(state("x"));
        killed.flush();
        WorkStates mine = new WorkStates(dir, writer);
        mine.settle(mine.crashed().get(0));
        assertThat(mine.crashed()).isEmpty();
        assertThat(Files.list(dir.resolve("done"))).hasSize(1);
    }
}
