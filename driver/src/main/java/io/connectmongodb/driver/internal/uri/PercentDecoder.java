package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.error.MongoConfigurationException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict percent-decoding of connection string parts (RFC 3986 section 2.1).
 *
 * <p>Every {@code %} must be followed by two hex digits; the decoded bytes must form valid UTF-8.
 * Characters that are not percent-encoded are kept as they are ({@code +} is not a space). Error
 * messages name the part, never its value, because the part may be a password.
 */
public final class PercentDecoder {
    private PercentDecoder() {
    }

    /** Whether every {@code %} in {@code text} starts a valid {@code %XX} escape. */
    public static boolean hasValidEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= text.length() || hexValue(text.charAt(i + 1)) < 0 || hexValue(text.charAt(i + 2)) < 0) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    /**
     * Decodes {@code text}.
     *
     * @param partName what is being decoded, for the error message (for example "the username")
     * @throws MongoConfigurationException for a bad escape or bytes that are not UTF-8
     */
    public static String decode(String text, String partName) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        if (!hasValidEscapes(text)) {
            throw new MongoConfigurationException(partName + " contains a '%' that does not start a valid percent-encoded"
                    + " byte (%XX); reserved characters must be percent-encoded");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                bytes.write(hexValue(text.charAt(i + 1)) * 16 + hexValue(text.charAt(i + 2)));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MongoConfigurationException(partName + " is percent-encoded but does not decode to valid UTF-8");
        }
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
