package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.error.MongoConfigurationException;

/**
 * The decoded user name and password of a connection string's user information.
 *
 * <p>Parsing follows the connection string spec: the password is everything after the first
 * {@code :}; an {@code @}, a second {@code :} or a {@code %} that is not a valid escape is an
 * error telling the user to percent-encode. Other characters must be RFC 3986 {@code userinfo}
 * characters (unreserved, sub-delims or percent-encoded); non-ASCII letters are tolerated.
 * Messages never include the user information itself.
 *
 * @param username the decoded user name (may be empty: credential rules reject that later)
 * @param password the decoded password, or null when there was no {@code :}
 */
public record UserInfo(String username, char[] password) {
    private static final String ALLOWED_ASCII_PUNCTUATION = "-._~!$&'()*+,;=:%";
    private static final String ENCODE_HINT = "; the username and password must be percent-encoded (RFC 3986)";

    public static UserInfo parse(String raw) {
        if (raw.indexOf('@') >= 0) {
            throw new MongoConfigurationException("the user information contains an unescaped '@'" + ENCODE_HINT);
        }
        int colon = raw.indexOf(':');
        if (colon >= 0 && raw.indexOf(':', colon + 1) >= 0) {
            throw new MongoConfigurationException("the user information contains more than one ':'" + ENCODE_HINT);
        }
        if (!PercentDecoder.hasValidEscapes(raw)) {
            throw new MongoConfigurationException("the user information contains a '%' that is not a valid escape"
                    + ENCODE_HINT);
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean allowed = c > 127 ? !Character.isISOControl(c) && !Character.isWhitespace(c)
                    : Character.isLetterOrDigit(c) || ALLOWED_ASCII_PUNCTUATION.indexOf(c) >= 0;
            if (!allowed) {
                throw new MongoConfigurationException("the user information contains a character that must be"
                        + " percent-encoded" + ENCODE_HINT);
            }
        }
        String username = PercentDecoder.decode(colon < 0 ? raw : raw.substring(0, colon), "the username");
        char[] password = colon < 0 ? null
                : PercentDecoder.decode(raw.substring(colon + 1), "the password").toCharArray();
        return new UserInfo(username, password);
    }

    @Override
    public String toString() {
        return "UserInfo{username=" + username + ", password=" + (password == null ? "none" : "****") + "}";
    }
}
