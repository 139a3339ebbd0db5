package dk.vaerksted.ui;

import dk.vaerksted.core.i18n.Failures;
import dk.vaerksted.core.i18n.Messages;

/**
 * A failure in the UI's language ({@link Failures}, with the core's texts in the window's
 * language): what went wrong and with which file, never a bare exception text in English.
 */
public final class Problems {
    private Problems() {}

    public static String describe(Throwable e, Messages ui) {
        return e == null ? "" : Failures.describe(e, Messages.core(ui.locale()));
    }
}
