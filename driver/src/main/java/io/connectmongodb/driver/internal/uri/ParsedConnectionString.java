package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.ServerAddress;
import java.util.List;

/**
 * Everything read from one connection string, before the value objects are built.
 *
 * @param srv whether the scheme is {@code mongodb+srv}
 * @param srvHost the SRV host name, or null when not SRV
 * @param srvResolved whether {@code hosts} came from DNS (always true when not SRV)
 * @param hosts the seed list; for an unresolved SRV string, the SRV host on port 27017
 * @param userInfo the user name and password, or null
 * @param namespace the decoded path ({@code db} or {@code db.collection}), or null
 * @param options the accepted options (merged with TXT defaults once resolved)
 * @param warnings every warning raised while parsing and resolving
 * @param redacted the connection string with secrets replaced by {@code ****}
 */
public record ParsedConnectionString(boolean srv, String srvHost, boolean srvResolved, List<ServerAddress> hosts,
        UserInfo userInfo, String namespace, OptionValues options, List<String> warnings, String redacted) {

    /** The database part of the namespace (before the first dot), or null. */
    public String database() {
        if (namespace == null) {
            return null;
        }
        int dot = namespace.indexOf('.');
        return dot < 0 ? namespace : namespace.substring(0, dot);
    }

    /** The collection part of the namespace (after the first dot), or null. */
    public String collection() {
        if (namespace == null) {
            return null;
        }
        int dot = namespace.indexOf('.');
        return dot < 0 ? null : namespace.substring(dot + 1);
    }
}
