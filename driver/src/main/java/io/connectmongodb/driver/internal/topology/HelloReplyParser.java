package io.connectmongodb.driver.internal.topology;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.cluster.ServerDescription;
import io.connectmongodb.driver.cluster.ServerType;
import io.connectmongodb.driver.cluster.TopologyVersion;
import io.connectmongodb.driver.error.MongoCommandException;
import io.connectmongodb.driver.error.MongoProtocolException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Turns a {@code hello} (or legacy {@code isMaster}) reply into a {@link ServerDescription}, as the
 * SDAM spec's "parsing a hello or legacy hello response" describes.
 *
 * <p>The type is decided in this order: a reply without {@code ok: 1} is Unknown; {@code msg:
 * "isdbgrid"} is Mongos; {@code isreplicaset: true} is RSGhost; with a {@code setName} the member is
 * RSOther when hidden, else RSPrimary ({@code isWritablePrimary}, falling back to legacy
 * {@code ismaster}), RSSecondary, RSArbiter, or RSOther; everything else is Standalone. Host names
 * in {@code me}, {@code hosts}, {@code passives}, {@code arbiters} and {@code primary} are
 * lower-cased by {@link ServerAddress}; one that does not parse makes the reply a
 * {@link MongoProtocolException}.
 */
public final class HelloReplyParser {
    private HelloReplyParser() {
    }

    /**
     * @param rttMillis       the moving-average round trip time to record, or {@code null}
     * @param minRttMillis    the minimum recent round trip time to record, or {@code null}
     * @param nowMillis       the client's monotonic clock, recorded as lastUpdateTime
     */
    public static ServerDescription parse(ServerAddress address, BsonDocument reply, Double rttMillis,
                                          Double minRttMillis, long nowMillis) {
        ServerDescription.Builder b = ServerDescription.builder(address).lastUpdateTimeMillis(nowMillis);
        if (!isOk(reply)) {
            return b.error(new MongoCommandException(reply, address)).build();
        }
        b.type(typeOf(reply))
                .roundTripTimeMillis(rttMillis)
                .minRoundTripTimeMillis(minRttMillis)
                .hosts(addresses(address, reply, "hosts"))
                .passives(addresses(address, reply, "passives"))
                .arbiters(addresses(address, reply, "arbiters"))
                .tags(tags(reply))
                .setName(string(reply, "setName"))
                .setVersion(integer(reply, "setVersion"))
                .electionId(reply.isObjectId("electionId") ? reply.getObjectId("electionId").getValue() : null)
                .primary(address(address, reply, "primary"))
                .me(address(address, reply, "me"))
                .logicalSessionTimeoutMinutes(integer(reply, "logicalSessionTimeoutMinutes"))
                .minWireVersion(intOrZero(reply, "minWireVersion"))
                .maxWireVersion(intOrZero(reply, "maxWireVersion"))
                .topologyVersion(TopologyVersion.fromDocument(reply.get("topologyVersion")))
                .helloOk(bool(reply, "helloOk"))
                .cryptd(bool(reply, "iscryptd"))
                .serviceId(reply.isObjectId("serviceId") ? reply.getObjectId("serviceId").getValue() : null);
        BsonValue lastWrite = reply.get("lastWrite");
        if (lastWrite != null && lastWrite.isDocument()) {
            BsonDocument lw = lastWrite.asDocument();
            BsonValue date = lw.get("lastWriteDate");
            if (date != null && date.isDateTime()) {
                b.lastWriteDateMillis(date.asDateTime().getValue());
            } else if (date != null && date.isNumber()) {
                b.lastWriteDateMillis(date.asNumber().longValue());
            }
            if (lw.isDocument("opTime")) {
                b.opTime(lw.getDocument("opTime"));
            }
        }
        return b.build();
    }

    static boolean isOk(BsonDocument reply) {
        BsonValue ok = reply.get("ok");
        return ok != null && ok.isNumber() && ok.asNumber().doubleValue() == 1.0
                || ok != null && ok.isBoolean() && ok.asBoolean().getValue();
    }

    private static ServerType typeOf(BsonDocument reply) {
        if ("isdbgrid".equals(string(reply, "msg"))) {
            return ServerType.MONGOS;
        }
        if (bool(reply, "isreplicaset")) {
            return ServerType.RS_GHOST;
        }
        if (string(reply, "setName") != null) {
            if (bool(reply, "hidden")) {
                return ServerType.RS_OTHER;
            }
            if (isWritablePrimary(reply)) {
                return ServerType.RS_PRIMARY;
            }
            if (bool(reply, "secondary")) {
                return ServerType.RS_SECONDARY;
            }
            if (bool(reply, "arbiterOnly")) {
                return ServerType.RS_ARBITER;
            }
            return ServerType.RS_OTHER;
        }
        return ServerType.STANDALONE;
    }

    private static boolean isWritablePrimary(BsonDocument reply) {
        return reply.containsKey("isWritablePrimary") ? bool(reply, "isWritablePrimary") : bool(reply, "ismaster");
    }

    private static Set<ServerAddress> addresses(ServerAddress from, BsonDocument reply, String key) {
        Set<ServerAddress> result = new LinkedHashSet<>();
        BsonValue value = reply.get(key);
        if (value != null && value.isArray()) {
            for (BsonValue item : value.asArray()) {
                if (item.isString()) {
                    result.add(reported(from, key, item.asString().getValue()));
                }
            }
        }
        return result;
    }

    private static Map<String, String> tags(BsonDocument reply) {
        Map<String, String> tags = new LinkedHashMap<>();
        BsonValue value = reply.get("tags");
        if (value != null && value.isDocument()) {
            value.asDocument().forEach((k, v) -> {
                if (v.isString()) {
                    tags.put(k, v.asString().getValue());
                }
            });
        }
        return tags;
    }

    private static ServerAddress address(ServerAddress from, BsonDocument reply, String key) {
        String text = string(reply, key);
        return text == null ? null : reported(from, key, text);
    }

    /** An address the server reported; one that does not parse is the server's protocol error, not bad input. */
    private static ServerAddress reported(ServerAddress from, String key, String text) {
        try {
            return AddressParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MongoProtocolException("Invalid hello reply from " + from + ": field '" + key
                    + "' holds an invalid server address: " + e.getMessage(), from, e);
        }
    }

    private static String string(BsonDocument reply, String key) {
        BsonValue value = reply.get(key);
        return value != null && value.isString() ? value.asString().getValue() : null;
    }

    private static Integer integer(BsonDocument reply, String key) {
        BsonValue value = reply.get(key);
        return value != null && value.isNumber() ? value.asNumber().intValue() : null;
    }

    private static int intOrZero(BsonDocument reply, String key) {
        Integer value = integer(reply, key);
        return value == null ? 0 : value;
    }

    private static boolean bool(BsonDocument reply, String key) {
        BsonValue value = reply.get(key);
        if (value == null) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean().getValue();
        }
        return value.isNumber() && value.asNumber().doubleValue() != 0;
    }
}
