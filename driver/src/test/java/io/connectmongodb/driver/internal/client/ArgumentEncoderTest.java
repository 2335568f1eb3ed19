package io.connectmongodb.driver.internal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.BsonValueCodecProvider;
import org.bson.codecs.DocumentCodecProvider;
import org.junit.jupiter.api.Test;

/** Codec resolution: one registry look-up per class, clear errors for null and unknown classes. */
class ArgumentEncoderTest {
    /** A registry that counts the look-ups it answers. */
    private static final class CountingRegistry implements CodecRegistry {
        private final CodecRegistry delegate = CodecRegistries.fromProviders(new DocumentCodecProvider(), new BsonValueCodecProvider());
        private final AtomicInteger lookUps = new AtomicInteger();

        @Override
        public <T> Codec<T> get(Class<T> clazz) {
            lookUps.incrementAndGet();
            return delegate.get(clazz);
        }

        @Override
        public <T> Codec<T> get(Class<T> clazz, CodecRegistry registry) {
            lookUps.incrementAndGet();
            return delegate.get(clazz, registry);
        }
    }

    @Test
    void eachClassIsLookedUpOnceAndGetsTheSameCodec() {
        CountingRegistry registry = new CountingRegistry();
        ArgumentEncoder encoder = new ArgumentEncoder(registry);
        Codec<Document> first = encoder.codec(Document.class);
        assertSame(first, encoder.codec(Document.class));
        assertEquals(1, registry.lookUps.get());
        assertEquals(BsonDocument.class, encoder.codec(BsonDocument.class).getEncoderClass());
        assertEquals(2, registry.lookUps.get());
    }

    @Test
    void nullAndUnknownClassesFailClearlyEveryTime() {
        ArgumentEncoder encoder = new ArgumentEncoder(new CountingRegistry());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> encoder.codec(null));
        assertEquals("result class must not be null", none.getMessage());
        for (int i = 0; i < 2; i++) {
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> encoder.codec(Thread.class));
            assertTrue(unknown.getMessage().contains("no codec for java.lang.Thread"), unknown.getMessage());
        }
    }
}
