package dk.vaerksted.ui;

import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Group;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.work.WorkState;
import dk.vaerksted.core.work.WorkStates;
import dk.vaerksted.ui.session.SessionView;
import dk.vaerksted.ui.session.SessionViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Keeps {@link WorkState} current while the app runs: every change of the session, the selection,
 * a draft or the countdown is on disk within half a second, and a running countdown's place every
 * two seconds. A clean exit clears it; what a crash leaves is offered back at the next start.
 */
final class WorkTracker {
    private final MainWindow window;
    private final WorkStates states;
    private final Timeline ticking;

    WorkTracker(MainWindow window, WorkStates states) {
        this.window = window;
        this.states = states;
        SessionViewModel session = window.sessionModel();
        session.sessionProperty().addListener(o -> changed());
        session.exerciseProperty().addListener(o -> changed());
        session.groupProperty().addListener(o -> changed());
        session.fileProperty().addListener(o -> changed());
        window.runModel().setOnPlaceChanged(p -> changed());
        ticking = new Timeline(new KeyFrame(Duration.seconds(2), e -> changed()));
        ticking.setCycleCount(Animation.INDEFINITE);
        window.runModel().stateProperty().addListener((o, a, st) -> {
            if (st == dk.vaerksted.core.timer.Countdown.State.RUNNING) {
                ticking.play();
            } else {
                ticking.stop();
            }
        });
    }

    /** Something changed: the state as it is now goes to disk soon. */
    void changed() {
        states.update(now());
    }

    /** The editor's changes were discarded: its draft is not offered back. */
    void editorLeft() {
        states.update(WorkState.EMPTY);
    }

    /** The window closes normally: nothing to offer back. */
    void cleanExit() {
        ticking.stop();
        states.clear();
    }

    private WorkState now() {
        if (window.screen() instanceof UnsavedWork w) {
            WorkState.Editor draft = w.hasUnsavedChanges() ? w.draft() : null;
            return draft == null ? WorkState.EMPTY
                    : new WorkState(null, null, null, null, null, null, List.of(), null, draft);
        }
        SessionView view = window.sessionView();
        SessionViewModel session = window.sessionModel();
        Session s = session.sessionProperty().get();
        if (view == null || s == null) {
            return WorkState.EMPTY;
        }
        Path file = session.fileProperty().get();
        Path unnamed = session.disk().unnamedFile();
        if (file == null && unnamed == null) {
            return WorkState.EMPTY; // a sample only looked at: nothing of the user's yet
        }
        Exercise e = session.exerciseProperty().get();
        Group g = session.groupProperty().get();
        var place = window.runModel().place();
        return new WorkState(file == null ? null : file.toString(), unnamed == null ? null : unnamed.toString(),
                s.title(), e == null ? null : e.id(), g == null ? null : g.id(), view.noteDraft(),
                view.harvestDrafts(), place, null, view.drafts().others(),
                place == null ? null : window.runModel().stepIndex() + 1);
    }
}
