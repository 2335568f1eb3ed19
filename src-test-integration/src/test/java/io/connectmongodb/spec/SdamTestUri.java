package io.connectmongodb.spec;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.internal.topology.AddressParser;
import io.connectmongodb.driver.internal.topology.TopologySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the simple {@code mongodb://} URIs of the SDAM spec files into {@link TopologySettings}.
 * Only hosts and the options those files use (replicaSet, directConnection, loadBalanced,
 * heartbeatFrequencyMS) are understood; anything else fails the test loudly.
 */
final class SdamTestUri {
    private SdamTestUri() {
    }

    static TopologySettings parse(String uri) {
        if (!uri.startsWith("mongodb://")) {
            throw new IllegalArgumentException("unsupported URI in spec file: " + uri);
        }
        String rest = uri.substring("mongodb://".length());
        String options = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String tail = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
            options = tail.startsWith("?") ? tail.substring(1) : tail;
        }
        List<ServerAddress> seeds = new ArrayList<>();
        for (String host : rest.split(",")) {
            seeds.add(AddressParser.parse(host));
        }
        TopologySettings settings = TopologySettings.of(seeds);
        if (options.isEmpty()) {
            return settings;
        }
        for (String option : options.split("&")) {
            String[] kv = option.split("=", 2);
            String value = kv.length > 1 ? kv[1] : "";
            switch (kv[0].toLowerCase(Locale.ROOT)) {
                case "replicaset" -> settings = settings.withRequiredSetName(value);
                case "directconnection" -> settings = settings.withDirectConnection(Boolean.parseBoolean(value));
                case "loadbalanced" -> settings = settings.withLoadBalanced(Boolean.parseBoolean(value));
                case "heartbeatfrequencyms" -> settings = settings.withHeartbeatFrequencyMS(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unsupported option '" + kv[0] + "' in " + uri);
            }
        }
        return settings;
    }
}
