package io.connectmongodb.driver.internal.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * UTF-8 encoding of a {@code char[]} secret without an intermediate {@link String}, so the only
 * copies are byte arrays that the caller can zero. Malformed input (a lone surrogate) is rejected
 * rather than replaced, because a silently altered password would fail in confusing ways.
 */
final class Utf8 {
    private Utf8() {
    }

    static byte[] encode(char[] chars) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer;
        try {
            buffer = encoder.encode(CharBuffer.wrap(chars));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not valid UTF-16 (it contains a lone surrogate)");
        }
        byte[] result = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return result;
    }
}
