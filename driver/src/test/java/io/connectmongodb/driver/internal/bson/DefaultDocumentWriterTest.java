package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.testsupport.SpecsDir;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.bson.BsonBinaryWriter;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.Encoder;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.CodeWithScope;
import org.bson.types.Symbol;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.BsonUndefined;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link DefaultDocumentWriter} must give exactly the bytes of the default registry's
 * {@code DocumentCodec}, through {@link StoredDocumentEncoder}, for the benchmark spec data sets
 * and for every value class (those it writes itself and those it hands back to the codec).
 */
class DefaultDocumentWriterTest {
    private static final Encoder<Document> CODEC = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private static final EncoderContext COLLECTIBLE = EncoderContext.builder().isEncodingCollectibleDocument(true).build();

    @Test
    void recognisesOnlyTheDefaultRegistryCodec() {
        assertSame(CODEC, MongoClientSettings.getDefaultCodecRegistry().get(Document.class));
        assertTrue(DefaultDocumentWriter.handles(CODEC));
        assertFalse(DefaultDocumentWriter.handles(new DocumentCodec()));
    }

    @Test
    void writesTheCommonValueClassesItselfWithTheCodecsBytes() {
        Document nested = new Document("a", 1).append("_id", "nested ids stay in place");
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("x", null);
        map.put("y", List.of(1L, "two"));
        Document document = new Document("s", "text é 😀").append("i", 42).append("l", 1L << 40).append("d", 2.5)
                .append("t", true).append("f", false).append("oid", new ObjectId()).append("date", new Date(123456789L))
                .append("dec", Decimal128.parse("1.25")).append("bytes", new byte[] {1, 2, 3})
                .append("bin", new Binary((byte) 0x80, new byte[] {9})).append("uuidBin", new Binary((byte) 4, new byte[16]))
                .append("null", null).append("doc", nested).append("map", map)
                .append("list", new ArrayList<>(List.of(1, "a", new Document("z", 0))))
                .append("set", new LinkedHashSet<>(List.of("p", "q"))).append("empty", new Document())
                .append("min", new MinKey()).append("max", new MaxKey()).append("code", new Code("x()"))
                .append("scope", new CodeWithScope("g(a)", new Document("a", 1).append("n", new Document("b", "c"))))
                .append("symbol", new Symbol("sym")).append("ts", new BsonTimestamp(3, 4))
                .append("regex", new BsonRegularExpression("^a", "mi")).append("undefined", new BsonUndefined())
                .append("_id", 7);
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        assertTrue(DefaultDocumentWriter.write(document, buffer));
        assertArrayEquals(codecBytes(document), Arrays.copyOf(buffer.getInternalBuffer(), buffer.getPosition()));
        assertSameAsCodec(document);
    }

    @Test
    void handsEveryOtherValueClassBackToTheCodec() {
        List<Object> others = List.of(UUID.randomUUID(), 1.5f, (short) 3, 'c', Pattern.compile("a.*"),
                new BsonString("bson"), new BsonInt32(1), new Binary((byte) 2, new byte[] {1}),
                new CodeWithScope("f()", new Document("bad", 1.5f)),
                new java.sql.Timestamp(5L), new java.util.concurrent.atomic.AtomicInteger(4));
        for (Object other : others) {
            Document document = new Document("_id", 1).append("before", "x").append("value", other);
            BasicOutputBuffer buffer = new BasicOutputBuffer();
            assertFalse(DefaultDocumentWriter.write(document, buffer), other.getClass().getName());
            assertSameAsCodecOrSameError(document);
            assertSameAsCodecOrSameError(new Document("_id", 1).append("nested", new Document("value", other)));
            assertSameAsCodecOrSameError(new Document("_id", 1).append("inList", List.of(other)));
        }
    }

    @Test
    void refusedNamesAndNonStringKeysGoThroughTheCodecAndItsErrors() {
        Map<Object, Object> numericKeys = new LinkedHashMap<>();
        numericKeys.put(1, "one");
        assertFalse(DefaultDocumentWriter.write(new Document("m", numericKeys), new BasicOutputBuffer()));
        assertFalse(DefaultDocumentWriter.write(new Document("$set", 1), new BasicOutputBuffer()));
        assertFalse(DefaultDocumentWriter.write(new Document("a", new Document("b\0c", 1)), new BasicOutputBuffer()));
        IllegalArgumentException topLevel = assertThrows(IllegalArgumentException.class,
                () -> StoredDocumentEncoder.encodeInsert("document", new Document("$set", 1), CODEC));
        assertTrue(topLevel.getMessage().contains("$set"), topLevel.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> StoredDocumentEncoder.encodeInsert("document", new Document("a", new Document("b\0c", 1)), CODEC));
        assertTrue(nul.getMessage().contains("b\\0c"), nul.getMessage());
    }

    @Test
    void deepNestingGoesThroughTheCodec() {
        Document root = new Document("_id", 0);
        Document current = root;
        for (int i = 0; i < DefaultDocumentWriter.MAX_DEPTH + 5; i++) {
            Document child = new Document();
            current.append("c", child);
            current = child;
        }
        assertFalse(DefaultDocumentWriter.write(root, new BasicOutputBuffer()));
        assertSameAsCodec(root);
    }

    @Test
    void benchmarkDataSetsEncodeToTheCodecsBytes() throws IOException {
        Path data = SpecsDir.root().resolve("benchmarking").resolve("data");
        Assumptions.assumeTrue(Files.isDirectory(data), "no benchmark spec data at " + data);
        int files = 0;
        int documents = 0;
        int fast = 0;
        for (String archive : List.of("extended_bson.tgz", "single_and_multi_document.tgz")) {
            Map<String, byte[]> entries = TarGz.read(data.resolve(archive));
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().endsWith(".json")) {
                    continue;
                }
                files++;
                String json = new String(entry.getValue(), StandardCharsets.UTF_8).trim();
                List<String> lines = json.startsWith("{") && json.contains("\n{") ? json.lines().toList() : List.of(json);
                for (String line : lines.subList(0, Math.min(lines.size(), 200))) {
                    Document document = Document.parse(line);
                    document.putIfAbsent("_id", new ObjectId());
                    if (DefaultDocumentWriter.write(document, new BasicOutputBuffer())) {
                        fast++;
                    }
                    assertSameAsCodec(document);
                    documents++;
                }
            }
        }
        System.out.println("DefaultDocumentWriterTest: " + files + " data files, " + documents + " documents, "
                + fast + " written without the codec");
        assertTrue(files >= 5, "expected the flat/deep/full and tweet/small/large data files, read " + files);
        assertEquals(documents, fast, "the spec data sets hold only value classes written without the codec");
    }

    private static void assertSameAsCodec(Document document) {
        RawBsonDocument ours = StoredDocumentEncoder.encodeInsert("document", document, CODEC).document();
        byte[] bytes = Arrays.copyOfRange(ours.getByteBuffer().array(), 0, ours.getByteBuffer().remaining());
        assertArrayEquals(codecBytes(document), bytes);
    }

    private static void assertSameAsCodecOrSameError(Document document) {
        byte[] expected;
        try {
            expected = codecBytes(document);
        } catch (RuntimeException codecError) {
            IllegalArgumentException ours = assertThrows(IllegalArgumentException.class,
                    () -> StoredDocumentEncoder.encodeInsert("document", document, CODEC));
            assertTrue(ours.getMessage().contains(codecError.getMessage()), ours.getMessage());
            return;
        }
        RawBsonDocument ours = StoredDocumentEncoder.encodeInsert("document", document, CODEC).document();
        assertEquals(expected.length, ours.getByteBuffer().remaining());
        assertArrayEquals(expected, Arrays.copyOfRange(ours.getByteBuffer().array(), 0, expected.length));
    }

    private static byte[] codecBytes(Document document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            CODEC.encode(writer, document, COLLECTIBLE);
        }
        return buffer.toByteArray();
    }

    /** The files of a .tgz, read in place (ustar: 512-byte headers, octal sizes, 512-byte padding). */
    private static final class TarGz {
        static Map<String, byte[]> read(Path archive) throws IOException {
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
                byte[] header = new byte[512];
                for (int guard = 0; guard < 10_000 && in.readNBytes(header, 0, 512) == 512; guard++) {
                    String name = field(header, 0, 100);
                    if (name.isEmpty()) {
                        break;
                    }
                    long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                    content.write(in.readNBytes((int) size));
                    in.readNBytes((int) ((512 - size % 512) % 512));
                    if (header[156] == '0' || header[156] == 0) {
                        files.put(name, content.toByteArray());
                    }
                }
            }
            return files;
        }

        private static String field(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
        }
    }
}
