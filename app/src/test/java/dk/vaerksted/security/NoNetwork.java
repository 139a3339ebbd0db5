package dk.vaerksted.security;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs, makes every socket in the test JVM fail: the app works offline and must
 * never open a connection, so a test whose code tries fails with "network access".
 *
 * <p>Classic sockets ({@code Socket}, {@code ServerSocket}, {@code DatagramSocket}) fail always,
 * through their factories ({@link RefusingSocketImpl}: the object may exist, nothing connects). Channels ({@code SocketChannel}, {@code ServerSocketChannel},
 * {@code DatagramChannel}, and the asynchronous ones; the JDK's HTTP client and Jetty use them)
 * fail through {@link GuardedSelectorProvider} and {@link GuardedAsynchronousChannelProvider}
 * (named in the test JVM's system properties, app/pom.xml) unless a test class has asked for
 * loopback explicitly with {@link LoopbackOnly}: the room's tests, which bind their server to
 * 127.0.0.1, and which check after each test that every TCP socket of the process is on loopback.
 */
public final class NoNetwork implements LauncherSessionListener {
    private static boolean installed;
    private static final AtomicInteger loopbackScopes = new AtomicInteger();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        install();
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Socket.setSocketImplFactory(RefusingSocketImpl::new);
            ServerSocket.setSocketFactory(RefusingSocketImpl::new);
            DatagramSocket.setDatagramSocketImplFactory(() -> {
                throw new SecurityException("network access: Værksted must not open connections");
            });
            installed = true;
        } catch (IOException e) {
            throw new IllegalStateException("could not install the no-network guard", e);
        }
    }

    static boolean installed() {
        return installed;
    }

    /** Whether the channel guards are in place (the system properties named them). */
    static boolean channelsGuarded() {
        return java.nio.channels.spi.SelectorProvider.provider() instanceof GuardedSelectorProvider
                && java.nio.channels.spi.AsynchronousChannelProvider.provider()
                        instanceof GuardedAsynchronousChannelProvider;
    }

    /** A channel may be opened now: only inside a {@link LoopbackOnly} test class. */
    static void checkChannel() throws IOException {
        if (loopbackScopes.get() <= 0) {
            throw new SecurityException("network access: Værksted must not open connections");
        }
    }

    static void enterLoopbackScope() {
        loopbackScopes.incrementAndGet();
    }

    static void leaveLoopbackScope() {
        loopbackScopes.decrementAndGet();
    }
}
