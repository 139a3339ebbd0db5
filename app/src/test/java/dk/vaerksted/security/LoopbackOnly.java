package dk.vaerksted.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one way a test class may use sockets: {@code @ExtendWith(LoopbackOnly.class)}. While the
 * class runs, channels may be opened (classic sockets still fail); after each of its tests every
 * TCP socket the process holds must be on loopback (read from Linux's {@code /proc}), or the test
 * fails. Only the room's tests use it: their server binds to 127.0.0.1 and their browser resolves
 * no name but 127.0.0.1.
 */
public final class LoopbackOnly implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        NoNetwork.enterLoopbackScope();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        NoNetwork.leaveLoopbackScope();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<String> outside = nonLoopbackSockets();
        if (!outside.isEmpty()) {
            throw new AssertionError("sockets off loopback: " + outside);
        }
    }

    /** This process's TCP sockets whose local or remote end is not loopback (nor unset, for a listener). */
    public static List<String> nonLoopbackSockets() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return List.of();
        }
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> s = Files.list(fds)) {
            s.forEach(p -> {
                try {
                    String target = Files.readSymbolicLink(p).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            });
        }
        List<String> out = new ArrayList<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            Path f = Path.of(table);
            if (!Files.isReadable(f)) {
                continue;
            }
            List<String> lines = Files.readAllLines(f);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] c = line.trim().split("\\s+");
                if (c.length < 10 || !inodes.contains(c[9])) {
                    continue;
                }
                String local = c[1].substring(0, c[1].indexOf(':'));
                String remote = c[2].substring(0, c[2].indexOf(':'));
                if (!loopback(local) || !(loopback(remote) || unset(remote))) {
                    out.add(table + " " + c[1] + " -> " + c[2]);
                }
            }
        }
        return out;
    }

    private static boolean unset(String hex) {
        return hex.chars().allMatch(ch -> ch == '0');
    }

    /** /proc writes addresses as 32-bit words in the machine's (little-endian) order. */
    static boolean loopback(String hex) {
        String h = hex.toUpperCase(Locale.ROOT);
        if (h.length() == 8) {
            return h.endsWith("7F");
        }
        if (h.length() == 32) {
            // ::1
            if (h.equals("00000000000000000000000001000000")) {
                return true;
            }
            // ::ffff:127.x.y.z
            return h.startsWith("0000000000000000FFFF0000") && h.endsWith("7F");
        }
        return false;
    }
}
