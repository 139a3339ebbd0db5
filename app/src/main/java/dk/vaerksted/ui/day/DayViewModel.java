package dk.vaerksted.ui.day;

import dk.vaerksted.core.day.DayEdits;
import dk.vaerksted.core.day.Schedule;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.Exercise;
import dk.vaerksted.core.session.Program;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.ReportRound;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.core.session.SessionEdits;
import dk.vaerksted.core.timer.Countdown;
import dk.vaerksted.ui.session.SessionViewModel;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The day as the facilitator runs it: the program's items with planned and actual times, what runs
 * now and what comes next, how far behind or ahead the day is, and the clock of the item running
 * (a talk's minutes, a pause's time to the clock, a table's turn in a report-back round). Every
 * command is a change of the session's program, made through {@link SessionViewModel#edit}: one
 * Ctrl+Z takes it back with everything it pushed. Times are read from the program and the clocks on
 * every {@link #refresh} (every frame in the app; by hand in tests with fake clocks).
 */
public final class DayViewModel {
    /**
     * One item as the panel and the projector list it.
     *
     * @param time    the start that counts now: actual (done, running) or expected (coming)
     * @param shift   "+6" later than planned, "−2" earlier, "" on time
     * @param minutes planned minutes and what became of them ("15 min. → 19 min. 12 sek.")
     */
    public record Row(int index, ProgramItem.Kind kind, String kindLabel, String title, String speaker,
            String planned, String time, String shift, Schedule.State state, String minutes) {}

    private final SessionViewModel session;
    private final Clock wall;
    private final Messages m;
    private final Random random;
    private final DayTimers timers;
    private final DayTexts texts;
    private final DayNow running;
    private Schedule schedule;
    private Program program;
    /** The session {@link #program} was read from: read again only when the session changed. */
    private Session readFrom;

    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper over = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyLongWrapper delay = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper delayText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nowText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper exampleNote = new ReadOnlyStringWrapper("");
    private final BooleanProperty showProgram = new SimpleBooleanProperty(false);

    /** @param random shuffles a round's order (seeded in tests) */
    public DayViewModel(SessionViewModel session, LongSupplier nanos, Clock wall, Messages m, Random random) {
        this.session = session;
        this.wall = wall;
        this.m = m;
        this.random = random;
        this.timers = new DayTimers(nanos, wall);
        this.texts = new DayTexts(m, wall.getZone());
        this.running = new DayNow(m, texts, timers);
        session.sessionProperty().addListener(o -> refresh());
        showProgram.addListener(o -> refresh());
        refresh();
    }

    /** Reads the program and the clocks into the properties; cheap enough for every frame. */
    public void refresh() {
        Session s = session.sessionProperty().get();
        if (s != readFrom || s == null) {
            readFrom = s;
            program = s == null ? null : Program.of(s).orElse(null);
        }
        present.set(program != null && !program.items().isEmpty());
        if (!present.get()) {
            over.set(false);
            schedule = null;
            rows.clear();
            current.set(-1);
            delay.set(0);
            delayText.set("");
            nowText.set("");
            nextText.set("");
            exampleNote.set("");
            running.clear();
            return;
        }
        schedule = Schedule.of(program, wall.instant(), wall.getZone());
        over.set(schedule.finished());
        List<Row> fresh = new ArrayList<>();
        for (Schedule.Slot slot : schedule.slots()) {
            fresh.add(texts.row(slot, s));
        }
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        exampleNote.set(program.exampleTimes() ? m.get("day.exampleTimes") : "");
        delay.set(schedule.finished() || !program.started() && schedule.delayMinutes() <= 0 ? 0
                : schedule.delayMinutes());
        delayText.set(texts.delay(delay.get()));
        int c = schedule.current();
        int n = schedule.next();
        current.set(c);
        nowText.set(c < 0 ? m.get(schedule.finished() ? "day.over" : "day.notStarted")
                : m.get("day.now", title(c)));
        nextText.set(n < 0 ? "" : m.get("day.next", title(n), texts.clock(schedule.slots().get(n).start())));
        running.show(program, schedule, s, showProgram.get());
    }

    private String title(int i) {
        return program.items().get(i).displayTitle(session.sessionProperty().get());
    }

    /** The session's tables (by id, in order, across its exercises) with their names. */
    static Map<String, String> tables(Session s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s != null) {
            for (Exercise e : s.exercises()) {
                e.groups().forEach(g -> out.putIfAbsent(g.id(), g.displayName()));
            }
        }
        return out;
    }

    // ---- commands ---------------------------------------------------------------------------

    /**
     * F6: on in the day. In a report-back round the next table gets the word; otherwise the next
     * item starts (the one running ends); after the last item, the day ends.
     */
    public void advance() {
        if (!present.get()) {
            return;
        }
        if (running.roundRunningProperty().get()) {
            nextTable();
        } else if (schedule.next() >= 0) {
            start(schedule.next());
        } else if (schedule.current() >= 0) {
            change(p -> DayEdits.endRunning(p, nowIso()));
        }
    }

    /** F6 ({@code forward}) or Shift+F6. */
    public void move(boolean forward) {
        if (forward) {
            advance();
        } else {
            back();
        }
    }

    /**
     * Shift+F6: back to the table before, in a round; after the day has ended, the item that ended
     * last runs again (the closing screen goes).
     */
    public void back() {
        if (running.roundRunningProperty().get()) {
            previousTable();
        } else if (present.get() && schedule.finished()) {
            change(DayEdits::reopenLast);
        }
    }

    /** Whether the day has been run to its end (Shift+F6 takes the end back). */
    public ReadOnlyBooleanProperty overProperty() {
        return over.getReadOnlyProperty();
    }

    /** Starts item {@code index} now (an exercise item also selects its exercise). */
    public void start(int index) {
        if (!present.get() || index < 0 || index >= program.items().size() || program.items().get(index).started()) {
            return;
        }
        String now = nowIso();
        ProgramItem it = program.items().get(index);
        if (it.effectiveMinutes() != null) {
            timers.fresh(it.id() + "@" + now, it.effectiveMinutes());
        }
        change(p -> DayEdits.start(p, index, now));
        if (it.kind() == ProgramItem.Kind.EXERCISE && it.exerciseId() != null) {
            Session s = session.sessionProperty().get();
            SessionEdits.exercise(s, it.exerciseId()).ifPresent(session::selectExercise);
        }
    }

    /** Adds a minute to item {@code index} on the day, or with a negative {@code minutes} takes time out. */
    public void adjust(int index, double minutes) {
        if (present.get() && index >= 0 && index < program.items().size()) {
            change(p -> DayEdits.adjust(p, index, minutes));
        }
    }

    /** Takes the day's delay out of item {@code index}: the items after it are back on time. */
    public void catchUp(int index) {
        long d = delay.get();
        if (present.get() && index >= 0 && index < program.items().size() && d > 0) {
            change(p -> DayEdits.catchUp(p, index, d));
        }
    }

    /** What runs now: its clock, and what the room sees. */
    public DayNow running() {
        return running;
    }

    /** A report-back round in the item running: every table, as seated or shuffled, {@code minutesEach} each. */
    public void startRound(double minutesEach, boolean shuffled) {
        int c = present.get() ? schedule.current() : -1;
        Session s = session.sessionProperty().get();
        if (c < 0 || !running.roundPossibleProperty().get()) {
            return;
        }
        String now = nowIso();
        ReportRound r = DayEdits.Rounds.begin(new ArrayList<>(tables(s).keySet()), minutesEach, shuffled, random, now);
        if (!r.order().isEmpty()) {
            timers.fresh(program.items().get(c).id() + "/" + r.order().get(0) + "@" + now, minutesEach);
        }
        change(p -> DayEdits.withRound(p, c, r));
    }

    public void nextTable() {
        round(DayEdits.Rounds::next);
    }

    public void skipTable() {
        round(DayEdits.Rounds::skip);
    }

    public void previousTable() {
        round(DayEdits.Rounds::back);
    }

    /** The round stops with the table speaking; the item goes on. */
    public void endRound() {
        round(DayEdits.Rounds::end);
    }

    private void round(RoundMove move) {
        int c = present.get() ? schedule.current() : -1;
        if (c < 0 || program.items().get(c).round() == null) {
            return;
        }
        String now = nowIso();
        ProgramItem it = program.items().get(c);
        ReportRound next = move.apply(it.round(), now);
        ReportRound.Turn turn = next.current();
        if (turn != null && turn != it.round().current()) {
            timers.fresh(it.id() + "/" + turn.table() + "@" + now, next.minutesEach());
        }
        change(p -> DayEdits.withRound(p, c, next));
    }

    /** One move of a round. */
    private interface RoundMove {
        ReportRound apply(ReportRound r, String now);
    }

    private void change(UnaryOperator<Program> edit) {
        Session s = session.sessionProperty().get();
        Program p = s == null ? null : Program.of(s).orElse(null);
        if (p == null) {
            return;
        }
        Program next = edit.apply(p);
        if (!next.equals(p)) {
            session.edit(Program.set(s, next));
        }
    }

    private String nowIso() {
        return OffsetDateTime.now(wall).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    // ---- what views bind to -----------------------------------------------------------------

    /** Whether the session has a program: without one nothing of the day shows. */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** Minutes behind the plan (negative: ahead). */
    public ReadOnlyLongProperty delayProperty() {
        return delay.getReadOnlyProperty();
    }

    /** "+6 min. bagud", "2 min. foran", "Til tiden". */
    public ReadOnlyStringProperty delayTextProperty() {
        return delayText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nowTextProperty() {
        return nowText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    /** The item running, or −1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Said while the program's times are the built-in example's, or empty. */
    public ReadOnlyStringProperty exampleNoteProperty() {
        return exampleNote.getReadOnlyProperty();
    }

    /** The facilitator's choice to show the room the program, whatever runs. */
    public BooleanProperty showProgramProperty() {
        return showProgram;
    }

    /** The schedule as last computed (for the panel's list and tests), or null without a program. */
    public Schedule schedule() {
        return schedule;
    }
}
