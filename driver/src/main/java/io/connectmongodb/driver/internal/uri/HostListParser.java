package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the comma-separated host identifiers of a connection string into server addresses.
 *
 * <p>Each identifier is one of:
 * <ul>
 *   <li>an IP literal in brackets, {@code [::1]} or {@code [::1]:27018};</li>
 *   <li>a percent-encoded Unix domain socket path: once decoded it contains {@code /} and must end
 *       in {@code .sock} (it has no port);</li>
 *   <li>a host name or IPv4 address, optionally followed by {@code :port}.</li>
 * </ul>
 * Ports must be decimal numbers from 1 to 65535; an omitted port means 27017.
 */
public final class HostListParser {
    private static final String FORBIDDEN_HOST_CHARS = " /\\?#@[]%,\"<>{}|^`";

    private HostListParser() {
    }

    public static List<ServerAddress> parse(String hostInfo) {
        List<ServerAddress> hosts = new ArrayList<>();
        for (String identifier : hostInfo.split(",", -1)) {
            hosts.add(parseOne(identifier));
        }
        return hosts;
    }

    /** Parses one host identifier, such as {@code example.com:27018}. */
    public static ServerAddress parseOne(String identifier) {
        if (identifier.isEmpty()) {
            throw new MongoConfigurationException("the connection string has an empty host identifier (check for stray commas)");
        }
        if (identifier.startsWith("[")) {
            return parseIpLiteral(identifier);
        }
        String decoded = PercentDecoder.decode(identifier, "a host identifier");
        if (decoded.indexOf('/') >= 0) {
            if (!decoded.endsWith(".sock")) {
                throw new MongoConfigurationException("host '" + decoded + "' contains '/' but is not a Unix domain socket path"
                        + " ending in .sock");
            }
            return ServerAddress.unixSocket(decoded);
        }
        int colon = decoded.indexOf(':');
        if (colon >= 0 && decoded.indexOf(':', colon + 1) >= 0) {
            throw new MongoConfigurationException("host '" + decoded.substring(0, colon) + "' is followed by more than one"
                    + " ':'; IPv6 addresses must be written in brackets, such as [::1]:27017");
        }
        String host = colon < 0 ? decoded : decoded.substring(0, colon);
        int port = colon < 0 ? ServerAddress.DEFAULT_PORT : parsePort(decoded.substring(colon + 1), host);
        checkHostName(host);
        return ServerAddress.of(host, port);
    }

    private static ServerAddress parseIpLiteral(String identifier) {
        int close = identifier.indexOf(']');
        if (close < 0) {
            throw new MongoConfigurationException("IP literal '" + identifier + "' has no closing ']'");
        }
        String literal = identifier.substring(1, close);
        if (literal.isEmpty() || literal.indexOf(':') < 0) {
            throw new MongoConfigurationException("IP literal '" + identifier + "' is not an IPv6 address");
        }
        for (char c : literal.toCharArray()) {
            boolean allowed = Character.digit(c, 16) >= 0 || c == ':' || c == '.';
            if (!allowed) {
                throw new MongoConfigurationException("IP literal '" + identifier + "' contains the invalid character '" + c + "'");
            }
        }
        String afterLiteral = identifier.substring(close + 1);
        int port = ServerAddress.DEFAULT_PORT;
        if (!afterLiteral.isEmpty()) {
            if (!afterLiteral.startsWith(":")) {
                throw new MongoConfigurationException("IP literal '" + identifier + "' must be followed by ':port' or nothing");
            }
            port = parsePort(afterLiteral.substring(1), "[" + literal + "]");
        }
        return ServerAddress.of(literal, port);
    }

    /** Messages name the host but not the port text: a password with an unescaped '/' can land there. */
    private static int parsePort(String text, String identifier) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new MongoConfigurationException("host '" + identifier + "' has an invalid port; a port is a number"
                    + " from 1 to 65535");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new MongoConfigurationException("host '" + identifier + "' has a port outside the range 1 to 65535");
        }
        return port;
    }

    private static void checkHostName(String host) {
        if (host.isEmpty()) {
            throw new MongoConfigurationException("the connection string has a host identifier without a host name");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || FORBIDDEN_HOST_CHARS.indexOf(c) >= 0) {
                throw new MongoConfigurationException("host name '" + host + "' contains the invalid character '" + c + "'");
            }
        }
    }
}
