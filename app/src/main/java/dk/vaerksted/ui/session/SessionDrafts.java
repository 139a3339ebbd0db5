package dk.vaerksted.ui.session;

import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.core.work.WorkState;
import dk.vaerksted.ui.Subscriptions;
import dk.vaerksted.ui.UnsavedWork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The notes being typed and not yet added, each where it belongs: a draft stays with its table
 * (switching tables shows the chosen table's own draft, and the list marks the tables that hold
 * one), the harvest fields keep theirs. Leaving the session with drafts is asked about like an
 * editor's changes: Gem adds every draft as a note where it was typed, Kassér drops them, Fortryd
 * stays.
 */
public final class SessionDrafts implements UnsavedWork {
    /** A table of an exercise. */
    private record Key(String exerciseId, String groupId) {}

    /** One draft: at a table ({@code key}), or in the harvest field {@code prompt}. */
    private record Pending(Key key, int prompt, String text) {}

    private final SessionViewModel model;
    private final NoteStep noteStep;
    private final Messages m;
    private final NoteEntry entry;
    private final HarvestView harvest;
    /** The drafts of the tables not shown; the shown table's is in the note field. */
    private final Map<Key, String> others = new LinkedHashMap<>();
    private Key shown;
    private boolean shownHasDraft;
    private Runnable onChanged = () -> { };

    SessionDrafts(SessionViewModel model, NoteStep noteStep, Messages m, NoteEntry entry,
            HarvestView harvest, Subscriptions subs) {
        this.model = model;
        this.noteStep = noteStep;
        this.m = m;
        this.entry = entry;
        this.harvest = harvest;
        this.shown = keyOf(model.groupProperty().get());
        subs.onChange(model.groupProperty(), (o, a, g) -> switchTo(keyOf(g)));
        // Tables of two exercises can be equal records (no change of the group): the exercise says it.
        subs.onChange(model.exerciseProperty(), (o, a, e) -> switchTo(keyOf(model.groupProperty().get())));
        entry.textProperty().addListener(o -> {
            if (shownHasDraft != hasText(entry.getText())) {
                shownHasDraft = !shownHasDraft;
                onChanged.run();
            }
        });
    }

    /** Told when the tables holding a draft change (for the marks in the list and the work state). */
    void setOnChanged(Runnable r) {
        this.onChanged = r;
    }

    private Key keyOf(Group g) {
        Exercise e = model.exerciseProperty().get();
        return e == null || g == null ? null : new Key(e.id(), g.id());
    }

    /** Another table is selected: the note field's text stays with the table it was typed at. */
    private void switchTo(Key next) {
        if (Objects.equals(next, shown)) {
            return; // the same table in a changed session
        }
        if (shown != null && hasText(entry.getText())) {
            others.put(shown, entry.getText());
        }
        shown = next;
        String own = next == null ? null : others.remove(next);
        entry.setText(own == null ? "" : own);
        entry.positionCaret(entry.getLength());
        onChanged.run();
    }

    /** Whether {@code g} (a table of the selected exercise) holds a note not yet added. */
    boolean hasDraft(Group g) {
        Key k = keyOf(g);
        return k != null && (k.equals(shown) ? hasText(entry.getText()) : others.containsKey(k));
    }

    /** The drafts at the tables not selected (the selected table's is the note field's), for crash recovery. */
    public List<WorkState.TableDraft> others() {
        List<WorkState.TableDraft> out = new ArrayList<>();
        others.forEach((k, text) -> out.add(new WorkState.TableDraft(k.exerciseId(), k.groupId(), text)));
        return out;
    }

    /** Drafts at other tables back after a crash (the selected table's goes into the note field). */
    public void restore(List<WorkState.TableDraft> drafts) {
        for (WorkState.TableDraft d : drafts) {
            Key k = new Key(d.exerciseId(), d.groupId());
            if (!k.equals(shown) && hasText(d.text())) {
                others.put(k, d.text());
            }
        }
        onChanged.run();
    }

    private List<Pending> pending() {
        List<Pending> out = new ArrayList<>();
        if (shown != null && hasText(entry.getText())) {
            out.add(new Pending(shown, -1, entry.getText()));
        }
        others.forEach((k, text) -> out.add(new Pending(k, -1, text)));
        List<String> harvestDrafts = harvest.drafts();
        for (int i = 0; i < harvestDrafts.size(); i++) {
            if (hasText(harvestDrafts.get(i))) {
                out.add(new Pending(null, i, harvestDrafts.get(i)));
            }
        }
        return out;
    }

    @Override
    public boolean hasUnsavedChanges() {
        return !pending().isEmpty();
    }

    /** Gem: every draft becomes a note where it was typed (a table's under the step it would go to now). */
    @Override
    public void save(Runnable then) {
        Exercise selected = model.exerciseProperty().get();
        Session s = model.sessionProperty().get();
        for (Pending p : pending()) {
            if (p.key() == null) {
                model.addHarvestNote(p.prompt(), p.text());
            } else if (s != null) {
                Exercise e = SessionEdits.exercise(s, p.key().exerciseId()).orElse(null);
                Step step = e == null || e.steps().isEmpty() ? null
                        : selected != null && selected.id().equals(e.id()) ? noteStep.targetProperty().get()
                        : NoteStep.discussion(e);
                model.addNote(p.key().exerciseId(), p.key().groupId(), step == null ? null : step.id(), p.text());
            }
        }
        others.clear();
        entry.clear();
        harvest.clearDrafts();
        onChanged.run();
        then.run();
    }

    @Override
    public String unsavedName() {
        Session s = model.sessionProperty().get();
        return s == null ? "" : s.title();
    }

    @Override
    public WorkState.Editor draft() {
        return null; // the session's drafts are in its own work state
    }

    @Override
    public void setOnDraftChanged(Runnable r) {
        // The view tells the window about every keystroke (SessionView.setOnDraftsChanged).
    }

    /** "Gem den påbegyndte note ved Bord 9?" */
    @Override
    public Question question() {
        List<Pending> drafts = pending();
        List<String> places = drafts.stream().map(this::place).distinct().toList();
        String header = drafts.size() == 1 ? m.get("leave.header.one", places.get(0))
                : m.get("leave.header.many", drafts.size());
        String text = drafts.size() == 1 ? m.get("leave.text.one")
                : m.get("leave.text.many", String.join(", ", places));
        return new Question(header, text);
    }

    /** Where a draft was typed: "ved Bord 9", "i opsamlingen". */
    private String place(Pending p) {
        if (p.key() == null) {
            return m.get("leave.inHarvest");
        }
        Session s = model.sessionProperty().get();
        String name = s == null ? p.key().groupId() : SessionEdits.exercise(s, p.key().exerciseId())
                .flatMap(e -> SessionEdits.group(e, p.key().groupId())).map(Group::displayName)
                .orElse(p.key().groupId());
        return m.get("leave.atTable", name);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
