package io.connectmongodb.driver.cluster;

import io.connectmongodb.driver.ServerAddress;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;

/**
 * The client's view of one server, built from its latest hello reply (or from a failed check).
 * Immutable; build one with {@link #builder(ServerAddress)} or {@link #unknown(ServerAddress, Throwable)}.
 *
 * <p>{@link #equals(Object)} follows the SDAM spec's "server description equality": two
 * descriptions are equal when their address and every field marked (=) in the spec are equal
 * (error, type, wire versions, me, hosts/passives/arbiters, tags, setName, setVersion, electionId,
 * primary, logicalSessionTimeoutMinutes, topologyVersion, iscryptd). Client-side measurements such
 * as round trip time and last update time do not take part, so a change event is only published
 * when the server's state really changed. Errors compare by class and message.
 */
public final class ServerDescription {
    private final ServerAddress address;
    private final ServerType type;
    private final Throwable error;
    private final Double roundTripTimeMillis;
    private final Double minRoundTripTimeMillis;
    private final Long lastWriteDateMillis;
    private final BsonDocument opTime;
    private final long lastUpdateTimeMillis;
    private final Set<ServerAddress> hosts;
    private final Set<ServerAddress> passives;
    private final Set<ServerAddress> arbiters;
    private final Map<String, String> tags;
    private final String setName;
    private final Integer setVersion;
    private final ObjectId electionId;
    private final ServerAddress primary;
    private final ServerAddress me;
    private final Integer logicalSessionTimeoutMinutes;
    private final int minWireVersion;
    private final int maxWireVersion;
    private final TopologyVersion topologyVersion;
    private final boolean helloOk;
    private final boolean cryptd;
    private final ObjectId serviceId;

    private ServerDescription(Builder b) {
        this.address = Objects.requireNonNull(b.address, "address");
        this.type = Objects.requireNonNull(b.type, "type");
        this.error = b.error;
        this.roundTripTimeMillis = b.roundTripTimeMillis;
        this.minRoundTripTimeMillis = b.minRoundTripTimeMillis;
        this.lastWriteDateMillis = b.lastWriteDateMillis;
        this.opTime = b.opTime;
        this.lastUpdateTimeMillis = b.lastUpdateTimeMillis;
        this.hosts = Collections.unmodifiableSet(new LinkedHashSet<>(b.hosts));
        this.passives = Collections.unmodifiableSet(new LinkedHashSet<>(b.passives));
        this.arbiters = Collections.unmodifiableSet(new LinkedHashSet<>(b.arbiters));
        this.tags = Collections.unmodifiableMap(new TreeMap<>(b.tags));
        this.setName = b.setName;
        this.setVersion = b.setVersion;
        this.electionId = b.electionId;
        this.primary = b.primary;
        this.me = b.me;
        this.logicalSessionTimeoutMinutes = b.logicalSessionTimeoutMinutes;
        this.minWireVersion = b.minWireVersion;
        this.maxWireVersion = b.maxWireVersion;
        this.topologyVersion = b.topologyVersion;
        this.helloOk = b.helloOk;
        this.cryptd = b.cryptd;
        this.serviceId = b.serviceId;
    }

    public static Builder builder(ServerAddress address) {
        return new Builder(address);
    }

    /** A default description of type Unknown, optionally carrying the error that made it unknown. */
    public static ServerDescription unknown(ServerAddress address, Throwable error) {
        return builder(address).error(error).build();
    }

    /** A builder holding every field of this description. */
    public Builder toBuilder() {
        Builder b = new Builder(address);
        b.type = type;
        b.error = error;
        b.roundTripTimeMillis = roundTripTimeMillis;
        b.minRoundTripTimeMillis = minRoundTripTimeMillis;
        b.lastWriteDateMillis = lastWriteDateMillis;
        b.opTime = opTime;
        b.lastUpdateTimeMillis = lastUpdateTimeMillis;
        b.hosts = hosts;
        b.passives = passives;
        b.arbiters = arbiters;
        b.tags = tags;
        b.setName = setName;
        b.setVersion = setVersion;
        b.electionId = electionId;
        b.primary = primary;
        b.me = me;
        b.logicalSessionTimeoutMinutes = logicalSessionTimeoutMinutes;
        b.minWireVersion = minWireVersion;
        b.maxWireVersion = maxWireVersion;
        b.topologyVersion = topologyVersion;
        b.helloOk = helloOk;
        b.cryptd = cryptd;
        b.serviceId = serviceId;
        return b;
    }

    public ServerAddress address() {
        return address;
    }

    public ServerType type() {
        return type;
    }

    /** The error of the last failed check or application operation, or {@code null}. */
    public Throwable error() {
        return error;
    }

    /** Moving average of hello round trip times in milliseconds; {@code null} while Unknown. */
    public Double roundTripTimeMillis() {
        return roundTripTimeMillis;
    }

    /** Smallest recent round trip time in milliseconds; {@code null} while Unknown. */
    public Double minRoundTripTimeMillis() {
        return minRoundTripTimeMillis;
    }

    /** {@code lastWrite.lastWriteDate} (epoch milliseconds) from the hello reply, or {@code null}. */
    public Long lastWriteDateMillis() {
        return lastWriteDateMillis;
    }

    /** {@code lastWrite.opTime} from the hello reply, or {@code null}. */
    public BsonDocument opTime() {
        return opTime;
    }

    /**
     * When this description was made, in milliseconds of the client's monotonic clock. Only
     * differences between descriptions are meaningful (the max staleness formulas use them).
     */
    public long lastUpdateTimeMillis() {
        return lastUpdateTimeMillis;
    }

    public Set<ServerAddress> hosts() {
        return hosts;
    }

    public Set<ServerAddress> passives() {
        return passives;
    }

    public Set<ServerAddress> arbiters() {
        return arbiters;
    }

    /** hosts, passives and arbiters together: every member this server reports. */
    public Set<ServerAddress> allMembers() {
        Set<ServerAddress> all = new LinkedHashSet<>(hosts);
        all.addAll(passives);
        all.addAll(arbiters);
        return all;
    }

    public Map<String, String> tags() {
        return tags;
    }

    public String setName() {
        return setName;
    }

    public Integer setVersion() {
        return setVersion;
    }

    public ObjectId electionId() {
        return electionId;
    }

    /** The server's opinion of who the primary is, or {@code null}. */
    public ServerAddress primary() {
        return primary;
    }

    /** The address the member was configured with in the replica set, or {@code null}. */
    public ServerAddress me() {
        return me;
    }

    public Integer logicalSessionTimeoutMinutes() {
        return logicalSessionTimeoutMinutes;
    }

    public int minWireVersion() {
        return minWireVersion;
    }

    public int maxWireVersion() {
        return maxWireVersion;
    }

    public TopologyVersion topologyVersion() {
        return topologyVersion;
    }

    public boolean helloOk() {
        return helloOk;
    }

    /** Whether the server is a mongocryptd process. */
    public boolean isCryptd() {
        return cryptd;
    }

    /** The {@code serviceId} a server behind a load balancer reports, or {@code null}. */
    public ObjectId serviceId() {
        return serviceId;
    }

    public boolean isDataBearing() {
        return type.isDataBearing();
    }

    /** Whether the server may be used: any type except Unknown and PossiblePrimary. */
    public boolean isAvailable() {
        return type.isKnown();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ServerDescription)) {
            return false;
        }
        ServerDescription that = (ServerDescription) o;
        return address.equals(that.address)
                && type == that.type
                && minWireVersion == that.minWireVersion
                && maxWireVersion == that.maxWireVersion
                && cryptd == that.cryptd
                && Objects.equals(me, that.me)
                && hosts.equals(that.hosts)
                && passives.equals(that.passives)
                && arbiters.equals(that.arbiters)
                && tags.equals(that.tags)
                && Objects.equals(setName, that.setName)
                && Objects.equals(setVersion, that.setVersion)
                && Objects.equals(electionId, that.electionId)
                && Objects.equals(primary, that.primary)
                && Objects.equals(logicalSessionTimeoutMinutes, that.logicalSessionTimeoutMinutes)
                && Objects.equals(topologyVersion, that.topologyVersion)
                && sameError(error, that.error);
    }

    private static boolean sameError(Throwable a, Throwable b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.getClass() == b.getClass() && Objects.equals(a.getMessage(), b.getMessage());
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, type, minWireVersion, maxWireVersion, setName, setVersion, electionId, primary, hosts);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ServerDescription{").append(address).append(", ").append(type.specName());
        if (roundTripTimeMillis != null) {
            sb.append(", rtt=").append(String.format(java.util.Locale.ROOT, "%.1f", roundTripTimeMillis)).append("ms");
        }
        if (setName != null) {
            sb.append(", setName=").append(setName);
        }
        if (type.isKnown()) {
            sb.append(", wire=").append(minWireVersion).append("..").append(maxWireVersion);
        }
        if (error != null) {
            sb.append(", error=").append(error.getMessage() != null ? error.getMessage() : error.getClass().getSimpleName());
        }
        return sb.append('}').toString();
    }

    /** Builds a {@link ServerDescription}; everything defaults to the spec's defaults (type Unknown). */
    public static final class Builder {
        private final ServerAddress address;
        private ServerType type = ServerType.UNKNOWN;
        private Throwable error;
        private Double roundTripTimeMillis;
        private Double minRoundTripTimeMillis;
        private Long lastWriteDateMillis;
        private BsonDocument opTime;
        private long lastUpdateTimeMillis;
        private Set<ServerAddress> hosts = Set.of();
        private Set<ServerAddress> passives = Set.of();
        private Set<ServerAddress> arbiters = Set.of();
        private Map<String, String> tags = Map.of();
        private String setName;
        private Integer setVersion;
        private ObjectId electionId;
        private ServerAddress primary;
        private ServerAddress me;
        private Integer logicalSessionTimeoutMinutes;
        private int minWireVersion;
        private int maxWireVersion;
        private TopologyVersion topologyVersion;
        private boolean helloOk;
        private boolean cryptd;
        private ObjectId serviceId;

        private Builder(ServerAddress address) {
            this.address = Objects.requireNonNull(address, "address");
        }

        public Builder type(ServerType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        public Builder error(Throwable error) {
            this.error = error;
            return this;
        }

        /** @throws IllegalArgumentException for a negative round trip time */
        public Builder roundTripTimeMillis(Double millis) {
            if (millis != null && millis < 0) {
                throw new IllegalArgumentException("roundTripTimeMillis must not be negative, was " + millis);
            }
            this.roundTripTimeMillis = millis;
            return this;
        }

        /** @throws IllegalArgumentException for a negative round trip time */
        public Builder minRoundTripTimeMillis(Double millis) {
            if (millis != null && millis < 0) {
                throw new IllegalArgumentException("minRoundTripTimeMillis must not be negative, was " + millis);
            }
            this.minRoundTripTimeMillis = millis;
            return this;
        }

        public Builder lastWriteDateMillis(Long millis) {
            this.lastWriteDateMillis = millis;
            return this;
        }

        public Builder opTime(BsonDocument opTime) {
            this.opTime = opTime;
            return this;
        }

        public Builder lastUpdateTimeMillis(long millis) {
            this.lastUpdateTimeMillis = millis;
            return this;
        }

        public Builder hosts(Set<ServerAddress> hosts) {
            this.hosts = Objects.requireNonNull(hosts, "hosts");
            return this;
        }

        public Builder passives(Set<ServerAddress> passives) {
            this.passives = Objects.requireNonNull(passives, "passives");
            return this;
        }

        public Builder arbiters(Set<ServerAddress> arbiters) {
            this.arbiters = Objects.requireNonNull(arbiters, "arbiters");
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            this.tags = Objects.requireNonNull(tags, "tags");
            return this;
        }

        public Builder setName(String setName) {
            this.setName = setName;
            return this;
        }

        public Builder setVersion(Integer setVersion) {
            this.setVersion = setVersion;
            return this;
        }

        public Builder electionId(ObjectId electionId) {
            this.electionId = electionId;
            return this;
        }

        public Builder primary(ServerAddress primary) {
            this.primary = primary;
            return this;
        }

        public Builder me(ServerAddress me) {
            this.me = me;
            return this;
        }

        public Builder logicalSessionTimeoutMinutes(Integer minutes) {
            this.logicalSessionTimeoutMinutes = minutes;
            return this;
        }

        public Builder minWireVersion(int version) {
            this.minWireVersion = version;
            return this;
        }

        public Builder maxWireVersion(int version) {
            this.maxWireVersion = version;
            return this;
        }

        public Builder topologyVersion(TopologyVersion topologyVersion) {
            this.topologyVersion = topologyVersion;
            return this;
        }

        public Builder helloOk(boolean helloOk) {
            this.helloOk = helloOk;
            return this;
        }

        public Builder cryptd(boolean cryptd) {
            this.cryptd = cryptd;
            return this;
        }

        public Builder serviceId(ObjectId serviceId) {
            this.serviceId = serviceId;
            return this;
        }

        public ServerDescription build() {
            return new ServerDescription(this);
        }
    }
}
