package io.connectmongodb.driver.internal.uri;

import java.util.List;

/**
 * The raw (still percent-encoded) pieces of a connection string, as split by
 * {@link ConnectionStringTokenizer}.
 *
 * @param srv whether the scheme is {@code mongodb+srv}
 * @param userInfo the text before the last unescaped {@code @} of the host information, or null
 * @param hostInfo the comma-separated host identifiers
 * @param path the text between the host information and {@code ?}, or null when there is none
 * @param options the key/value pairs of the query, in order (values not yet decoded)
 */
public record UriParts(boolean srv, String userInfo, String hostInfo, String path, List<RawOption> options) {

    /** One {@code key=value} pair of the query, both still percent-encoded. */
    public record RawOption(String key, String value) {
    }
}
