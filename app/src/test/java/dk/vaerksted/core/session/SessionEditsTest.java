package dk.vaerksted.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.vaerksted.core.deck.BuiltInLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionEditsTest {
    private Session forum;
    private final BuiltInLibrary library = new BuiltInLibrary(new DocumentReader());

    @BeforeEach
    void read() throws Exception {
        forum = new DocumentReader().readSession("forum",
                Files.readAllBytes(Path.of("../samples/strategisk-ledelsesforum-2019.session.json")));
    }

    private List<SessionEdits.TableRow> rows(Exercise e) {
        List<SessionEdits.TableRow> rows = new ArrayList<>();
        e.groups().forEach(g -> rows.add(new SessionEdits.TableRow(g.id(), g.name(), g.members(), g.cardId())));
        return rows;
    }

    @Test
    void tablesAreRenamedReorderedAndAddedInEveryExerciseKeepingTheirNotes() {
        Exercise first = forum.exercises().get(0);
        List<SessionEdits.TableRow> rows = rows(first);
        SessionEdits.TableRow bord1 = rows.remove(0);
        rows.add(new SessionEdits.TableRow(bord1.id(), "MSO", List.of("Anne", "Bo"), null));
        rows.add(new SessionEdits.TableRow(null, "Nyt bord", List.of(), null));
        Session s = SessionEdits.withTables(forum, rows, first.id());
        for (Exercise e : s.exercises().subList(0, 2)) {
            assertThat(e.groups().get(e.groups().size() - 2).name()).isEqualTo("MSO");
            assertThat(e.groups().get(e.groups().size() - 1).id()).isEqualTo("bord-17");
        }
        Group mso = SessionEdits.group(s.exercises().get(0), "bord-1").orElseThrow();
        assertThat(mso.notes()).isEqualTo(first.groups().get(0).notes());
        assertThat(mso.members()).containsExactly("Anne", "Bo");
        // the card changes only in the exercise being edited
        assertThat(SessionEdits.group(s.exercises().get(1), "bord-1").orElseThrow().cardId()).isEqualTo("cfia-1");
    }

    @Test
    void aTableWithNotesCannotBeRemovedButAnEmptyOneCan() {
        Exercise first = forum.exercises().get(0);
        List<SessionEdits.TableRow> rows = rows(first);
        rows.remove(0);
        assertThatThrownBy(() -> SessionEdits.withTables(forum, rows, first.id()))
                .hasMessageContaining("holds notes");
        Session fresh = NewSession.fromTemplate(library.templates().get(0).value(), java.time.LocalDate.of(2024, 5, 29), 3);
        List<SessionEdits.TableRow> freshRows = rows(fresh.exercises().get(0));
        freshRows.remove(2);
        assertThat(SessionEdits.withTables(fresh, freshRows, "halvfaerdig").exercises().get(0).groups()).hasSize(2);
    }

    @Test
    void minutesAreChangedWithinTheirLimits() {
        Session s = SessionEdits.withStepMinutes(forum, "graensekrydsende", Map.of("laes", 7.5, "del", 10.0));
        assertThat(s.exercises().get(0).steps()).extracting(Step::minutes).containsExactly(7.5, 3.0, 10.0);
        assertThatThrownBy(() -> SessionEdits.withStepMinutes(forum, "graensekrydsende", Map.of("laes", 0.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exercisesAreAddedFromATemplateWithUniqueIdsAtTheSameTablesAndMoved() {
        Session s = SessionEdits.addExercises(forum, library.templates().get(0).value());
        Exercise added = s.exercises().get(3);
        assertThat(added.title()).isEqualTo("Tør du dele det halvfærdige?");
        assertThat(added.groups()).hasSize(16).allSatisfy(g -> {
            assertThat(g.notes()).isEmpty();
            assertThat(g.cardId()).isEqualTo("samarbejdskompasset-07");
        });
        assertThat(s.card("samarbejdskompasset-07")).isPresent();
        Session twice = SessionEdits.addExercises(s, library.templates().get(0).value());
        assertThat(twice.exercises().get(4).id()).isEqualTo("halvfaerdig-2");
        assertThat(twice.harvest()).hasSize(2);
        Session moved = SessionEdits.moveExercise(s, "halvfaerdig", -3);
        assertThat(moved.exercises().get(0).id()).isEqualTo("halvfaerdig");
        byte[] bytes = new DocumentWriter().write(twice);
        assertThat(bytes).isNotEmpty();
    }

    /** Issue 13, item 4: exercises with different tables keep their own when another's are edited. */
    @Test
    void exercisesWithTheirOwnTablesKeepThemWhenAnotherExercisesTablesAreEdited() {
        Exercise first = forum.exercises().get(0);
        Exercise second = forum.exercises().get(1);
        // The second exercise has two tables of its own, one with a note, and lacks the first's last table.
        List<Group> own = new ArrayList<>(second.groups().subList(0, second.groups().size() - 1));
        own.add(new Group("hjoerne", "Hjørnebordet", List.of(), null,
                List.of(new Note(null, "Kun her", null, Extras.NONE)), Extras.NONE));
        own.add(new Group("vindue", "Vinduesbordet", List.of(), null, List.of(), Extras.NONE));
        Session s0 = SessionEdits.mapExercise(forum, second.id(), e -> new Exercise(e.id(), e.title(), e.intro(), e.time(), e.source(),
                e.steps(), own, e.run(), e.extras()));
        List<SessionEdits.TableRow> rows = rows(first);
        rows.set(0, new SessionEdits.TableRow(rows.get(0).id(), "MSO", List.of(), null));
        rows.add(new SessionEdits.TableRow(null, "Nyt bord", List.of(), null));

        Session s = SessionEdits.withTables(s0, rows, first.id());

        Exercise edited = SessionEdits.exercise(s, second.id()).orElseThrow();
        assertThat(edited.groups()).extracting(Group::name).contains("MSO", "Hjørnebordet", "Vinduesbordet", "Nyt bord");
        assertThat(edited.groups()).extracting(Group::id).doesNotContain(first.groups().get(first.groups().size() - 1).id());
        assertThat(SessionEdits.group(edited, "hjoerne").orElseThrow().notes()).extracting(Note::text)
                .containsExactly("Kun her");
        assertThat(s.noteCount()).isEqualTo(s0.noteCount());
    }

    /** The source's time and the sources of exercises and harvest prompts survive every edit. */
    @Test
    void timeAndSourcesSurviveEveryEdit() throws Exception {
        Session s = new DocumentReader().readSession("in",
                Docs.utf8(DocumentReaderTest.WITH_SOURCES_AND_LEAD_INS));
        String id = s.exercises().get(0).id();
        Exercise e = s.exercises().get(0);
        List<Session> edited = List.of(
                SessionEdits.withRuns(s, id, List.of()),
                SessionEdits.withGroupNotes(s, id, "bord-1", List.of()),
                SessionEdits.withTables(s, rows(e), id),
                SessionEdits.withStepMinutes(s, id, Map.of("laes", 3.0)),
                SessionEdits.withHarvestNotes(s, 0, List.of()),
                NewSession.templateOf(s),
                NewSession.fromTemplate(NewSession.templateOf(s), java.time.LocalDate.of(2024, 5, 29), 3));
        for (Session x : edited) {
            assertThat(x.exercises().get(0).time()).isEqualTo("Ca. 10 minutter");
            assertThat(x.exercises().get(0).source()).isEqualTo("DINs årskonference · 29. maj 2024");
            assertThat(x.harvest().get(0).source()).isEqualTo("30. august 2019");
            assertThat(x.cards().get(0).leadIns()).isEqualTo(s.cards().get(0).leadIns());
        }
        Session added = SessionEdits.addExercises(forum, s);
        Exercise last = added.exercises().get(added.exercises().size() - 1);
        assertThat(last.time()).isEqualTo("Ca. 10 minutter");
        assertThat(last.source()).isEqualTo("DINs årskonference · 29. maj 2024");
    }
}
