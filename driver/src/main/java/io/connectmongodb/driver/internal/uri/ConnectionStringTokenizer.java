package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a connection string into its raw parts, following the reference algorithm of the
 * connection string spec:
 *
 * <ol>
 *   <li>check and remove the scheme ({@code mongodb://} or {@code mongodb+srv://});</li>
 *   <li>the host information ends at the first {@code /} or {@code ?} (the slash before the
 *       options is optional);</li>
 *   <li>user information is everything before the last {@code @} of the host information;</li>
 *   <li>the auth database runs up to the first {@code ?}; the options follow, as
 *       {@code &}-separated {@code key=value} pairs.</li>
 * </ol>
 *
 * Nothing is decoded here. Messages never repeat the input, which may hold a password.
 */
public final class ConnectionStringTokenizer {
    static final String SCHEME = "mongodb://";
    static final String SRV_SCHEME = "mongodb+srv://";

    private ConnectionStringTokenizer() {
    }

    public static UriParts tokenize(String uri) {
        if (uri == null || uri.isEmpty()) {
            throw new MongoConfigurationException("the connection string is empty; it must start with "
                    + SCHEME + " or " + SRV_SCHEME);
        }
        boolean srv;
        String rest;
        if (uri.startsWith(SCHEME)) {
            srv = false;
            rest = uri.substring(SCHEME.length());
        } else if (uri.startsWith(SRV_SCHEME)) {
            srv = true;
            rest = uri.substring(SRV_SCHEME.length());
        } else {
            throw new MongoConfigurationException("the connection string must start with " + SCHEME + " or " + SRV_SCHEME);
        }
        int hostEnd = firstIndexOf(rest, '/', '?');
        String hostAndUser = hostEnd < 0 ? rest : rest.substring(0, hostEnd);
        String afterHosts = hostEnd < 0 ? "" : rest.substring(hostEnd);

        String userInfo = null;
        String hostInfo = hostAndUser;
        int at = hostAndUser.lastIndexOf('@');
        if (at >= 0) {
            userInfo = hostAndUser.substring(0, at);
            hostInfo = hostAndUser.substring(at + 1);
        }
        if (hostInfo.isEmpty()) {
            throw new MongoConfigurationException("the connection string has no host; give at least one host"
                    + " (Unix socket paths must be percent-encoded, for example %2Ftmp%2Fmongodb-27017.sock)");
        }

        String path = null;
        String query = null;
        if (afterHosts.startsWith("/")) {
            String pathAndQuery = afterHosts.substring(1);
            int q = pathAndQuery.indexOf('?');
            path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
            query = q < 0 ? null : pathAndQuery.substring(q + 1);
        } else if (afterHosts.startsWith("?")) {
            query = afterHosts.substring(1);
        }
        return new UriParts(srv, userInfo, hostInfo, path == null || path.isEmpty() ? null : path, splitOptions(query));
    }

    /** Splits {@code k1=v1&k2=v2} (a query, or an SRV TXT record) into raw pairs; null gives none. */
    public static List<UriParts.RawOption> splitOptions(String query) {
        List<UriParts.RawOption> options = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new MongoConfigurationException("connection string option '" + keyForMessage(pair)
                        + "' has no value; options must be written as key=value");
            }
            if (eq == 0) {
                throw new MongoConfigurationException("a connection string option has an empty key");
            }
            options.add(new UriParts.RawOption(pair.substring(0, eq), pair.substring(eq + 1)));
        }
        return options;
    }

    /** Option keys are short names; cut anything long so that no secret is echoed by accident. */
    private static String keyForMessage(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "..." : key;
    }

    private static int firstIndexOf(String text, char a, char b) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }
}
