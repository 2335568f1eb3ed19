package io.connectmongodb.driver;

import io.connectmongodb.driver.internal.uri.ConnectionStringParser;
import io.connectmongodb.driver.internal.uri.OptionValues;
import io.connectmongodb.driver.internal.uri.ParsedConnectionString;
import io.connectmongodb.driver.internal.uri.SrvResolution;
import io.connectmongodb.driver.internal.uri.UriOption;
import io.connectmongodb.driver.internal.uri.UriSettingsFactory;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A parsed MongoDB connection string ({@code mongodb://} or {@code mongodb+srv://}), following
 * the connection string and URI options specs. Immutable.
 *
 * <p>Invalid input throws {@link io.connectmongodb.driver.error.MongoConfigurationException}
 * (an {@code IllegalArgumentException}) whose message never contains the password. Unknown
 * options and invalid option values are ignored with a warning, logged through
 * {@code System.Logger} ("io.connectmongodb.driver.uri") and kept in {@link #warnings()}.
 *
 * <p>Accessors return {@code null} when the string does not give the option. The exception is
 * {@link #tls()}, which is {@code true} for {@code mongodb+srv} unless {@code tls=false} is given.
 * TLS is not switched on implicitly by other {@code tls*} options.
 *
 * <p><b>SRV.</b> Parsing never touches the network. For {@code mongodb+srv}, {@link #hosts()}
 * holds only the SRV host name until {@link #resolveSrv(DnsResolver)} (or {@link #resolveSrv()},
 * which uses JNDI) returns a copy with the hosts from the SRV records and the TXT record's options
 * merged in; {@link #isSrvResolved()} tells which state a string is in.
 */
public final class ConnectionString {
    private final ParsedConnectionString parsed;
    private final MongoCredential credential;
    private final ReadPreference readPreference;
    private final WriteConcern writeConcern;
    private final ReadConcern readConcern;

    /** Parses {@code connectionString}; see the class comment for errors and warnings. */
    public ConnectionString(String connectionString) {
        this(ConnectionStringParser.parse(connectionString));
    }

    private ConnectionString(ParsedConnectionString parsed) {
        this.parsed = parsed;
        OptionValues options = parsed.options();
        this.credential = UriSettingsFactory.credential(parsed.userInfo(),
                parsed.database(), options);
        this.readPreference = UriSettingsFactory.readPreference(options);
        this.writeConcern = UriSettingsFactory.writeConcern(options);
        this.readConcern = UriSettingsFactory.readConcern(options);
    }

    /** Same as {@code new ConnectionString(connectionString)}. */
    public static ConnectionString parse(String connectionString) {
        return new ConnectionString(connectionString);
    }

    /**
     * For {@code mongodb+srv}: a copy whose hosts come from DNS and whose options include the TXT
     * record's defaults, validated again. Other strings (and resolved ones) are returned as they are.
     *
     * @throws io.connectmongodb.driver.error.MongoConfigurationException for missing SRV records,
     *     hosts outside the SRV domain, several TXT records, forbidden TXT options, or options
     *     that conflict after the merge
     * @throws io.connectmongodb.driver.error.MongoDnsException when a lookup fails
     */
    public ConnectionString resolveSrv(DnsResolver resolver) {
        if (!parsed.srv() || parsed.srvResolved()) {
            return this;
        }
        return new ConnectionString(SrvResolution.resolve(parsed, resolver, new SecureRandom()));
    }

    /** {@link #resolveSrv(DnsResolver)} with the JNDI resolver. */
    public ConnectionString resolveSrv() {
        return resolveSrv(DnsResolver.jndi());
    }

    /** As {@link #resolveSrv(DnsResolver)}, choosing srvMaxHosts hosts with {@code random} (for tests). */
    public ConnectionString resolveSrv(DnsResolver resolver, Random random) {
        if (!parsed.srv() || parsed.srvResolved()) {
            return this;
        }
        return new ConnectionString(SrvResolution.resolve(parsed, resolver, random));
    }

    /** The seed list; for an unresolved {@code mongodb+srv} string, just the SRV host on port 27017. */
    public List<ServerAddress> hosts() {
        return parsed.hosts();
    }

    public boolean isSrv() {
        return parsed.srv();
    }

    /** Whether {@link #hosts()} is the real seed list (always true for {@code mongodb://}). */
    public boolean isSrvResolved() {
        return parsed.srvResolved();
    }

    /** The SRV host name of a {@code mongodb+srv} string, or null. */
    public String srvHost() {
        return parsed.srvHost();
    }

    /** The decoded path as written: a database, or {@code database.collection}; null when absent. */
    public String namespace() {
        return parsed.namespace();
    }

    /** The database of the path (up to the first dot), or null. */
    public String database() {
        return parsed.database();
    }

    /** The collection of the path (after the first dot), or null. */
    public String collection() {
        return parsed.collection();
    }

    /** The credential, or null when the string asks for no authentication. */
    public MongoCredential credential() {
        return credential;
    }

    /** The warnings raised while parsing (and resolving SRV), in order. */
    public List<String> warnings() {
        return parsed.warnings();
    }

    /**
     * The accepted options by canonical name, with values as given (decoded). Repeated
     * {@code readPreferenceTags} values are joined with {@code ;}. Secret values are {@code ****}.
     */
    public Map<String, String> options() {
        return parsed.options().redactedTexts();
    }

    public String authMechanism() {
        return string(UriOption.AUTH_MECHANISM);
    }

    public String authSource() {
        return string(UriOption.AUTH_SOURCE);
    }

    /** The authMechanismProperties as given (keys not normalised), or null. */
    public Map<String, String> authMechanismProperties() {
        return parsed.options().keyValues(UriOption.AUTH_MECHANISM_PROPERTIES);
    }

    public Integer connectTimeoutMS() {
        return integer(UriOption.CONNECT_TIMEOUT_MS);
    }

    public Integer socketTimeoutMS() {
        return integer(UriOption.SOCKET_TIMEOUT_MS);
    }

    public Integer serverSelectionTimeoutMS() {
        return integer(UriOption.SERVER_SELECTION_TIMEOUT_MS);
    }

    public Boolean serverSelectionTryOnce() {
        return bool(UriOption.SERVER_SELECTION_TRY_ONCE);
    }

    public Integer heartbeatFrequencyMS() {
        return integer(UriOption.HEARTBEAT_FREQUENCY_MS);
    }

    /** {@code auto}, {@code stream} or {@code poll}, or null. */
    public String serverMonitoringMode() {
        return string(UriOption.SERVER_MONITORING_MODE);
    }

    public Integer localThresholdMS() {
        return integer(UriOption.LOCAL_THRESHOLD_MS);
    }

    public Integer maxPoolSize() {
        return integer(UriOption.MAX_POOL_SIZE);
    }

    public Integer minPoolSize() {
        return integer(UriOption.MIN_POOL_SIZE);
    }

    public Integer maxConnecting() {
        return integer(UriOption.MAX_CONNECTING);
    }

    public Integer maxIdleTimeMS() {
        return integer(UriOption.MAX_IDLE_TIME_MS);
    }

    public Integer waitQueueTimeoutMS() {
        return integer(UriOption.WAIT_QUEUE_TIMEOUT_MS);
    }

    public Integer timeoutMS() {
        return integer(UriOption.TIMEOUT_MS);
    }

    public Integer maxAdaptiveRetries() {
        return integer(UriOption.MAX_ADAPTIVE_RETRIES);
    }

    public Boolean enableOverloadRetargeting() {
        return bool(UriOption.ENABLE_OVERLOAD_RETARGETING);
    }

    public String applicationName() {
        return string(UriOption.APP_NAME);
    }

    public Boolean directConnection() {
        return bool(UriOption.DIRECT_CONNECTION);
    }

    public Boolean loadBalanced() {
        return bool(UriOption.LOAD_BALANCED);
    }

    public String replicaSet() {
        return string(UriOption.REPLICA_SET);
    }

    public Boolean retryWrites() {
        return bool(UriOption.RETRY_WRITES);
    }

    public Boolean retryReads() {
        return bool(UriOption.RETRY_READS);
    }

    /** From readPreference, readPreferenceTags and maxStalenessSeconds; null when none is given. */
    public ReadPreference readPreference() {
        return readPreference;
    }

    /** From readConcernLevel, or null. */
    public ReadConcern readConcern() {
        return readConcern;
    }

    /** From w, journal and wTimeoutMS, or null when none is given. */
    public WriteConcern writeConcern() {
        return writeConcern;
    }

    /** {@code tls} (or its alias {@code ssl}); {@code true} by default for {@code mongodb+srv}. */
    public Boolean tls() {
        Boolean tls = bool(UriOption.TLS);
        if (tls == null) {
            tls = bool(UriOption.SSL);
        }
        if (tls == null && parsed.srv()) {
            return Boolean.TRUE;
        }
        return tls;
    }

    /** {@code tlsInsecure}: when true, both invalid certificates and invalid host names are allowed. */
    public Boolean tlsInsecure() {
        return bool(UriOption.TLS_INSECURE);
    }

    public Boolean tlsAllowInvalidCertificates() {
        return bool(UriOption.TLS_ALLOW_INVALID_CERTIFICATES);
    }

    public Boolean tlsAllowInvalidHostnames() {
        return bool(UriOption.TLS_ALLOW_INVALID_HOSTNAMES);
    }

    public Boolean tlsDisableOCSPEndpointCheck() {
        return bool(UriOption.TLS_DISABLE_OCSP_ENDPOINT_CHECK);
    }

    public Boolean tlsDisableCertificateRevocationCheck() {
        return bool(UriOption.TLS_DISABLE_CERTIFICATE_REVOCATION_CHECK);
    }

    public String tlsCAFile() {
        return string(UriOption.TLS_CA_FILE);
    }

    public String tlsCertificateKeyFile() {
        return string(UriOption.TLS_CERTIFICATE_KEY_FILE);
    }

    /** A secret: never part of {@link #toString()} or {@link #options()}. */
    public String tlsCertificateKeyFilePassword() {
        return string(UriOption.TLS_CERTIFICATE_KEY_FILE_PASSWORD);
    }

    /** The compressors in order of preference (snappy, zlib, zstd), or null. */
    public List<String> compressors() {
        return parsed.options().list(UriOption.COMPRESSORS);
    }

    /** -1 (zlib's default) to 9, or null. */
    public Integer zlibCompressionLevel() {
        return integer(UriOption.ZLIB_COMPRESSION_LEVEL);
    }

    /** {@code unspecified}, {@code standard}, {@code csharpLegacy}, {@code javaLegacy} or {@code pythonLegacy}. */
    public String uuidRepresentation() {
        return string(UriOption.UUID_REPRESENTATION);
    }

    public Integer srvMaxHosts() {
        return integer(UriOption.SRV_MAX_HOSTS);
    }

    public String srvServiceName() {
        return string(UriOption.SRV_SERVICE_NAME);
    }

    public String proxyHost() {
        return string(UriOption.PROXY_HOST);
    }

    public Integer proxyPort() {
        return integer(UriOption.PROXY_PORT);
    }

    public String proxyUsername() {
        return string(UriOption.PROXY_USERNAME);
    }

    /** A secret: never part of {@link #toString()} or {@link #options()}. */
    public String proxyPassword() {
        return string(UriOption.PROXY_PASSWORD);
    }

    /** The connection string as given, with the password and secret option values shown as {@code ****}. */
    @Override
    public String toString() {
        return parsed.redacted();
    }

    private String string(UriOption option) {
        return parsed.options().string(option);
    }

    private Integer integer(UriOption option) {
        return parsed.options().integer(option);
    }

    private Boolean bool(UriOption option) {
        return parsed.options().bool(option);
    }
}
