package io.connectmongodb.driver.internal.gridfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClientSettings;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.driver.ReadConcern;
import io.connectmongodb.driver.ReadPreference;
import io.connectmongodb.driver.WriteConcern;
import io.connectmongodb.driver.error.GridFSCorruptFileException;
import io.connectmongodb.driver.error.MongoProtocolException;
import io.connectmongodb.driver.gridfs.GridFSFile;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

/** The chunk reader over canned find/getMore replies from a fake database (a dynamic proxy answering runCommand). */
class ChunkReaderTest {
    private static final BsonInt32 FILE_ID = new BsonInt32(7);
    private static final GridFSFile FILE = new GridFSFile(FILE_ID, "f", 10, 4, new Date(0), null); // chunks of 4, 4, 2

    @Test
    void readsChunksAcrossBatchesAsSlicesOfTheReplies() {
        FakeDatabase database = new FakeDatabase(
                reply(11, "firstBatch", chunk(0, 1, 2, 3, 4), chunk(1, 5, 6, 7, 8)),
                reply(0, "nextBatch", chunk(2, 9, 10)));
        List<ChunkSlice> slices = new ArrayList<>();
        try (ChunkReader reader = reader(database)) {
            for (ChunkSlice slice = reader.next(); slice != null; slice = reader.next()) {
                slices.add(slice);
            }
        }
        assertEquals(3, slices.size());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, data(slices.get(0)));
        assertArrayEquals(new byte[] {5, 6, 7, 8}, data(slices.get(1)));
        assertArrayEquals(new byte[] {9, 10}, data(slices.get(2)));
        assertSame(database.answered.get(0), slices.get(0).bytes(), "chunk data is read in the reply's own array");
        assertSame(database.answered.get(1), slices.get(2).bytes());
        assertEquals(List.of("find", "getMore"), database.commandNames);
        BsonDocument getMore = database.commands.get(1);
        assertEquals(new BsonInt64(11), getMore.get("getMore"));
        assertEquals(new BsonString("fs.chunks"), getMore.get("collection"));
        assertEquals(new BsonInt32(2), getMore.get("batchSize"));
    }

    @Test
    void corruptChunksFailAsBefore() {
        assertCorrupt("chunk 1 of file BsonInt32{value=7} is missing: found chunk BsonInt32{value=2} instead",
                chunk(0, 1, 2, 3, 4), chunk(2, 9, 10));
        assertCorrupt("chunk 2 of file BsonInt32{value=7} is missing (the file has 3 chunks)",
                chunk(0, 1, 2, 3, 4), chunk(1, 5, 6, 7, 8));
        assertCorrupt("chunk 1 of file BsonInt32{value=7} holds 3 bytes, expected 4",
                chunk(0, 1, 2, 3, 4), chunk(1, 5, 6, 7));
        assertCorrupt("chunk 2 of file BsonInt32{value=7} holds 3 bytes, expected 2",
                chunk(0, 1, 2, 3, 4), chunk(1, 5, 6, 7, 8), chunk(2, 9, 10, 11));
        assertCorrupt("chunk 0 of file BsonInt32{value=7} has no binary data",
                new BsonDocument("n", new BsonInt32(0)).append("data", new BsonString("1234")));
        assertCorrupt("chunk 0 of file BsonInt32{value=7} is missing: found chunk null instead",
                new BsonDocument("data", new BsonBinary(new byte[4])));
        assertCorrupt("file BsonInt32{value=7} has an extra chunk BsonInt32{value=3} after its last chunk 2",
                chunk(0, 1, 2, 3, 4), chunk(1, 5, 6, 7, 8), chunk(2, 9, 10), chunk(3, 1));
    }

    @Test
    void legalOdditiesAreReadTheGeneralWay() {
        BsonDocument doubleN = new BsonDocument("n", new BsonDouble(1)).append("data", new BsonBinary(new byte[] {5, 6, 7, 8}));
        BsonDocument oldBinary = new BsonDocument("n", new BsonInt64(2))
                .append("data", new BsonBinary(BsonBinarySubType.OLD_BINARY, new byte[] {9, 10}));
        FakeDatabase database = new FakeDatabase(reply(0, "firstBatch", chunk(0, 1, 2, 3, 4), doubleN, oldBinary));
        try (ChunkReader reader = reader(database)) {
            assertArrayEquals(new byte[] {1, 2, 3, 4}, data(reader.next()));
            assertArrayEquals(new byte[] {5, 6, 7, 8}, data(reader.next()));
            assertArrayEquals(new byte[] {9, 10}, data(reader.next()));
            assertNull(reader.next());
        }
    }

    @Test
    void closingEarlyKillsTheServerCursorOnce() {
        FakeDatabase database = new FakeDatabase(reply(11, "firstBatch", chunk(0, 1, 2, 3, 4)), reply(0, "ok", chunk(0)));
        ChunkReader reader = reader(database);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, data(reader.next()));
        reader.close();
        reader.close();
        assertEquals(List.of("find", "killCursors"), database.commandNames);
        assertEquals(new BsonArray(List.of(new BsonInt64(11))), database.commands.get(1).get("cursors"));
    }

    @Test
    void aReplyWithoutACursorIsAProtocolError() {
        FakeDatabase database = new FakeDatabase(raw(new BsonDocument("ok", new BsonInt32(1))));
        assertThrows(MongoProtocolException.class, () -> reader(database));
    }

    @Test
    void aDownloadStreamWritesTheSlicesThemselves() throws Exception {
        FakeDatabase database = new FakeDatabase(reply(0, "firstBatch", chunk(0, 1, 2, 3, 4), chunk(1, 5, 6, 7, 8), chunk(2, 9, 10)));
        BucketCommands commands = commands(database);
        List<Long> progress = new ArrayList<>();
        try (DownloadStreamImpl stream = new DownloadStreamImpl(commands, FILE, 3, (done, total) -> progress.add(done))) {
            assertEquals(1, stream.read());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(9, stream.transferTo(out));
            assertArrayEquals(new byte[] {2, 3, 4, 5, 6, 7, 8, 9, 10}, out.toByteArray());
            assertEquals(-1, stream.read());
        }
        assertEquals(List.of(4L, 8L, 10L), progress);
    }

    private static void assertCorrupt(String message, BsonDocument... chunks) {
        FakeDatabase database = new FakeDatabase(reply(0, "firstBatch", chunks));
        GridFSCorruptFileException e = assertThrows(GridFSCorruptFileException.class, () -> {
            try (ChunkReader reader = reader(database)) {
                for (int i = 0; i < 5; i++) {
                    reader.next();
                }
            }
        });
        assertEquals(message, e.getMessage());
    }

    private static ChunkReader reader(FakeDatabase database) {
        return new ChunkReader(commands(database), FILE, 0, 2);
    }

    private static BucketCommands commands(FakeDatabase database) {
        return new BucketCommands(database.proxy(), "fs", WriteConcern.DEFAULT, ReadConcern.DEFAULT, ReadPreference.primary());
    }

    private static byte[] data(ChunkSlice slice) {
        return Arrays.copyOfRange(slice.bytes(), slice.offset(), slice.offset() + slice.length());
    }

    private static BsonDocument chunk(int n, int... data) {
        byte[] bytes = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            bytes[i] = (byte) data[i];
        }
        return new BsonDocument("files_id", FILE_ID).append("n", new BsonInt32(n)).append("data", new BsonBinary(bytes));
    }

    private static RawBsonDocument reply(long cursorId, String batchName, BsonDocument... chunks) {
        BsonDocument cursor = new BsonDocument("id", new BsonInt64(cursorId)).append("ns", new BsonString("db.fs.chunks"))
                .append(batchName, new BsonArray(List.of((BsonValue[]) chunks)));
        return raw(new BsonDocument("cursor", cursor).append("ok", new BsonDouble(1)));
    }

    private static RawBsonDocument raw(BsonDocument document) {
        return new RawBsonDocument(document, new BsonDocumentCodec());
    }

    /** Answers each runCommand with the next canned reply and records the commands. */
    private static final class FakeDatabase {
        final Deque<RawBsonDocument> replies;
        final List<BsonDocument> commands = new ArrayList<>();
        final List<String> commandNames = new ArrayList<>();
        final List<byte[]> answered = new ArrayList<>();

        FakeDatabase(RawBsonDocument... replies) {
            this.replies = new ArrayDeque<>(List.of(replies));
        }

        MongoDatabase proxy() {
            return (MongoDatabase) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MongoDatabase.class},
                    (self, method, args) -> switch (method.getName()) {
                        case "getCodecRegistry" -> MongoClientSettings.getDefaultCodecRegistry();
                        case "withCodecRegistry" -> self;
                        case "runCommand" -> answer((BsonDocument) args[0], (Class<?>) args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private Object answer(BsonDocument command, Class<?> resultClass) {
            assertTrue(resultClass == RawBsonDocument.class, "replies are asked for raw");
            commands.add(command);
            commandNames.add(command.getFirstKey());
            if (command.getFirstKey().equals("killCursors")) {
                return raw(new BsonDocument("ok", new BsonDouble(1)));
            }
            RawBsonDocument reply = replies.poll();
            answered.add(reply.getByteBuffer().array());
            return reply;
        }
    }
}
