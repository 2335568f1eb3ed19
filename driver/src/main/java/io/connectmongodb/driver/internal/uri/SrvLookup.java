package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.DnsResolver;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The DNS side of the initial DNS seedlist discovery spec, also usable for SRV polling.
 *
 * <p>{@link #lookupHosts} queries {@code _<service>._tcp.<host>} and checks every target: with
 * the SRV host split into labels, the domain name is the host without its first label when it
 * has three or more labels, else the whole host. Each target must end with {@code "." + domain}
 * (so it has at least one more label than the domain), which blocks records that point outside
 * the cluster's domain. Trailing dots are removed and names compared case-insensitively.
 * {@link #lookupTxtOptions} returns the single TXT record (more than one is an error).
 */
public final class SrvLookup {
    private final DnsResolver dns;

    public SrvLookup(DnsResolver dns) {
        this.dns = dns;
    }

    /**
     * The verified hosts of the SRV records.
     *
     * @throws MongoConfigurationException when there are no records or a target is outside the domain
     */
    public List<ServerAddress> lookupHosts(String srvHost, String serviceName) {
        String query = "_" + serviceName + "._tcp." + srvHost;
        List<DnsResolver.SrvRecord> records = dns.lookupSrv(query);
        if (records.isEmpty()) {
            throw new MongoConfigurationException("no SRV records found for " + query
                    + "; the mongodb+srv host name cannot be used to find servers");
        }
        String domain = domainName(srvHost);
        List<ServerAddress> hosts = new ArrayList<>();
        for (DnsResolver.SrvRecord record : records) {
            String target = stripTrailingDot(record.target()).toLowerCase(Locale.ROOT);
            if (!target.endsWith("." + domain)) {
                throw new MongoConfigurationException("SRV record target '" + target + "' for " + query
                        + " is not in the domain '" + domain + "' of the mongodb+srv host");
            }
            ServerAddress address = ServerAddress.of(target, record.port());
            if (!hosts.contains(address)) {
                hosts.add(address);
            }
        }
        return hosts;
    }

    /** The options text of the TXT record of {@code srvHost}, or null when there is none. */
    public String lookupTxtOptions(String srvHost) {
        List<String> records = dns.lookupTxt(srvHost);
        if (records.isEmpty()) {
            return null;
        }
        if (records.size() > 1) {
            throw new MongoConfigurationException("found " + records.size() + " TXT records for " + srvHost
                    + "; a mongodb+srv host may have at most one");
        }
        return records.get(0);
    }

    static String domainName(String srvHost) {
        String host = stripTrailingDot(srvHost).toLowerCase(Locale.ROOT);
        String[] labels = host.split("\\.", -1);
        return labels.length >= 3 ? host.substring(host.indexOf('.') + 1) : host;
    }

    private static String stripTrailingDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
