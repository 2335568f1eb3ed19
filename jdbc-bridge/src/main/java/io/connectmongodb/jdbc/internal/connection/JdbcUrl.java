package io.connectmongodb.jdbc.internal.connection;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Splits a {@code jdbc:mongodb://} or {@code jdbc:mongodb+srv://} URL into the driver's connection string and the
 * bridge's settings. The driver's part is the URL without {@code jdbc:} and without the bridge's query options; every
 * other option is passed through untouched. The database is the URL path (else the {@code database} property, else
 * {@code test}). {@code user}/{@code password} properties become the connection string's credentials when the URL has
 * none.
 *
 * @param connectionString the driver connection string (may contain credentials: never log it)
 * @param database         the database the connection starts in
 */
public record JdbcUrl(String connectionString, String database, BridgeSettings settings) {

    public static final String PREFIX = "jdbc:mongodb://";
    public static final String SRV_PREFIX = "jdbc:mongodb+srv://";

    public static boolean accepts(String url) {
        return url != null && (url.startsWith(PREFIX) || url.startsWith(SRV_PREFIX));
    }

    /** Parses without validating the driver's options (the driver does that when the client is created). */
    public static JdbcUrl parse(String url, Properties info) throws SQLException {
        if (!accepts(url)) {
            throw new SQLException("Not a MongoDB JDBC URL (expected jdbc:mongodb:// or jdbc:mongodb+srv://)", "08001");
        }
        String scheme = url.startsWith(SRV_PREFIX) ? "mongodb+srv://" : "mongodb://";
        String rest = url.substring(url.indexOf("://") + 3);
        int query = rest.indexOf('?');
        String options = query >= 0 ? rest.substring(query + 1) : "";
        String authorityAndPath = query >= 0 ? rest.substring(0, query) : rest;
        int slash = authorityAndPath.indexOf('/');
        String authority = slash >= 0 ? authorityAndPath.substring(0, slash) : authorityAndPath;
        String path = slash >= 0 ? authorityAndPath.substring(slash + 1) : "";
        if (authority.isEmpty()) {
            throw new SQLException("The MongoDB JDBC URL names no host", "08001");
        }

        Map<BridgeProperty, String> bridgeOptions = new EnumMap<>(BridgeProperty.class);
        List<String> driverOptions = new ArrayList<>();
        for (String option : options.split("&")) {
            if (option.isEmpty()) {
                continue;
            }
            int equals = option.indexOf('=');
            String key = decode(equals >= 0 ? option.substring(0, equals) : option);
            var property = BridgeProperty.byKey(key);
            if (property.isPresent()) {
                bridgeOptions.put(property.get(), equals >= 0 ? decode(option.substring(equals + 1)) : "");
            } else {
                driverOptions.add(option);
            }
        }
        BridgeSettings settings = BridgeSettings.from(bridgeOptions, info);
        String database = path.isEmpty() ? settings.defaultDatabase() : decode(path);
        if (database.isEmpty() || database.contains("/") || database.contains(" ") || database.contains(".")) {
            throw new SQLException("Invalid database name in the MongoDB JDBC URL: '" + database + "'", "08001");
        }

        String user = BridgeSettings.value(BridgeProperty.USER, bridgeOptions, info);
        String password = BridgeSettings.value(BridgeProperty.PASSWORD, bridgeOptions, info);
        String credentials = "";
        if (!authority.contains("@") && user != null && !user.isEmpty()) {
            credentials = encode(user) + (password != null ? ":" + encode(password) : "") + "@";
        }
        StringBuilder connectionString = new StringBuilder(scheme).append(credentials).append(authority).append('/');
        if (!path.isEmpty()) {
            connectionString.append(path);
        }
        if (!driverOptions.isEmpty()) {
            connectionString.append('?').append(String.join("&", driverOptions));
        }
        return new JdbcUrl(connectionString.toString(), database, settings);
    }

    /** The same URL with the credentials masked, for messages. */
    public String redacted() {
        return connectionString.replaceFirst("://[^@/]*@", "://****@");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "JdbcUrl[" + redacted() + ", database=" + database + "]";
    }
}
