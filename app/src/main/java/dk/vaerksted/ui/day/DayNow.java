package dk.vaerksted.ui.day;

import dk.vaerksted.core.day.Schedule;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.ReportRound;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.timer.Countdown;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What runs now in the day, for the panel and the projector: the item's clock — a talk's minutes,
 * a pause's time to the clock, a table's turn in a report-back round — and the words the room sees
 * with it. Filled by {@link DayViewModel#refresh}.
 */
public final class DayNow {
    /**
     * What the day shows the room; {@link #EXERCISE} leaves the projector to its exercise screens as
     * today. {@link #TALK} is any item the room listens to — a talk, a plenary, another item — with
     * its title, kind, speaker and minutes; {@link #PROGRAM} is the day's program, when asked for;
     * {@link #OVER} closes the day: the session's title under "Dagen er slut", no clock (not the
     * last exercise's first step, which the exercise screens would show).
     */
    public enum Screen { EXERCISE, PROGRAM, TALK, PAUSE, ROUND, OVER }

    private final Messages m;
    private final DayTexts texts;
    private final DayTimers timers;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.EXERCISE);
    private final ReadOnlyBooleanWrapper timed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Countdown.Stage> stage = new ReadOnlyObjectWrapper<>(Countdown.Stage.NORMAL);
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper after = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper roundRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper roundPossible = new ReadOnlyBooleanWrapper(false);

    DayNow(Messages m, DayTexts texts, DayTimers timers) {
        this.m = m;
        this.texts = texts;
        this.timers = timers;
    }

    /** No program: nothing runs. */
    void clear() {
        roundRunning.set(false);
        roundPossible.set(false);
        timed.set(false);
        time.set("");
        headline.set("");
        subline.set("");
        after.set("");
        screen.set(Screen.EXERCISE);
    }

    void show(Program program, Schedule schedule, Session s, boolean showProgram) {
        int c = schedule.current();
        int n = schedule.next();
        ProgramItem it = c < 0 ? null : program.items().get(c);
        ReportRound round = it == null ? null : it.round();
        Map<String, String> tables = DayViewModel.tables(s);
        roundRunning.set(round != null && round.current() != null);
        // A round belongs to a plenary (or an item of another kind), not to a talk, a pause or an
        // exercise; one round an item, so a finished round's times are never replaced.
        roundPossible.set(it != null && (it.kind() == ProgramItem.Kind.PLENARY || it.kind() == ProgramItem.Kind.OTHER)
                && !tables.isEmpty() && round == null);
        Countdown.Snapshot snap = null;
        Screen sc = Screen.EXERCISE;
        String head = "";
        String sub = "";
        String then = n < 0 ? "" : m.get("day.after", program.items().get(n).displayTitle(s));
        if (it != null && roundRunning.get()) {
            ReportRound.Turn turn = round.current();
            snap = timers.duration(it.id() + "/" + turn.table() + "@" + turn.startedAt(), turn.startedAt(),
                    round.minutesEach());
            head = m.get("day.round.speaking", tables.getOrDefault(turn.table(), turn.table()));
            List<String> coming = new ArrayList<>();
            for (int k = round.position() + 1; k < round.order().size() && coming.size() < 2; k++) {
                coming.add(tables.getOrDefault(round.order().get(k), round.order().get(k)));
            }
            then = coming.isEmpty() ? m.get("day.round.last") : m.get("day.round.after", String.join("  ·  ", coming));
            sub = m.get("day.round.of", round.position() + 1, round.order().size());
            sc = Screen.ROUND;
        } else if (it != null && it.kind().isPause()) {
            Instant target = schedule.pauseTarget(c);
            if (target != null) {
                snap = timers.clock(it.id() + "@" + it.startedAt(), target);
            }
            head = target == null ? texts.kind(it.kind())
                    : m.get(it.kind() == ProgramItem.Kind.LUNCH ? "day.lunchLine" : "day.pauseLine", texts.clock(target));
            sub = it.displayTitle(s);
            sc = Screen.PAUSE;
        } else if (it != null && it.kind() != ProgramItem.Kind.EXERCISE) {
            if (it.effectiveMinutes() != null) {
                snap = timers.duration(it.id() + "@" + it.startedAt(), it.startedAt(), it.effectiveMinutes());
            }
            head = it.displayTitle(s);
            String speaker = it.speaker();
            sub = speaker == null || speaker.isBlank() || head.contains(speaker) ? texts.kind(it.kind())
                    : texts.kind(it.kind()) + "  ·  " + speaker;
            sc = Screen.TALK;
        } else if (schedule.finished()) {
            head = s.title();
            sub = m.get("day.over");
            sc = Screen.OVER;
        }
        headline.set(head);
        subline.set(sub);
        after.set(then);
        screen.set(showProgram ? Screen.PROGRAM : sc);
        timed.set(snap != null);
        time.set(snap == null ? "" : Countdown.format(snap));
        stage.set(snap == null ? Countdown.Stage.NORMAL : snap.stage());
        stageText.set(snap == null ? "" : switch (snap.stage()) {
            case WARNING -> m.get("run.warning");
            case OVERRUN -> m.get("run.overrun");
            default -> "";
        });
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** Whether the running item has a clock to show. */
    public ReadOnlyBooleanProperty timedProperty() {
        return timed.getReadOnlyProperty();
    }

    /** "12:34", "+01:23" in overrun. */
    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Countdown.Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** "Tiden er næsten gået", "Overtid", or nothing. */
    public ReadOnlyStringProperty stageTextProperty() {
        return stageText.getReadOnlyProperty();
    }

    /** The big line: the talk's title, "Pause · vi fortsætter kl. 14.30", "Bord 7 har ordet". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The line with it: the kind and speaker, the pause's own title, "3 af 16". */
    public ReadOnlyStringProperty sublineProperty() {
        return subline.getReadOnlyProperty();
    }

    /** What comes after: the next item, or in a round the next two tables. */
    public ReadOnlyStringProperty afterProperty() {
        return after.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty roundRunningProperty() {
        return roundRunning.getReadOnlyProperty();
    }

    /** Whether a report-back round can start in the item running. */
    public ReadOnlyBooleanProperty roundPossibleProperty() {
        return roundPossible.getReadOnlyProperty();
    }
}
