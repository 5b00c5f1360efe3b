package org.challengemarket.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs may receive webhooks: never an address inside our own network (loopback, private,
 * link-local, multicast, cloud metadata, reserved; IPv4 and IPv6, also written as one decimal,
 * octal or hex number), and https only unless configured otherwise. Every address a name resolves
 * to must be allowed. Embedded mode may allow exactly 127.0.0.1 for local receivers.
 */
public final class WebhookUrlPolicy {

    private static final int MAX_LENGTH = 2000;

    private final boolean requireHttps;
    private final boolean allowLoopback;
    private final HostResolver resolver;

    public WebhookUrlPolicy(boolean requireHttps, boolean allowLoopback, HostResolver resolver) {
        this.requireHttps = requireHttps;
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** The policy of production: https, public addresses only. */
    public static WebhookUrlPolicy production(HostResolver resolver) {
        return new WebhookUrlPolicy(true, false, resolver);
    }

    /** Why {@code url} may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !requireHttps)) {
            return Optional.of(requireHttps ? "must be an https URL" : "must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("must name a host");
        }
        List<InetAddress> addresses;
        try {
            addresses = addresses(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        if (addresses.isEmpty()) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                return Optional.of("must not point to a loopback, private, link-local, multicast or reserved address");
            }
        }
        return Optional.empty();
    }

    private List<InetAddress> addresses(String host) throws UnknownHostException {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            return List.of(InetAddress.getByName(h.substring(1, h.length() - 1))); // a literal: no lookup
        }
        Optional<byte[]> numeric = numericIpv4(h);
        if (numeric.isPresent()) {
            return List.of(InetAddress.getByAddress(numeric.get()));
        }
        if (h.matches("[0-9.]+") || h.endsWith(".")) {
            throw new UnknownHostException(host); // digits that are no address, or a trailing-dot trick
        }
        return resolver.resolve(h);
    }

    /**
     * Reads an IPv4 address the way the C library's {@code inet_aton} does, which is how many
     * clients read it: one to four parts, each decimal, octal (leading 0) or hex (0x), the last part
     * filling the remaining bytes ({@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}).
     */
    static Optional<byte[]> numericIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            address |= values[i] << (8 * (3 - i));
        }
        long last = values[parts.length - 1];
        int lastBytes = 4 - (parts.length - 1);
        if (last >= (1L << (8 * lastBytes))) {
            return Optional.empty();
        }
        address |= last;
        return Optional.of(
                new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
    }

    private static Long number(String part) {
        try {
            if (part.isEmpty() || part.length() > 12) {
                return null;
            }
            if (part.startsWith("0x")) {
                return part.length() == 2 ? 0L : Long.parseLong(part.substring(2), 16);
            }
            if (!part.chars().allMatch(Character::isDigit)) {
                return null;
            }
            return part.length() > 1 && part.startsWith("0") ? Long.parseLong(part, 8) : Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a receiver at {@code address} is outside our network. */
    boolean allowed(InetAddress address) {
        if (allowLoopback
                && address instanceof Inet4Address
                && address.getHostAddress().equals("127.0.0.1")) {
            return true;
        }
        return isPublic(address);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(b);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0 // this network
                || a0 == 10
                || a0 == 127
                || a0 == 100 && (a1 & 0xc0) == 64 // carrier-grade NAT, also some clouds' metadata
                || a0 == 169 && a1 == 254 // link-local, cloud metadata 169.254.169.254
                || a0 == 172 && (a1 & 0xf0) == 16
                || a0 == 192 && a1 == 168
                || a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)
                || a0 == 192 && a1 == 88 && a2 == 99
                || a0 == 198 && (a1 & 0xfe) == 18
                || a0 == 198 && a1 == 51 && a2 == 100
                || a0 == 203 && a1 == 0 && a2 == 113
                || a0 >= 224); // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc // unique local, cloud metadata fd00:ec2::254
                || first == 0xff // multicast
                || first == 0xfe && (b[1] & 0xc0) == 0x80 // link-local
                || first == 0xfe && (b[1] & 0xc0) == 0xc0) { // site-local
            return false;
        }
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // documentation
        }
        if (first == 0x20 && b[1] == 0x02) {
            return isPublicIpv4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 carries an IPv4 address
        }
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= b[i] == 0;
        }
        byte[] last4 = {b[12], b[13], b[14], b[15]};
        if (firstTenZero && (b[10] == 0 && b[11] == 0 || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
            return isPublicIpv4(last4); // IPv4-compatible or IPv4-mapped; also :: and ::1
        }
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return !nat64 || isPublicIpv4(last4);
    }
}
