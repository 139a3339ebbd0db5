package dk.vaerksted.ui.day;

import dk.vaerksted.core.day.Schedule;
import dk.vaerksted.core.i18n.Messages;
import dk.vaerksted.core.session.ProgramItem;
import dk.vaerksted.core.session.Session;
import dk.vaerksted.export.Summary;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** The day's times and items in words: "14.30", "+6 min. bagud", "15 min. → 19 min. 12 sek.". */
final class DayTexts {
    private final Messages m;
    private final ZoneId zone;
    private final Messages core;
    private final NumberFormat number;

    DayTexts(Messages m, ZoneId zone) {
        this.m = m;
        this.core = Messages.core(m.locale());
        this.zone = zone;
        this.number = NumberFormat.getNumberInstance(m.locale());
        number.setMaximumFractionDigits(1);
    }

    /** A clock time as a clock shows it ({@link Schedule#clockFace}: "14.30"; "14:30" in English), or "" for none. */
    String clock(Instant i) {
        if (i == null) {
            return "";
        }
        LocalTime t = Schedule.clockFace(i, zone);
        return m.get("day.clock", t.getHour(), t.getMinute());
    }

    String delay(long minutes) {
        if (minutes > 0) {
            return m.get("day.behind", minutes);
        }
        return minutes < 0 ? m.get("day.ahead", -minutes) : m.get("day.onTime");
    }

    String kind(ProgramItem.Kind k) {
        return m.get("day.kind." + k.word());
    }

    DayViewModel.Row row(Schedule.Slot slot, Session s) {
        ProgramItem it = slot.item();
        String shift = slot.shiftMinutes() == 0 || slot.state() == Schedule.State.SKIPPED ? ""
                : slot.shiftMinutes() > 0 ? "+" + slot.shiftMinutes() : "−" + -slot.shiftMinutes();
        return new DayViewModel.Row(slot.index(), it.kind(), kind(it.kind()), it.displayTitle(s),
                it.speaker() == null ? "" : it.speaker(), clock(slot.plannedStart()),
                slot.state() == Schedule.State.SKIPPED ? "" : clock(slot.start()), shift, slot.state(),
                minutes(slot));
    }

    /**
     * Planned minutes and what the day made of them: "15 min.", "15 − 6 min.", "15 min. → 19 min.
     * 12 sek.", "sprunget over" — the time used written as the summary writes a step's ("15 sek.",
     * never "0 min.").
     */
    private String minutes(Schedule.Slot slot) {
        ProgramItem it = slot.item();
        if (slot.state() == Schedule.State.SKIPPED) {
            return m.get("day.skipped");
        }
        String planned = it.minutes() == null ? "" : number.format(it.minutes());
        if (slot.state() == Schedule.State.DONE && slot.start() != null && slot.end() != null) {
            String used = Summary.duration(Math.max(0, Duration.between(slot.start(), slot.end()).getSeconds()), core);
            return planned.isEmpty() ? m.get("day.used", used) : m.get("day.plannedUsed", planned, used);
        }
        if (planned.isEmpty()) {
            return "";
        }
        Double adjust = it.adjustMinutes();
        if (adjust == null || adjust == 0) {
            return m.get("day.minutes", planned);
        }
        return m.get(adjust < 0 ? "day.minutesOut" : "day.minutesIn", planned, number.format(Math.abs(adjust)));
    }
}
