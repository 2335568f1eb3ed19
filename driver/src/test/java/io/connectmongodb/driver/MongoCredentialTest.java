package io.connectmongodb.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MongoCredentialTest {

    @Test
    void passwordIsCopiedHiddenAndClearable() {
        char[] secret = "hunter2".toCharArray();
        MongoCredential credential = MongoCredential.scram("bob", null, secret);
        secret[0] = 'X';
        assertArrayEquals("hunter2".toCharArray(), credential.password());
        assertFalse(credential.toString().contains("hunter2"));
        credential.clearPassword();
        assertArrayEquals(new char[7], credential.password());
        assertEquals("admin", credential.source());
    }

    @Test
    void externalMechanismsDefaultToExternalSource() {
        MongoCredential x509 = MongoCredential.create(MongoCredential.Mechanism.MONGODB_X509, null, null, null, null);
        assertEquals("$external", x509.source());
        assertThrows(IllegalArgumentException.class,
                () -> MongoCredential.create(MongoCredential.Mechanism.MONGODB_X509, "u", "db", null, null));
    }

    @Test
    void secretPropertiesAreHidden() {
        MongoCredential aws = MongoCredential.create(MongoCredential.Mechanism.MONGODB_AWS, "key", null, "pw".toCharArray(),
                Map.of("aws_session_token", "tok3n"));
        assertEquals("tok3n", aws.mechanismProperty("AWS_SESSION_TOKEN"));
        assertFalse(aws.toString().contains("tok3n"));
    }

    @Test
    void rejectsPropertiesAMechanismDoesNotTake() {
        assertThrows(IllegalArgumentException.class, () -> MongoCredential.create(MongoCredential.Mechanism.SCRAM_SHA_256, "u",
                null, "p".toCharArray(), Map.of("SERVICE_NAME", "x")));
        assertThrows(IllegalArgumentException.class, () -> MongoCredential.create(MongoCredential.Mechanism.MONGODB_OIDC, null,
                null, null, Map.of("ENVIRONMENT", "k8s", "TOKEN_RESOURCE", "x")));
        assertEquals(MongoCredential.Mechanism.MONGODB_CR, MongoCredential.Mechanism.fromName("mongodb-cr"));
        assertThrows(IllegalArgumentException.class, () -> MongoCredential.Mechanism.fromName("MONGODB-XYZ"));
    }
}
