package io.connectmongodb.mapper.internal.codec;

import io.connectmongodb.mapper.EntityDecodingException;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.IdGenerator;
import io.connectmongodb.mapper.internal.model.PropertyModel;

import java.util.Map;
import java.util.function.Function;

import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.BsonValue;
import org.bson.codecs.CollectibleCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;

/**
 * The BSON codec of one entity class, driven by its immutable {@link EntityModel}. The per-field
 * work is straight-line bytecode generated once for the class ({@link StraightLineCodecGenerator}):
 * no reflection and no codec lookups per document, and for classes decoded in place (below) no
 * boxing of scalars either.
 *
 * <p>Encoding writes the discriminator (for classes in a polymorphic hierarchy) and then every
 * present property in declaration order, id first; null values and empty Optionals are left out.
 * Decoding of a hierarchy peeks at the discriminator with a reader mark, then hands the document
 * to the codec of the concrete class. A class with a no-argument creator is instantiated first and
 * each field is set as it is read; a class whose creator takes properties (records, immutable
 * classes) collects the values first. A field name is matched against the property after the
 * previous match before the hash lookup, since documents usually keep the written order; from a
 * {@code BsonBinaryReader}, such in-order scalar fields are matched and read on the bytes without
 * a name String ({@link InOrderBinaryFields}). Unknown
 * fields are skipped, so documents may carry more than the class maps. {@code @PostLoad} callbacks
 * run after each decoded instance.
 *
 * <p>As a {@link CollectibleCodec} it lets a raw driver collection insert an entity without id:
 * an ObjectId, String or UUID id is generated and set (records get a copy with it).
 */
public final class EntityCodec<T> implements CollectibleCodec<T> {
    private final EntityModel<T> model;
    private final Function<Class<?>, EntityCodec<?>> codecLookup;
    private final PropertyModel[] properties;
    private final String[] fieldNames;
    private final PropertiesWriter propertiesWriter;
    private final PropertyReader propertyReader;
    private final InOrderBinaryFields binaryFields;

    public EntityCodec(EntityModel<T> model, Function<Class<?>, EntityCodec<?>> codecLookup) {
        this.model = model;
        this.codecLookup = codecLookup;
        this.properties = model.properties().toArray(new PropertyModel[0]);
        this.fieldNames = new String[properties.length];
        for (PropertyModel property : properties) {
            fieldNames[property.index()] = property.fieldName();
        }
        // abstract classes are never written or read themselves: their codec hands over to a subtype's
        this.propertiesWriter = model.isInstantiable() ? StraightLineCodecGenerator.writer(model) : null;
        this.propertyReader = model.createsWithoutArguments() ? StraightLineCodecGenerator.reader(model) : null;
        this.binaryFields = propertyReader != null ? InOrderBinaryFields.of(model) : null;
    }

    public EntityModel<T> model() {
        return model;
    }

    @Override
    public Class<T> getEncoderClass() {
        return model.type();
    }

    @Override
    public void encode(BsonWriter writer, T value, EncoderContext encoderContext) {
        writeEntity(writer, value);
    }

    @Override
    public T decode(BsonReader reader, DecoderContext decoderContext) {
        return readEntity(reader);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T generateIdIfAbsentFromDocument(T document) {
        EntityModel<Object> actual = (EntityModel<Object>) codecLookup.apply(document.getClass()).model();
        if (actual.id() == null || !IdGenerator.isAbsent(actual.id().get(document))) {
            return document;
        }
        if (IdGenerator.isLong(actual)) {
            // a raw collection insert cannot draw from the mapper's sequence: refuse rather than store _id 0
            IdGenerator.generate(actual);
        }
        if (!IdGenerator.isGenerated(actual)) {
            return document;
        }
        Object id = IdGenerator.generate(actual);
        if (actual.canSetInPlace(actual.id())) {
            actual.id().set(document, id);
            return document;
        }
        return (T) actual.copyWith(document, Map.of(actual.id(), id));
    }

    @Override
    public boolean documentHasId(T document) {
        EntityModel<?> actual = codecLookup.apply(document.getClass()).model();
        return actual.id() != null && !IdGenerator.isAbsent(actual.id().get(document));
    }

    @Override
    public BsonValue getDocumentId(T document) {
        EntityModel<?> actual = codecLookup.apply(document.getClass()).model();
        if (!documentHasId(document)) {
            throw new IllegalStateException("the " + actual.type().getSimpleName() + " has no id");
        }
        return BsonValues.of(actual.id().codec(), actual.id().get(document));
    }

    public void writeEntity(BsonWriter writer, Object entity) {
        if (entity.getClass() != model.type()) {
            subtypeCodec(entity.getClass()).writeEntity(writer, entity);
            return;
        }
        writer.writeStartDocument();
        if (model.discriminatorValue() != null) {
            writer.writeString(model.discriminatorKey(), model.discriminatorValue());
        }
        propertiesWriter.write(writer, entity, properties);
        writer.writeEndDocument();
    }

    public T readEntity(BsonReader reader) {
        if (!model.subtypesByDiscriminator().isEmpty()) {
            Class<?> concrete = concreteClass(reader);
            if (concrete != model.type()) {
                return model.type().cast(codecLookup.apply(concrete).readEntity(reader));
            }
        }
        T entity = propertyReader != null ? readInPlace(reader) : readThroughCreator(reader);
        if (!model.callbacks().postLoad().isEmpty()) {
            model.callbacks().postLoad().invoke(entity);
        }
        return entity;
    }

    /**
     * Creates the instance first, then sets each property as its field is read, by the generated
     * reader; from a binary reader, fields in the expected order are read from the bytes directly.
     */
    private T readInPlace(BsonReader reader) {
        T entity = model.newEmptyInstance();
        reader.readStartDocument();
        BsonInput input = binaryFields != null ? InOrderBinaryFields.inputOf(reader) : null;
        BsonInputMark documentStart = input != null ? input.getMark(Integer.MAX_VALUE) : null;
        int documentPosition = input != null ? input.getPosition() : 0;
        int expected = 0;
        while (true) {
            if (input != null && expected < properties.length
                    && binaryFields.nextIs(input, documentStart, documentPosition, expected)) {
                try {
                    binaryFields.read(input, entity, expected);
                } catch (RuntimeException e) {
                    throw decodingFailure(fieldNames[expected], properties[expected], e);
                }
                expected++;
                continue;
            }
            if (reader.readBsonType() == BsonType.END_OF_DOCUMENT) {
                break;
            }
            String name = reader.readName();
            PropertyModel property = propertyNamed(name, expected);
            if (property == null) {
                reader.skipValue();
                continue;
            }
            expected = property.index() + 1;
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                property.set(entity, property.codec().absentValue());
                continue;
            }
            try {
                propertyReader.read(reader, entity, property.index(), properties);
            } catch (RuntimeException e) {
                throw decodingFailure(name, property, e);
            }
        }
        reader.readEndDocument();
        return entity;
    }

    /**
     * The property stored in field {@code name}. Documents usually hold the fields in the order this
     * codec writes them, so the one after the previous match is tried before the hash lookup.
     */
    private PropertyModel propertyNamed(String name, int expected) {
        if (expected < fieldNames.length && fieldNames[expected].equals(name)) {
            return properties[expected];
        }
        return model.propertyByFieldName(name);
    }

    /** Collects the values first, because the creator needs some of them as arguments. */
    private T readThroughCreator(BsonReader reader) {
        Object[] values = model.newValueArray();
        reader.readStartDocument();
        int expected = 0;
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            PropertyModel property = propertyNamed(name, expected);
            if (property == null) {
                reader.skipValue();
            } else if (reader.getCurrentBsonType() == BsonType.NULL) {
                expected = property.index() + 1;
                reader.readNull();
                values[property.index()] = null;
            } else {
                expected = property.index() + 1;
                try {
                    values[property.index()] = property.codec().read(reader);
                } catch (RuntimeException e) {
                    throw decodingFailure(name, property, e);
                }
            }
        }
        reader.readEndDocument();
        return model.instantiate(values);
    }

    private EntityDecodingException decodingFailure(String name, PropertyModel property, RuntimeException cause) {
        return new EntityDecodingException("cannot decode field '" + name + "' into property '" + property.name()
                + "' of " + model.type().getName() + ": " + cause.getMessage(), cause);
    }

    /** Names the model and the generated classes that carry its hot path (none for abstract types). */
    @Override
    public String toString() {
        return "EntityCodec{" + model.type().getName()
                + ", writer=" + (propertiesWriter == null ? "none" : propertiesWriter.getClass().getName())
                + ", reader=" + (propertyReader == null ? "through the creator" : propertyReader.getClass().getName())
                + (binaryFields == null ? "" : ", in-order binary fields") + "}";
    }

    private EntityCodec<?> subtypeCodec(Class<?> actual) {
        if (!model.type().isAssignableFrom(actual) || !model.subtypesByDiscriminator().containsValue(actual)) {
            throw new IllegalArgumentException(actual.getName() + " is not a mapped subtype of " + model.type().getName()
                    + "; list it with @Subtypes or in the sealed permits clause");
        }
        return codecLookup.apply(actual);
    }

    private Class<?> concreteClass(BsonReader reader) {
        String key = model.discriminatorKey();
        String discriminator = null;
        BsonReaderMark mark = reader.getMark();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            if (reader.readName().equals(key) && reader.getCurrentBsonType() == BsonType.STRING) {
                discriminator = reader.readString();
                break;
            }
            reader.skipValue();
        }
        mark.reset();
        if (discriminator == null) {
            if (model.isInstantiable()) {
                return model.type();
            }
            throw new EntityDecodingException("the document has no discriminator field '" + key + "' to choose a subtype of "
                    + model.type().getName(), null);
        }
        Class<?> concrete = model.subtypesByDiscriminator().get(discriminator);
        if (concrete == null) {
            throw new EntityDecodingException("discriminator '" + discriminator + "' names no known subtype of "
                    + model.type().getName() + " (known: " + model.subtypesByDiscriminator().keySet() + ")", null);
        }
        return concrete;
    }
}
