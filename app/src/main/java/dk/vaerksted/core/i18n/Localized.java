package dk.vaerksted.core.i18n;

/** An exception that can say what went wrong in the user's language. */
public interface Localized {
    /** The message, with the file it concerns, from the core texts ({@link Messages#core}). */
    String describe(Messages core);
}
