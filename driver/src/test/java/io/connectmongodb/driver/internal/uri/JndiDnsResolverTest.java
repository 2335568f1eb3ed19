package io.connectmongodb.driver.internal.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Only the text handling; no DNS query is made in unit tests. */
class JndiDnsResolverTest {

    @Test
    void joinsTxtCharacterStrings() {
        assertEquals("replicaSet=rs&authSource=a", JndiDnsResolver.joinCharacterStrings("\"replicaSet=rs\" \"&authSource=a\""));
        assertEquals("replicaSet=rs", JndiDnsResolver.joinCharacterStrings("replicaSet=rs"));
        assertEquals("a=b c\"d", JndiDnsResolver.joinCharacterStrings("\"a=b c\\\"d\""));
    }
}
