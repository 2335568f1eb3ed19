package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.List;

/**
 * The cross-option rules whose violation is an error rather than a warning, from the URI options,
 * load balancer, initial DNS seedlist discovery and SOCKS5 specs:
 *
 * <ul>
 *   <li>every {@code tls} and {@code ssl} value must agree;</li>
 *   <li>{@code tlsInsecure}, {@code tlsAllowInvalidCertificates}, {@code tlsDisableOCSPEndpointCheck}
 *       and {@code tlsDisableCertificateRevocationCheck} are pairwise exclusive, as are
 *       {@code tlsInsecure} and {@code tlsAllowInvalidHostnames};</li>
 *   <li>{@code directConnection=true} needs exactly one host and no SRV;</li>
 *   <li>{@code loadBalanced=true} needs one host, no {@code directConnection=true}, no replicaSet;</li>
 *   <li>{@code srvServiceName}/{@code srvMaxHosts} need SRV; a positive srvMaxHosts excludes
 *       replicaSet and {@code loadBalanced=true};</li>
 *   <li>proxy options need {@code proxyHost}, come at most once each, and the proxy user name and
 *       password go together;</li>
 *   <li>{@code authSource} must not be empty.</li>
 * </ul>
 * For SRV strings the rules run at parse time and again after the TXT record options are merged,
 * when {@code hostCount} is the number of resolved hosts.
 */
public final class OptionRules {
    private static final List<UriOption[]> EXCLUSIVE_TLS_OPTIONS = List.of(
            new UriOption[] {UriOption.TLS_INSECURE, UriOption.TLS_ALLOW_INVALID_CERTIFICATES},
            new UriOption[] {UriOption.TLS_INSECURE, UriOption.TLS_ALLOW_INVALID_HOSTNAMES},
            new UriOption[] {UriOption.TLS_INSECURE, UriOption.TLS_DISABLE_OCSP_ENDPOINT_CHECK},
            new UriOption[] {UriOption.TLS_INSECURE, UriOption.TLS_DISABLE_CERTIFICATE_REVOCATION_CHECK},
            new UriOption[] {UriOption.TLS_ALLOW_INVALID_CERTIFICATES, UriOption.TLS_DISABLE_OCSP_ENDPOINT_CHECK},
            new UriOption[] {UriOption.TLS_ALLOW_INVALID_CERTIFICATES, UriOption.TLS_DISABLE_CERTIFICATE_REVOCATION_CHECK},
            new UriOption[] {UriOption.TLS_DISABLE_OCSP_ENDPOINT_CHECK, UriOption.TLS_DISABLE_CERTIFICATE_REVOCATION_CHECK});
    private static final List<UriOption> PROXY_OPTIONS = List.of(
            UriOption.PROXY_HOST, UriOption.PROXY_PORT, UriOption.PROXY_USERNAME, UriOption.PROXY_PASSWORD);

    private OptionRules() {
    }

    public static void check(OptionValues options, boolean srv, int hostCount) {
        checkTls(options);
        checkTopologyOptions(options, srv, hostCount);
        checkSrvOptions(options, srv);
        checkProxy(options);
        String authSource = options.string(UriOption.AUTH_SOURCE);
        if (authSource != null && authSource.isEmpty()) {
            throw new MongoConfigurationException("authSource must not be empty");
        }
    }

    private static void checkTls(OptionValues options) {
        List<Boolean> tls = options.booleanHistory(UriOption.TLS);
        List<Boolean> ssl = options.booleanHistory(UriOption.SSL);
        boolean anyTrue = tls.contains(true) || ssl.contains(true);
        boolean anyFalse = tls.contains(false) || ssl.contains(false);
        if (anyTrue && anyFalse) {
            throw new MongoConfigurationException("tls and ssl are given with conflicting values; all must be the same");
        }
        for (UriOption[] pair : EXCLUSIVE_TLS_OPTIONS) {
            if (options.occurrences(pair[0]) > 0 && options.occurrences(pair[1]) > 0) {
                throw new MongoConfigurationException(pair[0].canonicalName() + " and " + pair[1].canonicalName()
                        + " must not both be given");
            }
        }
    }

    private static void checkTopologyOptions(OptionValues options, boolean srv, int hostCount) {
        boolean direct = Boolean.TRUE.equals(options.bool(UriOption.DIRECT_CONNECTION));
        if (direct && srv) {
            throw new MongoConfigurationException("directConnection=true cannot be used with mongodb+srv,"
                    + " which may resolve to several hosts");
        }
        if (direct && hostCount > 1) {
            throw new MongoConfigurationException("directConnection=true needs exactly one host, but " + hostCount
                    + " were given");
        }
        if (Boolean.TRUE.equals(options.bool(UriOption.LOAD_BALANCED))) {
            if (hostCount > 1) {
                throw new MongoConfigurationException("loadBalanced=true needs exactly one host, but " + hostCount
                        + " were given");
            }
            if (direct) {
                throw new MongoConfigurationException("loadBalanced=true cannot be combined with directConnection=true");
            }
            if (options.has(UriOption.REPLICA_SET)) {
                throw new MongoConfigurationException("loadBalanced=true cannot be combined with replicaSet");
            }
        }
    }

    private static void checkSrvOptions(OptionValues options, boolean srv) {
        if (!srv) {
            for (UriOption option : List.of(UriOption.SRV_SERVICE_NAME, UriOption.SRV_MAX_HOSTS)) {
                if (options.occurrences(option) > 0) {
                    throw new MongoConfigurationException(option.canonicalName()
                            + " can only be used with a mongodb+srv connection string");
                }
            }
            return;
        }
        Integer srvMaxHosts = options.integer(UriOption.SRV_MAX_HOSTS);
        if (srvMaxHosts != null && srvMaxHosts > 0) {
            if (options.has(UriOption.REPLICA_SET)) {
                throw new MongoConfigurationException("srvMaxHosts greater than 0 cannot be combined with replicaSet");
            }
            if (Boolean.TRUE.equals(options.bool(UriOption.LOAD_BALANCED))) {
                throw new MongoConfigurationException("srvMaxHosts greater than 0 cannot be combined with loadBalanced=true");
            }
        }
    }

    private static void checkProxy(OptionValues options) {
        for (UriOption option : PROXY_OPTIONS) {
            if (options.occurrences(option) > 1) {
                throw new MongoConfigurationException(option.canonicalName() + " must not be given more than once");
            }
        }
        boolean host = options.occurrences(UriOption.PROXY_HOST) > 0;
        for (UriOption option : PROXY_OPTIONS.subList(1, PROXY_OPTIONS.size())) {
            if (!host && options.occurrences(option) > 0) {
                throw new MongoConfigurationException(option.canonicalName() + " requires proxyHost");
            }
        }
        boolean user = options.occurrences(UriOption.PROXY_USERNAME) > 0;
        boolean password = options.occurrences(UriOption.PROXY_PASSWORD) > 0;
        if (user != password) {
            throw new MongoConfigurationException("proxyUsername and proxyPassword must be given together");
        }
    }
}
