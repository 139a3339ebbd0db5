package dk.vaerksted.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The listeners a short-lived view puts on long-lived models, kept so that {@link #dispose} takes
 * them all off again: a replaced view then neither reacts any more nor stays in memory.
 */
public final class Subscriptions {
    private final List<Runnable> removals = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public void onInvalidate(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    /** Something else to undo when the view goes (a binding, a timer). */
    public void add(Runnable removal) {
        removals.add(removal);
    }

    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
