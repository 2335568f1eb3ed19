package io.connectmongodb.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.bson.Document;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import io.connectmongodb.mapper.Mapper;
import io.connectmongodb.mapper.MapperTransaction;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;

import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mapper's transactions against a recording replica-set server that claims transaction
 * support: every command a repository sends inside the transaction carries the session fields,
 * and each way out ends with the right commit or abort. (The embedded backend applies writes at
 * once, so "nothing committed" is shown by the absence of {@code commitTransaction}.)
 */
class MapperTransactionIT {
    private static final Set<String> TRANSACTION_END = Set.of("commitTransaction", "abortTransaction");

    @Entity("accounts")
    record Account(@Id String id, long balance) {
    }

    @Repository
    interface Accounts extends CrudRepository<Account, String> {
        CompletableFuture<List<Account>> findByBalance(long balance);
    }

    private static RecordingSessionBackend backend;
    private static MongoServer server;
    private static MongoClient client;
    private static Mapper mapper;
    private static Accounts accounts;

    @BeforeAll
    static void start() {
        backend = new RecordingSessionBackend();
        backend.version(ServerVersion.MONGO_5_0);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        String address = "127.0.0.1:" + server.getLocalAddress().getPort();
        backend.advertise(address);
        client = MongoClients.create("mongodb://" + address + "/?replicaSet=rs0");
        mapper = Mapper.builder(client, "mapper_tx").build();
        accounts = mapper.repository(Accounts.class);
    }

    @AfterAll
    static void stop() {
        mapper.close();
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void seed() {
        accounts.deleteAll(accounts.findAll().toList());
        accounts.insertAll(List.of(new Account("a", 100), new Account("b", 0)));
        backend.clear();
    }

    private static List<Document> mapperCommands() {
        return backend.recorded().stream().filter(c -> {
            String name = c.keySet().iterator().next();
            return !name.equals("endSessions") && !name.equals("hello") && !name.equals("isMaster");
        }).toList();
    }

    private static String name(Document command) {
        return command.keySet().iterator().next();
    }

    @Test
    void repositoriesJoinTheTransactionAndItCommits() {
        String result = mapper.inTransaction(tx -> {
            Account from = accounts.findById("a").orElseThrow();
            Account to = accounts.findById("b").orElseThrow();
            accounts.save(new Account("a", from.balance() - 30));
            accounts.save(new Account("b", to.balance() + 30));
            return "moved";
        });
        assertEquals("moved", result);
        List<Document> commands = mapperCommands();
        System.out.println("inTransaction sent: " + commands.stream().map(MapperTransactionIT::name).toList());
        assertEquals(List.of("find", "find", "update", "update", "commitTransaction"), commands.stream().map(MapperTransactionIT::name).toList());
        Object lsid = commands.get(0).get("lsid");
        Object txnNumber = commands.get(0).get("txnNumber");
        assertTrue(lsid != null && txnNumber != null, "the first command carries lsid and txnNumber: " + commands.get(0));
        for (int i = 0; i < commands.size(); i++) {
            Document command = commands.get(i);
            assertEquals(lsid, command.get("lsid"), name(command) + " is in the same session");
            assertEquals(txnNumber, command.get("txnNumber"), name(command) + " is in the same transaction");
            assertEquals(false, command.get("autocommit"), name(command) + " has autocommit:false");
            assertEquals(i == 0 ? Boolean.TRUE : null, command.get("startTransaction"),
                    name(command) + ": startTransaction only on the first command");
        }
        assertEquals(List.of(70L, 30L), accounts.findAll().sorted((x, y) -> x.id().compareTo(y.id())).map(Account::balance).toList());
    }

    @Test
    void anExceptionInTheCallbackAbortsAndCommitsNothing() {
        IllegalStateException failure = new IllegalStateException("insufficient funds");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> mapper.inTransaction(tx -> {
            accounts.save(new Account("a", -1));
            throw failure;
        })));
        List<String> names = mapperCommands().stream().map(MapperTransactionIT::name).toList();
        assertEquals(List.of("update", "abortTransaction"), names);
        Document abort = mapperCommands().get(1);
        assertEquals(mapperCommands().get(0).get("lsid"), abort.get("lsid"));
        assertEquals(mapperCommands().get(0).get("txnNumber"), abort.get("txnNumber"));
        assertOutsideTransactionAfterwards();
    }

    @Test
    void beginTransactionClosedWithoutCommitAborts() {
        try (MapperTransaction tx = mapper.beginTransaction()) {
            accounts.save(new Account("c", 5));
            accounts.findById("c");
        }
        List<Document> commands = mapperCommands();
        assertEquals(List.of("update", "find", "abortTransaction"), commands.stream().map(MapperTransactionIT::name).toList());
        assertEquals(Boolean.TRUE, commands.get(0).get("startTransaction"));
        assertTrue(commands.stream().allMatch(c -> Objects.equals(c.get("lsid"), commands.get(0).get("lsid"))));
        assertOutsideTransactionAfterwards();
    }

    @Test
    void beginTransactionCommits() {
        try (MapperTransaction tx = mapper.beginTransaction()) {
            accounts.save(new Account("c", 5));
            tx.commit();
        }
        List<String> names = mapperCommands().stream().map(MapperTransactionIT::name).toList();
        assertEquals(List.of("update", "commitTransaction"), names);
    }

    @Test
    void asyncRepositoryMethodsRefuseToRunInsideATransaction() {
        MongoUnsupportedFeatureException refused = assertThrows(MongoUnsupportedFeatureException.class,
                () -> mapper.inTransaction(tx -> accounts.findByBalance(100)));
        assertTrue(refused.getMessage().contains("cannot join the current transaction"), refused.getMessage());
        assertFalse(mapperCommands().stream().anyMatch(c -> name(c).equals("commitTransaction")));
        assertEquals(1, accounts.findByBalance(100).join().size(), "outside a transaction the async method runs");
    }

    private static void assertOutsideTransactionAfterwards() {
        backend.clear();
        accounts.findById("a");
        Document after = mapperCommands().get(0);
        assertFalse(after.containsKey("txnNumber"), "no session stays bound after the transaction: " + after);
        assertFalse(mapperCommands().stream().anyMatch(c -> TRANSACTION_END.contains(name(c))));
    }
}
