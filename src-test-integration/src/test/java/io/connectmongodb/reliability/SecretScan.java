package io.connectmongodb.reliability;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Captures every log record (java.util.logging, the default backend of {@link System.Logger}, on the
 * root logger at ALL) and every exception text a suite collects, then checks that none contains the
 * test password or a key derived from it: the SCRAM-SHA-256 salted password, ClientKey and
 * ServerKey as lower/upper hex and base64, and the password itself as text and base64.
 */
final class SecretScan implements AutoCloseable {
    private final List<String> texts = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            add(formatter.formatMessage(record) + (record.getThrown() == null ? "" : " " + describe(record.getThrown())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Level previousLevel;
    private int logRecords;

    private SecretScan(String password) {
        secrets.add(password);
        secrets.add(Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
        Logger root = Logger.getLogger("");
        previousLevel = root.getLevel();
        root.setLevel(Level.ALL);
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    /** Starts capturing; {@link #close()} stops. */
    static SecretScan start(String password) {
        return new SecretScan(password);
    }

    /** Adds the SCRAM-SHA-256 keys the server derived from the password with {@code salt} and {@code iterations}. */
    void addScramSha256Keys(String password, byte[] salt, int iterations) {
        try {
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            for (byte[] key : List.of(salted, hmac(salted, "Client Key"), hmac(salted, "Server Key"))) {
                secrets.add(HexFormat.of().formatHex(key));
                secrets.add(HexFormat.of().withUpperCase().formatHex(key));
                secrets.add(Base64.getEncoder().encodeToString(key));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String label) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
    }

    /** Records an exception's message and toString, causes and suppressed included. */
    void addThrowable(Throwable error) {
        add(describe(error));
    }

    private synchronized void add(String text) {
        // bounded: a storm of identical failures need not be kept many times over
        if (texts.size() < 200_000) {
            texts.add(text);
        }
        logRecords++;
    }

    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            text.append(t).append(" | ");
            for (Throwable s : t.getSuppressed()) {
                text.append(s).append(" | ");
            }
        }
        return text.toString();
    }

    /** Whether any captured text contains {@code fragment}. */
    synchronized boolean anyTextContains(String fragment) {
        for (String text : texts) {
            if (text.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    /** Texts scanned so far (log lines and exception texts). */
    synchronized int textsCaptured() {
        return logRecords;
    }

    int secretForms() {
        return secrets.size();
    }

    /** The first text holding a secret, or null when every text is clean. */
    synchronized String firstLeak() {
        for (String text : texts) {
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    return text;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        root.setLevel(previousLevel);
    }
}
