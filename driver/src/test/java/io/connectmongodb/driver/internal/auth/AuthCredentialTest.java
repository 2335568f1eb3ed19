package io.connectmongodb.driver.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.error.MongoUnsupportedFeatureException;
import org.junit.jupiter.api.Test;

class AuthCredentialTest {

    @Test
    void acceptsScramAndNegotiation() {
        assertEquals(ScramMechanism.SCRAM_SHA_1, AuthCredential.of("u", "admin", new char[] {'p'}, "scram-sha-1").mechanism());
        assertEquals(ScramMechanism.SCRAM_SHA_256, AuthCredential.of("u", "db", new char[] {'p'}, "SCRAM-SHA-256").mechanism());
        assertNull(AuthCredential.of("u", "admin", new char[] {'p'}, null).mechanism());
    }

    @Test
    void refusesOtherMechanismsBeforeAnythingIsSent() {
        for (String name : new String[] {"PLAIN", "GSSAPI", "MONGODB-X509", "MONGODB-AWS", "MONGODB-OIDC"}) {
            MongoUnsupportedFeatureException e = assertThrows(MongoUnsupportedFeatureException.class,
                    () -> AuthCredential.of("u", "$external", new char[] {'p'}, name));
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> AuthCredential.of("u", "admin", new char[] {'p'}, "SCRAM-MD5"));
        assertThrows(IllegalArgumentException.class, () -> AuthCredential.of("", "admin", new char[] {'p'}, null));
        assertThrows(IllegalArgumentException.class, () -> AuthCredential.of("u", "", new char[] {'p'}, null));
        assertThrows(IllegalArgumentException.class, () -> AuthCredential.of("u", "admin", null, null));
    }

    @Test
    void hidesThePasswordAndCopiesIt() {
        char[] password = "topSecret".toCharArray();
        AuthCredential credential = AuthCredential.of("u", "admin", password, null);
        password[0] = 'X';
        assertEquals('t', credential.passwordChars()[0]);
        assertFalse(credential.toString().contains("topSecret"));
        credential.clearPassword();
        assertEquals('\0', credential.passwordChars()[0]);
    }
}
