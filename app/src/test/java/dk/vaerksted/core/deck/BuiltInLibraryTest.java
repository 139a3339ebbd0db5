package dk.vaerksted.core.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.vaerksted.core.card.Emphasis;
import dk.vaerksted.core.session.Card;
import dk.vaerksted.core.session.CardList;
import dk.vaerksted.core.session.Deck;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content that ships with the app. Its texts are the source documents' own words
 * ({@code shared/seeds}); {@link #everyStringOfTheLibraryIsTheSeedsOwn} proves it string by
 * string, and prints where each comes from when run with {@code -Dvaerksted.trace=true}:
 *
 * <pre>mvn -q test -pl app -Dtest=BuiltInLibraryTest -Dvaerksted.trace=true</pre>
 */
class BuiltInLibraryTest {
    private final BuiltInLibrary library = new BuiltInLibrary(new DocumentReader());

    private Card card(String id) {
        return library.decks().stream().flatMap(d -> d.value().cards().stream())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private Deck deck(String title) {
        return library.decks().stream().map(BuiltInLibrary.Entry::value).filter(d -> d.title().equals(title))
                .findFirst().orElseThrow();
    }

    private Session template(String title) {
        return library.templates().stream().map(BuiltInLibrary.Entry::value).filter(t -> t.title().equals(title))
                .findFirst().orElseThrow();
    }

    @Test
    void shipsTheDecksEachNamingItsSource() {
        assertThat(library.decks()).extracting(e -> e.value().title()).containsExactly(
                "Samarbejdskompasset", "7 principper når vi samskaber", "Aarhuskompasset",
                "Lytte, løse, lære og lede", "Det vi har lært i 2023", "Fokus på mobiliseringsledelse",
                "Ledelseskompetencer", "Strategiske chefers rolle", "Hvilket fokus har jeg som leder?",
                "Kritiske perspektiver og snubletråde", "Anbefalinger", "Hverdagsaktivister");
        assertThat(library.decks()).allSatisfy(e -> assertThat(e.value().source()).isNotBlank());
        assertThat(library.decks()).allSatisfy(e -> assertThat(e.value().cards()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.source()).isNotBlank())
                .allSatisfy(c -> assertThat(c.deck()).isEqualTo(e.value().title())));
        assertThat(library.decks().get(1).value().cards()).hasSize(7);
        assertThat(library.decks().get(2).value().cards()).hasSize(3);
    }

    @Test
    void onlyPrinciple07OfSamarbejdskompassetIsShipped() {
        assertThat(library.decks().get(0).value().cards()).extracting(Card::number).containsExactly("07");
    }

    @Test
    void principle07IsCompleteWithTheSlidesHeadings() {
        Card c = card("samarbejdskompasset-07");
        assertThat(c.title()).isEqualTo("Bliv klogere sammen igen og igen");
        assertThat(c.question()).isEqualTo("Tør du dele det halvfærdige?");
        assertThat(c.body()).hasSize(3);
        assertThat(c.body().get(0)).contains("**Vi skal turde være i samarbejdet hele vejen");
        assertThat(c.reminders()).hasSize(2);
        assertThat(c.whatIf()).containsExactly("Hvad nu, hvis vi altid bliver klogere i fællesskab?");
        assertThat(c.examples()).contains("Stor tilfredshed med julemaden på plejehjemmene");
        // "Et provokerende spørgsmål / Noget tekst / Små huskere / ‘Hvad nu hvis’ - refleksioner":
        // the card's headings are the slide's words; "Noget tekst" is the slide's placeholder, not a heading.
        assertThat(c.leadIns()).containsExactly(Map.entry(Card.REMINDERS, "Små huskere"),
                Map.entry(Card.WHAT_IF, "’Hvad nu hvis’ - refleksioner"));
        assertThat(deck("Samarbejdskompasset").description()).isEqualTo("Principper for bedre borgersamarbejde");
    }

    @Test
    void holdepunkterShowDilemmasStandpointsAndHensynAsTheSeedHasThem() {
        Card one = card("aarhuskompasset-1");
        // One paragraph in the seed, after its lead-in: one dilemma, not four fragments.
        assertThat(one.leadIn(Card.DILEMMAS)).isEqualTo("At sætte mere fokus på værdi kan dog også være dilemmafyldt:");
        assertThat(one.dilemmas()).singleElement().asString().startsWith("Hvem har i sidste ende definitionsretten")
                .endsWith("som eksempler.");
        assertThat(one.leadIn(Card.STANDPOINTS)).isEqualTo("Umiddelbare ståsteder kunne være:");
        Card two = card("aarhuskompasset-2");
        assertThat(two.leadIn(Card.STANDPOINTS)).isEqualTo("Med afsæt i Aarhuskompasset kunne umiddelbare ståsteder være:");
        assertThat(two.standpoints()).anySatisfy(s -> assertThat(s).contains("sker på *andre* områder"));
        Card three = card("aarhuskompasset-3");
        // Holdepunkt 3 has neither dilemmas nor ståsteder: it has "hensyn" to reconcile, and an ambition.
        assertThat(three.dilemmas()).isEmpty();
        assertThat(three.standpoints()).isEmpty();
        assertThat(three.lists()).extracting(CardList::leadIn)
                .containsExactly("Det bliver en vigtig fælles opgave at forene følgende hensyn:", null);
        assertThat(three.lists().get(0).items()).hasSize(3).last().asString().contains("vi *samtidig* skal");
        assertThat(three.lists().get(1).items()).singleElement().asString().startsWith("Ambitionen er ikke mere");
        for (Card c : List.of(one, two, three)) {
            assertThat(c.leadIn(Card.BODY)).endsWith("betyder kort fortalt:");
        }
    }

    @Test
    void templatesCoverTheSeedsExercises() {
        assertThat(library.templates()).extracting(e -> e.value().title()).containsExactly(
                "Tør du dele det halvfærdige?", "Gruppedrøftelse: Grænsekrydsende samarbejde",
                "Gruppedrøftelse: Ledelse af samskabelse", "Fernisering", "Hvad lærte vi i 2023?",
                "Samskabelse… hvad er det for en fisk?", "Drøftelse i magistratsafdelingen",
                "Genbesøg af personligt ledelsesgrundlag", "Fælles om ledelse: Samskabelse af velfærd");
        Exercise graense = library.templates().get(1).value().exercises().get(0);
        // "Brug fem minutter …", "Brug nu tre minutter …": the seed's own minutes.
        assertThat(graense.steps()).extracting(Step::minutes).containsExactly(5.0, 3.0, null);
        assertThat(graense.steps().get(1).prompt()).startsWith("*Hvor får jeg øje på").endsWith("sammen med?*");
        List<Step> ledelse = library.templates().get(2).value().exercises().get(0).steps();
        assertThat(ledelse).hasSize(5).allSatisfy(s -> assertThat(Emphasis.allEmphasis(s.title())).isTrue());
        assertThat(library.templates().get(2).value().exercises().get(0).intro())
                .startsWith("”Ledelse gør en forskel”, sagde");
        assertThat(library.templates()).allSatisfy(t -> assertThat(t.value().harvest())
                .extracting(HarvestPrompt::prompt).containsExactly("Det, der har gjort størst indtryk på mig, er…",
                        "Nogle af de vigtige hovedpointer, vi skal tage med videre, er…"));
    }

    /** "Ca. 10 minutter" is the seed's; how the ten minutes are split is the facilitator's plan. */
    @Test
    void halvfaerdigGivesTheSourcesTimeAsAWholeAndNoInventedMinutes() {
        Exercise e = template("Tør du dele det halvfærdige?").exercises().get(0);
        assertThat(e.time()).isEqualTo("Ca. 10 minutter");
        assertThat(e.steps()).extracting(Step::title).containsExactly("Læs teksten i kortet højt", "Tal om");
        assertThat(e.steps()).extracting(Step::minutes).containsOnlyNulls();
        assertThat(e.plannedMinutes()).isZero();
        assertThat(e.steps().get(1).prompt()).isEqualTo("Hvad ville princippet mon give anledning til i min organisation?");
    }

    /** The exercise comes from the 2024 conference, its harvest prompts from the 2019 seminar: each says so. */
    @Test
    void eachPartNamesItsOwnSource() {
        Session t = template("Tør du dele det halvfærdige?");
        assertThat(t.exercises().get(0).source()).contains("DINs årskonference").contains("29. maj 2024");
        assertThat(t.cards().get(0).source()).isEqualTo("Samarbejdskompasset januar 2023");
        assertThat(t.harvest()).allSatisfy(h -> assertThat(h.source()).contains("Opsamling på dagens drøftelser")
                .contains("30. august 2019"));
        assertThat(t.extras().fields()).doesNotContainKey("source");
        assertThat(library.templates()).allSatisfy(e -> assertThat(e.value().exercises())
                .allSatisfy(x -> assertThat(x.source()).isNotBlank()));
    }

    @Test
    void theNewDecksAndExercisesOfTheSeeds() {
        assertThat(deck("Lytte, løse, lære og lede").cards()).extracting(Card::title, Card::question).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lytte", "Hvem skal vi lytte til for at blive klogere på problemet?"),
                org.assertj.core.groups.Tuple.tuple("Løse", "Hvor tror vi især at forandringskraften ligger ift. problemet?"),
                org.assertj.core.groups.Tuple.tuple("Lære", "Hvordan bliver vi klogere undervejs i arbejdet?"),
                org.assertj.core.groups.Tuple.tuple("Lede", "Hvilken type organisering og ledelse kalder problemet på?"));
        // The seed has only the five titles: nothing else is on the cards.
        assertThat(deck("Det vi har lært i 2023").cards()).extracting(Card::title).containsExactly(
                "#Gentænk problemet", "#Gentænk inddragelsen", "#Gentænk mulighederne", "#Gentænk tempoet",
                "#Gentænk holdet");
        assertThat(deck("Det vi har lært i 2023").cards()).allSatisfy(c -> {
            assertThat(c.question()).isNull();
            assertThat(c.body()).isEmpty();
            assertThat(c.number()).isNull();
        });
        Session laert = template("Hvad lærte vi i 2023?");
        assertThat(laert.cards()).isEqualTo(deck("Det vi har lært i 2023").cards());
        assertThat(laert.exercises().get(0).steps()).extracting(Step::title)
                .containsExactly("Kan I genkende noget fra jeres egen organisation?");
        assertThat(deck("Fokus på mobiliseringsledelse").cards()).extracting(Card::title)
                .containsExactly("Klarhed", "Overblik", "Relationer", "Kendskab", "Strategi");
        Session fisk = template("Samskabelse… hvad er det for en fisk?");
        assertThat(fisk.exercises().get(0).steps()).extracting(Step::title)
                .containsExactly("Hvad er samskabelse?", "Hvad er samskabelse ikke?");
        assertThat(fisk.cards().get(0).lists()).extracting(CardList::leadIn)
                .containsExactly("Samskabelse er …", "Samskabelse er ikke…");
        assertThat(template("Genbesøg af personligt ledelsesgrundlag").exercises().get(0).steps()).hasSize(4);
        assertThat(library.templates().get(6).value().exercises().get(0).steps()).hasSize(4)
                .allSatisfy(s -> assertThat(s.minutes()).isNull());
        assertThat(library.templates().get(6).value().exercises().get(0).title()).isEqualTo(
                "Drøftelse i magistratsafdelingen: Mod mere og bedre? Hvordan tager vi ledelse på samskabelse?"
                        + " De næste skridt…");
        assertThat(library.templates().get(6).value().exercises().get(0).intro()).endsWith("Drøft med hinanden:");
    }

    @Test
    void samplesAreRealisticSessions() {
        assertThat(library.samples()).hasSizeGreaterThanOrEqualTo(2);
        Session forum = library.samples().stream().map(BuiltInLibrary.Entry::value)
                .max(java.util.Comparator.comparingInt(Session::noteCount)).orElseThrow();
        assertThat(forum.exercises()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(forum.exercises().get(0).groups()).hasSizeGreaterThanOrEqualTo(15);
    }

    /**
     * Samples are a facilitator's documents: they may invent notes, people and a plan, not facts
     * about the sources. Their cards and exercise texts are the built-in ones; a step has the
     * template's minutes, or — as the facilitator's plan — minutes that add up to the source's own
     * time of the exercise ("Ca. 10 minutter": 2 + 8).
     */
    @Test
    void samplesInventNotesNotFactsAboutTheSources() {
        Map<String, Card> cards = new LinkedHashMap<>();
        library.decks().forEach(d -> d.value().cards().forEach(c -> cards.put(c.id(), c)));
        library.templates().forEach(t -> t.value().cards().forEach(c -> cards.putIfAbsent(c.id(), c)));
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        library.templates().forEach(t -> t.value().exercises().forEach(e -> exercises.put(e.id(), e)));
        for (BuiltInLibrary.Entry<Session> sample : library.samples()) {
            Session s = sample.value();
            for (Card c : s.cards()) {
                assertThat(c).as(sample.resource() + " card " + c.id()).isEqualTo(cards.get(c.id()));
            }
            for (HarvestPrompt h : s.harvest()) {
                assertThat(library.templates().get(0).value().harvest())
                        .anySatisfy(b -> assertThat(b.prompt() + b.source()).isEqualTo(h.prompt() + h.source()));
            }
            for (Exercise e : s.exercises()) {
                Exercise built = exercises.get(e.id());
                assertThat(built).as(sample.resource() + " exercise " + e.id()).isNotNull();
                assertThat(List.of(String.valueOf(e.title()), String.valueOf(e.intro()), String.valueOf(e.time()),
                        String.valueOf(e.source()))).isEqualTo(List.of(String.valueOf(built.title()),
                        String.valueOf(built.intro()), String.valueOf(built.time()), String.valueOf(built.source())));
                assertThat(e.steps()).extracting(Step::id, Step::title, Step::prompt)
                        .isEqualTo(built.steps().stream().map(st -> org.assertj.core.groups.Tuple.tuple(st.id(),
                                st.title(), st.prompt())).toList());
                boolean asBuilt = e.steps().stream().map(Step::minutes).toList()
                        .equals(built.steps().stream().map(Step::minutes).toList());
                if (!asBuilt) {
                    assertThat(built.time()).as(sample.resource() + ": minutes the source does not give, in "
                            + e.id()).isNotNull();
                    assertThat(e.steps()).allSatisfy(st -> assertThat(st.minutes()).isNotNull());
                    assertThat((double) numberIn(built.time())).as("the plan adds up to " + built.time())
                            .isEqualTo(e.plannedMinutes());
                }
            }
            String notes = String.join("\n", s.exercises().stream().flatMap(e -> e.groups().stream())
                    .flatMap(g -> g.notes().stream()).map(n -> n.text()).toList());
            assertThat(notes).as("an address the sources do not give").doesNotContain("://").doesNotContain("www.");
        }
    }

    private static int numberIn(String time) {
        Matcher m = Pattern.compile("\\d+").matcher(time);
        assertThat(m.find()).as(time).isTrue();
        return Integer.parseInt(m.group());
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

    // ---- every string from the seeds ---------------------------------------------------------

    /** How a string is checked against the seeds. */
    private enum Kind {
        /** Running text with card markup: the words and each word's strong and emphasis as in the seed. */
        MARKUP,
        /** {@link #MARKUP}, line by line; a line may start with "– " for an item of the seed's list. */
        MARKUP_LINES,
        /** Plain text shown as written (titles, questions, the source's time): the words as in the seed. */
        PLAIN,
        /** A name (of a deck, template or exercise): the words as in the seed, which may set it in capitals. */
        NAME,
        /** A source: parts joined by " · ", each a name from one and the same seed. */
        SOURCE,
        /** A card's number: on a line of the seed within three lines of the card's title. */
        NUMBER
    }

    /**
     * Typographic corrections of the seeds, each with its reason: the text on the left stands for the
     * seed's text on the right.
     */
    private static final Map<String, String> CORRECTIONS = Map.of(
            // Seed 003 line 955 quotes the commission without an opening mark (issue 14).
            "”Ledelse gør en forskel”", "Ledelse gør en forskel”");

    private static final Pattern MINUTES = Pattern.compile(
            "\\b(en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|femten|tyve|\\d+) minut", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("en", 1), Map.entry("et", 1),
            Map.entry("to", 2), Map.entry("tre", 3), Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6),
            Map.entry("syv", 7), Map.entry("otte", 8), Map.entry("ni", 9), Map.entry("ti", 10),
            Map.entry("femten", 15), Map.entry("tyve", 20));

    /** One string of a built-in file, where it is and how it is checked. */
    private record Checked(String where, Kind kind, String text, String titleOfCard) {}

    /**
     * Every string of every built-in deck and template — titles, questions, texts, labels and
     * lead-ins with their emphasis, sources, numbers, minutes — is the seeds' own: found in them
     * after joining line breaks, with the same strong and emphasized words. A field this test does
     * not know fails it, so new content cannot slip past.
     */
    @Test
    void everyStringOfTheLibraryIsTheSeedsOwn() throws IOException {
        Path seedDir = Path.of(System.getProperty("vaerksted.seeds", "../../shared/seeds"));
        assumeTrue(Files.isDirectory(seedDir), "the seed documents are beside the repository");
        SeedCorpus corpus = SeedCorpus.read(seedDir);
        boolean trace = Boolean.getBoolean("vaerksted.trace");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path file : builtInFiles()) {
            List<Checked> strings = new ArrayList<>();
            collect(new ObjectMapper().readTree(file.toFile()), "", file.toString(), strings, problems, null);
            SeedCorpus.Match[] last = new SeedCorpus.Match[1];
            for (Checked c : strings) {
                String found = check(corpus, c, problems, last);
                checked++;
                if (trace) {
                    System.out.println(String.format("%-34s %s  %s", found == null ? "NOT FOUND" : found, c.where(),
                            c.text().length() > 90 ? c.text().substring(0, 89) + "…" : c.text()));
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(problems).as("strings of the built-in library that are not the seeds' own").isEmpty();
    }

    private static List<Path> builtInFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("../assets/decks", "../assets/templates")) {
            for (String name : Files.readAllLines(Path.of(folder, "INDEX"))) {
                if (!name.isBlank()) {
                    files.add(Path.of(folder, name.strip()));
                }
            }
        }
        return files;
    }

    private static final Set<String> SKIPPED = Set.of("format", "formatVersion", "id");

    /**
     * Walks a document, sorting each string into how it is checked; numbers other than minutes are
     * invented. A program's clock times and minutes are allowed only where the program says they
     * are an example ({@code exampleTimes}): the seeds give a day's items, never its times.
     */
    private static void collect(JsonNode node, String path, String file, List<Checked> out, List<String> problems,
            String cardTitle) {
        if (path.isEmpty() && node.has("program")) {
            boolean example = node.get("program").path("exampleTimes").asBoolean(false);
            if (!example) {
                problems.add(file + " program: times that are not marked as an example (exampleTimes)");
            }
        }
        if (node.isObject()) {
            String title = path.matches(".*cards\\[\\d+]") && node.hasNonNull("title") ? node.get("title").asText()
                    : cardTitle;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String p = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
                if (SKIPPED.contains(f.getKey()) || p.equals("language") && f.getValue().asText().equals("da")) {
                    if (f.getKey().equals("formatVersion") && f.getValue().asInt() != 1) {
                        problems.add(file + " " + p + ": formatVersion " + f.getValue());
                    }
                    continue;
                }
                collect(f.getValue(), p, file, out, problems, title);
            }
        } else if (node.isArray()) {
            if ((path.endsWith("groups") || path.endsWith("notes")) && !node.isEmpty()) {
                problems.add(file + " " + path + ": a template holds no tables or notes");
            }
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", file, out, problems, cardTitle);
            }
        } else if (node.isNumber() && path.matches("program\\.items\\[\\d+]\\.minutes")) {
            // An example's minutes (the document says so; see above).
        } else if (node.isBoolean() && path.equals("program.exampleTimes")) {
            // The mark itself.
        } else if (node.isTextual() && path.matches("program\\.items\\[\\d+]\\.(start|kind|exerciseId)")) {
            // An example's clock time, the kind of item and the exercise it runs: not text of the seeds.
            if (path.endsWith(".start") && !node.textValue().matches("\\d\\d:\\d\\d")) {
                problems.add(file + " " + path + ": not a clock time");
            }
        } else if (node.isNumber()) {
            if (!path.matches("exercises\\[\\d+]\\.steps\\[\\d+]\\.minutes")) {
                problems.add(file + " " + path + ": a number the seeds do not give (" + node + ")");
            }
            // Minutes are checked with their step (see check).
        } else if (node.isTextual()) {
            Kind kind = kind(path);
            if (kind == null) {
                problems.add(file + " " + path + ": a field this test does not know how to check");
            } else {
                out.add(new Checked(file + " " + path, kind, node.textValue(), cardTitle));
            }
        } else {
            problems.add(file + " " + path + ": unexpected " + node.getNodeType());
        }
    }

    private static Kind kind(String path) {
        String p = path.replaceAll("\\[\\d+]", "[]");
        return switch (p) {
            case "title", "cards[].deck", "exercises[].title" -> Kind.NAME;
            case "source", "cards[].source", "exercises[].source", "harvest[].source", "program.source" -> Kind.SOURCE;
            case "description", "cards[].title", "cards[].question", "exercises[].time", "harvest[].prompt",
                    "program.items[].title", "program.items[].speaker" -> Kind.PLAIN;
            case "cards[].number" -> Kind.NUMBER;
            case "cards[].body[]", "cards[].reminders[]", "cards[].whatIf[]", "cards[].examples[]",
                    "cards[].dilemmas[]", "cards[].standpoints[]", "cards[].lists[].leadIn",
                    "cards[].lists[].items[]", "exercises[].steps[].title" -> Kind.MARKUP;
            case "exercises[].intro", "exercises[].steps[].prompt" -> Kind.MARKUP_LINES;
            default -> p.startsWith("cards[].leadIns.") && leadInPart(p) ? Kind.MARKUP : null;
        };
    }

    private static boolean leadInPart(String p) {
        return Set.of(Card.BODY, Card.REMINDERS, Card.WHAT_IF, Card.EXAMPLES, Card.DILEMMAS, Card.STANDPOINTS)
                .contains(p.substring("cards[].leadIns.".length()));
    }

    private static String check(SeedCorpus corpus, Checked c, List<String> problems) {
        return check(corpus, c, problems, new SeedCorpus.Match[1]);
    }

    /**
     * Checks one string; returns where it was found ("003_….txt:955"), or null after adding a
     * problem. {@code last} holds where the string before was found, to name the nearest of
     * several places the same words occur.
     */
    private static String check(SeedCorpus corpus, Checked c, List<String> problems, SeedCorpus.Match[] last) {
        if (c.text().isBlank()) {
            problems.add(c.where() + ": empty");
            return null;
        }
        String typo = typographyProblem(c.text());
        if (typo != null) {
            problems.add(c.where() + ": " + typo + " in \"" + c.text() + "\"");
        }
        switch (c.kind()) {
            case MARKUP, PLAIN, NAME -> {
                SeedCorpus.Match m = find(corpus, c.text(), c.kind(), last[0]);
                last[0] = m == null ? last[0] : m;
                return found(m, c, problems);
            }
            case MARKUP_LINES -> {
                String file = null;
                List<String> lines = new ArrayList<>();
                for (String line : c.text().split("\n")) {
                    if (!line.isBlank()) {
                        SeedCorpus.Match m = find(corpus, line.replaceFirst("^– ", ""), Kind.MARKUP, last[0]);
                        if (found(m, new Checked(c.where(), c.kind(), line, c.titleOfCard()), problems) == null) {
                            return null;
                        }
                        last[0] = m;
                        file = file == null ? m.seed().file : file;
                        lines.add(m.toString().replaceFirst(".*:", ""));
                    }
                }
                return file + ":" + String.join(",", lines);
            }
            case SOURCE -> {
                return source(corpus, c, problems);
            }
            case NUMBER -> {
                return number(corpus, c, problems);
            }
            default -> throw new IllegalStateException();
        }
    }

    private static String found(SeedCorpus.Match m, Checked c, List<String> problems) {
        if (m == null) {
            problems.add(c.where() + ": not in the seeds as written: \"" + c.text() + "\"");
            return null;
        }
        return m.toString();
    }

    /** Straight or English quotation marks, three dots for "…", an unbalanced ”, markup in a plain field. */
    private static String typographyProblem(String s) {
        if (s.matches("(?s).*['\"‘“„].*")) {
            return "a quotation mark other than ” and ’";
        }
        if (s.contains("...")) {
            return "\"...\" for \"…\"";
        }
        if (s.chars().filter(ch -> ch == '”').count() % 2 != 0) {
            return "an unbalanced ”";
        }
        return null;
    }

    private static SeedCorpus.Match find(SeedCorpus corpus, String text, Kind kind, SeedCorpus.Match near) {
        String t = text;
        for (Map.Entry<String, String> e : CORRECTIONS.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        if (kind == Kind.MARKUP) {
            List<Emphasis.Run> runs = Emphasis.parse(t);
            StringBuilder plain = new StringBuilder();
            List<Integer> styles = new ArrayList<>();
            for (Emphasis.Run r : runs) {
                int bits = (r.strong() ? SeedCorpus.STRONG : 0) | (r.emphasis() ? SeedCorpus.EMPHASIS : 0);
                for (char ch : r.text().toCharArray()) {
                    plain.append(ch);
                    styles.add(bits);
                }
            }
            return corpus.find(plain.toString(), styles.stream().mapToInt(Integer::intValue).toArray(), false,
                    false, null, near);
        }
        if (t.contains("*")) {
            return null; // a plain field shows an asterisk as written: no markup here
        }
        return corpus.find(t, null, kind == Kind.NAME, false, null, near);
    }

    private static String source(SeedCorpus corpus, Checked c, List<String> problems) {
        for (SeedCorpus.Seed seed : corpus.seeds) {
            List<String> lines = new ArrayList<>();
            // A source's first part is its document's name: where it first occurs; each further part nearest the one before.
            SeedCorpus.Match previous = null;
            for (String part : c.text().split(" · ")) {
                SeedCorpus.Match m = corpus.find(part, null, true, true, seed, previous);
                previous = m == null ? previous : m;
                if (m == null) {
                    lines = null;
                    break;
                }
                lines.add(m.toString().replaceFirst(".*:", ""));
            }
            if (lines != null) {
                return seed.file + ":" + String.join(",", lines);
            }
        }
        problems.add(c.where() + ": a source whose parts are not all in one seed: \"" + c.text() + "\"");
        return null;
    }

    private static String number(SeedCorpus corpus, Checked c, List<String> problems) {
        SeedCorpus.Match title = c.titleOfCard() == null ? null : corpus.find(c.titleOfCard(), null, true, false, null);
        if (title != null) {
            List<String> lines = title.seed().lines;
            Pattern token = Pattern.compile("(^|[^0-9])" + Pattern.quote(c.text()) + "([^0-9]|$)");
            for (int n = Math.max(1, title.fromLine() - 3); n <= Math.min(lines.size(), title.toLine() + 3); n++) {
                if (token.matcher(lines.get(n - 1)).find()) {
                    return title.seed().file + ":" + n;
                }
            }
        }
        problems.add(c.where() + ": a number the seed does not give the card \"" + c.titleOfCard() + "\": " + c.text());
        return null;
    }

    /** A step's minutes are the seed's: its text says them ("Brug fem minutter …"). */
    @Test
    void everyStepsMinutesAreStatedInItsOwnText() {
        for (BuiltInLibrary.Entry<Session> t : library.templates()) {
            for (Exercise e : t.value().exercises()) {
                for (Step s : e.steps()) {
                    if (s.minutes() == null) {
                        continue;
                    }
                    Matcher m = MINUTES.matcher(s.title() + " " + (s.prompt() == null ? "" : s.prompt()));
                    assertThat(m.find()).as(t.resource() + " step " + s.id() + ": " + s.minutes()
                            + " minutes the seed does not give").isTrue();
                    String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
                    int stated = n.matches("\\d+") ? Integer.parseInt(n) : NUMBER_WORDS.get(n);
                    assertThat(s.minutes()).as(t.resource() + " step " + s.id()).isEqualTo((double) stated);
                }
            }
        }
    }

    /**
     * The example day is seed 003's program: its nine items (each in {@code **…**} under "# Program")
     * word for word and in their order, with the slides' PAUSE, FROKOSTPAUSE, Fernisering, KAFFEPAUSE
     * and "Opsamling på dagens drøftelser" between them in the slides' order; a talk's speaker is the
     * program's own words; the clock times are marked as an example, and the seed has none.
     */
    @Test
    void theExampleDayIsSeed003sProgramWordForWord() throws IOException {
        Path seedDir = Path.of(System.getProperty("vaerksted.seeds", "../../shared/seeds"));
        assumeTrue(Files.isDirectory(seedDir), "the seed documents are beside the repository");
        Path seed;
        try (Stream<Path> files = Files.list(seedDir)) {
            seed = files.filter(f -> f.getFileName().toString().startsWith("003_")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(seed);
        List<String> programme = new ArrayList<>();
        int at = lines.indexOf("# Program");
        for (int n = at + 1; n < lines.size() && !lines.get(n).startsWith("#"); n++) {
            Matcher item = Pattern.compile("^- \\*\\*(.+)\\*\\*$").matcher(lines.get(n));
            if (item.matches()) {
                programme.add(item.group(1));
            }
        }
        assertThat(programme).as("seed 003's program").hasSize(9);
        assertThat(programme.toString()).doesNotContainPattern("\\d\\d[.:]\\d\\d");

        Session day = template("Fælles om ledelse: Samskabelse af velfærd");
        dk.vaerksted.core.session.Program p = dk.vaerksted.core.session.Program.of(day).orElseThrow();
        assertThat(p.exampleTimes()).as("the times are marked as an example").isTrue();
        List<String> titles = p.items().stream().map(dk.vaerksted.core.session.ProgramItem::title).toList();
        assertThat(titles.stream().filter(programme::contains).toList()).isEqualTo(programme);
        List<String> fromSlides = titles.stream().filter(t -> !programme.contains(t)).toList();
        assertThat(fromSlides).containsExactly("PAUSE", "FROKOSTPAUSE", "Fernisering", "KAFFEPAUSE",
                "Opsamling på dagens drøftelser");
        int last = 0;
        for (String t : fromSlides) {
            int line = 0;
            for (int n = last; n < lines.size(); n++) {
                if (lines.get(n).replaceAll("[#*:]", "").strip().equals(t)) {
                    line = n + 1;
                    break;
                }
            }
            assertThat(line).as(t + " on a slide after the one before").isGreaterThan(last);
            last = line;
        }
        for (dk.vaerksted.core.session.ProgramItem it : p.items()) {
            if (it.speaker() != null) {
                assertThat(it.title()).as("the speaker in the program's own words").endsWith(" " + it.speaker());
            }
            if (it.exerciseId() != null) {
                assertThat(day.exercises()).extracting(Exercise::id).contains(it.exerciseId());
            }
        }
        assertThat(p.items()).extracting(dk.vaerksted.core.session.ProgramItem::kind).containsExactly(
                dk.vaerksted.core.session.ProgramItem.Kind.TALK, dk.vaerksted.core.session.ProgramItem.Kind.TALK,
                dk.vaerksted.core.session.ProgramItem.Kind.EXERCISE, dk.vaerksted.core.session.ProgramItem.Kind.TALK,
                dk.vaerksted.core.session.ProgramItem.Kind.BREAK, dk.vaerksted.core.session.ProgramItem.Kind.TALK,
                dk.vaerksted.core.session.ProgramItem.Kind.TALK, dk.vaerksted.core.session.ProgramItem.Kind.LUNCH,
                dk.vaerksted.core.session.ProgramItem.Kind.EXERCISE, dk.vaerksted.core.session.ProgramItem.Kind.EXERCISE,
                dk.vaerksted.core.session.ProgramItem.Kind.BREAK, dk.vaerksted.core.session.ProgramItem.Kind.EXERCISE,
                dk.vaerksted.core.session.ProgramItem.Kind.PLENARY, dk.vaerksted.core.session.ProgramItem.Kind.TALK);
    }

    /** The checks themselves: an invented word, number, dropped emphasis or straight quote is caught. */
    @Test
    void theSeedCheckCatchesWhatItShould() throws IOException {
        Path seedDir = Path.of(System.getProperty("vaerksted.seeds", "../../shared/seeds"));
        assumeTrue(Files.isDirectory(seedDir), "the seed documents are beside the repository");
        SeedCorpus corpus = SeedCorpus.read(seedDir);
        List<String> problems = new ArrayList<>();
        // Found: emphasis as in seed 001, a paragraph over a page break, a heading set in capitals.
        assertThat(check(corpus, new Checked("t", Kind.MARKUP,
                "Også hvis det sker på *andre* områder end der, hvor der blev investeret i at skabe denne værdi.", null),
                problems)).isEqualTo("001_20dc3e43a929a851.txt:128");
        assertThat(check(corpus, new Checked("t", Kind.MARKUP,
                "er udgangspunktet for ledelse og styring. Beslutninger om, hvem der skal bidrage", null), problems))
                .isEqualTo("001_20dc3e43a929a851.txt:70-78");
        assertThat(check(corpus, new Checked("t", Kind.NAME, "7 principper når vi samskaber", null), problems))
                .startsWith("003_");
        assertThat(check(corpus, new Checked("t", Kind.NUMBER, "07", "Bliv klogere sammen igen og igen"), problems))
                .isEqualTo("002_a3c0071c8257d0ba.txt:48");
        assertThat(problems).isEmpty();
        // Not found: emphasis dropped or added, a word changed, a number invented, a source mixed.
        for (Checked wrong : List.of(
                new Checked("dropped", Kind.MARKUP, "Også hvis det sker på andre områder", null),
                new Checked("added", Kind.MARKUP, "**Også** hvis det sker på *andre* områder", null),
                new Checked("changed", Kind.PLAIN, "Ca. 12 minutter", null),
                new Checked("ca.", Kind.PLAIN, "10 minutter pr. trin", null),
                new Checked("number", Kind.NUMBER, "2", "Bliv klogere sammen igen og igen"),
                new Checked("source", Kind.SOURCE, "Samarbejdskompasset januar 2023 · 30. august 2019", null),
                new Checked("label", Kind.MARKUP, "Mulige ståsteder", null))) {
            List<String> p = new ArrayList<>();
            assertThat(check(corpus, wrong, p)).as(wrong.where()).isNull();
            assertThat(p).as(wrong.where()).isNotEmpty();
        }
        for (String typo : List.of("’det levede liv'", "”Fælles om ledelse\"", "er...", "forskel”, sagde")) {
            assertThat(typographyProblem(typo)).as(typo).isNotNull();
        }
    }
}
