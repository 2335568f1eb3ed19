package io.connectmongodb.driver.internal.client;

import io.connectmongodb.driver.ClientSession;
import io.connectmongodb.driver.internal.session.ClientSessionImpl;

/** Checks a session argument: it must be one this driver made (by {@code MongoClient.startSession}). */
final class Sessions {
    private Sessions() {
    }

    static ClientSessionImpl own(ClientSession clientSession) {
        if (clientSession == null) {
            throw new IllegalArgumentException("clientSession must not be null");
        }
        if (!(clientSession instanceof ClientSessionImpl impl) || impl.isImplicit()) {
            throw new IllegalArgumentException("clientSession must come from MongoClient.startSession(), was "
                    + clientSession.getClass().getName());
        }
        return impl;
    }
}
