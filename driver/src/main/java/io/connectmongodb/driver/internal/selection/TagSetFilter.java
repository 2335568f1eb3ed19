package io.connectmongodb.driver.internal.selection;

import io.connectmongodb.driver.cluster.ServerDescription;
import java.util.List;
import java.util.Map;

/**
 * The server selection spec's tag set matching: tag sets are tried in order and the first one
 * that matches at least one server decides; a server matches a set when it has every tag of it
 * with the same value. An empty set matches every server; no tag sets at all also match every server.
 */
final class TagSetFilter {
    private TagSetFilter() {
    }

    static List<ServerDescription> filter(List<ServerDescription> servers, List<Map<String, String>> tagSets) {
        if (tagSets.isEmpty()) {
            return servers;
        }
        for (Map<String, String> tagSet : tagSets) {
            List<ServerDescription> matching = servers.stream().filter(s -> matches(s, tagSet)).toList();
            if (!matching.isEmpty()) {
                return matching;
            }
        }
        return List.of();
    }

    private static boolean matches(ServerDescription server, Map<String, String> tagSet) {
        for (Map.Entry<String, String> tag : tagSet.entrySet()) {
            if (!tag.getValue().equals(server.tags().get(tag.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
