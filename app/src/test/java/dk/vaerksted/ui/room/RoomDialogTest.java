package dk.vaerksted.ui.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** What the facilitator reads when choosing where the room is served. */
class RoomDialogTest {
    @Test
    void addressesReadAsPeopleWriteThem() throws Exception {
        assertThat(RoomDialog.shown(InetAddress.getByName("192.168.1.23"))).isEqualTo("192.168.1.23");
        assertThat(RoomDialog.shown(InetAddress.getByName("fd00:0:0:0:0:0:0:2"))).isEqualTo("fd00::2");
        assertThat(RoomDialog.shown(InetAddress.getByName("0:0:0:0:0:0:0:1"))).isEqualTo("::1");
        assertThat(RoomDialog.shown(InetAddress.getByName("fe80:0:0:0:a00:27ff:fe4e:66a1"))).isEqualTo("fe80::a00:27ff:fe4e:66a1");
    }

    @Test
    void aPortIsAWholeNumberAUserMayOpen() {
        assertThat(RoomDialog.portOf("8080")).isEqualTo(8080);
        assertThat(RoomDialog.portOf("80")).isNull();
        assertThat(RoomDialog.portOf("70000")).isNull();
        assertThat(RoomDialog.portOf("80a0")).isNull();
    }
}
