package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectionStringTest {

    @Test
    void parsesHostsWithDefaultAndExplicitPorts() {
        ConnectionString cs = new ConnectionString("mongodb://Example.com,127.0.0.1:27018,[::1]:27019,[fe80::1]");
        assertEquals(List.of(ServerAddress.of("example.com", 27017), ServerAddress.of("127.0.0.1", 27018),
                ServerAddress.of("::1", 27019), ServerAddress.of("fe80::1", 27017)), cs.hosts());
        assertTrue(cs.hosts().get(2).isIpv6Literal());
        assertFalse(cs.isSrv());
        assertTrue(cs.isSrvResolved());
    }

    @Test
    void parsesPercentEncodedUnixSockets() {
        ConnectionString cs = new ConnectionString("mongodb://%2Ftmp%2FMongoDB-27017.sock,rel%2Fa.sock/db");
        assertTrue(cs.hosts().get(0).isUnixSocket());
        assertEquals("/tmp/MongoDB-27017.sock", cs.hosts().get(0).host());
        assertEquals("rel/a.sock", cs.hosts().get(1).host());
        assertEquals("db", cs.database());
    }

    @Test
    void hostWithoutSlashEndingInSockIsAHostName() {
        ConnectionString cs = new ConnectionString("mongodb://mongodb-27017.sock");
        assertFalse(cs.hosts().get(0).isUnixSocket());
    }

    @Test
    void rejectsBadHostsAndPorts() {
        for (String uri : List.of("mongodb://", "mongodb://localhost:0", "mongodb://localhost:65536", "mongodb://localhost:-1",
                "mongodb://localhost:foo", "mongodb://localhost::27017", "mongodb://[::1]:0", "mongodb://[::1", "mongodb://a,,b",
                "mongodb:///tmp/mongodb-27017.sock", "mongodb://%2Ftmp%2Fnot-a-socket", "mongodb://ho st", "mongo://localhost",
                "", "mongodb://[::1]x")) {
            assertThrows(MongoConfigurationException.class, () -> new ConnectionString(uri), uri);
        }
    }

    @Test
    void decodesUserInfoAndDatabase() {
        ConnectionString cs = new ConnectionString("mongodb://%40l%3Ace:p%3Ass@example.com/my%3Ddb.coll.x");
        assertEquals("@l:ce", cs.credential().username());
        assertEquals("p:ss", new String(cs.credential().password()));
        assertEquals("my=db.coll.x", cs.namespace());
        assertEquals("my=db", cs.database());
        assertEquals("coll.x", cs.collection());
        assertEquals("my=db", cs.credential().source());
    }

    @Test
    void rejectsUnescapedUserInfo() {
        for (String uri : List.of("mongodb://alice:foo:bar@h", "mongodb://alice@@h", "mongodb://a%zz:b@h", "mongodb://a%2:b@h",
                "mongodb://alice/@h/db", "mongodb://@h", "mongodb://:@h")) {
            assertThrows(MongoConfigurationException.class, () -> new ConnectionString(uri), uri);
        }
    }

    @Test
    void passwordNeverAppearsInToStringOrErrors() {
        ConnectionString cs = new ConnectionString("mongodb://bob:s3cr3t@h/db?tlsCertificateKeyFilePassword=k3y"
                + "&proxyHost=p&proxyUsername=u&proxyPassword=pr0xy&authMechanism=MONGODB-AWS"
                + "&authMechanismProperties=AWS_SESSION_TOKEN:t0ken");
        String text = cs.toString() + cs.options() + cs.credential() + cs.warnings();
        for (String secret : List.of("s3cr3t", "k3y", "pr0xy", "t0ken")) {
            assertFalse(text.contains(secret), secret + " leaked: " + text);
        }
        assertTrue(cs.toString().startsWith("mongodb://bob:****@h/db?"));
        assertEquals("k3y", cs.tlsCertificateKeyFilePassword());
        assertEquals("pr0xy", cs.proxyPassword());

        for (String uri : List.of("mongodb://bob:s3cr3t@h/?authMechanism=MONGODB-X509", "mongodb://bob:s3:cr3t@h",
                "mongodb://bob:s3cr3t@h/?authMechanism=NOPE", "mongodb://bob:s3cr3t@h:99999",
                "mongodb://bob/x:s3cr3t@h/db", "mongodb://bob:s3cr3t/x@h/db", "mongodb://bob:s3cr3t:y/x@h/db")) {
            MongoConfigurationException e = assertThrows(MongoConfigurationException.class, () -> new ConnectionString(uri));
            assertFalse(e.getMessage().contains("cr3t"), e.getMessage());
        }
    }

    @Test
    void readsTypedOptionsCaseInsensitively() {
        ConnectionString cs = new ConnectionString("mongodb://h/?CONNECTTIMEOUTMS=100&socketTimeoutMS=0&maxPoolSize=5"
                + "&minPoolSize=1&maxConnecting=2&maxIdleTimeMS=7&waitQueueTimeoutMS=8&heartbeatFrequencyMS=500"
                + "&localThresholdMS=15&serverSelectionTimeoutMS=9&appName=app&retryWrites=false&retryReads=TRUE"
                + "&compressors=zstd,zlib,bogus&zlibCompressionLevel=-1&uuidRepresentation=STANDARD&timeoutMS=0"
                + "&replicaSet=rs&directConnection=false&tls=true&tlsCAFile=ca.pem&serverMonitoringMode=poll");
        assertEquals(100, cs.connectTimeoutMS());
        assertEquals(0, cs.socketTimeoutMS());
        assertEquals(5, cs.maxPoolSize());
        assertEquals(1, cs.minPoolSize());
        assertEquals(2, cs.maxConnecting());
        assertEquals(7, cs.maxIdleTimeMS());
        assertEquals(8, cs.waitQueueTimeoutMS());
        assertEquals(500, cs.heartbeatFrequencyMS());
        assertEquals(15, cs.localThresholdMS());
        assertEquals(9, cs.serverSelectionTimeoutMS());
        assertEquals("app", cs.applicationName());
        assertEquals(false, cs.retryWrites());
        assertEquals(true, cs.retryReads());
        assertEquals(List.of("zstd", "zlib"), cs.compressors());
        assertEquals(-1, cs.zlibCompressionLevel());
        assertEquals("standard", cs.uuidRepresentation());
        assertEquals(0, cs.timeoutMS());
        assertEquals("rs", cs.replicaSet());
        assertEquals(false, cs.directConnection());
        assertEquals(true, cs.tls());
        assertEquals("ca.pem", cs.tlsCAFile());
        assertEquals("poll", cs.serverMonitoringMode());
        assertEquals(1, cs.warnings().size(), cs.warnings().toString());
        assertEquals("100", cs.options().get("connectTimeoutMS"));
        assertNull(cs.credential());
        assertNull(cs.readPreference());
        assertNull(cs.writeConcern());
        assertNull(cs.readConcern());
        assertNull(cs.loadBalanced());
    }

    @Test
    void invalidValuesAreWarningsAndIgnored() {
        ConnectionString cs = new ConnectionString("mongodb://h/?maxPoolSize=-1&heartbeatFrequencyMS=499&journal="
                + "&zlibCompressionLevel=10&foo=bar&maxConnecting=0&retryWrites=yes&replicaSet=a&replicaSet=b");
        assertNull(cs.maxPoolSize());
        assertNull(cs.heartbeatFrequencyMS());
        assertNull(cs.writeConcern());
        assertNull(cs.zlibCompressionLevel());
        assertNull(cs.maxConnecting());
        assertNull(cs.retryWrites());
        assertEquals("b", cs.replicaSet());
        assertEquals(8, cs.warnings().size(), cs.warnings().toString());
    }

    @Test
    void buildsReadPreferenceWithOrderedTagSets() {
        ConnectionString cs = new ConnectionString("mongodb://h/?readPreference=nearest&readPreferenceTags=dc:ny,rack:1"
                + "&readPreferenceTags=dc:sf&readPreferenceTags=&maxStalenessSeconds=120");
        ReadPreference rp = cs.readPreference();
        assertEquals(ReadPreference.Mode.NEAREST, rp.mode());
        assertEquals(List.of(Map.of("dc", "ny", "rack", "1"), Map.of("dc", "sf"), Map.of()), rp.tagSets());
        assertEquals(120L, rp.maxStalenessSeconds());
        assertThrows(MongoConfigurationException.class, () -> new ConnectionString("mongodb://h/?readPreferenceTags=dc:ny"));
        assertThrows(MongoConfigurationException.class,
                () -> new ConnectionString("mongodb://h/?readPreference=primary&maxStalenessSeconds=100"));
        assertThrows(MongoConfigurationException.class,
                () -> new ConnectionString("mongodb://h/?readPreference=secondary&maxStalenessSeconds=0"));
        assertNull(new ConnectionString("mongodb://h/?readPreference=secondary&maxStalenessSeconds=-1")
                .readPreference().maxStalenessSeconds());
    }

    @Test
    void buildsWriteAndReadConcern() {
        ConnectionString cs = new ConnectionString("mongodb://h/?w=majority&journal=true&wTimeoutMS=2500&readConcernLevel=snapshot");
        assertEquals(WriteConcern.of("majority", true, 2500L), cs.writeConcern());
        assertEquals(ReadConcern.SNAPSHOT, cs.readConcern());
        assertEquals(2, new ConnectionString("mongodb://h/?w=2").writeConcern().w());
        assertThrows(MongoConfigurationException.class, () -> new ConnectionString("mongodb://h/?w=0&journal=true"));
        ConnectionString deprecated = new ConnectionString("mongodb://h/?wtimeout=5&wTimeoutMS=10");
        assertEquals(10L, deprecated.writeConcern().wTimeoutMS());
        assertEquals(1, deprecated.warnings().size());
    }

    @Test
    void enforcesCrossOptionRules() {
        for (String uri : List.of("mongodb://h/?tls=true&ssl=false", "mongodb://h/?tlsInsecure=true&tlsAllowInvalidHostnames=true",
                "mongodb://a,b/?directConnection=true", "mongodb://a,b/?loadBalanced=true",
                "mongodb://h/?loadBalanced=true&replicaSet=rs", "mongodb://h/?srvMaxHosts=1", "mongodb://h/?srvServiceName=x",
                "mongodb://h/?proxyPort=1", "mongodb://h/?proxyHost=p&proxyUsername=u", "mongodb://h/?authSource=",
                "mongodb://h/?proxyHost=a&proxyHost=b", "mongodb://h/?w")) {
            assertThrows(MongoConfigurationException.class, () -> new ConnectionString(uri), uri);
        }
        assertEquals(true, new ConnectionString("mongodb://h/?ssl=true").tls());
    }

    @Test
    void buildsCredentialsPerMechanism() {
        MongoCredential plain = new ConnectionString("mongodb://u:p@h/?authMechanism=PLAIN").credential();
        assertEquals("$external", plain.source());
        assertEquals(MongoCredential.Mechanism.PLAIN, plain.mechanism());
        MongoCredential gssapi = new ConnectionString("mongodb://u%40R@h/db?authMechanism=GSSAPI").credential();
        assertEquals("$external", gssapi.source());
        assertEquals("mongodb", gssapi.mechanismProperty("service_name"));
        MongoCredential scram = new ConnectionString("mongodb://u:p@h/db?authSource=other").credential();
        assertNull(scram.mechanism());
        assertEquals("other", scram.source());
        assertEquals("admin", new ConnectionString("mongodb://u:p@h").credential().source());
        assertNull(new ConnectionString("mongodb://h/db?authSource=x").credential());
        for (String uri : List.of("mongodb://h/?authMechanism=SCRAM-SHA-256", "mongodb://u@h/?authMechanism=MONGODB-AWS",
                "mongodb://u@h/?authMechanism=GSSAPI&authSource=db", "mongodb://h/?authMechanism=MONGODB-OIDC",
                "mongodb://u@h/?authMechanism=GSSAPI&authMechanismProperties=CANONICALIZE_HOST_NAME:bad")) {
            assertThrows(MongoConfigurationException.class, () -> new ConnectionString(uri), uri);
        }
    }

    @Test
    void mechanismPropertyValuesMayContainColonsButNotCommas() {
        ConnectionString cs = new ConnectionString("mongodb://h/?authMechanism=MONGODB-OIDC"
                + "&authMechanismProperties=ENVIRONMENT:azure,TOKEN_RESOURCE:mongodb://x");
        assertEquals("mongodb://x", cs.credential().mechanismProperty("TOKEN_RESOURCE"));
        assertTrue(cs.warnings().isEmpty());
        ConnectionString comma = new ConnectionString("mongodb://h/?authMechanism=MONGODB-OIDC"
                + "&authMechanismProperties=TOKEN_RESOURCE:a%2Cb,ENVIRONMENT:azure");
        assertEquals(1, comma.warnings().size());
    }

    @Test
    void optionsWithoutSlashAndSrvDefaults() {
        ConnectionString cs = new ConnectionString("mongodb://h?appName=x");
        assertEquals("x", cs.applicationName());
        assertNull(cs.namespace());
        ConnectionString srv = new ConnectionString("mongodb+srv://cluster.example.com/?tls=false");
        assertEquals(false, srv.tls());
        assertEquals(true, new ConnectionString("mongodb+srv://cluster.example.com").tls());
    }
}
