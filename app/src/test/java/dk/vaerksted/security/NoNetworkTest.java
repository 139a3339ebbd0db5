package dk.vaerksted.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/**
 * The guard every test runs under: any socket fails. All other tests (the command line, the PDF,
 * the headless window flows) therefore prove that those paths open no connection.
 */
class NoNetworkTest {
    @Test
    void anyConnectionAttemptFails() {
        assertThat(NoNetwork.installed()).isTrue();
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", 9));
            }
        }).hasMessageContaining("network access");
    }
}
