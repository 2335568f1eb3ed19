package io.connectmongodb.driver.internal.auth;

import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The credential the connection layer authenticates with: user name, source database, password and
 * the requested SCRAM mechanism (null = negotiate with the server). Built from the public
 * {@code MongoCredential}; only SCRAM is implemented, so every other known mechanism is refused
 * here, before anything is sent, with {@link MongoUnsupportedFeatureException}.
 *
 * <p>The password array is copied in; {@link #clearPassword()} zeroes the copy. {@link #toString()}
 * shows neither the password nor anything derived from it.
 */
public final class AuthCredential {
    private static final Set<String> KNOWN_UNSUPPORTED = Set.of("PLAIN", "GSSAPI", "MONGODB-X509", "MONGODB-AWS",
            "MONGODB-OIDC", "MONGODB-CR");

    private final String username;
    private final String source;
    private final char[] password;
    private final ScramMechanism mechanism;

    private AuthCredential(String username, String source, char[] password, ScramMechanism mechanism) {
        this.username = username;
        this.source = source;
        this.password = password;
        this.mechanism = mechanism;
    }

    /**
     * A SCRAM credential.
     *
     * @param mechanismName {@code SCRAM-SHA-256}, {@code SCRAM-SHA-1}, or null to negotiate
     * @throws IllegalArgumentException          when a field is missing or empty, or the mechanism unknown
     * @throws MongoUnsupportedFeatureException  for a known mechanism other than SCRAM
     */
    public static AuthCredential of(String username, String source, char[] password, String mechanismName) {
        ScramMechanism mechanism = null;
        if (mechanismName != null) {
            mechanism = ScramMechanism.byName(mechanismName);
            if (mechanism == null) {
                if (KNOWN_UNSUPPORTED.contains(mechanismName.toUpperCase(Locale.ROOT))) {
                    throw new MongoUnsupportedFeatureException("authMechanism " + mechanismName.toUpperCase(Locale.ROOT)
                            + " is not supported by this driver; it implements SCRAM-SHA-256 and SCRAM-SHA-1");
                }
                throw new IllegalArgumentException("unknown authMechanism '" + mechanismName
                        + "'; expected SCRAM-SHA-256 or SCRAM-SHA-1");
            }
        }
        if (username == null || username.isEmpty()) {
            throw new IllegalArgumentException("a SCRAM credential needs a non-empty user name");
        }
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("a SCRAM credential needs a non-empty source database");
        }
        if (password == null) {
            throw new IllegalArgumentException("a SCRAM credential needs a password");
        }
        return new AuthCredential(username, source, password.clone(), mechanism);
    }

    public String username() {
        return username;
    }

    public String source() {
        return source;
    }

    /** The requested mechanism, or null to negotiate through {@code saslSupportedMechs}. */
    public ScramMechanism mechanism() {
        return mechanism;
    }

    /** The live password array, for the SCRAM conversation only. */
    char[] passwordChars() {
        return password;
    }

    /** Zeroes this credential's copy of the password; later authentications then fail. */
    public void clearPassword() {
        Arrays.fill(password, '\0');
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AuthCredential)) {
            return false;
        }
        AuthCredential that = (AuthCredential) o;
        return username.equals(that.username) && source.equals(that.source) && mechanism == that.mechanism
                && Arrays.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, source, mechanism);
    }

    @Override
    public String toString() {
        return "AuthCredential[source=" + source + ", mechanism="
                + (mechanism == null ? "negotiated" : mechanism.mechanismName()) + ", password=<hidden>]";
    }
}
