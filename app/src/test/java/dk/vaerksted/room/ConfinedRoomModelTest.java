package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes handed to the session's owner thread (the FX thread in the app), as the UI adapter will use it. */
class ConfinedRoomModelTest {
    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "owner"));
    private final AtomicReference<Session> held = new AtomicReference<>(Sessions.read(Sessions.SMALL));
    private final List<String> replacedOn = new ArrayList<>();

    private ConfinedRoomModel model(Duration timeout) {
        return new ConfinedRoomModel(owner, () -> Thread.currentThread().getName().equals("owner"),
                new ConfinedRoomModel.Owner() {
                    @Override
                    public Session current() {
                        return held.get();
                    }

                    @Override
                    public void replace(Session next) {
                        replacedOn.add(Thread.currentThread().getName());
                        held.set(next);
                    }
                }, held.get(), timeout);
    }

    @AfterEach
    void stop() {
        owner.shutdownNow();
    }

    private static java.util.function.Function<Session, RoomModel.Change<Integer>> rename(String title) {
        return s -> new RoomModel.Change<>(SessionEdits.withDetails(s, title, s.date(), s.place(), s.facilitators()),
                title.length());
    }

    @Test
    void changesRunOnTheOwnersThreadOneAfterAnother() throws Exception {
        ConfinedRoomModel m = model(Duration.ofSeconds(5));
        AtomicInteger heard = new AtomicInteger();
        m.subscribe(heard::incrementAndGet);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            results.add(callers.submit(() -> m.apply(s -> new RoomModel.Change<>(SessionEdits.withDetails(s,
                    s.title() + "+", s.date(), s.place(), s.facilitators()), 1))));
        }
        for (Future<Integer> f : results) {
            assertThat(f.get()).isEqualTo(1);
        }
        callers.shutdown();
        // No change was lost: each was applied to the one before.
        assertThat(held.get().title()).endsWith("+".repeat(200));
        assertThat(m.session()).isSameAs(held.get());
        assertThat(replacedOn).hasSize(200).containsOnly("owner");
        assertThat(heard.get()).isEqualTo(200);
    }

    @Test
    void aChangeAskedForOnTheOwnersThreadIsAppliedThereAtOnce() throws Exception {
        ConfinedRoomModel m = model(Duration.ofSeconds(5));
        Integer r = owner.submit(() -> m.apply(rename("På ejerens tråd"))).get();
        assertThat(r).isEqualTo("På ejerens tråd".length());
        assertThat(held.get().title()).isEqualTo("På ejerens tråd");
    }

    @Test
    void aBusyOwnerMakesTheClientRetryAndNothingIsHalfDone() throws Exception {
        ConfinedRoomModel m = model(Duration.ofMillis(200));
        CountDownLatch release = new CountDownLatch(1);
        owner.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThatThrownBy(() -> m.apply(rename("Sent"))).isInstanceOf(RoomModel.UnavailableException.class)
                .hasMessageContaining("did not answer in time");
        release.countDown();
        // The change was queued and is applied when the owner is free: the client's retry then finds it.
        owner.submit(() -> null).get();
        assertThat(held.get().title()).isEqualTo("Sent");
    }

    @Test
    void aFailingChangeChangesNothingAndItsErrorReachesTheCaller() {
        ConfinedRoomModel m = model(Duration.ofSeconds(5));
        Session before = held.get();
        assertThatThrownBy(() -> m.apply(s -> {
            throw new IllegalArgumentException("nej");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("nej");
        assertThat(held.get()).isSameAs(before);
        m.close();
        assertThatThrownBy(() -> m.apply(rename("efter"))).isInstanceOf(RoomModel.UnavailableException.class);
    }

    @Test
    void theOwnerTellsOfOtherChangesAndOfWhatRuns() {
        ConfinedRoomModel m = model(Duration.ofSeconds(5));
        AtomicInteger heard = new AtomicInteger();
        m.subscribe(heard::incrementAndGet);
        Session typed = SessionEdits.withDetails(held.get(), "Tastet", null, null, List.of());
        m.sessionChanged(typed);
        m.sessionChanged(typed);
        assertThat(m.session()).isSameAs(typed);
        m.runningChanged(null);
        assertThat(m.running()).isSameAs(Running.NONE);
        assertThat(heard.get()).isEqualTo(2);
    }

    @TempDir
    Path dir;

    @Test
    void theHeadlessModelSavesLikeTheAppAndLetsGoOfTheFile() throws Exception {
        Path file = Sessions.copy(Sessions.SMALL, dir);
        var versions = new dk.vaerksted.core.session.Versions(dir.resolve("versions"));
        HeadlessRoomModel m = HeadlessRoomModel.open(file, r -> { }, new dk.vaerksted.core.session.SessionStore(
                new dk.vaerksted.core.session.DocumentReader(), new dk.vaerksted.core.session.DocumentWriter(), versions));
        assertThatThrownBy(() -> HeadlessRoomModel.open(file, r -> { }))
                .isInstanceOf(dk.vaerksted.core.session.SessionLock.LockedException.class);
        m.apply(rename("Gemt ved lukning"));
        m.close();
        assertThat(Sessions.read(file).title()).isEqualTo("Gemt ved lukning");
        assertThat(Files.exists(dk.vaerksted.core.session.SessionLock.lockFileOf(file))).isFalse();
        assertThat(versions.list(file)).as("the file as it was, kept as the app keeps it").isNotEmpty();
        assertThatThrownBy(() -> m.apply(rename("for sent"))).isInstanceOf(RoomModel.UnavailableException.class);
    }
}
