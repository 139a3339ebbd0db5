package dk.vaerksted.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dk.vaerksted.core.deck.BuiltInLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewSessionTest {
    private final BuiltInLibrary library = new BuiltInLibrary(new DocumentReader());
    private final Session halvfaerdig = library.templates().get(0).value();
    private final Session graense = library.templates().get(1).value();
    private final List<Card> cfia = library.decks().get(1).value().cards();

    private static NewSession.Setup setup(int tables, List<Card> deck, NewSession.Deal deal, Card same) {
        return new NewSession.Setup("Strategisk Ledelsesforum", "2019-08-30", " Blixens ", List.of("Mette Holm"),
                tables, deck, deal, same, 42);
    }

    @Test
    void theSetupFillsInTitleDatePlaceFacilitatorsAndTables() {
        Session s = NewSession.fromTemplate(graense, setup(16, List.of(), NewSession.Deal.NONE, null));
        assertThat(s.title()).isEqualTo("Strategisk Ledelsesforum");
        assertThat(s.date()).isEqualTo("2019-08-30");
        assertThat(s.place()).isEqualTo("Blixens");
        assertThat(s.facilitators()).containsExactly("Mette Holm");
        assertThat(s.exercises().get(0).groups()).hasSize(16)
                .allSatisfy(g -> assertThat(g.cardId()).isNull());
        assertThat(s.exercises().get(0).groups().get(15).name()).isEqualTo("Bord 16");
        assertThat(s.harvest()).hasSize(2);
    }

    @Test
    void sameCardToEveryTable() {
        Card third = cfia.get(2);
        Session s = NewSession.fromTemplate(graense, setup(5, cfia, NewSession.Deal.SAME, third));
        assertThat(s.exercises().get(0).groups()).allSatisfy(g -> assertThat(g.cardId()).isEqualTo("cfia-3"));
        assertThat(s.cards()).extracting(Card::id).containsExactly("cfia-3");
    }

    @Test
    void oneEachInDeckOrderStartsAgainWhenTheDeckRunsOut() {
        Session s = NewSession.fromTemplate(graense, setup(9, cfia, NewSession.Deal.IN_ORDER, null));
        assertThat(s.exercises().get(0).groups()).extracting(Group::cardId).containsExactly(
                "cfia-1", "cfia-2", "cfia-3", "cfia-4", "cfia-5", "cfia-6", "cfia-7", "cfia-1", "cfia-2");
        assertThat(s.cards()).hasSize(7);
    }

    @Test
    void shuffledDealsEveryCardOncePerRoundAndRepeatsWithTheSameSeed() {
        Session a = NewSession.fromTemplate(graense, setup(7, cfia, NewSession.Deal.SHUFFLED, null));
        Session b = NewSession.fromTemplate(graense, setup(7, cfia, NewSession.Deal.SHUFFLED, null));
        List<String> dealt = a.exercises().get(0).groups().stream().map(Group::cardId).toList();
        assertThat(dealt).containsExactlyInAnyOrder("cfia-1", "cfia-2", "cfia-3", "cfia-4", "cfia-5", "cfia-6", "cfia-7");
        assertThat(dealt).isNotEqualTo(List.of("cfia-1", "cfia-2", "cfia-3", "cfia-4", "cfia-5", "cfia-6", "cfia-7"));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void theTemplatesOwnCardIsKeptAndTheSessionIsValid() throws Exception {
        Session s = NewSession.fromTemplate(halvfaerdig, setup(3, halvfaerdig.cards(), NewSession.Deal.SAME, null));
        assertThat(s.exercises().get(0).groups()).allSatisfy(
                g -> assertThat(g.cardId()).isEqualTo("samarbejdskompasset-07"));
        byte[] written = new DocumentWriter().write(s);
        assertThat(new DocumentReader().readSession("new", written)).isEqualTo(s);
    }

    @Test
    void aSessionAsRunBecomesATemplateWithoutTablesNotesOrTimings() throws Exception {
        Session forum = new DocumentReader().readSession("forum", java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("../samples/halvfaerdig.session.json")));
        Session t = NewSession.templateOf(forum);
        assertThat(t.title()).isEqualTo("Tør du dele det halvfærdige?");
        assertThat(t.date()).isNull();
        assertThat(t.place()).isNull();
        assertThat(t.facilitators()).isEmpty();
        assertThat(t.exercises()).singleElement().satisfies(e -> {
            assertThat(e.groups()).isEmpty();
            assertThat(e.run()).isEmpty();
            assertThat(e.steps()).isEqualTo(forum.exercises().get(0).steps());
        });
        assertThat(t.harvest()).allSatisfy(h -> assertThat(h.notes()).isEmpty());
        assertThat(t.harvest()).extracting(HarvestPrompt::prompt)
                .containsExactlyElementsOf(forum.harvest().stream().map(HarvestPrompt::prompt).toList());
        assertThat(t.cards()).isEqualTo(forum.cards());
        // Written as a template and read back as one; a new session from it deals the card again.
        Session back = new DocumentReader().readTemplate("t", new DocumentWriter().writeTemplate(t));
        assertThat(back).isEqualTo(t);
        Session again = NewSession.fromTemplate(back, java.time.LocalDate.of(2025, 1, 6), 3);
        assertThat(again.exercises().get(0).groups()).hasSize(3)
                .allSatisfy(g -> assertThat(g.cardId()).isEqualTo("samarbejdskompasset-07"));
    }
}
