package dk.vaerksted.room;

import java.net.Inet6Address;
import java.net.InetAddress;

/** How a table's link is written: {@code http://HOST:PORT/t/TOKEN}. */
public final class Links {
    private Links() {}

    /** The path of a table's page. */
    public static String path(String token) {
        return "/t/" + token;
    }

    public static String link(InetAddress address, int port, String token) {
        return "http://" + hostPort(address, port) + path(token);
    }

    /** What a browser sends as {@code Host} for a link to this address and port. */
    static String hostPort(InetAddress address, int port) {
        return host(address) + (port == 80 ? "" : ":" + port);
    }

    /** IPv4 as dotted quad; IPv6 in brackets, in the shortest form (RFC 5952), as browsers write it. */
    public static String host(InetAddress a) {
        if (!(a instanceof Inet6Address)) {
            return a.getHostAddress();
        }
        byte[] b = a.getAddress();
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 1 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(words[i]));
        }
        return s.append(']').toString();
    }
}
