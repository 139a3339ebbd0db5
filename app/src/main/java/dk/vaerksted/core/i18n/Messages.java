package dk.vaerksted.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one language, from a resource bundle. Danish is the app's first
 * language; English is the base bundle. A machine's default locale never leaks into another
 * language's lookups (no fallback to the default locale).
 */
public final class Messages {
    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(String baseName, Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(baseName, this.locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The core texts: file errors, validation, export labels. */
    public static Messages core(Locale locale) {
        return new Messages("dk.vaerksted.i18n.core", locale);
    }

    /** Danish for Danish (and the Scandinavian neighbours who read it), English otherwise. */
    public static Locale supported(Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        return switch (lang) {
            case "da", "nb", "nn", "no" -> DANISH;
            default -> ENGLISH;
        };
    }

    /** Parses a --lang value such as "da" or "en-GB"; null for anything else. */
    public static Locale parseLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String lang = Locale.forLanguageTag(tag.trim()).getLanguage();
        return switch (lang) {
            case "da" -> DANISH;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A bug (BundlesTest checks every key): the key itself is shown rather than nothing.
            java.util.logging.Logger.getLogger(Messages.class.getName())
                    .warning("no text for \"" + key + "\" in " + bundle.getBaseBundleName() + " (" + locale + ")");
            return key;
        }
        // Always through MessageFormat, so quoting rules are the same with and without arguments.
        return new MessageFormat(pattern, locale).format(args);
    }
}
