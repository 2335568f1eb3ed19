package io.connectmongodb.driver.internal.uri;

import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.List;

/**
 * Parses a connection string without any network access: tokenize, decode and check the user
 * information, hosts and auth database, parse the options, then apply the cross-option rules.
 *
 * <p>For {@code mongodb+srv} the host part must be one host name without a port; DNS is left to
 * {@link SrvResolution}. The auth database must not contain {@code / \ " $} or a space once
 * decoded; dots are allowed, to name a {@code db.collection} namespace.
 */
public final class ConnectionStringParser {
    private static final String FORBIDDEN_DATABASE_CHARS = "/\\ \"$";

    private ConnectionStringParser() {
    }

    public static ParsedConnectionString parse(String uri) {
        UriParts parts = ConnectionStringTokenizer.tokenize(uri);
        UserInfo userInfo = parts.userInfo() == null ? null : UserInfo.parse(parts.userInfo());
        String srvHost = null;
        List<ServerAddress> hosts;
        if (parts.srv()) {
            srvHost = srvHostName(parts.hostInfo());
            hosts = List.of(ServerAddress.of(srvHost));
        } else {
            hosts = List.copyOf(HostListParser.parse(parts.hostInfo()));
        }
        String namespace = parts.path() == null ? null : namespace(parts.path());
        ParseWarnings warnings = new ParseWarnings();
        OptionValues options = new OptionParser(warnings).parse(parts.options());
        OptionRules.check(options, parts.srv(), hosts.size());
        return new ParsedConnectionString(parts.srv(), srvHost, !parts.srv(), hosts, userInfo, namespace, options,
                warnings.asList(), Redactor.redact(parts));
    }

    private static String srvHostName(String hostInfo) {
        if (hostInfo.indexOf(',') >= 0) {
            throw new MongoConfigurationException("a mongodb+srv connection string must have exactly one host");
        }
        if (hostInfo.startsWith("[")) {
            throw new MongoConfigurationException("a mongodb+srv connection string needs a host name, not an IP literal");
        }
        ServerAddress address = HostListParser.parseOne(hostInfo);
        if (address.isUnixSocket()) {
            throw new MongoConfigurationException("a mongodb+srv connection string needs a host name, not a socket path");
        }
        if (hostInfo.indexOf(':') >= 0 || PercentDecoder.decode(hostInfo, "the host").indexOf(':') >= 0) {
            throw new MongoConfigurationException("a mongodb+srv connection string must not give a port");
        }
        return address.host();
    }

    private static String namespace(String rawPath) {
        String decoded = PercentDecoder.decode(rawPath, "the auth database");
        for (int i = 0; i < decoded.length(); i++) {
            if (FORBIDDEN_DATABASE_CHARS.indexOf(decoded.charAt(i)) >= 0) {
                // The path is not echoed: an unescaped '/' in a password puts the password here.
                throw new MongoConfigurationException("the auth database contains the character '" + decoded.charAt(i)
                        + "', which database names cannot contain (percent-encode '/' in Unix socket paths and in"
                        + " the username and password)");
            }
        }
        if (decoded.startsWith(".")) {
            throw new MongoConfigurationException("the auth database has an empty database name before '.'");
        }
        return decoded;
    }
}
