package dk.vaerksted.core.session;

import static dk.vaerksted.core.session.Docs.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.vaerksted.core.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files that are not session files at all: each one gets its own clear message, never a crash. */
class BadFilesTest {
    private final DocumentReader reader = new DocumentReader();

    private Problem refuse(byte[] bytes) {
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class,
                () -> reader.readSession("bad.session.json", bytes));
        assertThat(e).as("the file must be refused").isNotNull();
        return e.problems().get(0);
    }

    private Problem refuse(String text) {
        return refuse(utf8(text));
    }

    @Test
    void emptyFile() {
        assertThat(refuse("").key()).isEqualTo("json.empty");
        assertThat(refuse("  \n ").key()).isEqualTo("json.empty");
    }

    @Test
    void notJsonGivesLineAndColumn() {
        Problem p = refuse("{\n  \"format\": \"vaerksted.session\",\n  \"title\": oops\n}");
        assertThat(p.key()).isEqualTo("json.unrecognizedToken");
        assertThat(p.args()).containsExactly("oops");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isGreaterThan(10);
        assertThat(p.format(Messages.core(Messages.DANISH))).startsWith("bad.session.json:3:").contains("ikke gyldig JSON");
    }

    @Test
    void truncatedFile() {
        assertThat(refuse(Docs.VALID.substring(0, Docs.VALID.length() / 2)).key()).isEqualTo("json.unexpectedEnd");
    }

    @Test
    void strayCharacterIsNamed() {
        Problem p = refuse("{\"format\": \"vaerksted.session\";}");
        assertThat(p.key()).isEqualTo("json.unexpectedChar");
        assertThat(p.args()).containsExactly(";");
    }

    @Test
    void aNumberThatCannotBeRepresentedIsAClearErrorAtItsPlace() {
        // Found by the Jazzer fuzz test: Jackson throws NumberFormatException for such exponents.
        Problem p = refuse(Docs.with("\"minutes\": 2", "\"minutes\": 1e99111111111111111111111111111111111111111111111"));
        assertThat(p.key()).isEqualTo("json.badNumber");
        assertThat(p.path()).isEqualTo("exercises[0].steps[0].minutes");
    }

    @Test
    void theParsersCommonComplaintsAreSaidInTheUsersLanguage() {
        Messages da = Messages.core(Messages.DANISH);
        Problem control = refuse(Docs.with("Vi deler sjældent udkast.", "Vi deler\u0001 sjældent udkast."));
        assertThat(control.key()).isEqualTo("json.controlInText");
        assertThat(control.path()).isEqualTo("exercises[0].groups[0].notes[0].text");
        assertThat(control.message(da)).isEqualTo("en tekst indeholder et kontroltegn (kode 1); et linjeskift i en tekst skrives \\n");
        Problem close = refuse(Docs.with("\"facilitators\": [\"Mette Holm\"]", "\"facilitators\": [\"Mette Holm\"}"));
        assertThat(close.key()).isEqualTo("json.wrongClose");
        assertThat(close.message(da)).isEqualTo("»}« står, hvor der skulle stå »]« (klammerne passer ikke sammen)");
        assertThat(refuse(Docs.with("Vi deler sjældent", "Vi \\q deler sjældent")).message(da))
                .isEqualTo("\\q er ikke en gyldig escape-sekvens i en tekst");
        assertThat(refuse(Docs.with("\"minutes\": 2", "\"minutes\": 02")).key()).isEqualTo("json.leadingZero");
        assertThat(refuse(Docs.with("\"minutes\": 2", "\"minutes\": NaN")).key()).isEqualTo("json.unrecognizedToken");
        assertThat(refuse("{\"a\": 1]").key()).isIn("json.wrongClose", "json.unexpectedChar");
    }

    @Test
    void trailingContentAfterTheDocument() {
        Problem p = refuse(Docs.VALID + "\n{}");
        assertThat(p.key()).isEqualTo("json.trailing");
    }

    @Test
    void rootMustBeAnObject() {
        assertThat(refuse("[1, 2]").key()).isEqualTo("json.notObject");
        assertThat(refuse("\"text\"").key()).isEqualTo("json.notObject");
    }

    @Test
    void duplicateKeysAreRefusedAtTheirPlace() {
        Problem p = refuse("{\"format\": \"vaerksted.session\",\n \"title\": \"a\",\n \"title\": \"b\"}");
        assertThat(p.key()).isEqualTo("json.duplicateKey");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.args()).containsExactly("title");
    }

    @Test
    void invalidUtf8IsRefusedAtTheByte() {
        byte[] latin1 = Docs.with("Aarhus Rådhus", "Aarhus R\u00e5dhus").getBytes(StandardCharsets.ISO_8859_1);
        Problem p = refuse(latin1);
        assertThat(p.key()).isEqualTo("file.notUtf8");
        assertThat(p.line()).isEqualTo(6);
        assertThat(p.args().get(0)).isEqualTo("0xE5");
    }

    @Test
    void utf16IsRefusedWithAHint() {
        byte[] utf16 = Docs.VALID.getBytes(StandardCharsets.UTF_16);
        assertThat(refuse(utf16).key()).isEqualTo("file.utf16");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"format\":\"vaerksted.session\",\"formatVersion\":1,\"title\":\"x\",\"x\":"
                + "[".repeat(5000) + "]".repeat(5000) + "}";
        Problem p = refuse(deep);
        assertThat(p.key()).isEqualTo("json.tooDeep");
        assertThat(p.args()).containsExactly(ReadLimits.DEFAULT.maxDepth());
    }

    @Test
    void overlongStringIsRefused() {
        DocumentReader small = new DocumentReader(new ReadLimits(1 << 20, 64, 1000));
        String json = Docs.with("Vi deler sjældent udkast.", "x".repeat(5000));
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class,
                () -> small.readSession("long.json", utf8(json)));
        assertThat(e.problems()).extracting(Problem::key).containsExactly("json.stringTooLong");
    }

    @Test
    void fileOverTheSizeCapHasItsOwnMessage() {
        DocumentReader small = new DocumentReader(new ReadLimits(1000, 64, 1000));
        SessionFormatException e = catchThrowableOfType(SessionFormatException.class,
                () -> small.readSession("big.json", utf8(Docs.VALID)));
        Problem p = e.problems().get(0);
        assertThat(p.key()).isEqualTo("file.tooLarge");
        assertThat(p.format(Messages.core(Messages.ENGLISH))).contains("MB");
    }

    @Test
    void binaryGarbageIsAClearError() {
        byte[] garbage = new byte[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37);
        }
        assertThat(refuse(garbage).key()).isIn("file.notUtf8", "json.syntax", "json.unexpectedChar", "json.unrecognizedToken");
    }

    @Test
    void everyMessageKeyOfTheseProblemsIsTranslated() {
        for (String text : List.of("", "[", "[1]", "{\"a\":1,\"a\":2}", Docs.VALID + "x")) {
            try {
                reader.readSession("f.json", utf8(text));
            } catch (SessionFormatException e) {
                for (Problem p : e.problems()) {
                    assertThat(p.message(Messages.core(Messages.DANISH))).isNotEqualTo(p.key());
                    assertThat(p.message(Messages.core(Messages.ENGLISH))).isNotEqualTo(p.key());
                }
            }
        }
    }
}
