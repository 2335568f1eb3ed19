package io.connectmongodb.driver.internal.uri;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The registry of connection string options this driver recognises: each option's canonical
 * name, value type, accepted range or values, and whether its value is a secret.
 *
 * <p>Types follow the URI options spec: integers are 32-bit unless noted, booleans are
 * {@code true}/{@code false}, {@link Kind#KEY_VALUES} is {@code k1:v1,k2:v2}, and
 * {@link Kind#TAG_SET} may repeat, each occurrence adding one tag set in order.
 */
public enum UriOption {
    APP_NAME("appName", Kind.STRING),
    AUTH_MECHANISM("authMechanism", Kind.STRING),
    AUTH_MECHANISM_PROPERTIES("authMechanismProperties", Kind.KEY_VALUES),
    AUTH_SOURCE("authSource", Kind.STRING),
    COMPRESSORS("compressors", Kind.LIST, List.of("snappy", "zlib", "zstd")),
    CONNECT_TIMEOUT_MS("connectTimeoutMS", 0, Integer.MAX_VALUE),
    DIRECT_CONNECTION("directConnection", Kind.BOOLEAN),
    ENABLE_OVERLOAD_RETARGETING("enableOverloadRetargeting", Kind.BOOLEAN),
    HEARTBEAT_FREQUENCY_MS("heartbeatFrequencyMS", 500, Integer.MAX_VALUE),
    JOURNAL("journal", Kind.BOOLEAN),
    LOAD_BALANCED("loadBalanced", Kind.BOOLEAN),
    LOCAL_THRESHOLD_MS("localThresholdMS", 0, Integer.MAX_VALUE),
    MAX_ADAPTIVE_RETRIES("maxAdaptiveRetries", 0, Integer.MAX_VALUE),
    MAX_CONNECTING("maxConnecting", 1, Integer.MAX_VALUE),
    MAX_IDLE_TIME_MS("maxIdleTimeMS", 0, Integer.MAX_VALUE),
    MAX_POOL_SIZE("maxPoolSize", 0, Integer.MAX_VALUE),
    MAX_STALENESS_SECONDS("maxStalenessSeconds", -1, Integer.MAX_VALUE),
    MIN_POOL_SIZE("minPoolSize", 0, Integer.MAX_VALUE),
    PROXY_HOST("proxyHost", Kind.STRING),
    PROXY_PASSWORD("proxyPassword", Kind.SECRET),
    PROXY_PORT("proxyPort", 0, 65535),
    PROXY_USERNAME("proxyUsername", Kind.STRING),
    READ_CONCERN_LEVEL("readConcernLevel", Kind.STRING),
    READ_PREFERENCE("readPreference", Kind.CHOICE,
            List.of("primary", "primaryPreferred", "secondary", "secondaryPreferred", "nearest")),
    READ_PREFERENCE_TAGS("readPreferenceTags", Kind.TAG_SET),
    REPLICA_SET("replicaSet", Kind.STRING),
    RETRY_READS("retryReads", Kind.BOOLEAN),
    RETRY_WRITES("retryWrites", Kind.BOOLEAN),
    SERVER_MONITORING_MODE("serverMonitoringMode", Kind.CHOICE, List.of("auto", "stream", "poll")),
    SERVER_SELECTION_TIMEOUT_MS("serverSelectionTimeoutMS", 1, Integer.MAX_VALUE),
    SERVER_SELECTION_TRY_ONCE("serverSelectionTryOnce", Kind.BOOLEAN),
    SOCKET_TIMEOUT_MS("socketTimeoutMS", 0, Integer.MAX_VALUE),
    SRV_MAX_HOSTS("srvMaxHosts", 0, Integer.MAX_VALUE),
    SRV_SERVICE_NAME("srvServiceName", Kind.STRING),
    SSL("ssl", Kind.BOOLEAN),
    TIMEOUT_MS("timeoutMS", 0, Integer.MAX_VALUE),
    TLS("tls", Kind.BOOLEAN),
    TLS_ALLOW_INVALID_CERTIFICATES("tlsAllowInvalidCertificates", Kind.BOOLEAN),
    TLS_ALLOW_INVALID_HOSTNAMES("tlsAllowInvalidHostnames", Kind.BOOLEAN),
    TLS_CA_FILE("tlsCAFile", Kind.STRING),
    TLS_CERTIFICATE_KEY_FILE("tlsCertificateKeyFile", Kind.STRING),
    TLS_CERTIFICATE_KEY_FILE_PASSWORD("tlsCertificateKeyFilePassword", Kind.SECRET),
    TLS_DISABLE_CERTIFICATE_REVOCATION_CHECK("tlsDisableCertificateRevocationCheck", Kind.BOOLEAN),
    TLS_DISABLE_OCSP_ENDPOINT_CHECK("tlsDisableOCSPEndpointCheck", Kind.BOOLEAN),
    TLS_INSECURE("tlsInsecure", Kind.BOOLEAN),
    UUID_REPRESENTATION("uuidRepresentation", Kind.CHOICE,
            List.of("unspecified", "standard", "csharpLegacy", "javaLegacy", "pythonLegacy")),
    W("w", Kind.WRITE_CONCERN_W),
    W_TIMEOUT_MS("wTimeoutMS", Kind.LONG),
    WAIT_QUEUE_TIMEOUT_MS("waitQueueTimeoutMS", 1, Integer.MAX_VALUE),
    ZLIB_COMPRESSION_LEVEL("zlibCompressionLevel", -1, 9);

    /** How an option's value is read. */
    public enum Kind {
        STRING, SECRET, BOOLEAN, INTEGER, LONG, CHOICE, LIST, KEY_VALUES, TAG_SET, WRITE_CONCERN_W
    }

    private static final Map<String, UriOption> BY_LOWER_NAME = new HashMap<>();

    static {
        for (UriOption option : values()) {
            BY_LOWER_NAME.put(lower(option.canonicalName), option);
        }
    }

    private final String canonicalName;
    private final Kind kind;
    private final int min;
    private final int max;
    private final List<String> choices;

    UriOption(String canonicalName, Kind kind) {
        this(canonicalName, kind, 0, 0, List.of());
    }

    UriOption(String canonicalName, Kind kind, List<String> choices) {
        this(canonicalName, kind, 0, 0, choices);
    }

    UriOption(String canonicalName, int min, int max) {
        this(canonicalName, Kind.INTEGER, min, max, List.of());
    }

    UriOption(String canonicalName, Kind kind, int min, int max, List<String> choices) {
        this.canonicalName = canonicalName;
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.choices = choices;
    }

    /** The option with this name (case-insensitive, as the connection string spec requires), or null. */
    public static UriOption byName(String name) {
        return BY_LOWER_NAME.get(lower(name));
    }

    /** Lower-cases ASCII A-Z only, as the connection string spec says for keys. */
    public static String lower(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    public String canonicalName() {
        return canonicalName;
    }

    public Kind kind() {
        return kind;
    }

    /** Smallest accepted value of an {@link Kind#INTEGER} option. */
    public int min() {
        return min;
    }

    /** Largest accepted value of an {@link Kind#INTEGER} option. */
    public int max() {
        return max;
    }

    /** Accepted values of a {@link Kind#CHOICE} or {@link Kind#LIST} option, in canonical spelling. */
    public List<String> choices() {
        return choices;
    }

    /** The canonical spelling of {@code value} among {@link #choices()}, compared case-insensitively, or null. */
    public String canonicalChoice(String value) {
        for (String choice : choices) {
            if (choice.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        return null;
    }

    public boolean isSecret() {
        return kind == Kind.SECRET;
    }
}
