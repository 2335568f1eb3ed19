package io.connectmongodb.driver.internal.connection;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * Builds the handshake's {@code client} document (MongoDB handshake spec):
 * {@code {application: {name}, driver: {name, version}, os: {type, name, architecture, version},
 * platform: "Java/<vendor>/<version>"}}.
 *
 * <p>The whole document must stay within {@value #MAX_DOCUMENT_SIZE} bytes of BSON. This driver
 * sends no {@code env} document, so the spec's truncation order reduces to: first drop every
 * {@code os} field but {@code type}, then cut {@code platform} until the document fits. The
 * application name is the user's and is never cut: over {@value #MAX_APPLICATION_NAME_BYTES} UTF-8
 * bytes it is rejected up front.
 */
public final class ClientMetadata {
    public static final String DRIVER_NAME = "connect-mongodb";
    static final int MAX_DOCUMENT_SIZE = 512;
    static final int MAX_APPLICATION_NAME_BYTES = 128;

    private ClientMetadata() {
    }

    /** The metadata for this JVM and {@code applicationName} (may be null). */
    public static BsonDocument create(String applicationName) {
        return create(applicationName, driverVersion(), osType(System.getProperty("os.name", "unknown")),
                System.getProperty("os.name", "unknown"), System.getProperty("os.arch", "unknown"),
                System.getProperty("os.version", "unknown"),
                "Java/" + System.getProperty("java.vendor", "unknown") + "/" + Runtime.version());
    }

    /** The metadata from explicit values, truncated to fit; exposed for tests of the truncation. */
    static BsonDocument create(String applicationName, String driverVersion, String osType, String osName,
                               String osArchitecture, String osVersion, String platform) {
        if (applicationName != null
                && applicationName.getBytes(StandardCharsets.UTF_8).length > MAX_APPLICATION_NAME_BYTES) {
            throw new IllegalArgumentException("the application name may be at most " + MAX_APPLICATION_NAME_BYTES
                    + " bytes in UTF-8, was " + applicationName.getBytes(StandardCharsets.UTF_8).length);
        }
        BsonDocument full = document(applicationName, driverVersion,
                new BsonDocument("type", new BsonString(osType))
                        .append("name", new BsonString(osName))
                        .append("architecture", new BsonString(osArchitecture))
                        .append("version", new BsonString(osVersion)),
                platform);
        if (sizeOf(full) <= MAX_DOCUMENT_SIZE) {
            return full;
        }
        BsonDocument osTypeOnly = document(applicationName, driverVersion,
                new BsonDocument("type", new BsonString(osType)), platform);
        int excess = sizeOf(osTypeOnly) - MAX_DOCUMENT_SIZE;
        if (excess <= 0) {
            return osTypeOnly;
        }
        BsonDocument truncated = document(applicationName, driverVersion,
                new BsonDocument("type", new BsonString(osType)), truncateUtf8(platform, excess));
        if (sizeOf(truncated) > MAX_DOCUMENT_SIZE) {
            throw new IllegalArgumentException("client metadata cannot be made to fit in " + MAX_DOCUMENT_SIZE
                    + " bytes: " + truncated.toJson());
        }
        return truncated;
    }

    private static BsonDocument document(String applicationName, String driverVersion, BsonDocument os,
                                         String platform) {
        BsonDocument client = new BsonDocument();
        if (applicationName != null) {
            client.append("application", new BsonDocument("name", new BsonString(applicationName)));
        }
        client.append("driver", new BsonDocument("name", new BsonString(DRIVER_NAME))
                .append("version", new BsonString(driverVersion)));
        client.append("os", os);
        client.append("platform", new BsonString(platform));
        return client;
    }

    /** {@code value} shortened by at least {@code bytesToRemove} UTF-8 bytes, never splitting a character. */
    private static String truncateUtf8(String value, int bytesToRemove) {
        int keep = value.getBytes(StandardCharsets.UTF_8).length - bytesToRemove;
        int bytes = 0;
        int end = 0;
        while (end < value.length()) {
            int codePoint = value.codePointAt(end);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + width > keep) {
                break;
            }
            bytes += width;
            end += Character.charCount(codePoint);
        }
        return value.substring(0, end);
    }

    static int sizeOf(BsonDocument document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(MAX_DOCUMENT_SIZE);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            new BsonDocumentCodec().encode(writer, document, EncoderContext.builder().build());
        }
        return buffer.getPosition();
    }

    /** {@code uname -s}-like type: Linux, Darwin, Windows, or the raw {@code os.name}. */
    static String osType(String osName) {
        String lower = osName.toLowerCase(Locale.ROOT);
        if (lower.startsWith("linux")) {
            return "Linux";
        }
        if (lower.startsWith("mac") || lower.startsWith("darwin")) {
            return "Darwin";
        }
        if (lower.startsWith("windows")) {
            return "Windows";
        }
        return osName.isEmpty() ? "unknown" : osName;
    }

    /** The version the build wrote into {@code driver.properties}, or "unknown" if it is missing. */
    static String driverVersion() {
        return DriverVersion.VALUE;
    }

    /** Read from the jar once: every client's handshake sends it, and reading the resource costs ~30 KB. */
    private static final class DriverVersion {
        static final String VALUE = read();

        private DriverVersion() {
        }
    }

    private static String read() {
        try (java.io.InputStream in = ClientMetadata.class.getResourceAsStream("/io/connectmongodb/driver/driver.properties")) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
