package io.connectmongodb.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import io.connectmongodb.driver.ServerAddress;
import io.connectmongodb.driver.internal.auth.AuthCredential;
import io.connectmongodb.driver.internal.auth.ScramKeyCache;
import io.connectmongodb.driver.internal.connection.Connection;
import io.connectmongodb.driver.internal.connection.ConnectionSettings;
import io.connectmongodb.driver.internal.connection.SocketConnectionFactory;
import io.connectmongodb.driver.internal.connection.SocketStreamFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every authentication path (success with speculation, success without it, wrong password,
 * tampered server, a mechanism the user lacks, an unsupported mechanism) with the driver's
 * System.Logger output captured at ALL levels through java.util.logging, and asserts that no
 * password, salted password, ClientKey or ServerKey (hex or base64) appears in any log line or in
 * any exception's message or toString, causes included.
 */
class AuthLogCaptureIT {
    private static final String PASSWORD = "Sup3r-S3cret-Pa55";
    private static AuthenticatingBackend backend;
    private static MongoServer server;
    private static ServerAddress address;
    private static final List<String> captured = new ArrayList<>();
    private static final Handler HANDLER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (captured) {
                captured.add(String.valueOf(new java.util.logging.SimpleFormatter().formatMessage(record))
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static Level previousLevel;

    @BeforeAll
    static void start() {
        Logger root = Logger.getLogger("");
        previousLevel = root.getLevel();
        root.setLevel(Level.ALL);
        HANDLER.setLevel(Level.ALL);
        root.addHandler(HANDLER);
        backend = new AuthenticatingBackend();
        backend.addSha256User("carol", PASSWORD);
        backend.addSha1User("dave", PASSWORD);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        address = ServerAddress.of("127.0.0.1", server.getLocalAddress().getPort());
    }

    @AfterAll
    static void stop() {
        Logger.getLogger("").removeHandler(HANDLER);
        Logger.getLogger("").setLevel(previousLevel);
        server.shutdownNow();
    }

    private static Connection open(String user, String password, String mechanism) {
        ConnectionSettings settings = new ConnectionSettings(5_000, 5_000, "log-it")
                .withCredential(AuthCredential.of(user, "admin", password.toCharArray(), mechanism));
        return new SocketConnectionFactory(settings, new SocketStreamFactory(settings), new ScramKeyCache(4)).open(address);
    }

    @Test
    void noSecretAppearsInLogsOrExceptions() throws Exception {
        List<String> texts = new ArrayList<>();
        open("carol", PASSWORD, null).close(); // speculative success
        backend.answerSpeculative = false;
        open("carol", PASSWORD, "SCRAM-SHA-256").close(); // conversation without speculation
        open("dave", PASSWORD, "SCRAM-SHA-1").close();
        backend.answerSpeculative = true;
        texts.addAll(describe(assertThrows(RuntimeException.class, () -> open("carol", PASSWORD + "x", null))));
        texts.addAll(describe(assertThrows(RuntimeException.class, () -> open("dave", PASSWORD, "SCRAM-SHA-256"))));
        texts.addAll(describe(assertThrows(RuntimeException.class, () -> open("carol", PASSWORD, "PLAIN"))));
        backend.tamperServerSignature = true;
        try {
            texts.addAll(describe(assertThrows(RuntimeException.class, () -> open("carol", PASSWORD, null))));
        } finally {
            backend.tamperServerSignature = false;
        }
        synchronized (captured) {
            texts.addAll(captured);
        }
        assertTrue(captured.stream().anyMatch(line -> line.contains("Authenticated with SCRAM-SHA-256")),
                "the driver's debug log was captured: " + captured.size() + " lines");

        List<String> secrets = secrets();
        for (String text : texts) {
            for (String secret : secrets) {
                assertFalse(text.contains(secret), "a secret leaked into: " + text);
            }
        }
        System.out.println("AuthLogCaptureIT: checked " + texts.size() + " log lines and exception texts against "
                + secrets.size() + " secret forms");
    }

    /** The password, and the SCRAM-SHA-256 salted password, ClientKey and ServerKey, as text, hex and base64. */
    private static List<String> secrets() throws Exception {
        ScramCredential stored = backend.sha256Credential("carol");
        byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new PBEKeySpec(PASSWORD.toCharArray(), stored.salt(), stored.iterations(), 256)).getEncoded();
        byte[] clientKey = hmac(salted, "Client Key");
        byte[] serverKey = hmac(salted, "Server Key");
        List<String> secrets = new ArrayList<>(List.of(PASSWORD,
                Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8))));
        for (byte[] key : List.of(salted, clientKey, serverKey)) {
            secrets.add(HexFormat.of().formatHex(key));
            secrets.add(HexFormat.of().withUpperCase().formatHex(key));
            secrets.add(Base64.getEncoder().encodeToString(key));
        }
        return secrets;
    }

    private static byte[] hmac(byte[] key, String label) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
    }

    private static List<String> describe(Throwable error) {
        List<String> texts = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
        }
        return texts;
    }
}
