package dk.vaerksted.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.AsynchronousSocketChannel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;

/**
 * The guard every test runs under: any socket fails. All other tests (the command line, the PDF,
 * the headless window flows) therefore prove that those paths open no connection. Only a test
 * class marked {@link LoopbackOnly} may open channels (the room's tests); this one is not.
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
        assertThatThrownBy(() -> new ServerSocket(0).close()).hasMessageContaining("network access");
        assertThatThrownBy(() -> new DatagramSocket().close()).hasMessageContaining("network access");
    }

    @Test
    void channelsFailOutsideTheRoomsTests() {
        assertThat(NoNetwork.channelsGuarded()).isTrue();
        assertThatThrownBy(() -> SocketChannel.open().close()).hasMessageContaining("network access");
        assertThatThrownBy(() -> ServerSocketChannel.open().close()).hasMessageContaining("network access");
        assertThatThrownBy(() -> DatagramChannel.open().close()).hasMessageContaining("network access");
        assertThatThrownBy(() -> AsynchronousSocketChannel.open().close()).hasMessageContaining("network access");
    }

    @Test
    void theJdksHttpClientCannotConnect() {
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build(), HttpResponse.BodyHandlers.discarding()))
                .hasStackTraceContaining("network access");
    }

    @Test
    void loopbackAddressesAreToldApart() {
        assertThat(LoopbackOnly.loopback("0100007F")).isTrue();
        assertThat(LoopbackOnly.loopback("0101A8C0")).isFalse();
        assertThat(LoopbackOnly.loopback("00000000000000000000000001000000")).isTrue();
        assertThat(LoopbackOnly.loopback("0000000000000000FFFF00000100007F")).isTrue();
        assertThat(LoopbackOnly.loopback("000080FE00000000FF005450A1B2C3D4")).isFalse();
    }
}
