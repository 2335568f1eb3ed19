package io.connectmongodb.driver.internal.compression;

import java.util.Locale;
import java.util.Set;
import org.bson.BsonDocument;

/**
 * The commands the OP_COMPRESSED spec forbids compressing (the handshake and everything that
 * carries credentials, against compression side-channel attacks such as CRIME): {@code hello},
 * legacy hello ({@code isMaster}/{@code ismaster}), {@code saslStart}, {@code saslContinue},
 * {@code getnonce}, {@code authenticate}, {@code createUser}, {@code updateUser},
 * {@code copydbSaslStart}, {@code copydbgetnonce} and {@code copydb}. A hello that carries
 * {@code speculativeAuthenticate} is a hello and so is covered. The command name is the first key
 * of the body; it is compared without regard to case, so that a spelling variant is never
 * compressed by mistake.
 */
public final class UncompressibleCommands {
    private static final Set<String> NAMES = Set.of("hello", "ismaster", "saslstart", "saslcontinue", "getnonce",
            "authenticate", "createuser", "updateuser", "copydbsaslstart", "copydbgetnonce", "copydb");

    private UncompressibleCommands() {
    }

    /** Whether a message whose body is {@code command} must be sent uncompressed. */
    public static boolean isUncompressible(BsonDocument command) {
        return command.isEmpty() || isUncompressible(command.getFirstKey());
    }

    /** Whether the command named {@code commandName} must be sent uncompressed. */
    public static boolean isUncompressible(String commandName) {
        return NAMES.contains(commandName.toLowerCase(Locale.ROOT));
    }
}
