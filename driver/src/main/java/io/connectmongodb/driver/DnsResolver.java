package io.connectmongodb.driver;

import io.connectmongodb.driver.internal.uri.JndiDnsResolver;
import java.util.List;

/**
 * The DNS lookups a {@code mongodb+srv} connection string needs: SRV records for the seed list
 * and TXT records for default options. The default implementation, {@link #jndi()}, asks the
 * system's DNS servers through JNDI; tests pass a fake so that no real DNS traffic happens.
 */
public interface DnsResolver {

    /** One SRV record. Priority and weight are reported but the seedlist spec ignores them. */
    record SrvRecord(int priority, int weight, int port, String target) {
    }

    /**
     * The SRV records of {@code name} (for example {@code _mongodb._tcp.cluster0.example.com}).
     *
     * @return the records, empty when the name has none or does not exist
     * @throws io.connectmongodb.driver.error.MongoDnsException when the lookup itself fails
     */
    List<SrvRecord> lookupSrv(String name);

    /**
     * The TXT records of {@code name}, one element per record, with the record's character
     * strings concatenated in order.
     *
     * @return the records, empty when the name has none or does not exist
     * @throws io.connectmongodb.driver.error.MongoDnsException when the lookup itself fails
     */
    List<String> lookupTxt(String name);

    /** A resolver that uses the system's DNS configuration through JNDI ({@code com.sun.jndi.dns}). */
    static DnsResolver jndi() {
        return new JndiDnsResolver();
    }
}
