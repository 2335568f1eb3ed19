package io.connectmongodb.mapper.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.EntityDecodingException;
import io.connectmongodb.mapper.annotation.Creator;
import io.connectmongodb.mapper.annotation.Discriminator;
import io.connectmongodb.mapper.annotation.Document;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.PostLoad;
import io.connectmongodb.mapper.annotation.Reference;
import io.connectmongodb.mapper.annotation.Subtypes;
import io.connectmongodb.mapper.annotation.Transient;

import java.util.List;
import java.util.Map;

import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** POJOs, immutable classes with creators, transient fields, callbacks, polymorphism and references. */
class ClassMappingTest {
    private final CodecRoundTrip codecs = new CodecRoundTrip();

    @Document(collection = "people")
    static class Person {
        @Id
        private ObjectId id;
        private String name;
        private int age;
        @Field("mail")
        private String email;
        @Transient
        private String cache = "kept";
        private transient String alsoSkipped;
        private List<String> roles = List.of("user");
        private boolean loaded;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        @PostLoad
        void afterLoad() {
            loaded = true;
        }
    }

    @Test
    void pojoWithPrivateFieldsGettersSettersAndDefaults() {
        Person person = new Person();
        person.id = new ObjectId("65a1b2c3d4e5f60718293a4b");
        person.name = "Ann";
        person.age = 30;
        person.email = "ann@example.com";
        person.cache = "changed";
        person.alsoSkipped = "x";
        Person decoded = codecs.roundTrip(Person.class, person, "{\"_id\": {\"$oid\": \"65a1b2c3d4e5f60718293a4b\"}, \"name\": \"Ann\","
                + " \"age\": 30, \"mail\": \"ann@example.com\", \"roles\": [\"user\"], \"loaded\": false}");
        assertEquals("Ann", decoded.getName());
        assertEquals(30, decoded.age);
        assertEquals("ann@example.com", decoded.email);
        assertEquals("kept", decoded.cache);
        assertNull(decoded.alsoSkipped);
        assertTrue(decoded.loaded, "@PostLoad ran");
        Person sparse = codecs.decode(Person.class, BsonDocument.parse("{\"name\": \"B\"}"));
        assertEquals(List.of("user"), sparse.roles, "a field initialiser survives a missing field");
    }

    static final class Money {
        private final long cents;
        @Field("cur")
        private final String currency;

        @Creator
        Money(@Field("cents") long cents, @Field("cur") String currency) {
            this.cents = cents;
            this.currency = currency;
        }

        long cents() {
            return cents;
        }

        String currency() {
            return currency;
        }
    }

    static final class Temperature {
        private final double celsius;

        private Temperature(double celsius) {
            this.celsius = celsius;
        }

        @Creator
        static Temperature ofCelsius(@Field("celsius") double celsius) {
            return new Temperature(celsius);
        }
    }

    @Entity("payments")
    record Payment(@Id ObjectId id, Money amount, Temperature temperature) {
    }

    @Test
    void immutableClassesThroughAnAnnotatedConstructorOrFactory() {
        Payment payment = new Payment(null, new Money(1250, "EUR"), Temperature.ofCelsius(21.5));
        Payment decoded = codecs.roundTrip(Payment.class, payment, "{\"amount\": {\"cents\": {\"$numberLong\": \"1250\"},"
                + " \"cur\": \"EUR\"}, \"temperature\": {\"celsius\": 21.5}}");
        assertEquals(1250, decoded.amount().cents());
        assertEquals("EUR", decoded.amount().currency());
        assertEquals(21.5, decoded.temperature().celsius);
    }

    @Discriminator(key = "shape")
    sealed interface Shape permits Circle, Square {
    }

    @Discriminator("circle")
    record Circle(double radius) implements Shape {
    }

    record Square(double side) implements Shape {
    }

    @Entity
    record Drawing(@Id String id, Shape main, List<Shape> shapes) {
    }

    @Test
    void polymorphismThroughSealedTypesAndADiscriminator() {
        Drawing drawing = new Drawing("d", new Square(2), List.of(new Circle(1), new Square(3)));
        Drawing decoded = codecs.roundTrip(Drawing.class, drawing, "{\"_id\": \"d\", \"main\": {\"shape\": \"Square\", \"side\": 2.0},"
                + " \"shapes\": [{\"shape\": \"circle\", \"radius\": 1.0}, {\"shape\": \"Square\", \"side\": 3.0}]}");
        assertEquals(drawing, decoded);
    }

    @Entity("animals")
    @Subtypes({Dog.class, Cat.class})
    abstract static class Animal {
        @Id
        String id;
        String name;
    }

    static class Dog extends Animal {
        boolean goodBoy;
    }

    @Discriminator("kitty")
    static class Cat extends Animal {
        int lives;
    }

    @Test
    void polymorphicEntitiesThroughSubtypesOfAnAbstractClass() {
        Dog dog = new Dog();
        dog.id = "1";
        dog.name = "Rex";
        dog.goodBoy = true;
        BsonDocument encoded = codecs.encode(Animal.class, dog);
        assertEquals(BsonDocument.parse("{\"_t\": \"Dog\", \"_id\": \"1\", \"name\": \"Rex\", \"goodBoy\": true}"), encoded);
        Animal decoded = codecs.decode(Animal.class, encoded);
        assertInstanceOf(Dog.class, decoded);
        assertTrue(((Dog) decoded).goodBoy);
        Animal cat = codecs.decode(Animal.class, BsonDocument.parse("{\"lives\": 9, \"_id\": \"2\", \"_t\": \"kitty\"}"));
        assertEquals(9, ((Cat) cat).lives);
        assertEquals(BsonDocument.parse("{\"_t\": \"kitty\", \"_id\": \"2\", \"lives\": 9}"), codecs.encode(Cat.class, (Cat) cat));
    }

    @Test
    void unknownOrMissingDiscriminatorFails() {
        EntityDecodingException unknown = assertThrows(EntityDecodingException.class,
                () -> codecs.decode(Animal.class, BsonDocument.parse("{\"_t\": \"Cow\"}")));
        assertTrue(unknown.getMessage().contains("Cow"), unknown.getMessage());
        assertThrows(EntityDecodingException.class, () -> codecs.decode(Animal.class, BsonDocument.parse("{\"name\": \"x\"}")));
    }

    @Entity("authors")
    record Author(@Id ObjectId id, String name) {
    }

    @Entity("books")
    record Book(@Id ObjectId id, String title, @Reference Author author, @Reference List<Author> editors) {
    }

    @Test
    void referencesAreStoredAsIdsAndResolvedFromTheCurrentScope() {
        Author ann = new Author(new ObjectId("65a1b2c3d4e5f60718293a4b"), "Ann");
        Author bob = new Author(new ObjectId("65a1b2c3d4e5f60718293a4c"), "Bob");
        BsonDocument encoded = codecs.encode(Book.class, new Book(null, "T", ann, List.of(bob)));
        assertEquals(BsonDocument.parse("{\"title\": \"T\", \"author\": {\"$oid\": \"65a1b2c3d4e5f60718293a4b\"},"
                + " \"editors\": [{\"$oid\": \"65a1b2c3d4e5f60718293a4c\"}]}"), encoded);

        Book stubbed = codecs.decode(Book.class, encoded);
        assertEquals(ann.id(), stubbed.author().id());
        assertNull(stubbed.author().name(), "outside a scope a reference is an id-only instance");

        Map<Class<?>, Map<Object, Object>> loaded = Map.of(Author.class, Map.of(ann.id(), ann, bob.id(), bob));
        Book resolved = ReferenceScope.with(loaded, () -> codecs.decode(Book.class, encoded));
        assertSame(ann, resolved.author());
        assertSame(bob, resolved.editors().get(0));
    }

    @Test
    void savingAnUnsavedReferenceFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> codecs.encode(Book.class, new Book(null, "T", new Author(null, "x"), List.of())));
        assertTrue(e.getMessage().contains("author"), e.getMessage());
    }
}
