package dk.vaerksted.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code bin/vaerksted}) as a user starts it: the splash only where the window
 * opens, the class-data archive and the splash found in a folder whose name has spaces. A stand-in
 * for java records the arguments it is given.
 */
class LauncherScriptTest {
    @TempDir
    Path dir;
    private Path home;
    private Path javaHome;

    @BeforeEach
    void install() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        home = Files.createDirectories(dir.resolve("Mine programmer/vaerksted"));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.copy(Path.of("src/dist/bin/vaerksted"), bin.resolve("vaerksted"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("../assets/icons/splash.png"), home.resolve("lib/splash.png"));
        Files.createDirectories(home.resolve("cds"));
        Files.writeString(home.resolve("cds/vaerksted.jsa"), "archive");
        javaHome = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(bin.resolve("vaerksted"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/vaerksted").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("HOME", dir.toString());
        pb.environment().remove("VAERKSTED_OPTS");
        pb.environment().remove("XDG_DATA_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }

    private String splashArg() {
        return "-splash:" + home.resolve("lib/splash.png");
    }

    @Test
    void theWindowStartsWithTheSplashFromAFolderWithSpacesInItsName() throws Exception {
        List<String> args = launch();
        assertThat(args).contains(splashArg(), "-XX:SharedArchiveFile=" + home.resolve("cds/vaerksted.jsa"));
        assertThat(args).endsWith("dk.vaerksted.Main");
    }

    @Test
    void openingAFileOrChoosingTheLanguageShowsTheSplashToo() throws Exception {
        assertThat(launch("forum 2026.session.json")).contains(splashArg()).endsWith("forum 2026.session.json");
        assertThat(launch("--lang", "en", "forum.session.json")).contains(splashArg());
    }

    @Test
    void theCommandLineAndItsHelpShowNoSplash() throws Exception {
        for (String[] args : new String[][] {
                {"export", "forum.session.json"}, {"validate", "forum.session.json"}, {"room", "forum.session.json"},
                {"cards", "forum.session.json"}, {"--help"}, {"--version"}, {"--lang", "en", "export", "x"}}) {
            assertThat(launch(args)).as(String.join(" ", args)).noneMatch(a -> a.startsWith("-splash"));
        }
    }

    @Test
    void withoutTheImageTheAppStartsWithoutASplash() throws Exception {
        Files.delete(home.resolve("lib/splash.png"));
        assertThat(launch()).noneMatch(a -> a.startsWith("-splash")).endsWith("dk.vaerksted.Main");
    }
}
