package dk.vaerksted.core.session;

import dk.vaerksted.core.i18n.Messages;
import java.util.List;

/**
 * One thing wrong with a file: where (line and column where known, and the JSON path) and what,
 * as a message key with arguments so that it can be said in the user's language.
 *
 * @param line   1-based, or 0 when unknown
 * @param column 1-based, or 0 when unknown
 * @param path   JSON path such as {@code exercises[0].groups[3].cardId}; empty for the whole file
 */
public record Problem(String file, int line, int column, String path, String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    /** The message alone, without file and place. */
    public String message(Messages messages) {
        return messages.get(key, args.toArray());
    }

    /** Compiler style: {@code FILE:LINE:COL: message (path)}. */
    public String format(Messages messages) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        sb.append(": ").append(message(messages));
        if (!path.isEmpty()) {
            sb.append(" (").append(path).append(')');
        }
        return sb.toString();
    }
}
