package dk.vaerksted.core.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInLibraryTest {
    private final BuiltInLibrary library = new BuiltInLibrary(new DocumentReader());

    private Card card(String id) {
        return library.decks().stream().flatMap(d -> d.value().cards().stream())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shipsTheThreeDecksEachNamingItsSource() {
        assertThat(library.decks()).extracting(e -> e.value().title()).containsExactly(
                "Samarbejdskompasset", "7 principper når vi samskaber", "Aarhuskompassets holdepunkter");
        assertThat(library.decks()).allSatisfy(e -> assertThat(e.value().source()).isNotBlank());
        assertThat(library.decks().get(1).value().cards()).hasSize(7);
        assertThat(library.decks().get(2).value().cards()).hasSize(3)
                .allSatisfy(c -> assertThat(c.dilemmas()).isNotEmpty())
                .allSatisfy(c -> assertThat(c.standpoints()).isNotEmpty());
    }

    @Test
    void onlyPrinciple07OfSamarbejdskompassetIsShipped() {
        assertThat(library.decks().get(0).value().cards()).extracting(Card::number).containsExactly("07");
    }

    @Test
    void principle07IsComplete() {
        Card c = card("samarbejdskompasset-07");
        assertThat(c.title()).isEqualTo("Bliv klogere sammen igen og igen");
        assertThat(c.question()).isEqualTo("Tør du dele det halvfærdige?");
        assertThat(c.body()).hasSize(3);
        assertThat(c.body().get(0)).contains("**Vi skal turde være i samarbejdet hele vejen");
        assertThat(c.reminders()).hasSize(2);
        assertThat(c.whatIf()).containsExactly("Hvad nu, hvis vi altid bliver klogere i fællesskab?");
        assertThat(c.examples()).contains("Stor tilfredshed med julemaden på plejehjemmene");
    }

    @Test
    void templatesCoverTheSeedsExercises() {
        assertThat(library.templates()).extracting(e -> e.value().title()).containsExactly(
                "Tør du dele det halvfærdige?", "Gruppedrøftelse: Grænsekrydsende samarbejde",
                "Gruppedrøftelse: Ledelse af samskabelse", "Fernisering");
        Exercise halvfaerdig = library.templates().get(0).value().exercises().get(0);
        assertThat(halvfaerdig.steps()).extracting(Step::title).containsExactly("Læs teksten i kortet højt", "Tal om");
        assertThat(halvfaerdig.plannedMinutes()).isEqualTo(10);
        assertThat(halvfaerdig.steps().get(1).prompt())
                .isEqualTo("Hvad ville princippet mon give anledning til i min organisation?");
        Exercise graense = library.templates().get(1).value().exercises().get(0);
        assertThat(graense.steps()).extracting(Step::minutes).containsExactly(5.0, 3.0, null);
        assertThat(library.templates().get(2).value().exercises().get(0).steps()).hasSize(5);
        assertThat(library.templates()).allSatisfy(t -> assertThat(t.value().harvest())
                .extracting(h -> h.prompt()).containsExactly("Det, der har gjort størst indtryk på mig, er...",
                        "Nogle af de vigtige hovedpointer, vi skal tage med videre, er..."));
    }

    @Test
    void samplesAreRealisticSessions() {
        assertThat(library.samples()).hasSizeGreaterThanOrEqualTo(2);
        Session forum = library.samples().stream().map(BuiltInLibrary.Entry::value)
                .max(java.util.Comparator.comparingInt(Session::noteCount)).orElseThrow();
        assertThat(forum.exercises()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(forum.exercises().get(0).groups()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void everyShippedFileIsListedInItsIndex() throws IOException {
        for (String folder : List.of("../assets/decks", "../assets/templates", "../samples")) {
            Path dir = Path.of(folder);
            List<String> index = Files.readAllLines(dir.resolve("INDEX"));
            try (Stream<Path> files = Files.list(dir)) {
                List<String> json = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).toList();
                assertThat(index).as(folder + "/INDEX").containsExactlyInAnyOrderElementsOf(json);
            }
        }
    }

    /**
     * Card and exercise texts come from the source documents word for word: every sentence of
     * every shipped text occurs in shared/seeds (ignoring line breaks and markup).
     */
    @Test
    void shippedTextsAreWordForWordFromTheSeeds() throws IOException {
        Path seeds = Path.of("..", "..", "shared", "seeds");
        assumeTrue(Files.isDirectory(seeds), "the seed documents are beside the repository");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        String corpus = normalize(all.toString());
        List<String> texts = new ArrayList<>();
        for (BuiltInLibrary.Entry<Deck> d : library.decks()) {
            for (Card c : d.value().cards()) {
                add(texts, c.title(), c.question());
                c.body().forEach(texts::add);
                texts.addAll(c.reminders());
                texts.addAll(c.whatIf());
                texts.addAll(c.examples());
                texts.addAll(c.dilemmas());
                texts.addAll(c.standpoints());
            }
        }
        for (BuiltInLibrary.Entry<Session> t : library.templates()) {
            for (Exercise e : t.value().exercises()) {
                add(texts, e.title());
                if (e.intro() != null) {
                    texts.addAll(List.of(e.intro().split("\n| · ")));
                }
                for (Step s : e.steps()) {
                    add(texts, s.title());
                    if (s.prompt() != null) {
                        texts.addAll(List.of(s.prompt().split("\n")));
                    }
                }
            }
            t.value().harvest().forEach(h -> texts.add(h.prompt()));
        }
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            String t = normalize(text.replaceFirst("^– ", ""));
            for (String sentence : t.split("(?<=[.?!:]) ")) {
                if (!sentence.isBlank() && !corpus.contains(sentence.strip())) {
                    missing.add(sentence);
                }
            }
        }
        assertThat(missing).as("sentences not found in the seeds").isEmpty();
    }

    private static void add(List<String> texts, String... values) {
        for (String v : values) {
            if (v != null) {
                texts.add(v);
            }
        }
    }

    /** Line breaks and runs of spaces become one space; markdown emphasis is dropped. */
    private static String normalize(String s) {
        return s.replace("**", "").replace("*", "").replaceAll("\\s+", " ");
    }
}
