package dev.factcheck.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which addresses an outbound fetch may connect to: public unicast only. Refused are loopback,
 * private (10/8, 172.16/12, 192.168/16), link-local (169.254/16, where the instance metadata service
 * lives), CGNAT (100.64/10), "this network" (0/8), IETF and documentation ranges, benchmarking,
 * multicast, reserved and broadcast; in IPv6 the unspecified and loopback addresses, unique-local
 * (fc00::/7), link-local (fe80::/10), site-local, multicast, documentation, Teredo and ORCHID, and IPv4
 * addresses embedded in IPv4-mapped, IPv4-compatible, NAT64 and 6to4 addresses are judged as IPv4.
 * Loopback is allowed only when the policy is built for local development or tests.
 */
public final class AddressPolicy {

    private final boolean allowLoopback;

    public AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    public static AddressPolicy publicOnly() {
        return new AddressPolicy(false);
    }

    public boolean allowsLoopback() {
        return allowLoopback;
    }

    /** Why {@code address} is refused, or empty when a fetch may connect to it. */
    public Optional<String> refusal(InetAddress address) {
        String range = switch (address) {
            case Inet4Address v4 -> ipv4Range(v4.getAddress());
            case Inet6Address v6 -> ipv6Range(v6.getAddress());
            default -> "unknown address family";
        };
        if (range == null || (allowLoopback && range.equals("loopback"))) {
            return Optional.empty();
        }
        return Optional.of(range);
    }

    private static String ipv4Range(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        if (b0 == 127) {
            return "loopback";
        }
        if (b0 == 0) {
            return "unspecified";
        }
        if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
            return "private";
        }
        if (b0 == 169 && b1 == 254) {
            return "link-local";
        }
        if (b0 == 100 && (b1 & 0xc0) == 64) {
            return "carrier-grade NAT";
        }
        if (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) {
            return "reserved";
        }
        if ((b0 == 198 && b1 == 51 && b2 == 100) || (b0 == 203 && b1 == 0 && b2 == 113)) {
            return "documentation";
        }
        if (b0 == 198 && (b1 & 0xfe) == 18) {
            return "benchmarking";
        }
        if (b0 == 192 && b1 == 88 && b2 == 99) {
            return "reserved";
        }
        if (b0 >= 224 && b0 <= 239) {
            return "multicast";
        }
        if (b0 >= 240) {
            return "reserved";
        }
        return null;
    }

    private static String ipv6Range(byte[] a) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= a[i] == 0;
        }
        boolean firstTwelveZero = firstTenZero && a[10] == 0 && a[11] == 0;
        if (firstTwelveZero) {
            boolean zeroToFourteen = a[12] == 0 && a[13] == 0 && a[14] == 0;
            if (zeroToFourteen && a[15] == 0) {
                return "unspecified";
            }
            if (zeroToFourteen && a[15] == 1) {
                return "loopback";
            }
            // IPv4-compatible ::a.b.c.d (deprecated): judge the IPv4 address.
            return embedded(a, 12);
        }
        if (firstTenZero && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return embedded(a, 12);
        }
        int w0 = ((a[0] & 0xff) << 8) | (a[1] & 0xff);
        int w1 = ((a[2] & 0xff) << 8) | (a[3] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b) {
            // NAT64 64:ff9b::/96 (and the local-use 64:ff9b:1::/48): the gateway would connect to the IPv4 address.
            return embedded(a, 12);
        }
        if (w0 == 0x2002) {
            return embedded(a, 2);
        }
        if ((a[0] & 0xfe) == 0xfc) {
            return "unique-local";
        }
        if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80) {
            return "link-local";
        }
        if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0xc0) {
            return "site-local";
        }
        if ((a[0] & 0xff) == 0xff) {
            return "multicast";
        }
        if (w0 == 0x2001 && w1 == 0x0db8) {
            return "documentation";
        }
        if (w0 == 0x2001 && w1 == 0x0000) {
            return "Teredo";
        }
        if (w0 == 0x2001 && (w1 & 0xfff0) == 0x0010 || w0 == 0x2001 && (w1 & 0xfff0) == 0x0020) {
            return "ORCHID";
        }
        if (w0 == 0x0100 && w1 == 0 && a[4] == 0 && a[5] == 0 && a[6] == 0 && a[7] == 0) {
            return "discard-only";
        }
        if ((a[0] & 0xe0) != 0x20) {
            // Only 2000::/3 is allocated global unicast.
            return "reserved";
        }
        return null;
    }

    private static String embedded(byte[] a, int offset) {
        try {
            byte[] v4 = {a[offset], a[offset + 1], a[offset + 2], a[offset + 3]};
            String range = ipv4Range(InetAddress.getByAddress(v4).getAddress());
            return range == null ? null : range + " (embedded IPv4)";
        } catch (UnknownHostException impossible) {
            return "unknown address family";
        }
    }
}
