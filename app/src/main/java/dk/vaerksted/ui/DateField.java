package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Messages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

/**
 * A date as people write it — "11.1.2027", "11/1-2027", "11. januar 2027", "2027-01-11" — or
 * picked from a calendar that starts on Monday and shows week numbers. What is typed stays as it
 * is typed: the field never rewrites it, and a date it cannot read is no date (the dialog says
 * so), never a guess such as the year 27.
 */
public final class DateField extends HBox {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("februar", 2), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("marts", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})(?:\\s*[./-]\\s*(\\d{2}|\\d{4}))?");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\.?\\s+([\\p{L}]+)\\.?(?:\\s+(\\d{2}|\\d{4}))?");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final TextField text = new TextField();
    private final ReadOnlyObjectWrapper<LocalDate> value = new ReadOnlyObjectWrapper<>();
    private final LocalDate today;

    public DateField(String id, LocalDate initial, LocalDate today, Messages m) {
        super(6);
        this.today = today;
        text.setId(id);
        text.setPromptText(m.get("date.prompt"));
        text.setAccessibleText(m.get("date.prompt"));
        text.setPrefColumnCount(14);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button pick = new Button(m.get("date.pick"));
        pick.setMinWidth(Region.USE_PREF_SIZE);
        pick.setId(id + "-pick");
        pick.setAccessibleText(m.get("date.pickHelp"));
        pick.setOnAction(e -> showCalendar(pick));
        getChildren().addAll(text, pick);
        text.textProperty().addListener((o, a, t) -> value.set(parse(t, today)));
        text.setText(initial == null ? "" : SHOWN.format(initial));
    }

    /** The field people type in (for validation decorations and focus). */
    public TextField editor() {
        return text;
    }

    /** The date typed or picked; null when the field is empty or cannot be read. */
    public ReadOnlyObjectProperty<LocalDate> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public LocalDate getValue() {
        return value.get();
    }

    /** Whether the field holds a date or nothing at all (nothing is allowed: the date is optional). */
    public boolean isValid() {
        return text.getText().isBlank() || value.get() != null;
    }

    private void showCalendar(Button anchor) {
        DatePicker picker = new DatePicker(value.get() == null ? today : value.get());
        picker.setShowWeekNumbers(true);
        DatePickerSkin skin = new DatePickerSkin(picker);
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(skin.getPopupContent());
        picker.valueProperty().addListener((o, a, d) -> choose(popup, d));
        // The day already chosen, clicked again, is chosen too (the picker's value does not change).
        // (Read before the picker's own handler: a day of the next month turns the page and the cell's day.)
        popup.getContent().get(0).addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            for (javafx.scene.Node n = e.getTarget() instanceof javafx.scene.Node t ? t : null; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.DateCell cell && !cell.isEmpty() && !cell.isDisabled()) {
                    choose(popup, cell.getItem());
                    return;
                }
            }
        });
        // Esc closes the calendar only: the keys go to the calendar, or to the dialog's window, which Esc would cancel.
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> esc = e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && popup.isShowing()) {
                e.consume();
                popup.hide();
                text.requestFocus();
            }
        };
        javafx.scene.Scene owner = anchor.getScene();
        owner.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, esc);
        popup.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, esc);
        popup.setOnHidden(e -> owner.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, esc));
        var at = anchor.localToScreen(0, anchor.getHeight());
        popup.show(anchor, at.getX(), at.getY());
    }

    private void choose(Popup popup, LocalDate d) {
        if (d != null) {
            text.setText(SHOWN.format(d));
            popup.hide();
            text.requestFocus();
        }
    }

    /**
     * Why {@code input} is not a date, in words, or null when it is one or the field is empty: a
     * day the month does not have ("31.2.2027") and a month past 12 are named as such.
     */
    public static String problem(String input, LocalDate today, Messages m) {
        if (input == null || input.isBlank() || parse(input, today) != null) {
            return null;
        }
        String t = input.strip().toLowerCase(Locale.ROOT);
        Matcher iso = ISO.matcher(t);
        Matcher num = NUMERIC.matcher(t);
        Matcher words = WORDS.matcher(t);
        Integer day = null;
        Integer month = null;
        int year = today.getYear();
        if (iso.matches()) {
            day = Integer.parseInt(iso.group(3));
            month = Integer.parseInt(iso.group(2));
            year = Integer.parseInt(iso.group(1));
        } else if (num.matches()) {
            day = Integer.parseInt(num.group(1));
            month = Integer.parseInt(num.group(2));
            year = year(num.group(3), today);
        } else if (words.matches() && MONTHS.containsKey(words.group(2))) {
            day = Integer.parseInt(words.group(1));
            month = MONTHS.get(words.group(2));
            year = year(words.group(3), today);
        }
        if (month != null && (month < 1 || month > 12)) {
            return m.get("date.noSuchMonth", month);
        }
        if (day != null && year >= 1900 && year <= 2200 && day >= 1) {
            java.time.YearMonth ym = java.time.YearMonth.of(year, month);
            String name = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, m.locale());
            return m.get("date.noSuchDay", day, name, String.valueOf(year), ym.lengthOfMonth());
        }
        return m.get("setup.problem.date");
    }

    /**
     * A date as written in Danish or English, or null. Two-digit years are this century's
     * ("11.1.27" is 2027); a day and month without a year are in {@code today}'s year.
     */
    public static LocalDate parse(String input, LocalDate today) {
        if (input == null) {
            return null;
        }
        String t = input.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        LocalDate d = read(t, today);
        return d == null || d.getYear() < 1900 || d.getYear() > 2200 ? null : d;
    }

    private static LocalDate read(String t, LocalDate today) {
        try {
            Matcher mm = ISO.matcher(t);
            if (mm.matches()) {
                return LocalDate.of(Integer.parseInt(mm.group(1)), Integer.parseInt(mm.group(2)),
                        Integer.parseInt(mm.group(3)));
            }
            mm = NUMERIC.matcher(t);
            if (mm.matches()) {
                return LocalDate.of(year(mm.group(3), today), Integer.parseInt(mm.group(2)),
                        Integer.parseInt(mm.group(1)));
            }
            mm = WORDS.matcher(t);
            if (mm.matches()) {
                Integer month = MONTHS.get(mm.group(2));
                return month == null ? null
                        : LocalDate.of(year(mm.group(3), today), month, Integer.parseInt(mm.group(1)));
            }
        } catch (DateTimeException e) {
            return null; // 31.2.2027 and the like
        }
        return null;
    }

    private static int year(String y, LocalDate today) {
        if (y == null) {
            return today.getYear();
        }
        int n = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + n : n;
    }
}
