package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoConfigurationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SRV resolution with a fake resolver: no real DNS traffic. */
class ConnectionStringSrvTest {

    /** A resolver answering from maps and recording every query. */
    static final class FakeDns implements DnsResolver {
        final Map<String, List<SrvRecord>> srv = new HashMap<>();
        final Map<String, List<String>> txt = new HashMap<>();
        final List<String> queries = new ArrayList<>();

        FakeDns srv(String name, String... targetsAndPorts) {
            List<SrvRecord> records = new ArrayList<>();
            for (String targetAndPort : targetsAndPorts) {
                String[] parts = targetAndPort.split(":");
                records.add(new SrvRecord(0, 5, Integer.parseInt(parts[1]), parts[0]));
            }
            srv.put(name, records);
            return this;
        }

        @Override
        public List<SrvRecord> lookupSrv(String name) {
            queries.add("SRV " + name);
            return srv.getOrDefault(name, List.of());
        }

        @Override
        public List<String> lookupTxt(String name) {
            queries.add("TXT " + name);
            return txt.getOrDefault(name, List.of());
        }
    }

    @Test
    void parsingDoesNoDnsAndResolvingUsesSrvAndTxt() {
        FakeDns dns = new FakeDns().srv("_mongodb._tcp.cluster0.example.com", "a.example.com.:27017", "B.Example.com:27018");
        dns.txt.put("cluster0.example.com", List.of("replicaSet=rs0&authSource=users"));
        ConnectionString cs = new ConnectionString("mongodb+srv://u:p@Cluster0.example.com/app");
        assertTrue(cs.isSrv());
        assertFalse(cs.isSrvResolved());
        assertEquals("cluster0.example.com", cs.srvHost());
        assertEquals("app", cs.credential().source());

        ConnectionString resolved = cs.resolveSrv(dns);
        assertEquals(List.of("SRV _mongodb._tcp.cluster0.example.com", "TXT cluster0.example.com"), dns.queries);
        assertTrue(resolved.isSrvResolved());
        assertEquals(List.of(ServerAddress.of("a.example.com", 27017), ServerAddress.of("b.example.com", 27018)), resolved.hosts());
        assertEquals("rs0", resolved.replicaSet());
        assertEquals("users", resolved.credential().source());
        assertEquals(true, resolved.tls());
        assertTrue(resolved.resolveSrv(dns) == resolved);
    }

    @Test
    void uriOptionsOverrideTxtAndCustomServiceName() {
        FakeDns dns = new FakeDns().srv("_custom._tcp.c.example.com", "a.example.com:1");
        dns.txt.put("c.example.com", List.of("authSource=fromTxt"));
        ConnectionString resolved = new ConnectionString("mongodb+srv://u:p@c.example.com/?authSource=fromUri&srvServiceName=custom")
                .resolveSrv(dns);
        assertEquals("fromUri", resolved.credential().source());
        assertEquals(List.of(ServerAddress.of("a.example.com", 1)), resolved.hosts());
    }

    @Test
    void rejectsHostsOutsideTheParentDomain() {
        FakeDns dns = new FakeDns().srv("_mongodb._tcp.c.example.com", "a.example.com:1", "evil.com:1");
        assertThrows(MongoConfigurationException.class, () -> new ConnectionString("mongodb+srv://c.example.com").resolveSrv(dns));
        FakeDns lookalike = new FakeDns().srv("_mongodb._tcp.c.example.com", "a.notexample.com:1");
        assertThrows(MongoConfigurationException.class,
                () -> new ConnectionString("mongodb+srv://c.example.com").resolveSrv(lookalike));
    }

    @Test
    void shortSrvHostNeedsAnExtraLabel() {
        FakeDns same = new FakeDns().srv("_mongodb._tcp.mongo.local", "mongo.local:1");
        assertThrows(MongoConfigurationException.class, () -> new ConnectionString("mongodb+srv://mongo.local").resolveSrv(same));
        FakeDns ok = new FakeDns().srv("_mongodb._tcp.mongo.local", "a.mongo.local:1");
        assertEquals(1, new ConnectionString("mongodb+srv://mongo.local").resolveSrv(ok).hosts().size());
    }

    @Test
    void enforcesTxtRules() {
        FakeDns twoRecords = new FakeDns().srv("_mongodb._tcp.c.example.com", "a.example.com:1");
        twoRecords.txt.put("c.example.com", List.of("replicaSet=a", "authSource=b"));
        assertThrows(MongoConfigurationException.class,
                () -> new ConnectionString("mongodb+srv://c.example.com").resolveSrv(twoRecords));
        for (String txt : List.of("ssl=false", "w=1", "unknownOption=1")) {
            FakeDns dns = new FakeDns().srv("_mongodb._tcp.c.example.com", "a.example.com:1");
            dns.txt.put("c.example.com", List.of(txt));
            assertThrows(MongoConfigurationException.class, () -> new ConnectionString("mongodb+srv://c.example.com").resolveSrv(dns), txt);
        }
        FakeDns loadBalancedMany = new FakeDns().srv("_mongodb._tcp.c.example.com", "a.example.com:1", "b.example.com:1");
        loadBalancedMany.txt.put("c.example.com", List.of("loadBalanced=true"));
        assertThrows(MongoConfigurationException.class,
                () -> new ConnectionString("mongodb+srv://c.example.com").resolveSrv(loadBalancedMany));
        FakeDns replicaSetWithMax = new FakeDns().srv("_mongodb._tcp.c.example.com", "a.example.com:1");
        replicaSetWithMax.txt.put("c.example.com", List.of("replicaSet=rs"));
        assertThrows(MongoConfigurationException.class,
                () -> new ConnectionString("mongodb+srv://c.example.com/?srvMaxHosts=1").resolveSrv(replicaSetWithMax));
    }

    @Test
    void noRecordsIsAnError() {
        assertThrows(MongoConfigurationException.class, () -> new ConnectionString("mongodb+srv://c.example.com").resolveSrv(new FakeDns()));
    }

    @Test
    void srvMaxHostsChoosesARandomSubset() {
        FakeDns dns = new FakeDns().srv("_mongodb._tcp.c.example.com", "a.example.com:1", "b.example.com:1", "c.example.com:1",
                "d.example.com:1");
        HashSet<ServerAddress> seen = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<ServerAddress> hosts = new ConnectionString("mongodb+srv://c.example.com/?srvMaxHosts=2")
                    .resolveSrv(dns, random).hosts();
            assertEquals(2, hosts.size());
            assertEquals(2, new HashSet<>(hosts).size());
            seen.addAll(hosts);
        }
        assertEquals(4, seen.size());
        assertEquals(4, new ConnectionString("mongodb+srv://c.example.com/?srvMaxHosts=0").resolveSrv(dns).hosts().size());
        assertEquals(4, new ConnectionString("mongodb+srv://c.example.com/?srvMaxHosts=9").resolveSrv(dns).hosts().size());
    }

    @Test
    void rejectsInvalidSrvStringsBeforeAnyLookup() {
        for (String uri : List.of("mongodb+srv://a.example.com,b.example.com", "mongodb+srv://a.example.com:27017",
                "mongodb+srv://a.example.com/?directConnection=true", "mongodb+srv://[::1]",
                "mongodb+srv://a.example.com/?srvMaxHosts=2&loadBalanced=true")) {
            assertThrows(MongoConfigurationException.class, () -> new ConnectionString(uri), uri);
        }
    }
}
