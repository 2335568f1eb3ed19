package io.connectmongodb.driver.internal.compression;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Compression as one connection factory applies it: the names offered in the handshake, the
 * choice of compressor from the server's reply, and the compressor for each received
 * {@code compressorId}.
 *
 * <p>Offer: the configured names whose library is available, in configured order (a missing
 * library was logged at DEBUG when detected). Choice (spec): the first offered name that the
 * server's {@code compression} array also lists; none in common means no compression, with a
 * DEBUG line, never an error. Receiving: whatever id the server used is decoded if this JVM can
 * run that compressor, whether or not it was negotiated, since the spec says clients must not
 * assume which compressor a message uses.
 */
public final class WireCompression {
    private static final System.Logger LOGGER = System.getLogger(WireCompression.class.getName());
    private static final WireCompression NONE = new WireCompression(CompressionSettings.none(), CodecLibraries.detected());

    private final CodecLibraries libraries;
    private final List<String> offered;
    private final Map<String, Compressor> compressors;
    private final Compressor[] byId = new Compressor[4];
    private final boolean[] resolvedId = new boolean[4];

    private WireCompression(CompressionSettings settings, CodecLibraries libraries) {
        this.libraries = libraries;
        List<String> names = new ArrayList<>();
        Map<String, Compressor> instances = new HashMap<>();
        for (String name : settings.compressors()) {
            if (libraries.isAvailable(name)) {
                names.add(name);
                instances.put(name, libraries.create(name, settings.zlibCompressionLevel()));
            }
        }
        this.offered = List.copyOf(names);
        this.compressors = Map.copyOf(instances);
    }

    /** Compression for {@code settings} with what {@code libraries} can run. */
    public static WireCompression of(CompressionSettings settings, CodecLibraries libraries) {
        if (!settings.isEnabled()) {
            return libraries == CodecLibraries.detected() ? NONE : new WireCompression(settings, libraries);
        }
        return new WireCompression(settings, libraries);
    }

    /** No compression offered; received compressed messages are still decoded. */
    public static WireCompression none() {
        return NONE;
    }

    /** The names for the handshake's {@code compression} array, in order of preference. */
    public List<String> offeredNames() {
        return offered;
    }

    /** The handshake field value: an array of {@link #offeredNames()} (empty when none, as the spec suggests). */
    public BsonArray handshakeValue() {
        BsonArray array = new BsonArray(new ArrayList<>(offered.size()));
        for (String name : offered) {
            array.add(new BsonString(name));
        }
        return array;
    }

    /**
     * The first offered name that the server's handshake reply lists under {@code compression},
     * or {@code null} when there is none (or nothing was offered).
     */
    public String negotiate(BsonDocument helloReply) {
        if (offered.isEmpty()) {
            return null;
        }
        BsonValue serverList = helloReply.get("compression");
        List<String> serverNames = new ArrayList<>();
        if (serverList != null && serverList.isArray()) {
            for (BsonValue value : serverList.asArray()) {
                if (value.isString()) {
                    serverNames.add(value.asString().getValue());
                }
            }
        }
        for (String name : offered) {
            if (serverNames.contains(name)) {
                return name;
            }
        }
        LOGGER.log(Level.DEBUG, "The server supports none of the offered compressors {0} (it lists {1});"
                + " messages are sent uncompressed", offered, serverNames);
        return null;
    }

    /** The compressor to send with once {@code name} was negotiated. */
    public Compressor compressorNamed(String name) {
        Compressor compressor = compressors.get(name);
        if (compressor == null) {
            throw new IllegalArgumentException("compressor '" + name + "' was not offered; offered: " + offered);
        }
        return compressor;
    }

    /** The compressor for a received {@code compressorId}, or {@code null} when reserved or not runnable here. */
    public synchronized Compressor forId(int id) {
        if (id < 0 || id >= byId.length) {
            return null;
        }
        if (!resolvedId[id]) {
            String name = CompressorIds.nameOf(id);
            Compressor compressor = compressors.get(name);
            if (compressor == null && libraries.isAvailable(name)) {
                compressor = libraries.create(name, CompressionSettings.DEFAULT_ZLIB_LEVEL);
            }
            byId[id] = compressor;
            resolvedId[id] = true;
        }
        return byId[id];
    }
}
