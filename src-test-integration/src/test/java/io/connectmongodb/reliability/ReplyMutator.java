package io.connectmongodb.reliability;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Corrupts a well-formed OP_MSG reply the ways a broken or hostile server could: bit flips,
 * truncation (with and without a matching header), huge/negative/zero lengths in the header, in a
 * BSON length prefix or in a section size, a wrong responseTo, an unknown section kind or flag
 * bits, malformed BSON (random type bytes, overwritten bytes, bad boolean values, broken
 * terminators), extra trailing bytes, or entirely random bytes. One case draws one or two
 * mutations from its own seeded random, so a case is replayed exactly from its seed.
 */
final class ReplyMutator {
    static final String[] KINDS = {"bitFlips", "truncate", "truncateKeepHeader", "headerLength", "bsonLength",
            "sectionSize", "responseTo", "sectionKind", "flagBits", "bsonTypeByte", "overwriteBytes",
            "trailingBytes", "randomBytes", "intact"};
    private static final int[] EXTREME_INTS = {0, 1, -1, 4, 5, 15, 16, 17, 21, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE - 3, 48_000_000, 48_000_001, 16 * 1024 * 1024 + 1, 0x7FFF_FFF0, -16};

    private ReplyMutator() {
    }

    /** The mutated copy of {@code reply}; {@code kind[0]} receives the mutation's name. */
    static byte[] mutate(byte[] reply, SplittableRandom random, String[] kind) {
        byte[] out = reply.clone();
        int rounds = random.nextInt(10) < 8 ? 1 : 2;
        StringBuilder names = new StringBuilder();
        for (int r = 0; r < rounds; r++) {
            String name = KINDS[random.nextInt(KINDS.length)];
            names.append(r == 0 ? "" : "+").append(name);
            out = apply(name, out, random);
        }
        kind[0] = names.toString();
        return out;
    }

    private static byte[] apply(String name, byte[] in, SplittableRandom random) {
        byte[] out = in;
        switch (name) {
            case "bitFlips": {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips && out.length > 0; i++) {
                    int at = random.nextInt(out.length);
                    out[at] ^= (byte) (1 << random.nextInt(8));
                }
                return out;
            }
            case "truncate":
                return Arrays.copyOf(out, random.nextInt(out.length + 1));
            case "truncateKeepHeader": {
                byte[] cut = Arrays.copyOf(out, Math.max(16, random.nextInt(out.length + 1)));
                writeInt(cut, 0, cut.length);
                return cut;
            }
            case "headerLength":
                writeInt(out, 0, extreme(random));
                return out;
            case "bsonLength": // the body's length prefix sits after header (16), flags (4) and kind (1)
                if (out.length >= 25) {
                    writeInt(out, 21, random.nextBoolean() ? extreme(random) : readInt(out, 21) + random.nextInt(9) - 4);
                }
                return out;
            case "sectionSize": { // an int somewhere in the body: often a nested length or a section size
                if (out.length >= 25) {
                    writeInt(out, 21 + random.nextInt(out.length - 24), extreme(random));
                }
                return out;
            }
            case "responseTo":
                if (out.length >= 12) {
                    writeInt(out, 8, readInt(out, 8) + 1 + random.nextInt(1000));
                }
                return out;
            case "sectionKind":
                if (out.length > 20) {
                    out[20] = (byte) (2 + random.nextInt(254));
                }
                return out;
            case "flagBits":
                if (out.length >= 20) {
                    writeInt(out, 16, 1 << random.nextInt(32));
                }
                return out;
            case "bsonTypeByte": { // replace one byte in the body with a BSON type code (valid or not)
                if (out.length > 25) {
                    int[] types = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x07, 0x08, 0x0A, 0x0B, 0x0C, 0x0D, 0x0F, 0x10,
                            0x11, 0x12, 0x13, 0x14, 0x7F, 0xFF, 0x80, 0x06, 0x0E, 0x09};
                    out[25 + random.nextInt(out.length - 25)] = (byte) types[random.nextInt(types.length)];
                }
                return out;
            }
            case "overwriteBytes": {
                if (out.length > 21) {
                    int start = 21 + random.nextInt(out.length - 21);
                    int count = 1 + random.nextInt(Math.min(16, out.length - start));
                    for (int i = 0; i < count; i++) {
                        out[start + i] = (byte) random.nextInt(256);
                    }
                }
                return out;
            }
            case "trailingBytes": {
                byte[] longer = Arrays.copyOf(out, out.length + 1 + random.nextInt(32));
                for (int i = out.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                if (random.nextBoolean() && longer.length >= 4) {
                    writeInt(longer, 0, longer.length);
                }
                return longer;
            }
            case "randomBytes": {
                byte[] noise = new byte[random.nextInt(256)];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = (byte) random.nextInt(256);
                }
                if (noise.length >= 16 && random.nextBoolean()) {
                    writeInt(noise, 0, noise.length); // a plausible header in front of garbage
                    writeInt(noise, 12, 2013);
                }
                return noise;
            }
            default:
                return out;
        }
    }

    private static int extreme(SplittableRandom random) {
        return random.nextInt(4) == 0 ? random.nextInt() : EXTREME_INTS[random.nextInt(EXTREME_INTS.length)];
    }

    static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    static void writeInt(byte[] b, int at, int value) {
        if (at < 0 || at + 4 > b.length) {
            return;
        }
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
        b[at + 3] = (byte) (value >>> 24);
    }
}
