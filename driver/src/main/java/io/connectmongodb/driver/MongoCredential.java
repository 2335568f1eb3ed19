package io.connectmongodb.driver;

import io.connectmongodb.driver.internal.credential.CredentialRules;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Who to authenticate as: user name, password, the database holding the user (the source), the
 * mechanism ({@code null} = negotiate SCRAM with the server), and mechanism properties.
 *
 * <p>The password is kept as a {@code char[]}; {@link #password()} returns a copy and
 * {@link #clearPassword()} overwrites the stored one. {@code toString()} never shows the password
 * or the {@code AWS_SESSION_TOKEN} property. Instances are checked against the auth spec's
 * per-mechanism rules on creation.
 */
public final class MongoCredential {

    /** The authentication mechanisms of the auth spec. */
    public enum Mechanism {
        SCRAM_SHA_1("SCRAM-SHA-1", false),
        SCRAM_SHA_256("SCRAM-SHA-256", false),
        /**
         * Recognised so that connection strings naming it parse, as the connection-string spec
         * requires; MongoDB 4.0 removed it, so authenticating with it fails with a typed error.
         */
        MONGODB_CR("MONGODB-CR", false),
        PLAIN("PLAIN", false),
        GSSAPI("GSSAPI", true),
        MONGODB_X509("MONGODB-X509", true),
        MONGODB_AWS("MONGODB-AWS", true),
        MONGODB_OIDC("MONGODB-OIDC", true);

        private final String wireName;
        private final boolean external;

        Mechanism(String wireName, boolean external) {
            this.wireName = wireName;
            this.external = external;
        }

        /** The name used on the wire and in {@code authMechanism}, such as {@code SCRAM-SHA-256}. */
        public String wireName() {
            return wireName;
        }

        /** Whether the user lives outside MongoDB, so the source must be {@code $external}. */
        public boolean isExternal() {
            return external;
        }

        /** Finds a mechanism by its wire name, case-insensitively. */
        public static Mechanism fromName(String name) {
            for (Mechanism mechanism : values()) {
                if (mechanism.wireName.equalsIgnoreCase(name)) {
                    return mechanism;
                }
            }
            throw new IllegalArgumentException("unknown authMechanism '" + name + "'; expected one of SCRAM-SHA-1,"
                    + " SCRAM-SHA-256, MONGODB-CR, PLAIN, GSSAPI, MONGODB-X509, MONGODB-AWS, MONGODB-OIDC");
        }
    }

    public static final String EXTERNAL_SOURCE = "$external";
    public static final String DEFAULT_SOURCE = "admin";

    private final Mechanism mechanism;
    private final String username;
    private final String source;
    private final char[] password;
    private final Map<String, String> mechanismProperties;

    private MongoCredential(Mechanism mechanism, String username, String source, char[] password,
            Map<String, String> mechanismProperties) {
        this.mechanism = mechanism;
        this.username = username;
        this.source = source;
        this.password = password;
        this.mechanismProperties = mechanismProperties;
    }

    /**
     * A credential, validated against the auth spec.
     *
     * @param mechanism null to negotiate SCRAM-SHA-256/SCRAM-SHA-1 with the server
     * @param source null for the default: {@code $external} for external mechanisms, else {@code admin}
     * @param password copied; may be null where the mechanism allows it
     * @param mechanismProperties may be null; keys of known properties are matched case-insensitively
     *     and stored in upper case
     * @throws IllegalArgumentException when a field breaks the mechanism's rules
     */
    public static MongoCredential create(Mechanism mechanism, String username, String source, char[] password,
            Map<String, String> mechanismProperties) {
        String effectiveSource = source != null ? source
                : mechanism != null && mechanism.isExternal() ? EXTERNAL_SOURCE : DEFAULT_SOURCE;
        Map<String, String> properties = CredentialRules.normalizeProperties(mechanism, mechanismProperties);
        CredentialRules.check(mechanism, username, effectiveSource, password != null, properties);
        return new MongoCredential(mechanism, username, effectiveSource, password == null ? null : password.clone(),
                Collections.unmodifiableMap(new LinkedHashMap<>(properties)));
    }

    /** A SCRAM credential negotiated with the server (SCRAM-SHA-256 when it supports it). */
    public static MongoCredential scram(String username, String source, char[] password) {
        return create(null, username, source, password, null);
    }

    /** The mechanism, or null when it is negotiated with the server. */
    public Mechanism mechanism() {
        return mechanism;
    }

    /** The mechanism's wire name, or null when it is negotiated. */
    public String mechanismName() {
        return mechanism == null ? null : mechanism.wireName();
    }

    public String username() {
        return username;
    }

    /** The database that holds the user, such as {@code admin} or {@code $external}. */
    public String source() {
        return source;
    }

    /** A copy of the password, or null when none was given. Clear the copy when done with it. */
    public char[] password() {
        return password == null ? null : password.clone();
    }

    public boolean hasPassword() {
        return password != null;
    }

    /** Overwrites the stored password with zeros; later {@link #password()} calls return zeros. */
    public void clearPassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    /** Mechanism properties with upper-case keys, including defaults such as GSSAPI's SERVICE_NAME. */
    public Map<String, String> mechanismProperties() {
        return mechanismProperties;
    }

    /** A property by key, compared case-insensitively, or null. */
    public String mechanismProperty(String key) {
        return mechanismProperties.get(key.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MongoCredential)) {
            return false;
        }
        MongoCredential that = (MongoCredential) o;
        return mechanism == that.mechanism && Objects.equals(username, that.username) && source.equals(that.source)
                && Arrays.equals(password, that.password) && mechanismProperties.equals(that.mechanismProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mechanism, username, source, mechanismProperties);
    }

    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>(mechanismProperties);
        shown.replaceAll((k, v) -> CredentialRules.isSecretProperty(k) ? "****" : v);
        return "MongoCredential{mechanism=" + (mechanism == null ? "negotiated" : mechanism.wireName())
                + ", username=" + username + ", source=" + source
                + ", password=" + (password == null ? "none" : "****")
                + ", mechanismProperties=" + shown + "}";
    }
}
