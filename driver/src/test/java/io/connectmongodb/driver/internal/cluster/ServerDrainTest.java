package io.connectmongodb.driver.internal.cluster;

import io.connectmongodb.testsupport.Concurrently;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ServerDrainTest {
    private static final ServerAddress A = ServerAddress.of("127.0.0.1", 27017);
    private static final ServerAddress B = ServerAddress.of("127.0.0.1", 27018);

    private final List<ServerAddress> closed = new CopyOnWriteArrayList<>();
    private final ServerDrain drain = new ServerDrain(closed::add);

    @Test
    void aServerWithNothingHeldClosesAtOnce() {
        drain.retire(A);
        assertEquals(List.of(A), closed);
        assertFalse(drain.isRetiring(A));
    }

    @Test
    void aRetiredServerClosesWhenItsLastConnectionComesBack() {
        drain.connectionTaken(A);
        drain.connectionTaken(A);
        drain.connectionTaken(B);
        drain.retire(A);
        assertTrue(drain.isRetiring(A));
        assertEquals(2, drain.held(A));
        drain.connectionReturned(A);
        assertEquals(List.of(), closed);
        drain.connectionReturned(A);
        assertEquals(List.of(A), closed);
        assertFalse(drain.isRetiring(A));
        assertEquals(0, drain.held(A));
        assertEquals(1, drain.held(B), "other servers are untouched");
    }

    @Test
    void aReadmittedServerKeepsItsPool() {
        drain.connectionTaken(A);
        drain.retire(A);
        drain.readmit(A);
        drain.connectionReturned(A);
        assertEquals(List.of(), closed);
        assertEquals(0, drain.held(A));
    }

    @Test
    void aReturnWithoutATakeNeverGoesNegative() {
        drain.connectionReturned(A);
        assertEquals(0, drain.held(A));
        drain.retire(A);
        assertEquals(List.of(A), closed);
    }

    @Test
    void underConcurrentTrafficARetiredPoolClosesExactlyOnceAfterTheLastReturn() throws Exception {
        int threads = 8;
        int rounds = 2_000;
        drain.connectionTaken(A); // keeps the server held until every worker is done
        Concurrently.run(threads, rounds, (thread, round) -> {
            drain.connectionTaken(A);
            drain.connectionReturned(A);
        }, () -> drain.retire(A));
        assertEquals(List.of(), closed, "still held by the first taker");
        drain.connectionReturned(A);
        assertEquals(List.of(A), closed);
        assertEquals(0, drain.held(A));
    }
}
