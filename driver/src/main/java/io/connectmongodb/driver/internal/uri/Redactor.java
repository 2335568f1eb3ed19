package io.connectmongodb.driver.internal.uri;

/**
 * Rebuilds a connection string from its raw parts with the secrets masked: the password
 * becomes {@code ****}, as do the values of {@code tlsCertificateKeyFilePassword},
 * {@code proxyPassword} and the {@code AWS_SESSION_TOKEN} mechanism property.
 */
final class Redactor {
    private Redactor() {
    }

    static String redact(UriParts parts) {
        StringBuilder out = new StringBuilder(parts.srv() ? ConnectionStringTokenizer.SRV_SCHEME : ConnectionStringTokenizer.SCHEME);
        if (parts.userInfo() != null) {
            int colon = parts.userInfo().indexOf(':');
            out.append(colon < 0 ? parts.userInfo() : parts.userInfo().substring(0, colon) + ":" + SecretRedaction.MASK);
            out.append('@');
        }
        out.append(parts.hostInfo());
        if (parts.path() != null || !parts.options().isEmpty()) {
            out.append('/');
        }
        if (parts.path() != null) {
            out.append(parts.path());
        }
        char separator = '?';
        for (UriParts.RawOption option : parts.options()) {
            out.append(separator).append(option.key()).append('=').append(redactValue(option));
            separator = '&';
        }
        return out.toString();
    }

    private static String redactValue(UriParts.RawOption option) {
        UriOption known = UriOption.byName(option.key());
        if (known == null && !PercentDecoder.hasValidEscapes(option.key())) {
            return SecretRedaction.MASK;
        }
        if (known == null) {
            known = UriOption.byName(PercentDecoder.decode(option.key(), "an option key"));
        }
        if (known != null && known.isSecret()) {
            return SecretRedaction.MASK;
        }
        if (known == UriOption.AUTH_MECHANISM_PROPERTIES && PercentDecoder.hasValidEscapes(option.value())) {
            String decoded = PercentDecoder.decode(option.value(), "authMechanismProperties");
            String redacted = SecretRedaction.redactMechanismProperties(decoded);
            return redacted.equals(decoded) ? option.value() : redacted;
        }
        return option.value();
    }
}
