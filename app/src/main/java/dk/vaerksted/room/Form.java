package dk.vaerksted.room;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A strict reader of {@code application/x-www-form-urlencoded} bodies in UTF-8: malformed
 * percent escapes, invalid UTF-8, control characters other than tab and line breaks, a field
 * given twice or too many fields are refused as a whole ({@link BadFormException}), never guessed.
 */
final class Form {
    private Form() {}

    static final int MAX_FIELDS = 8;

    static final class BadFormException extends Exception {
        private static final long serialVersionUID = 1L;

        BadFormException(String message) {
            super(message);
        }
    }

    static Map<String, String> parse(byte[] body) throws BadFormException {
        Map<String, String> fields = new HashMap<>();
        int start = 0;
        while (start <= body.length) {
            int end = start;
            while (end < body.length && body[end] != '&') {
                end++;
            }
            if (end > start) {
                int eq = start;
                while (eq < end && body[eq] != '=') {
                    eq++;
                }
                String name = decode(body, start, eq);
                String value = eq < end ? decode(body, eq + 1, end) : "";
                if (fields.put(name, value) != null) {
                    throw new BadFormException("the field " + name + " is given twice");
                }
                if (fields.size() > MAX_FIELDS) {
                    throw new BadFormException("too many fields");
                }
            }
            start = end + 1;
        }
        return fields;
    }

    private static String decode(byte[] b, int from, int to) throws BadFormException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw new BadFormException("a % escape is cut off");
                }
                int hi = Character.digit(b[i + 1], 16);
                int lo = Character.digit(b[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    throw new BadFormException("a % escape is not hexadecimal");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadFormException("not valid UTF-8");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                throw new BadFormException("a control character");
            }
        }
        return s;
    }

    /** Line breaks as {@code \n}, surrounding white space removed. */
    static String noteText(String raw) {
        return raw.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
