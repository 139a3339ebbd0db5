package dk.vaerksted.core.session;

import dk.vaerksted.core.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Makes a session to run from an exercise template. */
public final class NewSession {
    private NewSession() {}

    /**
     * The template's cards, exercises and harvest prompts, dated {@code date}, with {@code tables}
     * groups named in the template's language ("Bord 1" …). When the template holds exactly one
     * card, every group gets it, as in "Læs teksten i kortet højt".
     */
    public static Session fromTemplate(Session template, LocalDate date, int tables) {
        Messages m = Messages.core(Locale.forLanguageTag(template.language()));
        String sharedCard = template.cards().size() == 1 ? template.cards().get(0).id() : null;
        List<Exercise> exercises = new ArrayList<>();
        for (Exercise e : template.exercises()) {
            List<Group> groups = new ArrayList<>();
            for (int i = 1; i <= tables; i++) {
                groups.add(new Group("bord-" + i, m.get("group.defaultName", i), List.of(), sharedCard, List.of(),
                        Extras.NONE));
            }
            exercises.add(new Exercise(e.id(), e.title(), e.intro(), e.steps(), groups, List.of(), e.extras()));
        }
        List<HarvestPrompt> harvest = template.harvest().stream()
                .map(h -> new HarvestPrompt(h.prompt(), List.of(), h.extras()))
                .toList();
        return new Session(template.title(), date.toString(), null, List.of(), template.language(), template.cards(),
                exercises, harvest, Extras.NONE);
    }
}
