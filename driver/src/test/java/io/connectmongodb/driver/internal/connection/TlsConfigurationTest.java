package io.connectmongodb.driver.internal.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS settings validation, SNI host-name rules, and reading PKCS#8 keys (plain and encrypted) from PEM. */
class TlsConfigurationTest {
    @TempDir
    Path dir;

    @Test
    void settingsAreValidatedAndHideTheKeyPassword() {
        assertThrows(IllegalArgumentException.class,
                () -> new TlsSettings(false, Path.of("ca.pem"), null, null, false, false, null), "options without tls");
        assertThrows(IllegalArgumentException.class,
                () -> new TlsSettings(true, null, null, new char[] {'x'}, false, false, null), "password without key file");
        TlsSettings insecure = TlsSettings.verified().withAllowInvalidHostnames(true).withAllowInvalidCertificates(true);
        assertTrue(insecure.insecure());
        TlsSettings withKey = TlsSettings.verified().withCertificateKeyFile(Path.of("client.pem"), "keypass".toCharArray());
        assertFalse(withKey.toString().contains("keypass"));
        assertThrows(IllegalArgumentException.class, () -> ConnectionSettings.defaults().withTls(null));
        assertEquals(TlsSettings.disabled(), ConnectionSettings.defaults().tls());
    }

    @Test
    void sniIsSentForHostNamesOnly() {
        assertTrue(TlsStream.isHostName("localhost"));
        assertTrue(TlsStream.isHostName("db.example.com"));
        assertFalse(TlsStream.isHostName("127.0.0.1"));
        assertFalse(TlsStream.isHostName("::1"));
        assertEquals(java.util.List.of("TLSv1.3", "TLSv1.2"), TlsStream.PROTOCOLS);
    }

    @Test
    void readsPlainAndEncryptedPkcs8Keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        PrivateKey key = generator.generateKeyPair().getPrivate();

        Path plain = dir.resolve("plain.pem");
        Files.writeString(plain, pem("PRIVATE KEY", key.getEncoded()));
        assertArrayEquals(key.getEncoded(), PemFiles.privateKey(plain, null).getEncoded());

        String algorithm = "PBEWithHmacSHA256AndAES_256";
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(salt);
        new SecureRandom().nextBytes(iv);
        PBEParameterSpec spec = new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv));
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeyFactory.getInstance(algorithm)
                .generateSecret(new PBEKeySpec("keypass".toCharArray())), spec);
        AlgorithmParameters parameters = AlgorithmParameters.getInstance(algorithm);
        parameters.init(spec);
        // EncryptedPrivateKeyInfo ::= SEQUENCE { AlgorithmIdentifier { id-PBES2, params }, OCTET STRING }
        byte[] pbes2 = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x05, 0x0D};
        byte[] encrypted = der(0x30, concat(der(0x30, concat(pbes2, parameters.getEncoded())),
                der(0x04, cipher.doFinal(key.getEncoded()))));
        assertEquals(algorithm, new EncryptedPrivateKeyInfo(encrypted).getAlgParameters().toString());
        Path locked = dir.resolve("encrypted.pem");
        Files.writeString(locked, pem("ENCRYPTED PRIVATE KEY", encrypted));

        assertArrayEquals(key.getEncoded(), PemFiles.privateKey(locked, "keypass".toCharArray()).getEncoded());
        assertThrows(IllegalArgumentException.class, () -> PemFiles.privateKey(locked, null), "no password");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> PemFiles.privateKey(locked, "nope".toCharArray()));
        assertFalse(wrong.getMessage().contains("nope"));
    }

    @Test
    void rejectsLegacyAndMissingBlocks() throws Exception {
        Path legacy = dir.resolve("legacy.pem");
        Files.writeString(legacy, pem("RSA PRIVATE KEY", new byte[] {1, 2, 3}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PemFiles.privateKey(legacy, null));
        assertTrue(e.getMessage().contains("PKCS#8"), e.getMessage());
        Path empty = dir.resolve("empty.pem");
        Files.writeString(empty, "nothing here");
        assertThrows(IllegalArgumentException.class, () -> PemFiles.certificates(empty));
        assertThrows(IllegalArgumentException.class, () -> PemFiles.certificates(dir.resolve("missing.pem")));
    }

    private static byte[] der(int tag, byte[] content) {
        byte[] length = content.length < 128 ? new byte[] {(byte) content.length}
                : content.length < 256 ? new byte[] {(byte) 0x81, (byte) content.length}
                : new byte[] {(byte) 0x82, (byte) (content.length >> 8), (byte) content.length};
        return concat(concat(new byte[] {(byte) tag}, length), content);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
