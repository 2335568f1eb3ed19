package io.connectmongodb.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.connectmongodb.driver.ConnectionString;
import io.connectmongodb.driver.MongoCredential;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.error.MongoConfigurationException;
import io.connectmongodb.testsupport.SpecsDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the shared format of the connection-string and uri-options spec suites: each case gives
 * a URI, whether it is valid, whether it warns, and (when not null) the expected hosts, auth and
 * options. Valid cases must parse without error, warn exactly when {@code warning} is true
 * (checked through {@link ConnectionString#warnings()}), and match every listed host and option.
 * Counts are kept so that the runner can print a summary after the dynamic tests have run.
 */
final class UriSpecRunner {

    private final String suiteName;
    private final Path directory;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger passed = new AtomicInteger();
    private final Map<String, Integer> skipReasons = new TreeMap<>();

    UriSpecRunner(String suiteName, String relativeDirectory) {
        this.suiteName = suiteName;
        this.directory = SpecsDir.resolve(relativeDirectory);
    }

    Stream<DynamicNode> tests() {
        List<Path> jsonFiles = SpecsDir.jsonFiles(directory);
        if (jsonFiles.isEmpty()) {
            String reason = suiteName + " spec data not found at " + directory + " (set -Dspecs.dir)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        List<DynamicNode> containers = new ArrayList<>();
        for (Path file : jsonFiles) {
            files.incrementAndGet();
            BsonDocument suite = BsonDocument.parse(read(file));
            List<DynamicNode> fileTests = new ArrayList<>();
            for (BsonValue value : suite.getArray("tests")) {
                BsonDocument testCase = value.asDocument();
                cases.incrementAndGet();
                String name = testCase.getString("description").getValue();
                fileTests.add(DynamicTest.dynamicTest(name, () -> {
                    runCase(testCase);
                    passed.incrementAndGet();
                }));
            }
            containers.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), fileTests));
        }
        return containers.stream();
    }

    String summary() {
        int skipped = skipReasons.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder out = new StringBuilder(suiteName + " spec: " + files.get() + " files, " + cases.get() + " cases, "
                + passed.get() + " passed, " + skipped + " skipped");
        if (!skipReasons.isEmpty()) {
            out.append(" (reasons: ");
            skipReasons.forEach((reason, count) -> out.append(count).append(" x ").append(reason).append("; "));
            out.setLength(out.length() - 2);
            out.append(')');
        }
        return out.toString();
    }

    private void runCase(BsonDocument testCase) {
        String uri = testCase.getString("uri").getValue();
        boolean valid = testCase.getBoolean("valid").getValue();
        if (!valid) {
            assertThrows(IllegalArgumentException.class, () -> new ConnectionString(uri), "expected an error for " + uri);
            return;
        }
        ConnectionString cs = new ConnectionString(uri);
        BsonValue warning = testCase.get("warning");
        if (warning != null && warning.isBoolean()) {
            if (warning.asBoolean().getValue()) {
                assertFalse(cs.warnings().isEmpty(), "expected a warning");
            } else {
                assertEquals(List.of(), cs.warnings(), "expected no warning");
            }
        }
        checkHosts(testCase.get("hosts"), cs);
        checkAuth(testCase.get("auth"), cs);
        checkOptions(testCase.get("options"), cs);
    }

    private synchronized void skip(String reason) {
        skipReasons.merge(reason, 1, Integer::sum);
        Assumptions.abort(reason);
    }

    private static void checkHosts(BsonValue expected, ConnectionString cs) {
        if (expected == null || expected.isNull()) {
            return;
        }
        BsonArray hosts = expected.asArray();
        assertEquals(hosts.size(), cs.hosts().size(), "host count: " + cs.hosts());
        for (int i = 0; i < hosts.size(); i++) {
            BsonDocument host = hosts.get(i).asDocument();
            ServerAddress actual = cs.hosts().get(i);
            assertEquals(host.getString("host").getValue(), actual.host(), "host " + i);
            BsonValue port = host.get("port");
            if (port != null && !port.isNull()) {
                assertEquals(port.asNumber().intValue(), actual.port(), "port of host " + i);
            }
            BsonValue type = host.get("type");
            if (type != null && !type.isNull()) {
                assertEquals(type.asString().getValue(), hostType(actual), "type of host " + i);
            }
        }
    }

    static String hostType(ServerAddress address) {
        if (address.isUnixSocket()) {
            return "unix";
        }
        if (address.isIpv6Literal()) {
            return "ip_literal";
        }
        String[] parts = address.host().split("\\.", -1);
        if (parts.length == 4) {
            boolean ipv4 = true;
            for (String part : parts) {
                ipv4 &= !part.isEmpty() && part.length() <= 3 && part.chars().allMatch(Character::isDigit)
                        && Integer.parseInt(part) <= 255;
            }
            if (ipv4) {
                return "ipv4";
            }
        }
        return "hostname";
    }

    private static void checkAuth(BsonValue expected, ConnectionString cs) {
        if (expected == null || expected.isNull()) {
            return;
        }
        BsonDocument auth = expected.asDocument();
        MongoCredential credential = cs.credential();
        if (auth.containsKey("username")) {
            String username = nullableString(auth.get("username"));
            assertEquals(username, credential == null ? null : credential.username(), "username");
        }
        if (auth.containsKey("password")) {
            String password = nullableString(auth.get("password"));
            char[] actual = credential == null ? null : credential.password();
            assertEquals(password, actual == null ? null : new String(actual), "password");
        }
        if (auth.containsKey("db")) {
            assertEquals(nullableString(auth.get("db")), cs.namespace(), "auth database");
        }
    }

    private static void checkOptions(BsonValue expected, ConnectionString cs) {
        if (expected == null || expected.isNull()) {
            return;
        }
        for (Map.Entry<String, BsonValue> entry : expected.asDocument().entrySet()) {
            Function<ConnectionString, Object> accessor = OPTION_ACCESSORS.get(entry.getKey().toLowerCase(Locale.ROOT));
            if (accessor == null) {
                fail("the runner has no accessor for option " + entry.getKey());
            }
            Object actual = accessor.apply(cs);
            assertNotNull(actual, "option " + entry.getKey() + " was not parsed");
            assertEquals(normalize(entry.getValue()), normalizeActual(actual, entry.getValue()), "option " + entry.getKey());
        }
    }

    private static final Map<String, Function<ConnectionString, Object>> OPTION_ACCESSORS = new HashMap<>();

    static {
        Map<String, Function<ConnectionString, Object>> m = OPTION_ACCESSORS;
        m.put("appname", ConnectionString::applicationName);
        m.put("authmechanism", ConnectionString::authMechanism);
        m.put("authmechanismproperties", ConnectionString::authMechanismProperties);
        m.put("authsource", ConnectionString::authSource);
        m.put("compressors", ConnectionString::compressors);
        m.put("connecttimeoutms", ConnectionString::connectTimeoutMS);
        m.put("directconnection", ConnectionString::directConnection);
        m.put("enableoverloadretargeting", ConnectionString::enableOverloadRetargeting);
        m.put("heartbeatfrequencyms", ConnectionString::heartbeatFrequencyMS);
        m.put("journal", cs -> cs.writeConcern() == null ? null : cs.writeConcern().journal());
        m.put("loadbalanced", ConnectionString::loadBalanced);
        m.put("localthresholdms", ConnectionString::localThresholdMS);
        m.put("maxadaptiveretries", ConnectionString::maxAdaptiveRetries);
        m.put("maxconnecting", ConnectionString::maxConnecting);
        m.put("maxidletimems", ConnectionString::maxIdleTimeMS);
        m.put("maxpoolsize", ConnectionString::maxPoolSize);
        m.put("maxstalenessseconds", cs -> cs.readPreference() == null ? null : cs.readPreference().maxStalenessSeconds());
        m.put("minpoolsize", ConnectionString::minPoolSize);
        m.put("proxyhost", ConnectionString::proxyHost);
        m.put("proxyport", ConnectionString::proxyPort);
        m.put("proxyusername", ConnectionString::proxyUsername);
        m.put("proxypassword", ConnectionString::proxyPassword);
        m.put("readconcernlevel", cs -> cs.readConcern() == null ? null : cs.readConcern().level());
        m.put("readpreference", cs -> cs.readPreference() == null ? null : cs.readPreference().mode().wireName());
        m.put("readpreferencetags", cs -> cs.readPreference() == null ? null : cs.readPreference().tagSets());
        m.put("replicaset", ConnectionString::replicaSet);
        m.put("retryreads", ConnectionString::retryReads);
        m.put("retrywrites", ConnectionString::retryWrites);
        m.put("servermonitoringmode", ConnectionString::serverMonitoringMode);
        m.put("serverselectiontimeoutms", ConnectionString::serverSelectionTimeoutMS);
        m.put("serverselectiontryonce", ConnectionString::serverSelectionTryOnce);
        m.put("sockettimeoutms", ConnectionString::socketTimeoutMS);
        m.put("srvmaxhosts", ConnectionString::srvMaxHosts);
        m.put("srvservicename", ConnectionString::srvServiceName);
        m.put("ssl", ConnectionString::tls);
        m.put("timeoutms", ConnectionString::timeoutMS);
        m.put("tls", ConnectionString::tls);
        m.put("tlsallowinvalidcertificates", ConnectionString::tlsAllowInvalidCertificates);
        m.put("tlsallowinvalidhostnames", ConnectionString::tlsAllowInvalidHostnames);
        m.put("tlscafile", ConnectionString::tlsCAFile);
        m.put("tlscertificatekeyfile", ConnectionString::tlsCertificateKeyFile);
        m.put("tlscertificatekeyfilepassword", ConnectionString::tlsCertificateKeyFilePassword);
        m.put("tlsdisablecertificaterevocationcheck", ConnectionString::tlsDisableCertificateRevocationCheck);
        m.put("tlsdisableocspendpointcheck", ConnectionString::tlsDisableOCSPEndpointCheck);
        m.put("tlsinsecure", ConnectionString::tlsInsecure);
        m.put("uuidrepresentation", ConnectionString::uuidRepresentation);
        m.put("w", cs -> cs.writeConcern() == null ? null : cs.writeConcern().w());
        m.put("wtimeoutms", cs -> cs.writeConcern() == null ? null : cs.writeConcern().wTimeoutMS());
        m.put("zlibcompressionlevel", ConnectionString::zlibCompressionLevel);
    }

    /** Expected JSON value as plain Java: numbers as Long, documents as maps, arrays as lists. */
    private static Object normalize(BsonValue value) {
        switch (value.getBsonType()) {
            case INT32:
            case INT64:
            case DOUBLE:
                return value.asNumber().longValue();
            case BOOLEAN:
                return value.asBoolean().getValue();
            case STRING:
                return value.asString().getValue();
            case ARRAY:
                List<Object> list = new ArrayList<>();
                value.asArray().forEach(v -> list.add(normalize(v)));
                return list;
            case DOCUMENT:
                Map<String, Object> map = new LinkedHashMap<>();
                value.asDocument().forEach((k, v) -> map.put(k, normalize(v)));
                return map;
            default:
                throw new IllegalArgumentException("unexpected value in spec file: " + value);
        }
    }

    /** The actual value in the same shape; scalars are compared as text when the spec gives text. */
    private static Object normalizeActual(Object actual, BsonValue expected) {
        if (expected.isString() && !(actual instanceof String)) {
            return String.valueOf(actual);
        }
        if (actual instanceof Number) {
            return ((Number) actual).longValue();
        }
        if (actual instanceof List) {
            List<Object> list = new ArrayList<>();
            for (Object item : (List<?>) actual) {
                list.add(item instanceof Map ? new LinkedHashMap<>((Map<?, ?>) item) : item);
            }
            return list;
        }
        if (actual instanceof Map && expected.isDocument()) {
            Map<String, Object> map = new LinkedHashMap<>();
            ((Map<?, ?>) actual).forEach((k, v) -> {
                BsonValue expectedValue = expected.asDocument().get(String.valueOf(k));
                map.put(String.valueOf(k), expectedValue != null && !expectedValue.isString() ? normalizeActualScalar(v) : v);
            });
            return map;
        }
        return actual;
    }

    private static Object normalizeActualScalar(Object value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf((String) value);
        }
        return value;
    }

    private static String nullableString(BsonValue value) {
        return value == null || value.isNull() ? null : value.asString().getValue();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
