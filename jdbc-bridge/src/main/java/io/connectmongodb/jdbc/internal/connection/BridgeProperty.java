package io.connectmongodb.jdbc.internal.connection;

import java.sql.DriverPropertyInfo;
import java.util.Locale;
import java.util.Optional;

/**
 * The bridge's own connection properties. They may be given as URL query options or as {@link java.util.Properties}
 * (Properties win); they are removed from the URL before the rest is handed to the driver, so every other option is the
 * driver's.
 */
public enum BridgeProperty {

    USER("user", null, "User name; put into the connection string's credentials when the URL has none."),
    PASSWORD("password", null, "Password for the user; never logged or shown in messages."),
    DATABASE("database", "test", "Database used when the URL path names none."),
    SAMPLE_SIZE("sampleSize", "100", "Documents sampled per collection (half newest, half oldest) to infer columns."),
    SCHEMA_CACHE_TTL_SECONDS("schemaCacheTtlSeconds", "300", "How long an inferred collection schema is reused, in seconds."),
    FETCH_SIZE("fetchSize", "0", "Default fetch size of statements: the cursor batch size (0 = server default)."),
    READ_ONLY("readOnly", "false", "Open connections read-only: INSERT, UPDATE, DELETE and write commands are refused.");

    private final String key;
    private final String defaultValue;
    private final String description;

    BridgeProperty(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public static Optional<BridgeProperty> byKey(String key) {
        for (BridgeProperty property : values()) {
            if (property.key.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(property);
            }
        }
        return Optional.empty();
    }

    /** The description a tool shows for this property; {@code value} is the current value, or null. */
    public DriverPropertyInfo info(String value) {
        DriverPropertyInfo info = new DriverPropertyInfo(key, this == PASSWORD ? null : (value != null ? value : defaultValue));
        info.description = description;
        info.required = false;
        if (this == READ_ONLY) {
            info.choices = new String[] {"true", "false"};
        }
        return info;
    }
}
