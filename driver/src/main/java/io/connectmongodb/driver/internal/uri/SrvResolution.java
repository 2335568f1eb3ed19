package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.DnsResolver;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Turns a parsed {@code mongodb+srv} connection string into one with a real seed list, per the
 * initial DNS seedlist discovery spec:
 *
 * <ol>
 *   <li>look up and verify the SRV hosts ({@link SrvLookup});</li>
 *   <li>read the TXT record, which may only set {@code authSource}, {@code replicaSet} and
 *       {@code loadBalanced}; options in the connection string override it;</li>
 *   <li>re-run the cross-option rules on the merged options and the resolved host count;</li>
 *   <li>when {@code srvMaxHosts} is positive and smaller than the host count, keep that many
 *       hosts chosen at random (a Fisher-Yates shuffle, then the first n).</li>
 * </ol>
 */
public final class SrvResolution {
    private static final Set<UriOption> TXT_OPTIONS = Set.of(UriOption.AUTH_SOURCE, UriOption.REPLICA_SET, UriOption.LOAD_BALANCED);
    private static final String DEFAULT_SERVICE_NAME = "mongodb";

    private SrvResolution() {
    }

    public static ParsedConnectionString resolve(ParsedConnectionString parsed, DnsResolver dns, Random random) {
        if (!parsed.srv()) {
            return parsed;
        }
        SrvLookup lookup = new SrvLookup(dns);
        String serviceName = parsed.options().has(UriOption.SRV_SERVICE_NAME)
                ? parsed.options().string(UriOption.SRV_SERVICE_NAME) : DEFAULT_SERVICE_NAME;
        List<ServerAddress> hosts = new ArrayList<>(lookup.lookupHosts(parsed.srvHost(), serviceName));
        ParseWarnings warnings = new ParseWarnings();
        OptionValues options = parsed.options();
        String txt = lookup.lookupTxtOptions(parsed.srvHost());
        if (txt != null) {
            OptionValues txtOptions = parseTxt(txt, warnings);
            options = options.withDefaults(txtOptions);
        }
        OptionRules.check(options, true, hosts.size());
        Integer srvMaxHosts = options.integer(UriOption.SRV_MAX_HOSTS);
        if (srvMaxHosts != null && srvMaxHosts > 0 && srvMaxHosts < hosts.size()) {
            Collections.shuffle(hosts, random);
            hosts = new ArrayList<>(hosts.subList(0, srvMaxHosts));
        }
        List<String> allWarnings = new ArrayList<>(parsed.warnings());
        allWarnings.addAll(warnings.asList());
        return new ParsedConnectionString(true, parsed.srvHost(), true, List.copyOf(hosts), parsed.userInfo(),
                parsed.namespace(), options, List.copyOf(allWarnings), parsed.redacted());
    }

    private static OptionValues parseTxt(String txt, ParseWarnings warnings) {
        List<UriParts.RawOption> raw = ConnectionStringTokenizer.splitOptions(txt);
        for (UriParts.RawOption option : raw) {
            UriOption known = UriOption.byName(PercentDecoder.decode(option.key(), "a TXT record option key"));
            if (known == null || !TXT_OPTIONS.contains(known)) {
                throw new MongoConfigurationException("the TXT record sets option '" + option.key()
                        + "'; only authSource, replicaSet and loadBalanced may be set through DNS");
            }
        }
        return new OptionParser(warnings).parse(raw);
    }
}
