package io.connectmongodb.driver.internal.connection;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Builds the {@link SSLContext} for {@link TlsSettings}: the application's own context when given;
 * otherwise a TLS context whose trust managers come from {@code tlsCAFile} (or the JDK defaults),
 * or trust everything when {@code tlsAllowInvalidCertificates} is set, and whose key managers carry
 * the client certificate of {@code tlsCertificateKeyFile}. Host-name checks are not decided here
 * but on each socket ({@link TlsStream}), because they need the host being connected to.
 */
final class TlsContextFactory {
    private TlsContextFactory() {
    }

    static SSLContext create(TlsSettings tls) {
        if (tls.sslContext() != null) {
            return tls.sslContext();
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(tls), trustManagers(tls), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("cannot set up TLS from the given options: " + e.getMessage(), e);
        }
    }

    private static TrustManager[] trustManagers(TlsSettings tls) throws GeneralSecurityException, IOException {
        if (tls.allowInvalidCertificates()) {
            return new TrustManager[] {new TrustingEverything()};
        }
        if (tls.caFile() == null) {
            return null; // the JDK's default trust store
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        List<X509Certificate> authorities = PemFiles.certificates(tls.caFile());
        for (int i = 0; i < authorities.size(); i++) {
            store.setCertificateEntry("ca-" + i, authorities.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    private static KeyManager[] keyManagers(TlsSettings tls) throws GeneralSecurityException, IOException {
        if (tls.certificateKeyFile() == null) {
            return null;
        }
        List<X509Certificate> chain = PemFiles.certificates(tls.certificateKeyFile());
        char[] password = tls.certificateKeyFilePassword();
        char[] storePassword = new char[0];
        try {
            PrivateKey key = PemFiles.privateKey(tls.certificateKeyFile(), password);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", key, storePassword, chain.toArray(new X509Certificate[0]));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, storePassword);
            return factory.getKeyManagers();
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** {@code tlsAllowInvalidCertificates}: accepts any server chain (a warning is logged once). */
    private static final class TrustingEverything extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
