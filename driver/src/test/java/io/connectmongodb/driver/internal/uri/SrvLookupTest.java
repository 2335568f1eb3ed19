package io.connectmongodb.driver.internal.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SrvLookupTest {

    @Test
    void domainNameDropsTheFirstLabelOnlyForThreeOrMoreLabels() {
        assertEquals("tests.mongodb.co.uk", SrvLookup.domainName("cluster_1.tests.mongodb.co.uk"));
        assertEquals("example.com", SrvLookup.domainName("hosts_34.example.com."));
        assertEquals("mongodb.local", SrvLookup.domainName("mongodb.local"));
        assertEquals("localhost", SrvLookup.domainName("localhost"));
    }
}
