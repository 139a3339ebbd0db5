package dk.vaerksted.ui.session;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Step;
import dk.vaerksted.ui.timer.RunViewModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The step a new note is filed under. While a step of the shown exercise runs (or is paused), it
 * is that step; before the start and after the end it is the step the facilitator picked, by
 * default the exercise's discussion step (the last one with a prompt). A pick holds until the
 * countdown moves to another step.
 */
public final class NoteStep {
    private final SessionViewModel sessions;
    private final RunViewModel run;
    private final ReadOnlyObjectWrapper<Step> target = new ReadOnlyObjectWrapper<>();
    private String picked;

    public NoteStep(SessionViewModel sessions, RunViewModel run) {
        this.sessions = sessions;
        this.run = run;
        for (Observable o : List.of(sessions.exerciseProperty(), run.stepProperty(), run.startedProperty(),
                run.finishedProperty(), run.exerciseProperty())) {
            o.addListener(x -> update());
        }
        run.stepProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.id().equals(b.id())) {
                picked = null;
                update();
            }
        });
        update();
    }

    /** The facilitator files the next notes under this step (until the countdown moves on). */
    public void pick(Step s) {
        picked = s == null ? null : s.id();
        update();
    }

    /** Whether the target follows a running step rather than a pick. */
    public boolean followsRun() {
        Exercise e = sessions.exerciseProperty().get();
        Exercise running = run.exerciseProperty().get();
        return e != null && running != null && e.id().equals(running.id()) && run.startedProperty().get()
                && !run.finishedProperty().get() && picked == null;
    }

    private void update() {
        Exercise e = sessions.exerciseProperty().get();
        if (e == null || e.steps().isEmpty()) {
            target.set(null);
            return;
        }
        if (picked != null) {
            Step p = e.step(picked).orElse(null);
            if (p != null) {
                target.set(p);
                return;
            }
        }
        if (followsRun() && run.stepProperty().get() != null) {
            target.set(e.step(run.stepProperty().get().id()).orElse(discussion(e)));
            return;
        }
        target.set(discussion(e));
    }

    /** The step the tables talk in: the last one with a prompt, else the last one. */
    static Step discussion(Exercise e) {
        for (int i = e.steps().size() - 1; i >= 0; i--) {
            if (e.steps().get(i).prompt() != null && !e.steps().get(i).prompt().isBlank()) {
                return e.steps().get(i);
            }
        }
        return e.steps().get(e.steps().size() - 1);
    }

    public ReadOnlyObjectProperty<Step> targetProperty() {
        return target.getReadOnlyProperty();
    }
}
