package io.connectmongodb.driver.internal.connection;

import java.nio.file.Path;
import java.util.Arrays;
import javax.net.ssl.SSLContext;

/**
 * TLS for new connections, as the connection string's {@code tls*} options and the client settings
 * describe it. Verification of the peer's certificate chain and of its host name is on unless
 * turned off explicitly ({@code tlsInsecure} turns both off).
 *
 * @param enabled                    {@code tls=true}
 * @param caFile                     {@code tlsCAFile}: PEM certificates to trust instead of the JDK's defaults, or null
 * @param certificateKeyFile         {@code tlsCertificateKeyFile}: PEM client certificate chain plus PKCS#8 key, or null
 * @param certificateKeyFilePassword {@code tlsCertificateKeyFilePassword} for an encrypted key, or null
 * @param allowInvalidHostnames      {@code tlsAllowInvalidHostnames}
 * @param allowInvalidCertificates   {@code tlsAllowInvalidCertificates}
 * @param sslContext                 a context supplied by the application; when set, the file
 *                                   options are ignored (the context already decides trust and keys)
 */
public record TlsSettings(boolean enabled, Path caFile, Path certificateKeyFile, char[] certificateKeyFilePassword,
        boolean allowInvalidHostnames, boolean allowInvalidCertificates, SSLContext sslContext) {

    private static final TlsSettings DISABLED = new TlsSettings(false, null, null, null, false, false, null);

    public TlsSettings {
        certificateKeyFilePassword = certificateKeyFilePassword == null ? null : certificateKeyFilePassword.clone();
        if (!enabled && (caFile != null || certificateKeyFile != null || certificateKeyFilePassword != null
                || allowInvalidHostnames || allowInvalidCertificates || sslContext != null)) {
            throw new IllegalArgumentException("TLS options were given but TLS is not enabled (set tls=true)");
        }
        if (certificateKeyFilePassword != null && certificateKeyFile == null) {
            throw new IllegalArgumentException("tlsCertificateKeyFilePassword needs tlsCertificateKeyFile");
        }
    }

    /** No TLS. */
    public static TlsSettings disabled() {
        return DISABLED;
    }

    /** TLS with full verification against the JDK's default trust store. */
    public static TlsSettings verified() {
        return new TlsSettings(true, null, null, null, false, false, null);
    }

    /** TLS with full verification against the CA certificates in {@code caFile}. */
    public static TlsSettings trusting(Path caFile) {
        return new TlsSettings(true, caFile, null, null, false, false, null);
    }

    /** TLS over an application-supplied context; host names are still verified. */
    public static TlsSettings withContext(SSLContext context) {
        return new TlsSettings(true, null, null, null, false, false, context);
    }

    /** {@code tlsInsecure=true}: neither the certificate chain nor the host name is checked. */
    public boolean insecure() {
        return allowInvalidHostnames && allowInvalidCertificates;
    }

    public TlsSettings withAllowInvalidHostnames(boolean allow) {
        return new TlsSettings(enabled, caFile, certificateKeyFile, certificateKeyFilePassword, allow,
                allowInvalidCertificates, sslContext);
    }

    public TlsSettings withAllowInvalidCertificates(boolean allow) {
        return new TlsSettings(enabled, caFile, certificateKeyFile, certificateKeyFilePassword,
                allowInvalidHostnames, allow, sslContext);
    }

    /** With a client certificate ({@code tlsCertificateKeyFile}) and its key password, or null. */
    public TlsSettings withCertificateKeyFile(Path file, char[] password) {
        return new TlsSettings(enabled, caFile, file, password, allowInvalidHostnames, allowInvalidCertificates,
                sslContext);
    }

    /** A copy of the key file password, or null. */
    @Override
    public char[] certificateKeyFilePassword() {
        return certificateKeyFilePassword == null ? null : certificateKeyFilePassword.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TlsSettings)) {
            return false;
        }
        TlsSettings t = (TlsSettings) o;
        return enabled == t.enabled && java.util.Objects.equals(caFile, t.caFile)
                && java.util.Objects.equals(certificateKeyFile, t.certificateKeyFile)
                && Arrays.equals(certificateKeyFilePassword, t.certificateKeyFilePassword)
                && allowInvalidHostnames == t.allowInvalidHostnames
                && allowInvalidCertificates == t.allowInvalidCertificates && sslContext == t.sslContext;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(enabled, caFile, certificateKeyFile, allowInvalidHostnames,
                allowInvalidCertificates, sslContext);
    }

    @Override
    public String toString() {
        if (!enabled) {
            return "TlsSettings[disabled]";
        }
        return "TlsSettings[caFile=" + caFile + ", certificateKeyFile=" + certificateKeyFile
                + (certificateKeyFilePassword != null ? ", certificateKeyFilePassword=<hidden>" : "")
                + ", allowInvalidHostnames=" + allowInvalidHostnames
                + ", allowInvalidCertificates=" + allowInvalidCertificates
                + (sslContext != null ? ", sslContext=" + sslContext.getProtocol() : "") + "]";
    }
}
