package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.MongoCredential;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.List;
import java.util.Map;

/**
 * Builds the value objects a connection string implies from its options: the credential, the
 * read preference, the write concern and the read concern. Each returns null when the string
 * does not mention it. Invalid combinations (tags with mode primary, w:0 with journal=true, a
 * credential that breaks its mechanism's rules) become {@link MongoConfigurationException}s.
 */
public final class UriSettingsFactory {
    private UriSettingsFactory() {
    }

    /**
     * The credential: created when the string has user information or an {@code authMechanism}
     * (a database or {@code authSource} alone does not ask for authentication). The default
     * source is {@code authSource}, else the database of the path, else {@code admin}; external
     * mechanisms default to {@code $external} (PLAIN: the path database, else {@code $external}).
     */
    public static MongoCredential credential(UserInfo userInfo, String database, OptionValues options) {
        String mechanismName = options.string(UriOption.AUTH_MECHANISM);
        if (userInfo == null && mechanismName == null) {
            return null;
        }
        try {
            MongoCredential.Mechanism mechanism = mechanismName == null ? null : MongoCredential.Mechanism.fromName(mechanismName);
            String source = options.string(UriOption.AUTH_SOURCE);
            if (source == null) {
                source = defaultSource(mechanism, database);
            }
            String username = userInfo == null ? null : userInfo.username();
            char[] password = userInfo == null ? null : userInfo.password();
            return MongoCredential.create(mechanism, username, source, password,
                    options.keyValues(UriOption.AUTH_MECHANISM_PROPERTIES));
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
    }

    private static String defaultSource(MongoCredential.Mechanism mechanism, String database) {
        if (mechanism == MongoCredential.Mechanism.PLAIN) {
            return database != null ? database : MongoCredential.EXTERNAL_SOURCE;
        }
        if (mechanism != null && mechanism.isExternal()) {
            return MongoCredential.EXTERNAL_SOURCE;
        }
        return database != null ? database : MongoCredential.DEFAULT_SOURCE;
    }

    /** The read preference from readPreference, readPreferenceTags and maxStalenessSeconds. */
    public static ReadPreference readPreference(OptionValues options) {
        String mode = options.string(UriOption.READ_PREFERENCE);
        List<Map<String, String>> tagSets = options.tagSets(UriOption.READ_PREFERENCE_TAGS);
        Integer maxStaleness = options.integer(UriOption.MAX_STALENESS_SECONDS);
        if (mode == null && tagSets == null && maxStaleness == null) {
            return null;
        }
        try {
            ReadPreference.Mode parsedMode = mode == null ? ReadPreference.Mode.PRIMARY : ReadPreference.Mode.fromName(mode);
            return ReadPreference.of(parsedMode, tagSets, maxStaleness == null ? null : maxStaleness.longValue());
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
    }

    /** The write concern from w, journal and wTimeoutMS. */
    public static WriteConcern writeConcern(OptionValues options) {
        Object w = options.get(UriOption.W);
        Boolean journal = options.bool(UriOption.JOURNAL);
        Long wTimeoutMS = options.longValue(UriOption.W_TIMEOUT_MS);
        if (w == null && journal == null && wTimeoutMS == null) {
            return null;
        }
        try {
            return WriteConcern.of(w, journal, wTimeoutMS);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
    }

    /** The read concern from readConcernLevel. */
    public static ReadConcern readConcern(OptionValues options) {
        String level = options.string(UriOption.READ_CONCERN_LEVEL);
        if (level == null) {
            return null;
        }
        try {
            return ReadConcern.of(level);
        } catch (IllegalArgumentException e) {
            throw configurationError(e);
        }
    }

    private static MongoConfigurationException configurationError(IllegalArgumentException e) {
        if (e instanceof MongoConfigurationException) {
            return (MongoConfigurationException) e;
        }
        return new MongoConfigurationException("invalid connection string: " + e.getMessage(), e);
    }
}
