package io.connectmongodb.driver.internal.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyDescription;
import io.connectmongodb.driver.cluster.TopologyType;
import io.connectmongodb.driver.cluster.TopologyVersion;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class TopologyStateMachineTest {
    private static final ServerAddress A = ServerAddress.of("a");
    private static final ServerAddress B = ServerAddress.of("b");
    private static final ServerAddress C = ServerAddress.of("c");

    private static ServerDescription.Builder member(ServerAddress address, ServerType type) {
        return ServerDescription.builder(address).type(type).setName("rs").hosts(Set.of(A, B)).maxWireVersion(21);
    }

    @Test
    void ignoresDescriptionsOfServersNotInTheTopology() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A)));
        TopologyDescription initial = machine.initialDescription();
        TopologyUpdate update = machine.apply(initial, member(C, ServerType.RS_PRIMARY).build());
        assertSame(initial, update.current());
        assertFalse(update.changed());
    }

    @Test
    void ignoresAnOlderTopologyVersionOfTheSameProcess() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A)).withRequiredSetName("rs"));
        ObjectId process = new ObjectId();
        TopologyDescription withPrimary = machine.apply(machine.initialDescription(),
                member(A, ServerType.RS_PRIMARY).hosts(Set.of(A)).topologyVersion(new TopologyVersion(process, 5)).build()).current();
        ServerDescription older = ServerDescription.unknown(A, null).toBuilder().topologyVersion(new TopologyVersion(process, 4)).build();
        assertSame(withPrimary, machine.apply(withPrimary, older).current());
        ServerDescription otherProcess = ServerDescription.unknown(A, null).toBuilder()
                .topologyVersion(new TopologyVersion(new ObjectId(), 1)).build();
        assertEquals(ServerType.UNKNOWN, machine.apply(withPrimary, otherProcess).current().server(A).type());
    }

    @Test
    void standaloneAmongSeveralSeedsIsRemovedButASingleSeedBecomesSingle() {
        TopologyStateMachine two = new TopologyStateMachine(TopologySettings.of(List.of(A, B)));
        TopologyUpdate removed = two.apply(two.initialDescription(), ServerDescription.builder(A).type(ServerType.STANDALONE).maxWireVersion(21).build());
        assertEquals(List.of(A), removed.removedServers());
        assertEquals(TopologyType.UNKNOWN, removed.current().type());

        TopologyStateMachine one = new TopologyStateMachine(TopologySettings.of(List.of(A)));
        TopologyUpdate single = one.apply(one.initialDescription(), ServerDescription.builder(A).type(ServerType.STANDALONE).maxWireVersion(21).build());
        assertEquals(TopologyType.SINGLE, single.current().type());
    }

    @Test
    void newerPrimaryInvalidatesTheOldOneAndClearsItsPoolOnlyBefore42() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A, B)).withRequiredSetName("rs"));
        TopologyDescription first = machine.apply(machine.initialDescription(),
                member(A, ServerType.RS_PRIMARY).maxWireVersion(7).electionId(new ObjectId("000000000000000000000001")).setVersion(1).build()).current();
        TopologyUpdate update = machine.apply(first,
                member(B, ServerType.RS_PRIMARY).electionId(new ObjectId("000000000000000000000002")).setVersion(1).build());
        ServerDescription oldPrimary = update.current().server(A);
        assertEquals(ServerType.UNKNOWN, oldPrimary.type());
        assertTrue(oldPrimary.error().getMessage().contains("primary marked stale due to discovery of newer primary"));
        assertEquals(List.of(A), update.checkRequests());
        assertEquals(List.of(A), update.poolsToClear());
        assertEquals(TopologyType.REPLICA_SET_WITH_PRIMARY, update.current().type());
    }

    @Test
    void primaryWithOlderElectionIdIsMarkedStaleFrom60() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A, B)).withRequiredSetName("rs"));
        TopologyDescription first = machine.apply(machine.initialDescription(),
                member(A, ServerType.RS_PRIMARY).electionId(new ObjectId("000000000000000000000002")).setVersion(1).build()).current();
        TopologyUpdate stale = machine.apply(first,
                member(B, ServerType.RS_PRIMARY).electionId(new ObjectId("000000000000000000000001")).setVersion(2).build());
        assertEquals(ServerType.UNKNOWN, stale.current().server(B).type());
        assertTrue(stale.current().server(B).error().getMessage().contains("electionId/setVersion mismatch"));
        assertEquals(ServerType.RS_PRIMARY, stale.current().server(A).type());
        assertEquals(new ObjectId("000000000000000000000002"), stale.current().maxElectionId());
    }

    @Test
    void secondaryWhoseMeDiffersIsRemovedAndItsPrimaryBecomesPossiblePrimary() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A, B)));
        TopologyUpdate update = machine.apply(machine.initialDescription(),
                member(A, ServerType.RS_SECONDARY).me(C).primary(B).hosts(Set.of(A, B, C)).build());
        assertEquals(TopologyType.REPLICA_SET_NO_PRIMARY, update.current().type());
        assertFalse(update.current().contains(A));
        assertEquals(ServerType.POSSIBLE_PRIMARY, update.current().server(B).type());
        assertEquals(List.of(C), update.addedServers());
    }

    @Test
    void primaryWithTheWrongSetNameIsRemoved() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A, B)).withRequiredSetName("other"));
        TopologyUpdate update = machine.apply(machine.initialDescription(), member(A, ServerType.RS_PRIMARY).build());
        assertFalse(update.current().contains(A));
        assertEquals(TopologyType.REPLICA_SET_NO_PRIMARY, update.current().type());
    }

    @Test
    void sessionTimeoutIsTheSmallestOfDataBearingServersAndNullIfOneLacksIt() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A, B, C)).withRequiredSetName("rs"));
        TopologyDescription d = machine.initialDescription();
        ServerDescription.Builder primary = member(A, ServerType.RS_PRIMARY).hosts(Set.of(A, B, C)).logicalSessionTimeoutMinutes(30);
        d = machine.apply(d, primary.build()).current();
        assertEquals(30, d.logicalSessionTimeoutMinutes());
        d = machine.apply(d, member(B, ServerType.RS_SECONDARY).hosts(Set.of(A, B, C)).logicalSessionTimeoutMinutes(10).build()).current();
        assertEquals(10, d.logicalSessionTimeoutMinutes());
        d = machine.apply(d, member(C, ServerType.RS_ARBITER).hosts(Set.of(A, B, C)).build()).current();
        assertEquals(10, d.logicalSessionTimeoutMinutes(), "arbiters do not count");
        d = machine.apply(d, member(B, ServerType.RS_SECONDARY).hosts(Set.of(A, B, C)).build()).current();
        assertNull(d.logicalSessionTimeoutMinutes());
    }

    @Test
    void serverOutsideTheWireVersionRangeMakesTheTopologyIncompatible() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A)).withDirectConnection(true));
        TopologyDescription d = machine.apply(machine.initialDescription(),
                ServerDescription.builder(A).type(ServerType.STANDALONE).maxWireVersion(2).build()).current();
        assertFalse(d.isCompatible());
        assertTrue(d.compatibilityError().contains("reports wire version 2"), d.compatibilityError());
    }

    @Test
    void loadBalancedTopologyStartsWithALoadBalancerAndIgnoresChecks() {
        TopologyStateMachine machine = new TopologyStateMachine(TopologySettings.of(List.of(A)).withLoadBalanced(true));
        TopologyDescription initial = machine.initialDescription();
        assertEquals(ServerType.LOAD_BALANCER, initial.server(A).type());
        assertTrue(initial.isCompatible());
        assertSame(initial, machine.apply(initial, ServerDescription.unknown(A, null)).current());
    }
}
