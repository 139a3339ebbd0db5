package dk.vaerksted.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Tokens, the form reader, the rate limit, addresses and links. */
class SmallPartsTest {
    @Test
    void tokensCarry128RandomBitsAndAreFoundOnlyWhole() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = Tokens.newToken();
            assertThat(t).matches("[A-Za-z0-9_-]{22}");
            assertThat(java.util.Base64.getUrlDecoder().decode(t)).hasSize(16);
            assertThat(seen.add(t)).isTrue();
        }
        String a = Tokens.newToken();
        String b = Tokens.newToken();
        Map<String, String> tokens = Map.of("bord-1", a, "bord-2", b);
        assertThat(Tokens.tableOf(tokens, a)).isEqualTo("bord-1");
        assertThat(Tokens.tableOf(tokens, b)).isEqualTo("bord-2");
        assertThat(Tokens.tableOf(tokens, a.substring(0, 21))).isNull();
        assertThat(Tokens.tableOf(tokens, a + "x")).isNull();
        assertThat(Tokens.tableOf(tokens, "")).isNull();
        char last = a.charAt(21);
        assertThat(Tokens.tableOf(tokens, a.substring(0, 21) + (last == 'A' ? 'B' : 'A'))).isNull();
    }

    @Test
    void theFormReaderIsStrict() throws Exception {
        assertThat(Form.parse("text=Hej+med+dig%21&id=abc".getBytes(StandardCharsets.US_ASCII)))
                .containsEntry("text", "Hej med dig!").containsEntry("id", "abc");
        assertThat(Form.parse("text=%C3%A6%C3%B8%C3%A5%0D%0Ax".getBytes(StandardCharsets.US_ASCII)).get("text"))
                .isEqualTo("æøå\r\nx");
        assertThat(Form.parse(new byte[0])).isEmpty();
        for (String bad : List.of("text=%", "text=%4", "text=%zz", "text=%C3%28", "text=%FF", "text=a&text=b",
                "text=%00", "a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9")) {
            assertThatThrownBy(() -> Form.parse(bad.getBytes(StandardCharsets.US_ASCII))).as(bad)
                    .isInstanceOf(Form.BadFormException.class);
        }
        assertThatThrownBy(() -> Form.parse(new byte[] {'t', '=', (byte) 0xC3}))
                .isInstanceOf(Form.BadFormException.class);
        assertThat(Form.noteText("  a\r\nb\rc \n")).isEqualTo("a\nb\nc");
    }

    @Test
    void theRateLimitLetsABurstThroughThenOnePerInterval() {
        AtomicLong now = new AtomicLong();
        RateLimiter r = new RateLimiter(3, 2, now::get);
        assertThat(r.acquire("t")).isZero();
        assertThat(r.acquire("t")).isZero();
        assertThat(r.acquire("t")).isZero();
        assertThat(r.acquire("t")).isEqualTo(1);
        assertThat(r.acquire("other")).isZero();
        now.addAndGet(500_000_000L);
        assertThat(r.acquire("t")).isZero();
        assertThat(r.acquire("t")).isEqualTo(1);
        now.addAndGet(60_000_000_000L);
        assertThat(r.acquire("t")).isZero();
        assertThat(r.acquire("t")).isZero();
        assertThat(r.acquire("t")).isZero();
        assertThat(r.acquire("t")).isEqualTo(1);
    }

    @Test
    void theLikelyAddressComesFirstAndLoopbackLast() throws Exception {
        InetAddress wifi = InetAddress.getByName("192.168.1.23");
        InetAddress docker = InetAddress.getByName("172.17.0.1");
        InetAddress lo = InetAddress.getByName("127.0.0.1");
        InetAddress v6 = InetAddress.getByName("fd00::23");
        InetAddress eth = InetAddress.getByName("10.0.0.5");
        List<Addresses.Candidate> sorted = Addresses.sorted(List.of(
                new Addresses.Candidate(lo, "lo", "lo"),
                new Addresses.Candidate(docker, "docker0", "docker0"),
                new Addresses.Candidate(v6, "wlp2s0", "wlp2s0"),
                new Addresses.Candidate(eth, "enp3s0", "enp3s0"),
                new Addresses.Candidate(wifi, "wlp2s0", "wlp2s0")));
        assertThat(sorted).extracting(Addresses.Candidate::address).containsExactly(wifi, eth, v6, docker, lo);
        // This machine's own list: loopback, if listed, is last; no IPv6 link-local address.
        List<Addresses.Candidate> mine = Addresses.list();
        assertThat(mine).noneMatch(c -> c.address().isLinkLocalAddress() && c.address() instanceof java.net.Inet6Address);
        for (int i = 0; i + 1 < mine.size(); i++) {
            assertThat(!mine.get(i).loopback() || mine.get(i + 1).loopback()).isTrue();
        }
    }

    @Test
    void linksAreWrittenAsBrowsersWriteThem() throws Exception {
        assertThat(Links.link(InetAddress.getByName("192.168.1.23"), 41234, "abc"))
                .isEqualTo("http://192.168.1.23:41234/t/abc");
        assertThat(Links.host(InetAddress.getByName("2001:db8:0:0:0:0:0:1"))).isEqualTo("[2001:db8::1]");
        assertThat(Links.host(InetAddress.getByName("::1"))).isEqualTo("[::1]");
        assertThat(Links.host(InetAddress.getByName("2001:db8:0:1:0:0:1:0"))).isEqualTo("[2001:db8:0:1::1:0]");
        assertThat(Links.host(InetAddress.getByName("fe80:0:0:1:0:0:0:0"))).isEqualTo("[fe80:0:0:1::]");
        assertThat(Links.host(InetAddress.getByName("1:0:2:3:4:5:6:7"))).isEqualTo("[1:0:2:3:4:5:6:7]");
        assertThat(Links.hostPort(InetAddress.getByName("10.0.0.1"), 80)).isEqualTo("10.0.0.1");
    }

    @Test
    void theCountdownMovesOnOnlyWhileItRuns() {
        Running r = new Running("x", "s", 0, 2, "Tal om", null, dk.vaerksted.core.timer.Countdown.State.RUNNING,
                90_000L, 0, 60_000L, 1_000_000_000L);
        assertThat(r.clock()).isEqualTo("01:30");
        Running later = r.at(31_500_000_000L);
        assertThat(later.clock()).isEqualTo("01:00");
        assertThat(later.stage()).isEqualTo(dk.vaerksted.core.timer.Countdown.Stage.WARNING);
        assertThat(r.at(200_000_000_000L).clock()).isEqualTo("+01:49");
        assertThat(r.at(200_000_000_000L).stage()).isEqualTo(dk.vaerksted.core.timer.Countdown.Stage.OVERRUN);
        Running paused = new Running("x", "s", 0, 2, "Tal om", null, dk.vaerksted.core.timer.Countdown.State.PAUSED,
                90_000L, 0, 60_000L, 0);
        assertThat(paused.at(999_000_000_000L)).isSameAs(paused);
    }
}
