package io.connectmongodb.driver.internal.wire;

import java.io.ByteArrayOutputStream;

/** Builds byte arrays by hand for golden-byte tests: hex strings (spaces ignored) and little-endian int32s. */
public final class HexBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public static HexBytes start() {
        return new HexBytes();
    }

    public HexBytes hex(String hex) {
        String clean = hex.replace(" ", "");
        for (int i = 0; i < clean.length(); i += 2) {
            out.write(Integer.parseInt(clean.substring(i, i + 2), 16));
        }
        return this;
    }

    public HexBytes int32(int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
        return this;
    }

    public HexBytes ascii(String text) {
        for (char c : text.toCharArray()) {
            out.write(c);
        }
        return this;
    }

    public HexBytes bytes(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toArray() {
        return out.toByteArray();
    }

    /** The built bytes with the int32 at offset 0 replaced by the total length (a message or document). */
    public byte[] withLengthPrefix() {
        byte[] bytes = out.toByteArray();
        int length = bytes.length;
        bytes[0] = (byte) length;
        bytes[1] = (byte) (length >>> 8);
        bytes[2] = (byte) (length >>> 16);
        bytes[3] = (byte) (length >>> 24);
        return bytes;
    }
}
