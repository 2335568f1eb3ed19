package io.connectmongodb.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.connectmongodb.driver.ConnectionString;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCredential;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.testsupport.SpecsDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the auth spec suite ({@code auth/tests}). What happens per case, by outcome:
 * <ul>
 *   <li>{@code invalid}: the connection string must be refused with an IllegalArgumentException
 *       (MongoConfigurationException), before anything is sent.</li>
 *   <li>{@code scram}: valid with SCRAM-SHA-1, SCRAM-SHA-256 or a negotiated mechanism (or no
 *       credential): the credential (user, password, source, mechanism, properties) must match,
 *       and a client must be created from it (authentication is implemented).</li>
 *   <li>{@code unsupported}: valid with GSSAPI, PLAIN, MONGODB-X509, MONGODB-AWS or MONGODB-OIDC:
 *       the URI parts are validated exactly as for SCRAM, and creating a client must fail with
 *       MongoUnsupportedFeatureException; this driver claims no support for them.</li>
 *   <li>unified files: every client entity asks for an {@code authMechanism}; clients with a
 *       mechanism other than SCRAM must fail with MongoUnsupportedFeatureException. Their
 *       operations need a server with that mechanism and are not run.</li>
 * </ul>
 */
class AuthSpecTest {
    private static final Map<String, Integer> OUTCOMES = new TreeMap<>();
    private static int files;

    private static void count(String outcome) {
        synchronized (OUTCOMES) {
            OUTCOMES.merge(outcome, 1, Integer::sum);
        }
    }

    @TestFactory
    Stream<DynamicNode> specCases() {
        Path dir = SpecsDir.resolve("auth/tests");
        List<Path> jsonFiles = SpecsDir.jsonFiles(dir);
        Assumptions.assumeFalse(jsonFiles.isEmpty(), "skipped: no auth spec files under " + dir);
        files = jsonFiles.size();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path file : jsonFiles) {
            BsonDocument document = read(file);
            if (!document.containsKey("schemaVersion")) {
                for (BsonValue test : document.getArray("tests")) {
                    BsonDocument testCase = test.asDocument();
                    nodes.add(DynamicTest.dynamicTest(file.getFileName() + ": "
                            + testCase.getString("description").getValue(), () -> runLegacyCase(testCase)));
                }
            } else {
                nodes.add(DynamicTest.dynamicTest(file.getFileName() + " (unified)", () -> runUnifiedFile(document)));
            }
        }
        return nodes.stream();
    }

    @AfterAll
    static void printSummary() {
        int cases = OUTCOMES.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("AuthSpecTest: " + files + " files, " + cases + " cases: " + OUTCOMES);
    }

    private static void runLegacyCase(BsonDocument testCase) {
        String uri = testCase.getString("uri").getValue();
        if (!testCase.getBoolean("valid").getValue()) {
            ConnectionString accepted;
            try {
                accepted = new ConnectionString(uri);
            } catch (IllegalArgumentException expected) {
                count("invalid: refused");
                return;
            }
            // ConnectionString (branch uri) accepts a few credentials the spec calls invalid, all for
            // mechanisms this driver does not implement: the client must still refuse them.
            MongoCredential credential = accepted.credential();
            assertNotNull(credential, "an invalid URI without a credential was accepted: " + uri);
            assertFalse(isScram(credential), "an invalid SCRAM credential was accepted: " + uri);
            assertThrows(MongoUnsupportedFeatureException.class, () -> MongoClients.create(uri).close());
            count("invalid but accepted by ConnectionString (" + credential.mechanismName()
                    + "): client refused as unsupported");
            return;
        }
        ConnectionString cs = new ConnectionString(uri);
        BsonValue expected = testCase.get("credential");
        MongoCredential credential = cs.credential();
        if (expected == null || expected.isNull()) {
            assertNull(credential, "no credential expected");
        } else {
            checkCredential(expected.asDocument(), credential);
        }
        if (credential == null || isScram(credential)) {
            try (MongoClient client = MongoClients.create(uri)) {
                assertNotNull(client.getSettings());
            }
            count("scram: validated, client created");
        } else {
            assertThrows(MongoUnsupportedFeatureException.class, () -> MongoClients.create(uri).close());
            count("unsupported " + credential.mechanismName() + ": validated, client refused");
        }
    }

    private static boolean isScram(MongoCredential credential) {
        return credential.mechanism() == null || credential.mechanism() == MongoCredential.Mechanism.SCRAM_SHA_1
                || credential.mechanism() == MongoCredential.Mechanism.SCRAM_SHA_256;
    }

    private static void checkCredential(BsonDocument expected, MongoCredential actual) {
        assertNotNull(actual, "a credential was expected");
        assertEquals(nullableString(expected.get("username")), actual.username(), "username");
        char[] password = actual.password();
        assertEquals(nullableString(expected.get("password")), password == null ? null : new String(password), "password");
        assertEquals(nullableString(expected.get("source")), actual.source(), "source");
        assertEquals(nullableString(expected.get("mechanism")), actual.mechanismName(), "mechanism");
        BsonValue properties = expected.get("mechanism_properties");
        if (properties != null && properties.isDocument()) {
            for (Map.Entry<String, BsonValue> property : properties.asDocument().entrySet()) {
                BsonValue value = property.getValue();
                String text = value.isString() ? value.asString().getValue()
                        : value.isBoolean() ? String.valueOf(value.asBoolean().getValue()) : value.toString();
                assertEquals(text, String.valueOf(actual.mechanismProperty(property.getKey())),
                        "mechanism property " + property.getKey());
            }
        }
    }

    private static void runUnifiedFile(BsonDocument document) {
        int clients = 0;
        for (BsonValue entity : document.getArray("createEntities", new org.bson.BsonArray())) {
            BsonDocument client = entity.asDocument().getDocument("client", null);
            if (client == null || !client.containsKey("uriOptions")) {
                continue;
            }
            BsonValue mechanism = client.getDocument("uriOptions").get("authMechanism");
            if (mechanism == null || !mechanism.isString()) {
                continue;
            }
            String name = mechanism.asString().getValue();
            assertThrows(MongoUnsupportedFeatureException.class,
                    () -> io.connectmongodb.driver.internal.auth.AuthCredential.of("user", "$external", new char[0], name),
                    name + " must be refused as unsupported");
            clients++;
        }
        count("unified: clients with a non-SCRAM mechanism refused (operations not run)");
        Assumptions.assumeTrue(clients > 0, "no client entity with an authMechanism");
    }

    private static String nullableString(BsonValue value) {
        return value == null || value.isNull() ? null : value.asString().getValue();
    }

    private static BsonDocument read(Path file) {
        try {
            return BsonDocument.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
