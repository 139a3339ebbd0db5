package dk.vaerksted.room;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The machine's addresses a room can be bound to, the likely one first: the Wi-Fi's or the
 * cable's private IPv4 address before virtual networks (containers, VPNs, virtual machines),
 * IPv4 before IPv6, loopback last (only this machine reaches it). IPv6 link-local addresses are
 * left out: a browser cannot open a link to them.
 */
public final class Addresses {
    private Addresses() {}

    /** One address of one network interface. */
    public record Candidate(InetAddress address, String interfaceName, String displayName) {
        public boolean loopback() {
            return address.isLoopbackAddress();
        }

        /** The address as it is written in a link's host: IPv6 in brackets and shortest form. */
        public String host() {
            return Links.host(address);
        }
    }

    /** The addresses of the interfaces that are up, in the order described above. */
    public static List<Candidate> list() throws SocketException {
        List<Candidate> out = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!ni.isUp()) {
                continue;
            }
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (a instanceof Inet6Address && (a.isLinkLocalAddress() || a.isMulticastAddress())) {
                    continue;
                }
                out.add(new Candidate(a, ni.getName(), ni.getDisplayName()));
            }
        }
        return sorted(out);
    }

    static List<Candidate> sorted(List<Candidate> all) {
        List<Candidate> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt(Addresses::rank)
                .thenComparing(c -> c.interfaceName() == null ? "" : c.interfaceName())
                .thenComparing(c -> c.address().getHostAddress()));
        return out;
    }

    /** Lower is likelier: where the phones are. */
    static int rank(Candidate c) {
        InetAddress a = c.address();
        if (a.isLoopbackAddress()) {
            return 100;
        }
        int r = a instanceof Inet4Address ? 0 : 20;
        if (!a.isSiteLocalAddress() && !(a instanceof Inet6Address && isUniqueLocal(a))) {
            r += 5;
        }
        String name = c.interfaceName() == null ? "" : c.interfaceName().toLowerCase(Locale.ROOT);
        String display = c.displayName() == null ? "" : c.displayName().toLowerCase(Locale.ROOT);
        if (isVirtual(name) || isVirtual(display)) {
            r += 40;
        } else if (name.startsWith("wl") || display.contains("wi-fi") || display.contains("wireless")
                || display.contains("wlan")) {
            r += 0;
        } else {
            r += 2;
        }
        return r;
    }

    private static boolean isUniqueLocal(InetAddress a) {
        return (a.getAddress()[0] & 0xfe) == 0xfc;
    }

    private static boolean isVirtual(String name) {
        for (String p : new String[] {"docker", "br-", "veth", "virbr", "vmnet", "vbox", "virtualbox", "vmware",
                "hyper-v", "tun", "tap", "utun", "wg", "zt", "tailscale", "lxc", "lxd", "podman", "cni", "flannel",
                "awdl", "llw", "bridge", "anpi", "vpn"}) {
            if (name.startsWith(p) || name.contains(" " + p) || name.contains(p + " ")) {
                return true;
            }
        }
        return false;
    }
}
