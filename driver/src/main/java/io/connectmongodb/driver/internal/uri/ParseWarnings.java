package io.connectmongodb.driver.internal.uri;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the warnings of one connection string parse and logs each at WARNING level.
 *
 * <p>The connection string spec says unknown keys and invalid values are ignored with a warning,
 * not an error. Keeping the warnings lets callers (and the spec tests) check them. Warning texts
 * never contain secret values.
 */
public final class ParseWarnings {
    private static final System.Logger LOGGER = System.getLogger("io.connectmongodb.driver.uri");

    private final List<String> warnings = new ArrayList<>();

    public void add(String warning) {
        warnings.add(warning);
        LOGGER.log(System.Logger.Level.WARNING, warning);
    }

    public List<String> asList() {
        return Collections.unmodifiableList(new ArrayList<>(warnings));
    }
}
