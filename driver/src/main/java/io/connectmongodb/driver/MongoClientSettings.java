package io.connectmongodb.driver;

import io.connectmongodb.driver.balancing.LoadBalancingSettings;
import io.connectmongodb.driver.cluster.ClusterOptions;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.driver.internal.compression.CompressionSettings;
import io.connectmongodb.driver.event.CircuitBreakerListener;
import io.connectmongodb.driver.event.CommandListener;
import io.connectmongodb.driver.event.ConnectionPoolListener;
import io.connectmongodb.driver.event.ServerListener;
import io.connectmongodb.driver.event.ServerMonitorListener;
import io.connectmongodb.driver.event.TopologyListener;
import io.connectmongodb.driver.pool.ConnectionPoolSettings;
import java.util.ArrayList;
import java.util.List;
import org.bson.UuidRepresentation;
import org.bson.codecs.BsonCodecProvider;
import org.bson.codecs.BsonValueCodecProvider;
import org.bson.codecs.CollectionCodecProvider;
import org.bson.codecs.DocumentCodecProvider;
import org.bson.codecs.EnumCodecProvider;
import org.bson.codecs.IterableCodecProvider;
import org.bson.codecs.JsonObjectCodecProvider;
import org.bson.codecs.MapCodecProvider;
import org.bson.codecs.ValueCodecProvider;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.jsr310.Jsr310CodecProvider;

/**
 * Everything a {@link MongoClient} needs: where the servers are, how long connecting and reading
 * may take, how documents are encoded, and where reads go. Immutable; made with {@link #builder()}.
 */
public final class MongoClientSettings {
    private static final CodecRegistry DEFAULT_CODEC_REGISTRY = CodecRegistries.withUuidRepresentation(
            CodecRegistries.fromProviders(List.of(
                    new ValueCodecProvider(),
                    new BsonValueCodecProvider(),
                    new DocumentCodecProvider(),
                    new CollectionCodecProvider(),
                    new IterableCodecProvider(),
                    new MapCodecProvider(),
                    new Jsr310CodecProvider(),
                    new JsonObjectCodecProvider(),
                    new BsonCodecProvider(),
                    new EnumCodecProvider())),
            UuidRepresentation.STANDARD);

    private final List<ServerAddress> hosts;
    private final String applicationName;
    private final int connectTimeoutMS;
    private final int socketTimeoutMS;
    private final CodecRegistry codecRegistry;
    private final ReadPreference readPreference;
    private final ClusterOptions cluster;
    private final MongoCredential credential;
    private final TlsOptions tls;
    private final WriteConcern writeConcern;
    private final ReadConcern readConcern;
    private final boolean retryWrites;
    private final boolean retryReads;
    private final int maxAsyncWorkers;
    private final int asyncQueueSize;
    private final List<String> compressors;
    private final int zlibCompressionLevel;

    private MongoClientSettings(Builder builder) {
        this.hosts = List.copyOf(builder.hosts);
        this.applicationName = builder.applicationName;
        this.connectTimeoutMS = builder.connectTimeoutMS;
        this.socketTimeoutMS = builder.socketTimeoutMS;
        this.codecRegistry = builder.codecRegistry;
        this.readPreference = builder.readPreference;
        this.cluster = builder.cluster.build();
        this.credential = builder.credential;
        this.tls = builder.tls;
        this.writeConcern = builder.writeConcern;
        this.readConcern = builder.readConcern;
        this.retryWrites = builder.retryWrites;
        this.retryReads = builder.retryReads;
        this.maxAsyncWorkers = builder.maxAsyncWorkers;
        this.asyncQueueSize = builder.asyncQueueSize;
        this.compressors = List.copyOf(builder.compressors);
        this.zlibCompressionLevel = builder.zlibCompressionLevel;
    }

    /**
     * Codecs for {@code Document}, {@code BsonDocument} and every {@code BsonValue}, {@code Map},
     * {@code Iterable}/{@code List}/{@code Collection}, Java primitives and their boxes, {@code String},
     * {@code java.time} values, enums and {@code JsonObject}; UUIDs use the STANDARD (subtype 4) representation.
     */
    public static CodecRegistry getDefaultCodecRegistry() {
        return DEFAULT_CODEC_REGISTRY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from {@code settings}. */
    public static Builder builder(MongoClientSettings settings) {
        Builder builder = new Builder();
        builder.hosts = new ArrayList<>(settings.hosts);
        builder.applicationName = settings.applicationName;
        builder.connectTimeoutMS = settings.connectTimeoutMS;
        builder.socketTimeoutMS = settings.socketTimeoutMS;
        builder.codecRegistry = settings.codecRegistry;
        builder.readPreference = settings.readPreference;
        builder.cluster = ClusterOptions.builder(settings.cluster);
        builder.credential = settings.credential;
        builder.tls = settings.tls;
        builder.writeConcern = settings.writeConcern;
        builder.readConcern = settings.readConcern;
        builder.retryWrites = settings.retryWrites;
        builder.retryReads = settings.retryReads;
        builder.maxAsyncWorkers = settings.maxAsyncWorkers;
        builder.asyncQueueSize = settings.asyncQueueSize;
        builder.compressors = settings.compressors;
        builder.zlibCompressionLevel = settings.zlibCompressionLevel;
        return builder;
    }

    public List<ServerAddress> getHosts() {
        return hosts;
    }

    /** The application name sent in the handshake, or {@code null}. */
    public String getApplicationName() {
        return applicationName;
    }

    /** Milliseconds allowed to open a connection; 0 means no limit. */
    public int getConnectTimeoutMS() {
        return connectTimeoutMS;
    }

    /** Milliseconds allowed for one read; 0 means no limit. */
    public int getSocketTimeoutMS() {
        return socketTimeoutMS;
    }

    public CodecRegistry getCodecRegistry() {
        return codecRegistry;
    }

    public ReadPreference getReadPreference() {
        return readPreference;
    }

    /** Pool, discovery, selection, load balancing and monitoring options. */
    public ClusterOptions getClusterOptions() {
        return cluster;
    }

    public ConnectionPoolSettings getConnectionPoolSettings() {
        return cluster.connectionPoolSettings();
    }

    public LoadBalancingSettings getLoadBalancingSettings() {
        return cluster.loadBalancingSettings();
    }

    /** Who to authenticate as on every new connection, or {@code null} for no authentication. */
    public MongoCredential getCredential() {
        return credential;
    }

    /** TLS options; {@link TlsOptions#disabled()} by default. */
    public TlsOptions getTls() {
        return tls;
    }

    /** The write concern databases and collections inherit; {@link WriteConcern#DEFAULT} (the server's) by default. */
    public WriteConcern getWriteConcern() {
        return writeConcern;
    }

    /** The read concern databases and collections inherit; {@link ReadConcern#DEFAULT} (the server's) by default. */
    public ReadConcern getReadConcern() {
        return readConcern;
    }

    /** Whether supported writes are retried once after a retryable error; {@code true} by default. */
    public boolean getRetryWrites() {
        return retryWrites;
    }

    /** Whether reads are retried once after a retryable error; {@code true} by default. */
    public boolean getRetryReads() {
        return retryReads;
    }

    /** Threads that run {@code xxxAsync} operations; 20 by default. */
    public int getMaxAsyncWorkers() {
        return maxAsyncWorkers;
    }

    /** Async operations that may wait for a worker; beyond it they fail with back-pressure. 1000 by default. */
    public int getAsyncQueueSize() {
        return asyncQueueSize;
    }

    /** Wire compressors to offer, in order of preference ({@code snappy}, {@code zlib}, {@code zstd}); empty for none. */
    public List<String> getCompressors() {
        return compressors;
    }

    /** The zlib level, -1 (zlib's default) to 9; only used when zlib is negotiated. */
    public int getZlibCompressionLevel() {
        return zlibCompressionLevel;
    }

    @Override
    public String toString() {
        return "MongoClientSettings{hosts=" + hosts + ", applicationName=" + applicationName + ", connectTimeoutMS="
                + connectTimeoutMS + ", socketTimeoutMS=" + socketTimeoutMS + ", readPreference=" + readPreference
                + ", writeConcern=" + writeConcern + ", readConcern=" + readConcern + ", retryWrites=" + retryWrites
                + ", retryReads=" + retryReads + ", maxAsyncWorkers=" + maxAsyncWorkers + ", asyncQueueSize="
                + asyncQueueSize + ", credential=" + credential + ", tls=" + tls + ", cluster=" + cluster
                + ", compressors=" + compressors
                + ", zlibCompressionLevel=" + zlibCompressionLevel + "}";
    }

    /** Collects settings; each setter checks its value at once. */
    public static final class Builder {
        private List<ServerAddress> hosts = new ArrayList<>(List.of(ServerAddress.of("localhost")));
        private String applicationName;
        private int connectTimeoutMS = 10_000;
        private int socketTimeoutMS;
        private CodecRegistry codecRegistry = DEFAULT_CODEC_REGISTRY;
        private ReadPreference readPreference = ReadPreference.primary();
        private ClusterOptions.Builder cluster = ClusterOptions.builder();
        private MongoCredential credential;
        private TlsOptions tls = TlsOptions.disabled();
        private WriteConcern writeConcern = WriteConcern.DEFAULT;
        private ReadConcern readConcern = ReadConcern.DEFAULT;
        private boolean retryWrites = true;
        private boolean retryReads = true;
        private int maxAsyncWorkers = 20;
        private int asyncQueueSize = 1000;
        private List<String> compressors = List.of();
        private int zlibCompressionLevel = -1;

        private Builder() {
        }

        public Builder writeConcern(WriteConcern writeConcern) {
            if (writeConcern == null) {
                throw new IllegalArgumentException("writeConcern must not be null (use WriteConcern.DEFAULT)");
            }
            this.writeConcern = writeConcern;
            return this;
        }

        public Builder readConcern(ReadConcern readConcern) {
            if (readConcern == null) {
                throw new IllegalArgumentException("readConcern must not be null (use ReadConcern.DEFAULT)");
            }
            this.readConcern = readConcern;
            return this;
        }

        public Builder retryWrites(boolean retryWrites) {
            this.retryWrites = retryWrites;
            return this;
        }

        public Builder retryReads(boolean retryReads) {
            this.retryReads = retryReads;
            return this;
        }

        /** Threads running async operations; at least 1. */
        public Builder maxAsyncWorkers(int maxAsyncWorkers) {
            if (maxAsyncWorkers < 1) {
                throw new IllegalArgumentException("maxAsyncWorkers must be at least 1, was " + maxAsyncWorkers);
            }
            this.maxAsyncWorkers = maxAsyncWorkers;
            return this;
        }

        /** Async operations allowed to wait for a worker; 0 means none wait (a busy pool refuses at once). */
        public Builder asyncQueueSize(int asyncQueueSize) {
            if (asyncQueueSize < 0) {
                throw new IllegalArgumentException("asyncQueueSize must not be negative, was " + asyncQueueSize);
            }
            this.asyncQueueSize = asyncQueueSize;
            return this;
        }

        /**
         * Wire compressors to offer in the handshake, most preferred first: any of {@code snappy},
         * {@code zlib}, {@code zstd}, each at most once; empty (the default) for none. The first one
         * the server also supports is used. zstd and snappy need their optional libraries
         * ({@code com.github.luben:zstd-jni}, {@code org.xerial.snappy:snappy-java}); without them
         * they are left out of the offer.
         */
        public Builder compressors(List<String> compressors) {
            this.compressors = CompressionSettings.validatedNames(compressors);
            return this;
        }

        /** The zlib level: -1 (zlib's default, the default here), 0 (none), 1 (fastest) to 9 (smallest). */
        public Builder zlibCompressionLevel(int level) {
            this.zlibCompressionLevel = CompressionSettings.validateZlibLevel(level);
            return this;
        }

        // ---- pool, discovery, selection, load balancing and listeners (see ClusterOptions) ----

        public Builder connectionPoolSettings(ConnectionPoolSettings value) {
            cluster.connectionPoolSettings(value);
            return this;
        }

        public Builder loadBalancingSettings(LoadBalancingSettings value) {
            cluster.loadBalancingSettings(value);
            return this;
        }

        public Builder heartbeatFrequencyMS(long value) {
            cluster.heartbeatFrequencyMS(value);
            return this;
        }

        public Builder localThresholdMS(long value) {
            cluster.localThresholdMS(value);
            return this;
        }

        public Builder serverSelectionTimeoutMS(long value) {
            cluster.serverSelectionTimeoutMS(value);
            return this;
        }

        /** {@code true}: talk to the single host only; {@code false}: discover; {@code null} (default): decide by the SDAM rules. */
        public Builder directConnection(Boolean value) {
            cluster.directConnection(value);
            return this;
        }

        public Builder replicaSet(String value) {
            cluster.replicaSet(value);
            return this;
        }

        public Builder loadBalanced(boolean value) {
            cluster.loadBalanced(value);
            return this;
        }

        public Builder addCommandListener(CommandListener listener) {
            cluster.addCommandListener(listener);
            return this;
        }

        public Builder addConnectionPoolListener(ConnectionPoolListener listener) {
            cluster.addConnectionPoolListener(listener);
            return this;
        }

        public Builder addServerListener(ServerListener listener) {
            cluster.addServerListener(listener);
            return this;
        }

        public Builder addServerMonitorListener(ServerMonitorListener listener) {
            cluster.addServerMonitorListener(listener);
            return this;
        }

        public Builder addTopologyListener(TopologyListener listener) {
            cluster.addTopologyListener(listener);
            return this;
        }

        public Builder addCircuitBreakerListener(CircuitBreakerListener listener) {
            cluster.addCircuitBreakerListener(listener);
            return this;
        }

        /** Authenticate every new connection as {@code credential} (SCRAM only); null for none. */
        public Builder credential(MongoCredential credential) {
            this.credential = credential;
            return this;
        }

        public Builder tls(TlsOptions tls) {
            if (tls == null) {
                throw new IllegalArgumentException("tls must not be null (use TlsOptions.disabled())");
            }
            this.tls = tls;
            return this;
        }

        /** The servers to connect to; at least one. Defaults to {@code localhost:27017}. */
        public Builder hosts(List<ServerAddress> hosts) {
            if (hosts == null || hosts.isEmpty()) {
                throw new IllegalArgumentException("hosts must contain at least one server address");
            }
            for (int i = 0; i < hosts.size(); i++) {
                if (hosts.get(i) == null) {
                    throw new IllegalArgumentException("hosts must not contain null, but element " + i + " is null");
                }
            }
            this.hosts = new ArrayList<>(hosts);
            return this;
        }

        /** Sent in the handshake so the server logs can tell applications apart; at most 128 UTF-8 bytes. */
        public Builder applicationName(String applicationName) {
            if (applicationName != null
                    && applicationName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 128) {
                throw new IllegalArgumentException("applicationName must be at most 128 bytes in UTF-8");
            }
            this.applicationName = applicationName;
            return this;
        }

        /** Milliseconds allowed to open a connection; 0 means no limit. */
        public Builder connectTimeout(int connectTimeoutMS) {
            if (connectTimeoutMS < 0) {
                throw new IllegalArgumentException("connectTimeout must not be negative, was " + connectTimeoutMS);
            }
            this.connectTimeoutMS = connectTimeoutMS;
            return this;
        }

        /** Milliseconds allowed for one read; 0 means no limit. */
        public Builder socketTimeout(int socketTimeoutMS) {
            if (socketTimeoutMS < 0) {
                throw new IllegalArgumentException("socketTimeout must not be negative, was " + socketTimeoutMS);
            }
            this.socketTimeoutMS = socketTimeoutMS;
            return this;
        }

        public Builder codecRegistry(CodecRegistry codecRegistry) {
            if (codecRegistry == null) {
                throw new IllegalArgumentException("codecRegistry must not be null");
            }
            this.codecRegistry = codecRegistry;
            return this;
        }

        public Builder readPreference(ReadPreference readPreference) {
            if (readPreference == null) {
                throw new IllegalArgumentException("readPreference must not be null");
            }
            this.readPreference = readPreference;
            return this;
        }

        /**
         * Takes the hosts, {@code appName}, {@code connectTimeoutMS}, {@code socketTimeoutMS}, read
         * preference, write concern ({@code w}, {@code journal}, {@code wTimeoutMS}), {@code readConcernLevel},
         * {@code retryWrites}, {@code retryReads}, credential and {@code tls*} options, pool options
         * ({@code maxPoolSize}, {@code minPoolSize}, {@code maxConnecting}, {@code maxIdleTimeMS},
         * {@code waitQueueTimeoutMS}), discovery options ({@code heartbeatFrequencyMS}, {@code localThresholdMS},
         * {@code serverSelectionTimeoutMS}, {@code directConnection}, {@code replicaSet},
         * {@code loadBalanced}) and compression options ({@code compressors}, {@code zlibCompressionLevel})
         * the connection string gives; options it does not give keep their values.
         *
         * @throws MongoUnsupportedFeatureException for options this client cannot honour yet
         *     (authentication mechanisms other than SCRAM, an unresolved {@code mongodb+srv} seed
         *     list), rather than silently ignoring them
         */
        public Builder applyConnectionString(ConnectionString connectionString) {
            if (connectionString == null) {
                throw new IllegalArgumentException("connectionString must not be null");
            }
            refuseUnsupported(connectionString);
            hosts(connectionString.hosts());
            if (connectionString.applicationName() != null) {
                applicationName(connectionString.applicationName());
            }
            if (connectionString.connectTimeoutMS() != null) {
                connectTimeout(connectionString.connectTimeoutMS());
            }
            if (connectionString.socketTimeoutMS() != null) {
                socketTimeout(connectionString.socketTimeoutMS());
            }
            if (connectionString.readPreference() != null) {
                readPreference(connectionString.readPreference());
            }
            if (connectionString.writeConcern() != null) {
                writeConcern(connectionString.writeConcern());
            }
            if (connectionString.readConcern() != null) {
                readConcern(connectionString.readConcern());
            }
            if (connectionString.retryWrites() != null) {
                retryWrites(connectionString.retryWrites());
            }
            if (connectionString.retryReads() != null) {
                retryReads(connectionString.retryReads());
            }
            cluster.applyConnectionString(connectionString);
            if (connectionString.credential() != null) {
                credential(connectionString.credential());
            }
            if (Boolean.TRUE.equals(connectionString.tls())) {
                tls(tlsOptionsOf(connectionString));
            }
            if (connectionString.compressors() != null) {
                compressors(connectionString.compressors());
            }
            if (connectionString.zlibCompressionLevel() != null) {
                zlibCompressionLevel(connectionString.zlibCompressionLevel());
            }
            return this;
        }

        /** The {@code tls*} options; {@code tlsInsecure=true} turns off both kinds of verification. */
        private static TlsOptions tlsOptionsOf(ConnectionString cs) {
            TlsOptions options = TlsOptions.enabled();
            if (cs.tlsCAFile() != null) {
                options = options.withCaFile(java.nio.file.Path.of(cs.tlsCAFile()));
            }
            if (cs.tlsCertificateKeyFile() != null) {
                String password = cs.tlsCertificateKeyFilePassword();
                options = options.withCertificateKeyFile(java.nio.file.Path.of(cs.tlsCertificateKeyFile()),
                        password == null ? null : password.toCharArray());
            }
            boolean insecure = Boolean.TRUE.equals(cs.tlsInsecure());
            return options.withAllowInvalidHostnames(insecure || Boolean.TRUE.equals(cs.tlsAllowInvalidHostnames()))
                    .withAllowInvalidCertificates(insecure || Boolean.TRUE.equals(cs.tlsAllowInvalidCertificates()));
        }

        private static void refuseUnsupported(ConnectionString cs) {
            List<String> unsupported = new ArrayList<>();
            if (cs.isSrv() && !cs.isSrvResolved()) {
                unsupported.add("mongodb+srv (resolve it first with ConnectionString.resolveSrv())");
            }
            if (cs.credential() != null && cs.credential().mechanism() != null
                    && cs.credential().mechanism() != MongoCredential.Mechanism.SCRAM_SHA_1
                    && cs.credential().mechanism() != MongoCredential.Mechanism.SCRAM_SHA_256) {
                unsupported.add("authMechanism " + cs.credential().mechanismName() + " (only SCRAM-SHA-256 and"
                        + " SCRAM-SHA-1 are implemented)");
            }
            if (!unsupported.isEmpty()) {
                throw new MongoUnsupportedFeatureException("this client does not support these connection string options yet: "
                        + String.join(", ", unsupported));
            }
        }

        /** @throws IllegalArgumentException when {@code directConnection=true} is combined with several hosts */
        public MongoClientSettings build() {
            if (Boolean.TRUE.equals(cluster.directConnection()) && hosts.size() > 1) {
                throw new IllegalArgumentException("directConnection=true needs exactly one host, got " + hosts);
            }
            return new MongoClientSettings(this);
        }
    }
}
