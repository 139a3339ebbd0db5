package dk.vaerksted.core.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document parsed into a tree that remembers where each value stood (line and column by
 * JSON path), so that a rule broken deep inside a file can be reported at its place.
 * Strict: UTF-8 only (a byte-order mark is accepted), no duplicate keys, nothing after the
 * document, nesting and string length limited.
 */
final class LocatedJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    final JsonNode root;
    private final Map<String, int[]> where;

    private LocatedJson(JsonNode root, Map<String, int[]> where) {
        this.root = root;
        this.where = where;
    }

    /** Line and column of the value at the path, or of its nearest parent that has one. */
    int[] location(String path) {
        String p = path;
        while (true) {
            int[] loc = where.get(p);
            if (loc != null || p.isEmpty()) {
                return loc == null ? new int[] {0, 0} : loc;
            }
            p = parent(p);
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    static LocatedJson parse(String file, byte[] bytes, ReadLimits limits) throws SessionFormatException {
        String text = decodeUtf8(file, bytes);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .maxNameLength(10_000)
                        .build())
                .build();
        Map<String, int[]> where = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SessionFormatException(new Problem(file, 0, 0, "", "json.empty", List.of()));
            }
            JsonNode root = new Builder(file, parser, where).value("");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation loc = parser.currentTokenLocation();
                throw new SessionFormatException(
                        new Problem(file, loc.getLineNr(), loc.getColumnNr(), "", "json.trailing", List.of()));
            }
            return new LocatedJson(root, where);
        } catch (StreamConstraintsException e) {
            JsonLocation loc = e.getLocation();
            String msg = String.valueOf(e.getOriginalMessage());
            String key = msg.contains("nesting depth") ? "json.tooDeep"
                    : msg.contains("String value length") ? "json.stringTooLong"
                    : msg.contains("Number value length") ? "json.numberTooLong"
                    : "json.tooLarge";
            Object limit = key.equals("json.tooDeep") ? limits.maxDepth() : limits.maxStringLength();
            throw new SessionFormatException(new Problem(file, line(loc), column(loc), "", key, List.of(limit)));
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new SessionFormatException(syntaxProblem(file, line(loc), column(loc), firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            // Parsing a String cannot fail on I/O; kept for the checked signature.
            throw new SessionFormatException(
                    new Problem(file, 0, 0, "", "json.syntax", List.of(String.valueOf(e.getMessage()))));
        }
    }

    private static final java.util.regex.Pattern UNEXPECTED_CHAR =
            java.util.regex.Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final java.util.regex.Pattern UNRECOGNIZED_TOKEN =
            java.util.regex.Pattern.compile("Unrecognized token '(.*?)'");

    /** The parser's commonest complaints in the user's language; anything else as the parser says it. */
    private static Problem syntaxProblem(String file, int line, int column, String message) {
        java.util.regex.Matcher m;
        if (message.contains("end-of-input")) {
            return new Problem(file, line, column, "", "json.unexpectedEnd", List.of());
        } else if ((m = UNEXPECTED_CHAR.matcher(message)).find()) {
            return new Problem(file, line, column, "", "json.unexpectedChar", List.of(m.group(1)));
        } else if ((m = UNRECOGNIZED_TOKEN.matcher(message)).find()) {
            return new Problem(file, line, column, "", "json.unrecognizedToken", List.of(m.group(1)));
        }
        return new Problem(file, line, column, "", "json.syntax", List.of(message));
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Strict UTF-8 with an optional byte-order mark; anything else is refused at its byte. */
    static String decodeUtf8(String file, byte[] bytes) throws SessionFormatException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            throw new SessionFormatException(new Problem(file, 1, 1, "", "file.utf16", List.of()));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = start;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = 1 + countChars(bytes, lineStart, bad);
            throw new SessionFormatException(new Problem(
                    file, line, column, "", "file.notUtf8", List.of(String.format("0x%02X", bytes[bad] & 0xFF), bad)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int countChars(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, from, to - from))
                    .length();
        } catch (CharacterCodingException e) {
            return to - from;
        }
    }

    /** Builds the tree from the token stream, recording each value's location by path. */
    private static final class Builder {
        /**
         * A number as written. One that cannot be represented (an exponent of a hundred digits,
         * found by fuzzing) is a clear error at its place, not an exception.
         */
        private JsonNode number(String path, JsonLocation loc) throws IOException, SessionFormatException {
            try {
                if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    return NODES.numberNode(parser.getDecimalValue());
                }
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            } catch (NumberFormatException | ArithmeticException e) {
                throw new SessionFormatException(new Problem(file, loc.getLineNr(), loc.getColumnNr(), path,
                        "json.badNumber", List.of(abbreviate(parser.getText()))));
            }
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "…";
        }

        private final String file;
        private final JsonParser parser;
        private final Map<String, int[]> where;

        Builder(String file, JsonParser parser, Map<String, int[]> where) {
            this.file = file;
            this.parser = parser;
            this.where = where;
        }

        JsonNode value(String path) throws IOException, SessionFormatException {
            JsonLocation loc = parser.currentTokenLocation();
            where.put(path, new int[] {loc.getLineNr(), loc.getColumnNr()});
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        JsonLocation nameLoc = parser.currentTokenLocation();
                        String childPath = path.isEmpty() ? name : path + "." + name;
                        if (object.has(name)) {
                            throw new SessionFormatException(new Problem(file, nameLoc.getLineNr(),
                                    nameLoc.getColumnNr(), childPath, "json.duplicateKey", List.of(name)));
                        }
                        parser.nextToken();
                        object.set(name, value(childPath));
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = NODES.arrayNode();
                    int i = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value(path + "[" + i + "]"));
                        i++;
                    }
                    return array;
                }
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number(path, loc);
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new SessionFormatException(new Problem(file, loc.getLineNr(), loc.getColumnNr(), path,
                            "json.syntax", List.of(String.valueOf(token))));
            }
        }
    }
}
