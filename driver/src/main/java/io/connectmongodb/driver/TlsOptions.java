package io.connectmongodb.driver;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * TLS options of a {@link MongoClient}: whether to use TLS, which certificate authorities to trust
 * ({@code tlsCAFile}, PEM), which client certificate to present ({@code tlsCertificateKeyFile}: PEM
 * certificate plus PKCS#8 key, optionally encrypted with {@code tlsCertificateKeyFilePassword}),
 * and whether to skip verification ({@code tlsAllowInvalidHostnames},
 * {@code tlsAllowInvalidCertificates}; {@code tlsInsecure} sets both). An application may supply
 * its own {@link SSLContext} instead of the files. Verification is on unless turned off; turning it
 * off is logged as a warning. Immutable; {@link #toString()} never shows the key password.
 */
public final class TlsOptions {
    private static final TlsOptions DISABLED = new TlsOptions(false, null, null, null, false, false, null);

    private final boolean enabled;
    private final Path caFile;
    private final Path certificateKeyFile;
    private final char[] certificateKeyFilePassword;
    private final boolean allowInvalidHostnames;
    private final boolean allowInvalidCertificates;
    private final SSLContext sslContext;

    private TlsOptions(boolean enabled, Path caFile, Path certificateKeyFile, char[] certificateKeyFilePassword,
            boolean allowInvalidHostnames, boolean allowInvalidCertificates, SSLContext sslContext) {
        this.enabled = enabled;
        this.caFile = caFile;
        this.certificateKeyFile = certificateKeyFile;
        this.certificateKeyFilePassword = certificateKeyFilePassword == null ? null : certificateKeyFilePassword.clone();
        this.allowInvalidHostnames = allowInvalidHostnames;
        this.allowInvalidCertificates = allowInvalidCertificates;
        this.sslContext = sslContext;
    }

    /** No TLS (the default). */
    public static TlsOptions disabled() {
        return DISABLED;
    }

    /** TLS, verified against the JDK's default trust store. */
    public static TlsOptions enabled() {
        return new TlsOptions(true, null, null, null, false, false, null);
    }

    /** TLS, verified against the PEM certificate authorities in {@code caFile}. */
    public TlsOptions withCaFile(Path file) {
        requireEnabled();
        return new TlsOptions(true, Objects.requireNonNull(file, "caFile"), certificateKeyFile,
                certificateKeyFilePassword, allowInvalidHostnames, allowInvalidCertificates, sslContext);
    }

    /** Presents the client certificate in {@code file}; {@code password} decrypts its key, or null. */
    public TlsOptions withCertificateKeyFile(Path file, char[] password) {
        requireEnabled();
        return new TlsOptions(true, caFile, Objects.requireNonNull(file, "certificateKeyFile"), password,
                allowInvalidHostnames, allowInvalidCertificates, sslContext);
    }

    public TlsOptions withAllowInvalidHostnames(boolean allow) {
        requireEnabled();
        return new TlsOptions(true, caFile, certificateKeyFile, certificateKeyFilePassword, allow,
                allowInvalidCertificates, sslContext);
    }

    public TlsOptions withAllowInvalidCertificates(boolean allow) {
        requireEnabled();
        return new TlsOptions(true, caFile, certificateKeyFile, certificateKeyFilePassword, allowInvalidHostnames,
                allow, sslContext);
    }

    /** Uses the application's {@code context} for trust and keys; host names are still verified. */
    public TlsOptions withSslContext(SSLContext context) {
        requireEnabled();
        return new TlsOptions(true, caFile, certificateKeyFile, certificateKeyFilePassword, allowInvalidHostnames,
                allowInvalidCertificates, Objects.requireNonNull(context, "sslContext"));
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new IllegalArgumentException("TLS is disabled; start from TlsOptions.enabled()");
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Path getCaFile() {
        return caFile;
    }

    public Path getCertificateKeyFile() {
        return certificateKeyFile;
    }

    /** A copy of the key password, or null. */
    public char[] getCertificateKeyFilePassword() {
        return certificateKeyFilePassword == null ? null : certificateKeyFilePassword.clone();
    }

    public boolean isAllowInvalidHostnames() {
        return allowInvalidHostnames;
    }

    public boolean isAllowInvalidCertificates() {
        return allowInvalidCertificates;
    }

    public SSLContext getSslContext() {
        return sslContext;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TlsOptions)) {
            return false;
        }
        TlsOptions t = (TlsOptions) o;
        return enabled == t.enabled && Objects.equals(caFile, t.caFile)
                && Objects.equals(certificateKeyFile, t.certificateKeyFile)
                && Arrays.equals(certificateKeyFilePassword, t.certificateKeyFilePassword)
                && allowInvalidHostnames == t.allowInvalidHostnames
                && allowInvalidCertificates == t.allowInvalidCertificates && sslContext == t.sslContext;
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, caFile, certificateKeyFile, allowInvalidHostnames, allowInvalidCertificates);
    }

    @Override
    public String toString() {
        if (!enabled) {
            return "TlsOptions{disabled}";
        }
        return "TlsOptions{caFile=" + caFile + ", certificateKeyFile=" + certificateKeyFile
                + (certificateKeyFilePassword != null ? ", certificateKeyFilePassword=****" : "")
                + ", allowInvalidHostnames=" + allowInvalidHostnames + ", allowInvalidCertificates="
                + allowInvalidCertificates + (sslContext != null ? ", sslContext=custom" : "") + "}";
    }
}
