package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;

/**
 * Parses the {@code host[:port]} strings servers report in hello replies ({@code me}, {@code hosts},
 * {@code primary}...), including bracketed IPv6 literals. Host names come out in lower case.
 */
public final class AddressParser {
    private AddressParser() {
    }

    /** @throws IllegalArgumentException when the string is not a valid address */
    public static ServerAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("server address must not be empty");
        }
        if (text.endsWith(".sock")) {
            return ServerAddress.unixSocket(text);
        }
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unterminated IPv6 literal in address '" + text + "'");
            }
            String host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (rest.isEmpty()) {
                return ServerAddress.of(host);
            }
            if (!rest.startsWith(":")) {
                throw new IllegalArgumentException("unexpected text after IPv6 literal in address '" + text + "'");
            }
            return ServerAddress.of(host, port(rest.substring(1), text));
        }
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            return ServerAddress.of(text);
        }
        if (text.indexOf(':') != colon) {
            return ServerAddress.of(text); // unbracketed IPv6 literal without a port
        }
        return ServerAddress.of(text.substring(0, colon), port(text.substring(colon + 1), text));
    }

    private static int port(String digits, String whole) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port in address '" + whole + "'", e);
        }
    }
}
