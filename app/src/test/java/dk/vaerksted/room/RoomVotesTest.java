package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.board.BoardEdits;
import dk.vaerksted.core.session.Board;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.security.LoopbackOnly;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Votes from the room (issue 16): each table spends its dots on the themes from its own page,
 * with or without JavaScript; no table sees another's dots until the facilitator reveals them;
 * a table can never spend more than it has; a closed vote takes nothing.
 */
@ExtendWith(LoopbackOnly.class)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RoomVotesTest {
    @TempDir
    Path dir;

    private RoomFixture room;
    private final AtomicInteger ids = new AtomicInteger();
    private final BoardEdits edits = new BoardEdits(() -> "x" + ids.incrementAndGet());

    @BeforeEach
    void open() throws Exception {
        room = new RoomFixture(Sessions.SMALL, dir);
        // The facilitator opens a new vote on the sample's three themes: 3 dots a table.
        room.model.apply(s -> new RoomModel.Change<>(edits.openVotes(s, 3, List.of("t-del", "t-tilbage", "t-mod")),
                null));
    }

    @AfterEach
    void close() throws Exception {
        room.close();
    }

    private HttpResponse<String> vote(String table, String theme, int count, boolean json) throws Exception {
        return room.post(room.link(table) + "/vote", Map.of("theme", theme, "count", Integer.toString(count)), json);
    }

    private Board.Votes votes() {
        return Board.of(room.session()).votes();
    }

    @Test
    void aTableGivesAndTakesBackDotsWithPlainFormsAndTheyAreInTheFile() throws Exception {
        String page = room.get(room.link("bord-1")).body();
        assertThat(page).contains("Prik på temaerne", "I har brugt 0 af 3 prikker.", "Del det halvfærdige tidligt",
                "aria-label=\"Giv en prik til Del det halvfærdige tidligt\"", "class=\"vote-form\"");
        HttpResponse<String> r = vote("bord-1", "t-del", 2, false);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/t/" + room.token("bord-1") + "?voted#vote");
        assertThat(room.get(room.link("bord-1") + "?voted").body()).contains("Jeres prikker er gemt.",
                "I har brugt 2 af 3 prikker.", "2 prikker fra jer");
        Session onDisk = room.savedWhere(s -> Board.of(s).votes().given("bord-1", "t-del") == 2, Duration.ofSeconds(2));
        assertThat(onDisk).as("on disk within a second or two").isNotNull();
        // The same post again changes nothing; taking one back leaves one.
        assertThat(vote("bord-1", "t-del", 2, true).body()).isEqualTo("{\"outcome\":\"voted\"}");
        vote("bord-1", "t-del", 1, false);
        assertThat(votes().given("bord-1", "t-del")).isEqualTo(1);
    }

    @Test
    void noTableSpendsMoreThanItsDotsAndAClosedVoteTakesNothing() throws Exception {
        vote("bord-2", "t-mod", 3, false);
        HttpResponse<String> more = vote("bord-2", "t-del", 1, false);
        assertThat(more.statusCode()).isEqualTo(409);
        assertThat(more.body()).contains("I har ikke flere prikker");
        assertThat(vote("bord-2", "t-del", 1, true).body()).contains("\"error\":\"tooManyDots\"");
        assertThat(votes().used("bord-2")).isEqualTo(3);
        assertThat(vote("bord-2", "ikke-et-tema", 1, false).statusCode()).isEqualTo(404);
        assertThat(room.post(room.link("bord-2") + "/vote", Map.of("theme", "t-mod", "count", "-1"), false)
                .statusCode()).isEqualTo(400);
        room.model.apply(s -> new RoomModel.Change<>(edits.setVotesOpen(s, false), null));
        assertThat(vote("bord-3", "t-del", 1, false).statusCode()).isEqualTo(409);
        assertThat(votes().used("bord-3")).isZero();
        assertThat(room.get(room.link("bord-3")).body()).contains("Afstemningen er lukket.");
    }

    @Test
    void resultsStayHiddenUntilTheFacilitatorRevealsThem() throws Exception {
        vote("bord-2", "t-mod", 3, true);
        vote("bord-3", "t-tilbage", 2, true);
        String mine = room.get(room.link("bord-1")).body();
        String state = room.get(room.link("bord-1") + "/state").body();
        // bord-1 sees its own dots (none) and nothing of the others'.
        for (String seen : List.of(mine, state)) {
            assertThat(seen).doesNotContain("t-mod=3").doesNotContain("3 prikker (").doesNotContain("Resultatet");
        }
        assertThat(room.get(room.link("bord-2") + "/state").body()).contains("t-mod=3");
        room.model.apply(s -> new RoomModel.Change<>(edits.reveal(s, true), null));
        String shown = room.get(room.link("bord-1")).body();
        assertThat(shown).contains("Resultatet af afstemningen");
        assertThat(shown.indexOf("Mod og tid i ledelsen: 3 prikker")).isPositive()
                .isLessThan(shown.indexOf("Giv viden tilbage til borgerne: 2 prikker"));
        assertThat(vote("bord-1", "t-del", 1, false).statusCode()).as("a revealed vote is closed").isEqualTo(409);
    }

    @Test
    void theVoteIsAPureChangeOfTheSession() {
        Session s = room.session();
        var give = TableEdits.vote("bord-1", "t-del", 3).apply(s);
        assertThat(give.result()).isEqualTo(TableEdits.Outcome.VOTED);
        var again = TableEdits.vote("bord-1", "t-del", 3).apply(give.session());
        assertThat(again.session()).isSameAs(give.session());
        assertThat(TableEdits.vote("bord-1", "t-mod", 1).apply(give.session()).result())
                .isEqualTo(TableEdits.Outcome.TOO_MANY_DOTS);
        assertThat(TableEdits.vote("bord-9", "t-del", 1).apply(s).result()).isEqualTo(TableEdits.Outcome.NO_TABLE);
    }
}
