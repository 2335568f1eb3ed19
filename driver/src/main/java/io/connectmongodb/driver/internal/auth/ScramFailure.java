package io.connectmongodb.driver.internal.auth;

/**
 * A SCRAM exchange went wrong on the client side of the conversation (bad server message, failed
 * check). Never leaves this package: the authenticator turns it into a
 * {@link io.connectmongodb.driver.error.MongoAuthenticationException} with the server's address.
 */
final class ScramFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScramFailure(String reason) {
        super(reason, null, false, false);
    }
}
