package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.connectmongodb.driver.MongoCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** first, into, map, stream (closing on close and at the end) and batchSize over a stubbed find. */
class IterableTest {
    private final ClientTestSupport t = new ClientTestSupport();

    private static final String OPEN_CURSOR = "{cursor: {id: NumberLong(7), ns: 'db.c', firstBatch: [{_id: 1}, {_id: 2}]}}";
    private static final String LAST_BATCH = "{cursor: {id: NumberLong(0), ns: 'db.c', nextBatch: [{_id: 3}]}}";

    @Test
    void streamReadToTheEndClosesWithoutKillCursors() {
        t.source.reply(OPEN_CURSOR).reply(LAST_BATCH);
        List<Integer> ids;
        try (Stream<Document> stream = t.collection.find().batchSize(2).stream()) {
            ids = stream.map(d -> d.getInteger("_id")).collect(Collectors.toList());
        }
        assertEquals(List.of(1, 2, 3), ids);
        assertEquals(List.of("find", "getMore"), t.source.sent().stream().map(s -> s.name()).toList());
    }

    @Test
    void closingAnAbandonedStreamKillsTheCursor() {
        t.source.reply(OPEN_CURSOR).reply("{cursorsKilled: [NumberLong(7)]}");
        try (Stream<Document> stream = t.collection.find().stream()) {
            assertEquals(1, stream.findFirst().orElseThrow().getInteger("_id"));
        }
        assertEquals(List.of("find", "killCursors"), t.source.sent().stream().map(s -> s.name()).toList());
    }

    @Test
    void mapAndInto() {
        t.source.reply(OPEN_CURSOR).reply(LAST_BATCH);
        List<Integer> ids = t.collection.find().map(d -> d.getInteger("_id")).into(new ArrayList<>());
        assertEquals(List.of(1, 2, 3), ids);
    }

    @Test
    void firstOfNothingIsNull() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR);
        assertNull(t.collection.find().first());
    }

    @Test
    void eachIterationRunsTheQueryAgain() {
        t.source.reply(ClientTestSupport.EMPTY_CURSOR).reply(ClientTestSupport.EMPTY_CURSOR);
        var iterable = t.collection.find();
        iterable.into(new ArrayList<>());
        try (MongoCursor<Document> cursor = iterable.cursor()) {
            assertEquals(false, cursor.hasNext());
        }
        assertEquals(2, t.source.sent().size());
    }

    @Test
    void forEachLoopUsesTheCursor() {
        t.source.reply(OPEN_CURSOR).reply(LAST_BATCH);
        int count = 0;
        for (Document ignored : t.collection.find()) {
            count++;
        }
        assertEquals(3, count);
    }

    @Test
    void closedClientRefusesOperations() {
        t.client.close();
        org.junit.jupiter.api.Assertions.assertThrows(io.connectmongodb.driver.error.MongoClientClosedException.class,
                () -> t.collection.find().first());
        assertEquals(true, t.source.isClosed());
        t.assertNothingSent();
    }
}
