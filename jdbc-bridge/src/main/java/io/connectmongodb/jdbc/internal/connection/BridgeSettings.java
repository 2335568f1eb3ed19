package io.connectmongodb.jdbc.internal.connection;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The validated values of the {@link BridgeProperty bridge properties} for one connection. Properties given as
 * {@link Properties} override the same key in the URL.
 */
public record BridgeSettings(int sampleSize, Duration schemaCacheTtl, int fetchSize, boolean readOnly, String defaultDatabase) {

    static BridgeSettings from(Map<BridgeProperty, String> fromUrl, Properties info) throws SQLException {
        return new BridgeSettings(
                positiveInt(BridgeProperty.SAMPLE_SIZE, value(BridgeProperty.SAMPLE_SIZE, fromUrl, info), 1),
                Duration.ofSeconds(positiveInt(BridgeProperty.SCHEMA_CACHE_TTL_SECONDS,
                        value(BridgeProperty.SCHEMA_CACHE_TTL_SECONDS, fromUrl, info), 0)),
                positiveInt(BridgeProperty.FETCH_SIZE, value(BridgeProperty.FETCH_SIZE, fromUrl, info), 0),
                bool(BridgeProperty.READ_ONLY, value(BridgeProperty.READ_ONLY, fromUrl, info)),
                value(BridgeProperty.DATABASE, fromUrl, info));
    }

    static String value(BridgeProperty property, Map<BridgeProperty, String> fromUrl, Properties info) {
        if (info != null) {
            for (String name : info.stringPropertyNames()) {
                if (name.equalsIgnoreCase(property.key())) {
                    return info.getProperty(name);
                }
            }
        }
        String value = fromUrl.get(property);
        return value != null ? value : property.defaultValue();
    }

    private static int positiveInt(BridgeProperty property, String value, int minimum) throws SQLException {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= minimum) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SQLException("Connection property " + property.key() + " must be an integer >= " + minimum + ", got '"
                + value + "'", "HY024");
    }

    private static boolean bool(BridgeProperty property, String value) throws SQLException {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new SQLException("Connection property " + property.key() + " must be true or false, got '" + value + "'", "HY024");
    }
}
