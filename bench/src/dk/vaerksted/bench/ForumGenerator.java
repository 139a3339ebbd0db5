package dk.vaerksted.bench;

import dk.vaerksted.core.deck.BuiltInLibrary;
import dk.vaerksted.core.session.DocumentReader;
import dk.vaerksted.core.session.DocumentWriter;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Extras;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.HarvestPrompt;
import dk.vaerksted.core.session.Note;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a forum-sized session for the benchmarks: all built-in exercises, 25 tables, about 3,400
 * notes and 200,000 words of Danish-looking text (2–3 MB). Deterministic.
 * Usage: ForumGenerator OUT.session.json
 */
public final class ForumGenerator {
    private static final String[] WORDS = ("vi deler sjældent udkast med borgerne før de er færdige samskabelse "
            + "ledelse værdi fællesskab medarbejdere kommunen magistratsafdeling tillid frihed ansvar læring "
            + "fleksibilitet borgernes perspektiv data viden undervejs strategiske beslutninger organisation "
            + "princippet anledning mod halvfærdige samarbejdet resultaterne kvalificerer øje på rette vej "
            + "æøå handler om at lukke borgerne ind i arbejdet").split(" ");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "app/target/forum-3400.session.json");
        Files.write(out, new DocumentWriter().write(generate(3400, 200_000)));
        System.out.println("wrote " + out + " (" + Files.size(out) / 1024 + " kB)");
    }

    static Session generate(int notes, int words) {
        BuiltInLibrary library = new BuiltInLibrary(new DocumentReader());
        List<Session> templates = library.templates().stream().map(BuiltInLibrary.Entry::value).toList();
        Session s = dk.vaerksted.core.session.NewSession.fromTemplate(templates.get(1),
                java.time.LocalDate.of(2019, 8, 30), 25);
        for (Session t : templates) {
            if (t != templates.get(1)) {
                s = SessionEdits.addExercises(s, t);
            }
        }
        Random random = new Random(7);
        int perNote = words / notes;
        List<Exercise> exercises = new ArrayList<>();
        int made = 0;
        int groupsTotal = s.exercises().stream().mapToInt(e -> e.groups().size()).sum();
        int perGroup = (notes - 40) / groupsTotal;
        for (Exercise e : s.exercises()) {
            List<Group> groups = new ArrayList<>();
            for (Group g : e.groups()) {
                List<Note> ns = new ArrayList<>();
                for (int i = 0; i < perGroup; i++) {
                    Step step = e.steps().get(random.nextInt(e.steps().size()));
                    ns.add(new Note(step.id(), text(random, perNote), "2019-08-30T10:00:00+02:00", Extras.NONE));
                    made++;
                }
                groups.add(new Group(g.id(), g.name(), g.members(), g.cardId(), ns, g.extras()));
            }
            exercises.add(new Exercise(e.id(), e.title(), e.intro(), e.steps(), groups, e.run(), e.extras()));
        }
        s = SessionEdits.withExercises(s, exercises);
        List<HarvestPrompt> harvest = new ArrayList<>();
        for (HarvestPrompt h : s.harvest()) {
            List<Note> ns = new ArrayList<>();
            for (int i = 0; i < (notes - made) / s.harvest().size(); i++) {
                ns.add(new Note(null, text(random, perNote), null, Extras.NONE));
            }
            harvest.add(new HarvestPrompt(h.prompt(), ns, h.extras()));
        }
        s = SessionEdits.withHarvest(s, harvest);
        return new Session("Strategisk Ledelsesforum – benchmark", s.date(), "Aarhus", List.of("Mette Holm"), "da",
                s.cards(), s.exercises(), s.harvest(), Extras.NONE);
    }

    private static String text(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        int n = Math.max(3, words / 2 + random.nextInt(words + 1));
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(random.nextInt(40) == 0 ? "\n" : " ");
            }
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }
}
