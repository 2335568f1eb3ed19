package io.connectmongodb.driver.internal.connection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads the PEM files of the {@code tlsCAFile} and {@code tlsCertificateKeyFile} options: every
 * {@code CERTIFICATE} block, and one PKCS#8 private key, either plain ({@code PRIVATE KEY}) or
 * password-encrypted ({@code ENCRYPTED PRIVATE KEY}, decrypted with the PBES2/PBE algorithm named
 * inside it). A PKCS#8 key does not say its algorithm in the PEM label, so RSA, EC, Ed25519 and
 * Ed448 are tried in turn. Legacy {@code RSA PRIVATE KEY} (PKCS#1) files are refused with advice to
 * convert them. Every problem throws {@link IllegalArgumentException} naming the file.
 */
final class PemFiles {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "Ed25519", "Ed448");

    private PemFiles() {
    }

    record Block(String label, byte[] der) {
    }

    static List<Block> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read PEM file " + file + ": " + e.getMessage(), e);
        }
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
            blocks.add(new Block(matcher.group(1), der));
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("PEM file " + file + " contains no PEM block");
        }
        return blocks;
    }

    static List<X509Certificate> certificates(Path file) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Block block : read(file)) {
                if (block.label().equals("CERTIFICATE")) {
                    certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("PEM file " + file + " holds an unreadable certificate: "
                    + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("PEM file " + file + " contains no CERTIFICATE block");
        }
        return certificates;
    }

    /** The private key in {@code file}; {@code password} (may be null) decrypts an encrypted key. */
    static PrivateKey privateKey(Path file, char[] password) {
        for (Block block : read(file)) {
            switch (block.label()) {
                case "PRIVATE KEY":
                    return pkcs8(file, block.der());
                case "ENCRYPTED PRIVATE KEY":
                    if (password == null) {
                        throw new IllegalArgumentException("the key in " + file
                                + " is encrypted but no tlsCertificateKeyFilePassword was given");
                    }
                    return pkcs8(file, decrypt(file, block.der(), password));
                case "RSA PRIVATE KEY":
                case "EC PRIVATE KEY":
                    throw new IllegalArgumentException("the key in " + file + " is in the legacy " + block.label()
                            + " format; convert it to PKCS#8 (openssl pkcs8 -topk8)");
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("PEM file " + file + " contains no PRIVATE KEY block");
    }

    private static byte[] decrypt(Path file, byte[] der, char[] password) {
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            String algorithm = info.getAlgParameters() != null ? info.getAlgParameters().toString() : info.getAlgName();
            SecretKeyFactory keyFactory = SecretKeyFactory.getInstance(algorithm);
            PBEKeySpec spec = new PBEKeySpec(password);
            try {
                Cipher cipher = Cipher.getInstance(algorithm);
                cipher.init(Cipher.DECRYPT_MODE, keyFactory.generateSecret(spec), info.getAlgParameters());
                return info.getKeySpec(cipher).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot decrypt the key in " + file
                    + " (wrong tlsCertificateKeyFilePassword or unsupported encryption): " + e.getMessage(), e);
        }
    }

    private static PrivateKey pkcs8(Path file, byte[] der) {
        try {
            for (String algorithm : KEY_ALGORITHMS) {
                try {
                    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
                    // not this algorithm; try the next
                }
            }
            throw new IllegalArgumentException("the key in " + file + " is not an RSA, EC, Ed25519 or Ed448 PKCS#8 key");
        } finally {
            Arrays.fill(der, (byte) 0);
        }
    }
}
