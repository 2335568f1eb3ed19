package io.connectmongodb.driver.internal.uri;

import java.util.Locale;
import java.util.Set;

/**
 * Knows which parts of a connection string are secret and how to hide them: the password, the
 * options {@code tlsCertificateKeyFilePassword} and {@code proxyPassword}, and the
 * {@code AWS_SESSION_TOKEN} mechanism property.
 */
public final class SecretRedaction {
    public static final String MASK = "****";
    private static final Set<String> SECRET_PROPERTIES = Set.of("aws_session_token");

    private SecretRedaction() {
    }

    /** Whether a mechanism property key names a secret. */
    public static boolean isSecretProperty(String key) {
        return SECRET_PROPERTIES.contains(key.toLowerCase(Locale.ROOT));
    }

    /** Masks the values of secret properties in decoded {@code k1:v1,k2:v2} text. */
    public static String redactMechanismProperties(String text) {
        StringBuilder out = new StringBuilder();
        for (String pair : text.split(",", -1)) {
            if (out.length() > 0) {
                out.append(',');
            }
            int colon = pair.indexOf(':');
            if (colon > 0 && isSecretProperty(pair.substring(0, colon))) {
                out.append(pair, 0, colon + 1).append(MASK);
            } else {
                out.append(pair);
            }
        }
        return out.toString();
    }
}
