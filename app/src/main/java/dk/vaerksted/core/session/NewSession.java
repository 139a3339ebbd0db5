package dk.vaerksted.core.session;

import dk.vaerksted.core.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Makes a session to run from an exercise template. */
public final class NewSession {
    private NewSession() {}

    /** How cards go to the tables. */
    public enum Deal {
        /** Every table gets the same card. */
        SAME,
        /** One card each, in the deck's order, starting again when the deck runs out. */
        IN_ORDER,
        /** One card each, shuffled (again from the start when the deck runs out). */
        SHUFFLED,
        /** No cards. */
        NONE
    }

    /**
     * What the facilitator fills in before the day.
     *
     * @param deck the cards to deal from (empty for none)
     * @param same the card for {@link Deal#SAME}
     * @param seed makes a shuffle repeatable
     */
    public record Setup(String title, String date, String place, List<String> facilitators, int tables,
            List<Card> deck, Deal deal, Card same, long seed) {
        public Setup {
            facilitators = List.copyOf(facilitators);
            deck = List.copyOf(deck);
            if (tables < 1) {
                throw new IllegalArgumentException("at least one table");
            }
        }
    }

    /**
     * The template's exercises and harvest prompts with the tables of the setup ("Bord 1" … in the
     * template's language) holding the dealt cards; the session embeds every card it uses.
     */
    public static Session fromTemplate(Session template, Setup setup) {
        Messages m = Messages.core(Locale.forLanguageTag(template.language()));
        List<Card> dealt = deal(setup);
        List<Exercise> exercises = new ArrayList<>();
        for (Exercise e : template.exercises()) {
            List<Group> groups = new ArrayList<>();
            for (int i = 1; i <= setup.tables(); i++) {
                Card c = dealt.isEmpty() ? null : dealt.get(i - 1);
                groups.add(new Group("bord-" + i, m.get("group.defaultName", i), List.of(), c == null ? null : c.id(),
                        List.of(), Extras.NONE));
            }
            exercises.add(new Exercise(e.id(), e.title(), e.intro(), e.time(), e.source(), e.steps(), groups, List.of(),
                    e.extras()));
        }
        java.util.LinkedHashMap<String, Card> cards = new java.util.LinkedHashMap<>();
        template.cards().forEach(c -> cards.put(c.id(), c));
        dealt.forEach(c -> cards.putIfAbsent(c.id(), c));
        List<HarvestPrompt> harvest = template.harvest().stream()
                .map(h -> new HarvestPrompt(h.prompt(), h.source(), List.of(), h.extras()))
                .toList();
        String title = setup.title() == null || setup.title().isBlank() ? template.title() : setup.title().strip();
        Session made = new Session(title, setup.date(), blankToNull(setup.place()), setup.facilitators(),
                template.language(), List.copyOf(cards.values()), exercises, harvest, Extras.NONE);
        // The day's program comes along as planned (a template's program has no day of its own).
        return Program.of(template).map(p -> Program.set(made, p.asPlanned())).orElse(made);
    }

    /** The card of each table, in table order; empty when no cards are dealt. */
    static List<Card> deal(Setup setup) {
        List<Card> out = new ArrayList<>();
        switch (setup.deal()) {
            case SAME -> {
                Card c = setup.same() != null ? setup.same() : setup.deck().isEmpty() ? null : setup.deck().get(0);
                if (c != null) {
                    for (int i = 0; i < setup.tables(); i++) {
                        out.add(c);
                    }
                }
            }
            case IN_ORDER, SHUFFLED -> {
                if (!setup.deck().isEmpty()) {
                    List<Card> order = new ArrayList<>(setup.deck());
                    java.util.Random random = new java.util.Random(setup.seed());
                    for (int i = 0; i < setup.tables(); i++) {
                        int k = i % order.size();
                        if (k == 0 && setup.deal() == Deal.SHUFFLED) {
                            java.util.Collections.shuffle(order, random);
                        }
                        out.add(order.get(k));
                    }
                }
            }
            default -> { }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The template as it comes, for a quick start: dated {@code date}, {@code tables} tables, the
     * template's card to every table when it holds exactly one.
     */
    public static Session fromTemplate(Session template, LocalDate date, int tables) {
        boolean one = template.cards().size() == 1;
        return fromTemplate(template, new Setup(template.title(), date.toString(), null, List.of(), tables,
                template.cards(), one ? Deal.SAME : Deal.NONE, one ? template.cards().get(0) : null, 0));
    }

    /**
     * The other way: an exercise template made from a session as it was run or edited — its
     * exercises' steps (with the minutes as changed), its cards and harvest questions; no date,
     * place, facilitators, tables, notes or timings. Named after the exercise when there is one.
     */
    public static Session templateOf(Session session) {
        List<Exercise> exercises = new ArrayList<>();
        for (Exercise e : session.exercises()) {
            exercises.add(new Exercise(e.id(), e.title(), e.intro(), e.time(), e.source(), e.steps(), List.of(),
                    List.of(), e.extras()));
        }
        List<HarvestPrompt> harvest = session.harvest().stream()
                .map(h -> new HarvestPrompt(h.prompt(), h.source(), List.of(), h.extras())).toList();
        String title = exercises.size() == 1 && exercises.get(0).title() != null && !exercises.get(0).title().isBlank()
                ? exercises.get(0).title() : session.title();
        Session template = new Session(title, null, null, List.of(), session.language(), session.cards(), exercises,
                harvest, Extras.NONE);
        return Program.of(session).map(p -> Program.set(template, p.asPlanned())).orElse(template);
    }
}
