package dk.vaerksted.ui.session;

import dk.vaerksted.core.session.Session;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What was just done to the whole session (a version restored), said in words under its title
 * while the session is as that left it, with Fortryd beside it; dismissed with Luk.
 */
public final class SessionNotice {
    /** The words, and the session as it was when they were said. */
    public record Notice(String text, Session shown) {}

    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();

    /** Says {@code text} about {@code shown}; null text takes the notice away. */
    public void say(String text, Session shown) {
        notice.set(text == null ? null : new Notice(text, shown));
    }

    public ReadOnlyObjectProperty<Notice> property() {
        return notice.getReadOnlyProperty();
    }
}
