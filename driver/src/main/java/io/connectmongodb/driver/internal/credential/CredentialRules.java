package io.connectmongodb.driver.internal.credential;

import io.connectmongodb.driver.MongoCredential;
import io.connectmongodb.driver.MongoCredential.Mechanism;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The auth spec's per-mechanism rules for a credential, checked when it is created so that bad
 * input fails before anything is sent:
 *
 * <ul>
 *   <li>negotiated, SCRAM-SHA-1/256, MONGODB-CR, PLAIN: a non-empty user name; PLAIN and an
 *       explicit mechanism also need a password; no mechanism properties;</li>
 *   <li>GSSAPI: a user name, source {@code $external}; properties SERVICE_NAME (default
 *       {@code mongodb}), CANONICALIZE_HOST_NAME ({@code none}, {@code forward},
 *       {@code forwardAndReverse}, or legacy {@code true}/{@code false}), SERVICE_REALM, SERVICE_HOST;</li>
 *   <li>MONGODB-X509: no password, source {@code $external};</li>
 *   <li>MONGODB-AWS: user name and password together or not at all, AWS_SESSION_TOKEN only with
 *       both, source {@code $external};</li>
 *   <li>MONGODB-OIDC: no password, source {@code $external}, an ENVIRONMENT of {@code test},
 *       {@code azure}, {@code gcp} or {@code k8s}; TOKEN_RESOURCE is required for azure and gcp and
 *       allowed only there; a user name is allowed only for azure.</li>
 * </ul>
 * Messages never include the password or secret properties.
 */
public final class CredentialRules {
    private static final Map<Mechanism, Set<String>> ALLOWED_PROPERTIES = Map.of(
            Mechanism.GSSAPI, Set.of("SERVICE_NAME", "CANONICALIZE_HOST_NAME", "SERVICE_REALM", "SERVICE_HOST"),
            Mechanism.MONGODB_AWS, Set.of("AWS_SESSION_TOKEN"),
            Mechanism.MONGODB_OIDC, Set.of("ENVIRONMENT", "TOKEN_RESOURCE"));
    private static final List<String> CANONICALIZE_VALUES = List.of("none", "forward", "forwardAndReverse", "true", "false");
    private static final List<String> OIDC_ENVIRONMENTS = List.of("test", "azure", "gcp", "k8s");

    private CredentialRules() {
    }

    /** Whether a property holds a secret that must never be shown. */
    public static boolean isSecretProperty(String key) {
        return "AWS_SESSION_TOKEN".equalsIgnoreCase(key);
    }

    /** Upper-cases the keys and adds defaults (GSSAPI's SERVICE_NAME); rejects unknown keys. */
    public static Map<String, String> normalizeProperties(Mechanism mechanism, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> allowed = mechanism == null ? Set.of() : ALLOWED_PROPERTIES.getOrDefault(mechanism, Set.of());
        if (given != null) {
            for (Map.Entry<String, String> entry : given.entrySet()) {
                String key = entry.getKey().toUpperCase(Locale.ROOT);
                if (!allowed.contains(key)) {
                    throw new IllegalArgumentException("authMechanismProperties key '" + entry.getKey()
                            + "' is not supported for mechanism " + name(mechanism)
                            + (allowed.isEmpty() ? " (it takes no properties)" : "; supported keys: " + allowed));
                }
                out.put(key, entry.getValue());
            }
        }
        if (mechanism == Mechanism.GSSAPI) {
            out.putIfAbsent("SERVICE_NAME", "mongodb");
        }
        return out;
    }

    public static void check(Mechanism mechanism, String username, String source, boolean hasPassword,
            Map<String, String> properties) {
        if (source == null || source.isEmpty()) {
            throw new IllegalArgumentException("the authentication source (authSource) must not be empty");
        }
        if (mechanism == null || mechanism == Mechanism.SCRAM_SHA_1 || mechanism == Mechanism.SCRAM_SHA_256
                || mechanism == Mechanism.MONGODB_CR || mechanism == Mechanism.PLAIN) {
            requireUsername(mechanism, username);
            if (mechanism != null && !hasPassword) {
                throw new IllegalArgumentException("mechanism " + name(mechanism) + " requires a password");
            }
            return;
        }
        if (!MongoCredential.EXTERNAL_SOURCE.equals(source)) {
            throw new IllegalArgumentException("mechanism " + name(mechanism) + " requires authSource $external");
        }
        switch (mechanism) {
            case GSSAPI:
                requireUsername(mechanism, username);
                checkChoice("CANONICALIZE_HOST_NAME", properties.get("CANONICALIZE_HOST_NAME"), CANONICALIZE_VALUES);
                break;
            case MONGODB_X509:
                forbidPassword(mechanism, hasPassword);
                break;
            case MONGODB_AWS:
                if ((username != null) != hasPassword) {
                    throw new IllegalArgumentException("mechanism MONGODB-AWS needs both a username and a password,"
                            + " or neither");
                }
                if (username == null && properties.containsKey("AWS_SESSION_TOKEN")) {
                    throw new IllegalArgumentException("AWS_SESSION_TOKEN requires a username and password");
                }
                break;
            case MONGODB_OIDC:
                checkOidc(username, hasPassword, properties);
                break;
            default:
                throw new IllegalStateException("unhandled mechanism " + mechanism);
        }
    }

    private static void checkOidc(String username, boolean hasPassword, Map<String, String> properties) {
        forbidPassword(Mechanism.MONGODB_OIDC, hasPassword);
        String environment = properties.get("ENVIRONMENT");
        if (environment == null) {
            throw new IllegalArgumentException("mechanism MONGODB-OIDC requires the ENVIRONMENT property"
                    + " (test, azure, gcp or k8s) in a connection string");
        }
        checkChoice("ENVIRONMENT", environment, OIDC_ENVIRONMENTS);
        boolean tokenResourceEnvironment = environment.equals("azure") || environment.equals("gcp");
        boolean hasTokenResource = properties.containsKey("TOKEN_RESOURCE");
        if (tokenResourceEnvironment && !hasTokenResource) {
            throw new IllegalArgumentException("MONGODB-OIDC environment " + environment + " requires TOKEN_RESOURCE");
        }
        if (!tokenResourceEnvironment && hasTokenResource) {
            throw new IllegalArgumentException("TOKEN_RESOURCE is not used by MONGODB-OIDC environment " + environment);
        }
        if (username != null && !environment.equals("azure")) {
            throw new IllegalArgumentException("MONGODB-OIDC environment " + environment + " does not take a username");
        }
    }

    private static void requireUsername(Mechanism mechanism, String username) {
        if (username == null || username.isEmpty()) {
            throw new IllegalArgumentException("mechanism " + name(mechanism) + " requires a non-empty username");
        }
    }

    private static void forbidPassword(Mechanism mechanism, boolean hasPassword) {
        if (hasPassword) {
            throw new IllegalArgumentException("mechanism " + name(mechanism) + " does not take a password");
        }
    }

    private static void checkChoice(String key, String value, List<String> choices) {
        if (value != null && !choices.contains(value)) {
            throw new IllegalArgumentException("mechanism property " + key + " has the unsupported value '" + value
                    + "'; expected one of " + choices);
        }
    }

    private static String name(Mechanism mechanism) {
        return mechanism == null ? "(default SCRAM)" : mechanism.wireName();
    }
}
