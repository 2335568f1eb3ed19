package io.connectmongodb.driver.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.testsupport.ScramTestServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The client-side checks of a SCRAM exchange, against an independent test server. */
class ScramConversationTest {
    private static final String NONCE = "clientNonce0123456789";

    private static ScramConversation conversation(String password) {
        return new ScramConversation(ScramMechanism.SCRAM_SHA_256, "alice", password.toCharArray(),
                new ScramKeyCache(4), NONCE);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void succeedsAgainstAnIndependentServerForBothMechanisms() {
        for (ScramMechanism mechanism : ScramMechanism.values()) {
            ScramTestServer server = new ScramTestServer(mechanism.mechanismName(), 4096);
            server.addUser("bob,=x", "s3cret");
            ScramTestServer.Exchange exchange = server.newExchange();
            ScramConversation client = new ScramConversation(mechanism, "bob,=x", "s3cret".toCharArray(),
                    new ScramKeyCache(4), NONCE);
            byte[] serverFirst = exchange.first(client.clientFirstMessage());
            byte[] serverFinal = exchange.last(client.clientFinalMessage(serverFirst));
            client.verifyServerFinal(serverFinal);
            assertTrue(client.isComplete(), mechanism.mechanismName());
        }
    }

    @Test
    void escapesCommaAndEqualsInUserNames() {
        assertEquals("a=2Cb=3Dc", ScramConversation.escapeUsername("a,b=c"));
        assertEquals("n,,n=a=2Cb,r=" + NONCE, new String(new ScramConversation(ScramMechanism.SCRAM_SHA_1, "a,b",
                new char[0], new ScramKeyCache(1), NONCE).clientFirstMessage(), StandardCharsets.UTF_8));
    }

    @Test
    void rejectsFewerThan4096Iterations() {
        ScramFailure e = assertThrows(ScramFailure.class, () -> conversation("pw").clientFinalMessage(
                bytes("r=" + NONCE + "xyz,s=QSXCR+Q6sek8bf92,i=4095")));
        assertTrue(e.getMessage().contains("4095"), e.getMessage());
    }

    @Test
    void rejectsANonceThatDoesNotExtendOurs() {
        assertThrows(ScramFailure.class, () -> conversation("pw").clientFinalMessage(
                bytes("r=someoneElse,s=QSXCR+Q6sek8bf92,i=4096")));
        assertThrows(ScramFailure.class, () -> conversation("pw").clientFinalMessage(
                bytes("r=" + NONCE + ",s=QSXCR+Q6sek8bf92,i=4096")), "the server must add its own part");
    }

    @Test
    void rejectsMalformedOrErrorMessages() {
        assertThrows(ScramFailure.class, () -> conversation("pw").clientFinalMessage(bytes("e=other-error")));
        assertThrows(ScramFailure.class, () -> conversation("pw").clientFinalMessage(bytes("garbage")));
        assertThrows(ScramFailure.class, () -> conversation("pw").clientFinalMessage(
                bytes("m=ext,r=" + NONCE + "x,s=QSXCR+Q6sek8bf92,i=4096")));
        assertThrows(ScramFailure.class, () -> conversation("pw").clientFinalMessage(
                bytes("r=" + NONCE + "x,s=not base64!,i=4096")));
        assertThrows(ScramFailure.class, () -> conversation("pw").clientFinalMessage(
                bytes("r=" + NONCE + "x,s=QSXCR+Q6sek8bf92,i=many")));
        assertThrows(ScramFailure.class, () -> conversation("pw").verifyServerFinal(bytes("v=AAAA")),
                "a server final before the proof");
    }

    @Test
    void rejectsAWrongServerSignature() {
        ScramTestServer server = new ScramTestServer("SCRAM-SHA-256", 4096);
        server.addUser("alice", "pw");
        server.tamperServerSignature(true);
        ScramTestServer.Exchange exchange = server.newExchange();
        ScramConversation client = conversation("pw");
        byte[] serverFinal = exchange.last(client.clientFinalMessage(exchange.first(client.clientFirstMessage())));
        ScramFailure e = assertThrows(ScramFailure.class, () -> client.verifyServerFinal(serverFinal));
        assertTrue(e.getMessage().contains("impostor"), e.getMessage());
        assertThrows(ScramFailure.class, () -> client.verifyServerFinal(bytes("e=invalid-proof")));
    }
}
