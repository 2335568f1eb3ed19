package io.connectmongodb.driver.event;

/**
 * Receives an event before and after every command an operation sends (the command monitoring
 * spec). Handshake and authentication exchanges are not reported, and the bodies of
 * security-sensitive commands are replaced by empty documents, so no event carries a credential.
 * Methods run on the operation's thread and must return quickly; each does nothing by default.
 */
public interface CommandListener {
    default void commandStarted(CommandStartedEvent event) {
    }

    default void commandSucceeded(CommandSucceededEvent event) {
    }

    default void commandFailed(CommandFailedEvent event) {
    }
}
