package io.connectmongodb.driver.internal.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.error.MongoProtocolException;
import java.util.List;
import java.util.Set;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

class HelloReplyParserTest {
    private static final ServerAddress A = ServerAddress.of("a");

    private static ServerDescription parse(String json) {
        return HelloReplyParser.parse(A, BsonDocument.parse(json), 2.0, 0.0, 5);
    }

    @Test
    void recognisesEachServerType() {
        assertEquals(ServerType.STANDALONE, parse("{ok: 1, isWritablePrimary: true}").type());
        assertEquals(ServerType.MONGOS, parse("{ok: 1, msg: 'isdbgrid'}").type());
        assertEquals(ServerType.RS_GHOST, parse("{ok: 1, isreplicaset: true}").type());
        assertEquals(ServerType.RS_PRIMARY, parse("{ok: 1, ismaster: true, setName: 'rs'}").type());
        assertEquals(ServerType.RS_SECONDARY, parse("{ok: 1, secondary: true, setName: 'rs'}").type());
        assertEquals(ServerType.RS_OTHER, parse("{ok: 1, secondary: true, hidden: true, setName: 'rs'}").type());
        assertEquals(ServerType.RS_ARBITER, parse("{ok: 1, arbiterOnly: true, setName: 'rs'}").type());
        assertEquals(ServerType.RS_OTHER, parse("{ok: 1, setName: 'rs'}").type());
    }

    @Test
    void notOkReplyIsUnknownWithTheError() {
        ServerDescription d = parse("{ok: 0, errmsg: 'boom'}");
        assertEquals(ServerType.UNKNOWN, d.type());
        assertNotNull(d.error());
    }

    @Test
    void anInvalidAddressReportedByTheServerIsAProtocolError() {
        // found by WireFuzzIT: a corrupted host string escaped as an untyped IllegalArgumentException
        for (String json : List.of("{ok: 1, setName: 'rs', hosts: ['[::1]:2x']}", "{ok: 1, setName: 'rs', me: 'h:99999999999'}",
                "{ok: 1, setName: 'rs', primary: '[::1'}", "{ok: 1, setName: 'rs', passives: ['']}",
                "{ok: 1, setName: 'rs', arbiters: ['h:-']}")) {
            MongoProtocolException e = assertThrows(MongoProtocolException.class, () -> parse(json), json);
            assertTrue(e.getMessage().contains("Invalid hello reply from " + A), e.getMessage());
            assertEquals(A, e.serverAddress());
        }
    }

    @Test
    void hostNamesAreLowerCasedAndFieldsRead() {
        ServerDescription d = parse("{ok: 1, isWritablePrimary: true, setName: 'rs', hosts: ['A:27017', 'B:27018'], me: 'A:27017',"
                + " tags: {dc: 'ny'}, setVersion: 3, lastWrite: {lastWriteDate: {$date: 1000}}, logicalSessionTimeoutMinutes: 30,"
                + " minWireVersion: 0, maxWireVersion: 21}");
        assertEquals(Set.of(ServerAddress.of("a"), ServerAddress.of("b", 27018)), d.hosts());
        assertEquals(A, d.me());
        assertEquals("ny", d.tags().get("dc"));
        assertEquals(3, d.setVersion());
        assertEquals(1000L, d.lastWriteDateMillis());
        assertEquals(30, d.logicalSessionTimeoutMinutes());
        assertEquals(21, d.maxWireVersion());
        assertEquals(2.0, d.roundTripTimeMillis());
        assertEquals(5, d.lastUpdateTimeMillis());
    }

    @Test
    void addressesWithIpv6LiteralsParse() {
        assertEquals(ServerAddress.of("::1", 27019), AddressParser.parse("[::1]:27019"));
        assertEquals(ServerAddress.of("host"), AddressParser.parse("HOST"));
    }
}
