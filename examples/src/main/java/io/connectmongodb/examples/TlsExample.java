package io.connectmongodb.examples;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoCollection;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bson.Document;

/**
 * TLS with full verification: makes a throw-away CA and a server certificate for
 * {@code localhost} (SAN DNS:localhost, IP:127.0.0.1) with BouncyCastle, starts the embedded server
 * with TLS on a loopback port, and connects with {@code tls=true&tlsCAFile=<the CA as PEM>}. The
 * driver checks the certificate chain and that the certificate names {@code localhost}.
 */
public final class TlsExample {
    private TlsExample() {
    }

    public static void main(String[] args) {
        run();
    }

    public static void run() {
        System.out.println("== TLS");
        try {
            KeyPair caKeys = rsaKeys();
            X509Certificate ca = certificate("CN=Example CA", caKeys, "CN=Example CA", caKeys, true);
            KeyPair serverKeys = rsaKeys();
            X509Certificate serverCertificate = certificate("CN=localhost", serverKeys, "CN=Example CA", caKeys, false);
            Path caFile = Files.createTempFile("example-ca", ".pem");
            Files.writeString(caFile, pem(ca));

            MongoServer server = new MongoServer(new MemoryBackend());
            server.enableSsl(serverKeys.getPrivate(), null, serverCertificate, ca);
            server.bind("127.0.0.1", 0);
            String uri = "mongodb://localhost:" + server.getLocalAddress().getPort() + "/?tls=true&tlsCAFile="
                    + caFile.toAbsolutePath();
            try (MongoClient client = MongoClients.create(uri)) {
                MongoCollection<Document> notes = client.getDatabase("tls_example").getCollection("notes");
                notes.insertOne(new Document("text", "sent over TLS, certificate verified"));
                System.out.println("read back over TLS: " + notes.find().first().getString("text"));
            } finally {
                server.shutdownNow();
                Files.deleteIfExists(caFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the example certificates", e);
        }
    }

    private static KeyPair rsaKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
            boolean isCa) throws GeneralSecurityException, IOException, OperatorCreationException {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofMinutes(5))),
                Date.from(now.plus(Duration.ofDays(1))), new X500Name(subject), subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        if (!isCa) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    private static String pem(X509Certificate certificate) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        }
        return text.toString();
    }
}
