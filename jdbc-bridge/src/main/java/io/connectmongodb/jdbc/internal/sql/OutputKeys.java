package io.connectmongodb.jdbc.internal.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Field names for the columns of a {@code $project}: the label where MongoDB accepts it as a field name (no dot, no
 * leading {@code $}), else a cleaned form, made unique with a numeric suffix. Labels themselves are kept for JDBC.
 */
final class OutputKeys {

    private OutputKeys() {
    }

    static List<String> assign(List<SelectColumn> columns) {
        List<String> keys = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String base = columns.get(i).label().replace('.', '_').replace("\u0000", "");
            if (base.startsWith("$")) {
                base = "_" + base.substring(1);
            }
            if (base.isEmpty()) {
                base = "_c" + (i + 1);
            }
            String key = base;
            for (int n = 2; used.contains(key); n++) {
                key = base + "_" + n;
            }
            used.add(key);
            keys.add(key);
        }
        return keys;
    }
}
