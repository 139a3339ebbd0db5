package dk.vaerksted.security;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketImpl;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs, makes every TCP socket in the test JVM fail: the app works offline and
 * must never open a connection, so a test whose code tries fails with "network access".
 */
public final class NoNetwork implements LauncherSessionListener {
    private static boolean installed;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        install();
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Socket.setSocketImplFactory(NoNetwork::refuse);
            ServerSocket.setSocketFactory(NoNetwork::refuse);
            installed = true;
        } catch (IOException e) {
            throw new IllegalStateException("could not install the no-network guard", e);
        }
    }

    private static SocketImpl refuse() {
        throw new SecurityException("network access: Værksted must not open connections");
    }

    static boolean installed() {
        return installed;
    }
}
