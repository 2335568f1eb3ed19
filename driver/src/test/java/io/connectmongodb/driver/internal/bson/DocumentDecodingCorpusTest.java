package io.connectmongodb.driver.internal.bson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.testsupport.SpecsDir;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link BsonDecoding} with the default {@code Document} codec gives exactly the codec's
 * result (or its exception) on the BSON corpus and on the driver benchmark data sets.
 */
class DocumentDecodingCorpusTest {
    private static final Codec<Document> DEFAULT = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void everyValidCorpusDocumentDecodesAsTheCodecDoes() throws IOException {
        Path dir = SpecsDir.resolve("bson-corpus/tests");
        List<Path> files = SpecsDir.jsonFiles(dir);
        if (files.isEmpty()) {
            Assumptions.abort("no BSON corpus at " + dir);
        }
        int cases = 0;
        int readInPlace = 0;
        int nested = 0;
        for (Path file : files) {
            BsonDocument suite = BsonDocument.parse(Files.readString(file));
            for (BsonValue test : suite.getArray("valid", new BsonArray())) {
                for (String key : List.of("canonical_bson", "degenerate_bson")) {
                    if (!test.asDocument().containsKey(key)) {
                        continue;
                    }
                    String name = file.getFileName() + ": " + test.asDocument().getString("description").getValue() + " (" + key + ")";
                    byte[] bytes = HEX.parseHex(test.asDocument().getString(key).getValue());
                    RawBsonDocument raw = new RawBsonDocument(bytes);
                    assertSameAsCodec(raw, name);
                    if (DocumentBytesReader.readOrNull(bytes, 0, bytes.length) != null) {
                        readInPlace++;
                    }
                    assertSameAsCodec(nestedInArraysAndDocuments(raw), name + " nested");
                    nested++;
                    cases++;
                }
            }
        }
        System.out.println("BSON corpus: " + files.size() + " files, " + cases + " valid documents (" + readInPlace
                + " read in place, the rest by the codec), " + nested + " nested variants");
        assertTrue(readInPlace > cases * 9 / 10, "most corpus documents are read in place: " + readInPlace + " of " + cases);
    }

    @Test
    void corpusDecodeErrorsFailOrSucceedAsTheCodecDoes() throws IOException {
        Path dir = SpecsDir.resolve("bson-corpus/tests");
        List<Path> files = SpecsDir.jsonFiles(dir);
        if (files.isEmpty()) {
            Assumptions.abort("no BSON corpus at " + dir);
        }
        int cases = 0;
        for (Path file : files) {
            BsonDocument suite = BsonDocument.parse(Files.readString(file));
            for (BsonValue test : suite.getArray("decodeErrors", new BsonArray())) {
                byte[] bytes = HEX.parseHex(test.asDocument().getString("bson").getValue());
                if (bytes.length < 5) {
                    continue; // a RawBsonDocument cannot even be made of it
                }
                RawBsonDocument raw = new RawBsonDocument(bytes, 0, bytes.length);
                String expected = outcome(() -> raw.decode(DEFAULT));
                String actual = outcome(() -> BsonDecoding.decode(raw, DEFAULT));
                assertEquals(expected, actual, file.getFileName() + ": " + test.asDocument().getString("description").getValue());
                cases++;
            }
        }
        System.out.println("BSON corpus decode errors: " + files.size() + " files, " + cases + " cases compared");
    }

    @Test
    void benchmarkDataSetsDecodeAsTheCodecDoes() throws IOException {
        Path data = SpecsDir.resolve("benchmarking/data");
        List<Path> archives = List.of(data.resolve("extended_bson.tgz"), data.resolve("single_and_multi_document.tgz"));
        if (!Files.isRegularFile(archives.get(0)) || !Files.isRegularFile(archives.get(1))) {
            Assumptions.abort("no benchmark data sets under " + data);
        }
        int documents = 0;
        for (Path archive : archives) {
            for (Map.Entry<String, String> json : jsonEntries(archive).entrySet()) {
                RawBsonDocument raw = new RawBsonDocument(BsonDocument.parse(json.getValue()), new BsonDocumentCodec());
                byte[] bytes = DocumentBytesReaderTest.bytes(raw);
                assertNotNull(DocumentBytesReader.readOrNull(bytes, 0, bytes.length), json.getKey() + " is read in place");
                assertSameAsCodec(raw, json.getKey());
                documents++;
            }
        }
        System.out.println("benchmark data: " + documents + " documents compared");
        assertEquals(6, documents);
    }

    private static void assertSameAsCodec(RawBsonDocument raw, String name) {
        Document expected = raw.decode(DEFAULT);
        Document actual = BsonDecoding.decode(raw, DEFAULT);
        assertEquals(expected, actual, name);
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(actual.keySet()), name + " key order");
        assertEquals(Document.class, actual.getClass(), name);
        byte[] bytes = DocumentBytesReaderTest.bytes(raw);
        assertEquals(expected, BsonDecoding.decode(bytes, 0, DEFAULT), name + " from bytes");
    }

    /** {@code {arr: [doc, each value of doc], sub: {inner: doc}}}, so every value also appears nested. */
    private static RawBsonDocument nestedInArraysAndDocuments(RawBsonDocument raw) {
        BsonArray array = new BsonArray();
        array.add(raw);
        array.addAll(raw.values());
        BsonDocument wrapper = new BsonDocument("arr", array).append("sub", new BsonDocument("inner", raw));
        return new RawBsonDocument(wrapper, new BsonDocumentCodec());
    }

    private static String outcome(java.util.function.Supplier<Document> decode) {
        try {
            return "result " + decode.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** The {@code .json} entries of a {@code .tgz} (ustar: 512-byte headers, data padded to 512). */
    private static Map<String, String> jsonEntries(Path archive) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive), 1 << 16)) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
                long padded = (size + 511) / 512 * 512;
                if (name.endsWith(".json")) {
                    byte[] content = in.readNBytes((int) size);
                    entries.put(name, new String(content, StandardCharsets.UTF_8));
                    in.skipNBytes(padded - size);
                } else {
                    in.skipNBytes(padded);
                }
            }
        }
        return entries;
    }
}
