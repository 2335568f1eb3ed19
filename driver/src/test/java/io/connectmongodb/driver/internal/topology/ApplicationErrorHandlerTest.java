package io.connectmongodb.driver.internal.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoSocketException;
import io.connectmongodb.driver.error.MongoSocketReadTimeoutException;
import java.util.List;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class ApplicationErrorHandlerTest {
    private static final ServerAddress A = ServerAddress.of("a");
    private final TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A)).withRequiredSetName("rs"));
    private final ApplicationErrorHandler handler = new ApplicationErrorHandler(machine);
    private final TopologyDescription withPrimary = machine.apply(machine.initialDescription(),
            ServerDescription.builder(A).type(ServerType.RS_PRIMARY).setName("rs").hosts(Set.of(A)).maxWireVersion(21).build()).current();

    private static MongoCommandException commandError(int code, String message) {
        return new MongoCommandException(new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(code))
                .append("errmsg", new BsonString(message)), A);
    }

    private ErrorOutcome handle(Throwable error, int connectionGeneration, int wire, boolean afterHandshake, int poolGeneration) {
        return handler.handle(withPrimary, new ApplicationError(A, error, connectionGeneration, wire, afterHandshake, null), poolGeneration);
    }

    @Test
    void errorFromAnOlderConnectionGenerationIsIgnored() {
        ErrorOutcome outcome = handle(new MongoSocketException("reset", A), 0, 21, true, 1);
        assertFalse(outcome.update().changed());
        assertFalse(outcome.clearPool());
    }

    @Test
    void notWritablePrimaryOn42MarksUnknownAndRequestsACheckWithoutClearing() {
        ErrorOutcome outcome = handle(commandError(10107, "not primary"), 0, 21, true, 0);
        assertEquals(ServerType.UNKNOWN, outcome.update().current().server(A).type());
        assertTrue(outcome.requestCheck());
        assertFalse(outcome.clearPool());
    }

    @Test
    void shutdownAndPre42StateChangesClearThePool() {
        assertTrue(handle(commandError(91, "shutting down"), 0, 21, true, 0).clearPool());
        assertTrue(handle(commandError(10107, "not primary"), 0, 7, true, 0).clearPool());
    }

    @Test
    void legacyMessagesWithoutCodeAreRecognised() {
        assertTrue(ServerErrors.isNotWritablePrimary(-1, "not master"));
        assertFalse(ServerErrors.isNotWritablePrimary(-1, "not master or secondary"));
        assertTrue(ServerErrors.isRecovering(-1, "node is recovering"));
        assertFalse(ServerErrors.isNotWritablePrimary(123, "not master"), "a code takes precedence over the message");
    }

    @Test
    void networkErrorAfterHandshakeMarksUnknownClearsAndCancelsTheCheck() {
        ErrorOutcome outcome = handle(new MongoSocketException("reset", A), 0, 21, true, 0);
        assertEquals(ServerType.UNKNOWN, outcome.update().current().server(A).type());
        assertTrue(outcome.clearPool());
        assertTrue(outcome.cancelCheck());
        assertFalse(outcome.requestCheck());
    }

    @Test
    void timeoutsAndErrorsWhileConnectingAreIgnored() {
        assertFalse(handle(new MongoSocketReadTimeoutException("slow", A, null), 0, 21, true, 0).update().changed());
        assertFalse(handle(new MongoSocketReadTimeoutException("slow", A, null), 0, 0, false, 0).update().changed());
        assertFalse(handle(new MongoSocketException("refused", A), 0, 0, false, 0).clearPool());
    }

    @Test
    void loadBalancedNeverMarksUnknownButClearsTheServicePool() {
        TopologyStateMachine lbMachine = new TopologyStateMachine(TopologySettings.of(List.of(A)).withLoadBalanced(true));
        ApplicationErrorHandler lbHandler = new ApplicationErrorHandler(lbMachine);
        ErrorOutcome outcome = lbHandler.handle(lbMachine.initialDescription(),
                new ApplicationError(A, new MongoSocketException("reset", A), 0, 21, true, new ObjectId()), 0);
        assertEquals(ServerType.LOAD_BALANCER, outcome.update().current().server(A).type());
        assertTrue(outcome.clearPool());
    }
}
