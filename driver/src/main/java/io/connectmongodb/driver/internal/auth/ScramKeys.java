package io.connectmongodb.driver.internal.auth;

/**
 * ClientKey and ServerKey of one (password, salt, iteration count, mechanism): everything a client
 * needs to prove itself and to check the server, without PBKDF2. Password-equivalent, so it is
 * never printed; {@link #toString()} says so.
 */
final class ScramKeys {
    private final byte[] clientKey;
    private final byte[] serverKey;

    ScramKeys(byte[] clientKey, byte[] serverKey) {
        this.clientKey = clientKey;
        this.serverKey = serverKey;
    }

    /** Derives both keys: SaltedPassword = Hi(password, salt, i), then HMAC with the RFC's labels. */
    static ScramKeys derive(ScramMechanism mechanism, byte[] preparedPassword, byte[] salt, int iterations) {
        byte[] saltedPassword = ScramCrypto.pbkdf2(mechanism, preparedPassword, salt, iterations);
        try {
            return new ScramKeys(
                    ScramCrypto.hmac(mechanism, saltedPassword, "Client Key".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                    ScramCrypto.hmac(mechanism, saltedPassword, "Server Key".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } finally {
            java.util.Arrays.fill(saltedPassword, (byte) 0);
        }
    }

    byte[] clientKey() {
        return clientKey;
    }

    byte[] serverKey() {
        return serverKey;
    }

    @Override
    public String toString() {
        return "ScramKeys[redacted]";
    }
}
