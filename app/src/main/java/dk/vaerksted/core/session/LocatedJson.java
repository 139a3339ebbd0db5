package dk.vaerksted.core.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A JSON document parsed into a tree, able to say where any value of it stood (line and column
 * by JSON path), so that a rule broken deep inside a file can be reported at its place.
 * Strict: UTF-8 only (a byte-order mark is accepted), no duplicate keys, nothing after the
 * document, and nesting, string, key and number lengths and the number of tokens limited.
 *
 * <p>Memory stays in proportion to what is kept, never to the file's shape: the document is first
 * read as a stream without building anything (syntax, encoding and every limit checked), and only
 * a document within the limits becomes a tree. No location is stored while building; the places of
 * the few problems found are looked up afterwards in one more streaming pass ({@link #locate}) that
 * skips every part of the document no problem lies in.
 */
final class LocatedJson {
    private static final Logger LOG = Logger.getLogger(LocatedJson.class.getName());
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    final JsonNode root;
    private final String file;
    private final byte[] bytes;
    private final int start;
    private final JsonFactory factory;

    private LocatedJson(JsonNode root, String file, byte[] bytes, int start, JsonFactory factory) {
        this.root = root;
        this.file = file;
        this.bytes = bytes;
        this.start = start;
        this.factory = factory;
    }

    /** Line and column of the value at the path, or of its nearest parent in the document. */
    int[] location(String path) {
        return locate(List.of(path)).get(path);
    }

    /**
     * Line and column of each path's value, or of its nearest parent in the document ({0, 0} if
     * not even the root has one), in one streaming pass.
     */
    Map<String, int[]> locate(Collection<String> paths) {
        Place top = new Place();
        Map<String, List<Place>> chains = new HashMap<>();
        for (String path : paths) {
            List<Place> chain = new ArrayList<>();
            chain.add(top);
            Place p = top;
            for (Object segment : segments(path)) {
                p = p.child(segment);
                chain.add(p);
            }
            chains.put(path, chain);
        }
        try (JsonParser parser = factory.createParser(reader(bytes, start))) {
            if (parser.nextToken() != null) {
                walk(parser, top);
            }
        } catch (IOException e) {
            // The document was read whole before; a second reading cannot fail. Whatever places
            // were found are used, the rest fall back to their parents.
            LOG.log(Level.WARNING, "looking up places in " + file + " failed", e);
        }
        Map<String, int[]> out = new HashMap<>();
        chains.forEach((path, chain) -> {
            int[] at = {0, 0};
            for (Place p : chain) {
                if (p.line > 0) {
                    at = new int[] {p.line, p.column};
                }
            }
            out.put(path, at);
        });
        return out;
    }

    /** A place some problem's path passes through. */
    private static final class Place {
        Map<Object, Place> children;
        int line;
        int column;

        Place child(Object segment) {
            if (children == null) {
                children = new HashMap<>();
            }
            return children.computeIfAbsent(segment, s -> new Place());
        }
    }

    /** Notes the place of {@code here} and of every place below it; skips subtrees no path enters. */
    private static void walk(JsonParser parser, Place here) throws IOException {
        JsonLocation loc = parser.currentTokenLocation();
        here.line = loc.getLineNr();
        here.column = loc.getColumnNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Place child = here.children == null ? null : here.children.get(parser.currentName());
                parser.nextToken();
                if (child == null) {
                    parser.skipChildren();
                } else {
                    walk(parser, child);
                }
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Place child = here.children == null ? null : here.children.get(i);
                i++;
                if (child == null) {
                    parser.skipChildren();
                } else {
                    walk(parser, child);
                }
            }
        }
    }

    /** {@code exercises[0].groups[3].cardId} as "exercises", 0, "groups", 3, "cardId". */
    static List<Object> segments(String path) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                try {
                    out.add(Integer.parseInt(path.substring(i + 1, end)));
                } catch (NumberFormatException e) {
                    break;
                }
                i = end + 1;
            } else if (c == '.') {
                i++;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                out.add(path.substring(i, end));
                i = end;
            }
        }
        return out;
    }

    static LocatedJson parse(String file, byte[] bytes, ReadLimits limits) throws SessionFormatException {
        // The encoding first, over the whole file: a file saved in another encoding is told so,
        // whatever else is wrong with it.
        decodeUtf8(file, bytes);
        int start = afterByteOrderMark(file, bytes);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(100)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxTokenCount(limits.maxTokens())
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                // A million distinct keys must not go into the JVM's string table.
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
        run(file, bytes, start, factory, limits, parser -> {
            scan(file, parser);
            return null;
        });
        JsonNode root = run(file, bytes, start, factory, limits, parser -> {
            parser.nextToken();
            return new Builder(file, parser).value();
        });
        return new LocatedJson(root, file, bytes, start, factory);
    }

    static final int MAX_NAME_LENGTH = 10_000;

    /** One reading of the document with a parser; every way it can fail becomes a problem at its place. */
    private interface Pass<T> {
        T run(JsonParser parser) throws IOException, SessionFormatException;
    }

    private static <T> T run(String file, byte[] bytes, int start, JsonFactory factory, ReadLimits limits,
            Pass<T> pass) throws SessionFormatException {
        try (JsonParser parser = factory.createParser(reader(bytes, start))) {
            try {
                return pass.run(parser);
            } catch (StreamConstraintsException e) {
                throw new SessionFormatException(limitProblem(file, parser, e, limits));
            } catch (CharacterCodingException e) {
                decodeUtf8(file, bytes);
                throw new SessionFormatException(new Problem(file, line(parser), column(parser), "", "file.notUtf8",
                        List.of("?", "?")));
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                throw new SessionFormatException(
                        syntaxProblem(file, line(loc), column(loc), path(parser), firstLine(e.getOriginalMessage())));
            } catch (IllegalStateException e) {
                // Jackson's guard against keys made to collide in its symbol table.
                throw new SessionFormatException(new Problem(file, line(parser), column(parser), path(parser),
                        "json.tooLarge", List.of()));
            }
        } catch (IOException e) {
            // Reading from memory cannot fail on I/O; kept for the checked signature.
            LOG.log(Level.WARNING, "reading " + file + " from memory failed", e);
            throw new SessionFormatException(
                    new Problem(file, 0, 0, "", "json.syntax", List.of(String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Reads the whole document as a stream, building nothing: syntax, every limit (tokens, depth,
     * lengths of texts, keys and numbers) and that nothing follows it.
     */
    private static void scan(String file, JsonParser parser) throws IOException, SessionFormatException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new SessionFormatException(new Problem(file, 0, 0, "", "json.empty", List.of()));
        }
        int depth = 0;
        do {
            switch (token) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                // A text is read lazily; its length (and escapes) are checked only when it is read.
                case VALUE_STRING -> parser.getTextLength();
                default -> { }
            }
        } while (depth > 0 && (token = parser.nextToken()) != null);
        JsonToken extra = parser.nextToken();
        if (extra != null) {
            JsonLocation loc = parser.currentTokenLocation();
            throw new SessionFormatException(
                    new Problem(file, loc.getLineNr(), loc.getColumnNr(), "", "json.trailing", List.of()));
        }
    }

    /** A limit was reached: which one, where, and the limit in the message. */
    private static Problem limitProblem(String file, JsonParser parser, StreamConstraintsException e,
            ReadLimits limits) {
        String msg = String.valueOf(e.getOriginalMessage());
        String key;
        Object limit;
        if (msg.startsWith("Document nesting depth")) {
            key = "json.tooDeep";
            limit = limits.maxDepth();
        } else if (msg.startsWith("String value length")) {
            key = "json.stringTooLong";
            limit = limits.maxStringLength();
        } else if (msg.startsWith("Name length")) {
            key = "json.nameTooLong";
            limit = MAX_NAME_LENGTH;
        } else if (msg.startsWith("Number value length") || msg.startsWith("BigDecimal scale")) {
            key = "json.numberTooLong";
            limit = 100;
        } else if (msg.startsWith("Token count")) {
            key = "json.tooManyTokens";
            limit = limits.maxTokens();
        } else {
            key = "json.tooLarge";
            limit = limits.maxBytes();
        }
        // Thrown while the token was being read: its own location is the place (the "[" one level
        // too deep, the text too long).
        JsonLocation loc = parser.currentTokenLocation();
        return new Problem(file, line(loc), column(loc), path(parser), key, List.of(limit));
    }

    /**
     * Where the parser is, as a JSON path ({@code exercises[0].groups}); empty at the root. For a
     * value in an array, the path ends with its index; an array or object just opened is its own
     * path.
     */
    static String path(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                if (c.hasCurrentIndex()) {
                    parts.add("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                parts.add(c.getCurrentName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            if (!part.startsWith("[") && sb.length() > 0) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static Reader reader(byte[] bytes, int start) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start), strict);
    }

    private static final java.util.regex.Pattern UNEXPECTED_CHAR =
            java.util.regex.Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final java.util.regex.Pattern UNRECOGNIZED_TOKEN =
            java.util.regex.Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
    private static final java.util.regex.Pattern CONTROL_IN_TEXT =
            java.util.regex.Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final java.util.regex.Pattern CONTROL_CHAR =
            java.util.regex.Pattern.compile("^(?:Illegal|Unexpected) character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final java.util.regex.Pattern WRONG_CLOSE =
            java.util.regex.Pattern.compile("^Unexpected close marker '(.)': expected '(.)'");
    private static final java.util.regex.Pattern NOTHING_TO_CLOSE =
            java.util.regex.Pattern.compile("^Unexpected close marker '(.)': no open");
    private static final java.util.regex.Pattern BAD_ESCAPE =
            java.util.regex.Pattern.compile("^Unrecognized character escape '(.+?)'");

    /** The parser's complaints in the user's language; anything rarer as the parser says it. */
    private static Problem syntaxProblem(String file, int line, int column, String path, String message) {
        java.util.regex.Matcher m;
        if (message.contains("end-of-input")) {
            return new Problem(file, line, column, path, "json.unexpectedEnd", List.of());
        } else if ((m = CONTROL_IN_TEXT.matcher(message)).find()) {
            return new Problem(file, line, column, path, "json.controlInText", List.of(m.group(1)));
        } else if ((m = CONTROL_CHAR.matcher(message)).find()) {
            return new Problem(file, line, column, path, "json.controlChar", List.of(m.group(1)));
        } else if ((m = UNEXPECTED_CHAR.matcher(message)).find()) {
            return new Problem(file, line, column, path, "json.unexpectedChar", List.of(m.group(1)));
        } else if ((m = UNRECOGNIZED_TOKEN.matcher(message)).find()) {
            return new Problem(file, line, column, path, "json.unrecognizedToken", List.of(m.group(1)));
        } else if ((m = WRONG_CLOSE.matcher(message)).find()) {
            return new Problem(file, line, column, path, "json.wrongClose", List.of(m.group(1), m.group(2)));
        } else if ((m = NOTHING_TO_CLOSE.matcher(message)).find()) {
            return new Problem(file, line, column, path, "json.unexpectedChar", List.of(m.group(1)));
        } else if ((m = BAD_ESCAPE.matcher(message)).find()) {
            return new Problem(file, line, column, path, "json.badEscape", List.of(m.group(1)));
        } else if (message.contains("Leading zeroes not allowed")) {
            return new Problem(file, line, column, path, "json.leadingZero", List.of());
        }
        return new Problem(file, line, column, path, "json.syntax", List.of(message));
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    }

    private static int line(JsonParser parser) {
        return parser == null ? 0 : line(parser.currentLocation());
    }

    private static int column(JsonParser parser) {
        return parser == null ? 0 : column(parser.currentLocation());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Where the text starts: after a UTF-8 byte-order mark; a UTF-16 file is refused. */
    private static int afterByteOrderMark(String file, byte[] bytes) throws SessionFormatException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return 3;
        } else if (bytes.length >= 2
                && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            throw new SessionFormatException(new Problem(file, 1, 1, "", "file.utf16", List.of()));
        }
        return 0;
    }

    /**
     * Checks that the bytes are strict UTF-8 (with an optional byte-order mark), through a small
     * buffer; anything else is refused at its byte.
     */
    static void decodeUtf8(String file, byte[] bytes) throws SessionFormatException {
        int start = afterByteOrderMark(file, bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
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
                throw new SessionFormatException(new Problem(file, line, column, "", "file.notUtf8",
                        List.of(String.format("0x%02X", bytes[bad] & 0xFF), bad)));
            }
            out.clear();
            if (result.isUnderflow()) {
                return;
            }
        }
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

    /** Builds the tree from the token stream of a document that has passed {@link #scan}. */
    private static final class Builder {
        private final String file;
        private final JsonParser parser;

        Builder(String file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        JsonNode value() throws IOException, SessionFormatException {
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        if (object.has(name)) {
                            JsonLocation at = parser.currentTokenLocation();
                            throw new SessionFormatException(new Problem(file, at.getLineNr(), at.getColumnNr(),
                                    path(parser), "json.duplicateKey", List.of(name)));
                        }
                        parser.nextToken();
                        object.set(name, value());
                    }
                    return object;
                }
                case START_ARRAY: {
                    ArrayNode array = NODES.arrayNode();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(value());
                    }
                    return array;
                }
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number();
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    JsonLocation at = parser.currentTokenLocation();
                    throw new SessionFormatException(new Problem(file, at.getLineNr(), at.getColumnNr(),
                            path(parser), "json.syntax", List.of(String.valueOf(token))));
            }
        }

        /**
         * A number as written. One that cannot be represented (an exponent of a hundred digits,
         * found by fuzzing) is a clear error at its place, not an exception.
         */
        private JsonNode number() throws IOException, SessionFormatException {
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
                JsonLocation at = parser.currentTokenLocation();
                throw new SessionFormatException(new Problem(file, at.getLineNr(), at.getColumnNr(), path(parser),
                        "json.badNumber", List.of(abbreviate(parser.getText()))));
            }
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "…";
        }
    }
}
