package io.connectmongodb.benchmarks.odm;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written codec for {@link NestedModel}: the ceiling for generated and reflective mapping of
 * the nested model. It writes the fields in declaration order (null embedded documents left out)
 * and reads by a switch on the field name, skipping unknown fields.
 */
public final class NestedModelCodec implements Codec<NestedModel> {
    @Override
    public void encode(BsonWriter writer, NestedModel value, EncoderContext encoderContext) {
        writer.writeStartDocument();
        if (value.getId() != null) {
            writer.writeObjectId("_id", value.getId());
        }
        writeStrings(writer, "embedded_str_doc_1", value.getEmbeddedStrDoc1());
        writeStrings(writer, "embedded_str_doc_2", value.getEmbeddedStrDoc2());
        writeStrings(writer, "embedded_str_doc_3", value.getEmbeddedStrDoc3());
        writeStrings(writer, "embedded_str_doc_4", value.getEmbeddedStrDoc4());
        writeStrings(writer, "embedded_str_doc_5", value.getEmbeddedStrDoc5());
        if (value.getEmbeddedStrDocArray() != null) {
            writer.writeStartArray("embedded_str_doc_array");
            for (StringEmbedded element : value.getEmbeddedStrDocArray()) {
                writeStrings(writer, null, element);
            }
            writer.writeEndArray();
        }
        writeInts(writer, "embedded_int_doc_8", value.getEmbeddedIntDoc8());
        writeInts(writer, "embedded_int_doc_9", value.getEmbeddedIntDoc9());
        writeInts(writer, "embedded_int_doc_10", value.getEmbeddedIntDoc10());
        writeInts(writer, "embedded_int_doc_11", value.getEmbeddedIntDoc11());
        writeInts(writer, "embedded_int_doc_12", value.getEmbeddedIntDoc12());
        writeInts(writer, "embedded_int_doc_13", value.getEmbeddedIntDoc13());
        writeInts(writer, "embedded_int_doc_14", value.getEmbeddedIntDoc14());
        writer.writeEndDocument();
    }

    /** Writes the embedded document as field {@code name}, or as the next array element when name is null. */
    private static void writeStrings(BsonWriter writer, String name, StringEmbedded value) {
        if (value == null) {
            return;
        }
        if (name != null) {
            writer.writeName(name);
        }
        writer.writeStartDocument();
        writer.writeString("field1", value.getField1());
        writer.writeString("field2", value.getField2());
        writer.writeString("field3", value.getField3());
        writer.writeString("field4", value.getField4());
        writer.writeString("field5", value.getField5());
        writer.writeString("field6", value.getField6());
        writer.writeString("field7", value.getField7());
        writer.writeString("field8", value.getField8());
        writer.writeString("field9", value.getField9());
        writer.writeString("field10", value.getField10());
        writer.writeString("field11", value.getField11());
        writer.writeString("field12", value.getField12());
        writer.writeString("field13", value.getField13());
        writer.writeString("field14", value.getField14());
        writer.writeString("field15", value.getField15());
        writer.writeEndDocument();
    }

    private static void writeInts(BsonWriter writer, String name, IntegerEmbedded value) {
        if (value == null) {
            return;
        }
        writer.writeName(name);
        writer.writeStartDocument();
        writer.writeInt32("field1", value.getField1());
        writer.writeInt32("field2", value.getField2());
        writer.writeInt32("field3", value.getField3());
        writer.writeInt32("field4", value.getField4());
        writer.writeInt32("field5", value.getField5());
        writer.writeInt32("field6", value.getField6());
        writer.writeInt32("field7", value.getField7());
        writer.writeInt32("field8", value.getField8());
        writer.writeInt32("field9", value.getField9());
        writer.writeInt32("field10", value.getField10());
        writer.writeInt32("field11", value.getField11());
        writer.writeInt32("field12", value.getField12());
        writer.writeInt32("field13", value.getField13());
        writer.writeInt32("field14", value.getField14());
        writer.writeInt32("field15", value.getField15());
        writer.writeEndDocument();
    }

    @Override
    public NestedModel decode(BsonReader reader, DecoderContext decoderContext) {
        NestedModel model = new NestedModel();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "_id": model.setId(reader.readObjectId()); break;
                case "embedded_str_doc_1": model.setEmbeddedStrDoc1(readStrings(reader)); break;
                case "embedded_str_doc_2": model.setEmbeddedStrDoc2(readStrings(reader)); break;
                case "embedded_str_doc_3": model.setEmbeddedStrDoc3(readStrings(reader)); break;
                case "embedded_str_doc_4": model.setEmbeddedStrDoc4(readStrings(reader)); break;
                case "embedded_str_doc_5": model.setEmbeddedStrDoc5(readStrings(reader)); break;
                case "embedded_str_doc_array": model.setEmbeddedStrDocArray(readStringList(reader)); break;
                case "embedded_int_doc_8": model.setEmbeddedIntDoc8(readInts(reader)); break;
                case "embedded_int_doc_9": model.setEmbeddedIntDoc9(readInts(reader)); break;
                case "embedded_int_doc_10": model.setEmbeddedIntDoc10(readInts(reader)); break;
                case "embedded_int_doc_11": model.setEmbeddedIntDoc11(readInts(reader)); break;
                case "embedded_int_doc_12": model.setEmbeddedIntDoc12(readInts(reader)); break;
                case "embedded_int_doc_13": model.setEmbeddedIntDoc13(readInts(reader)); break;
                case "embedded_int_doc_14": model.setEmbeddedIntDoc14(readInts(reader)); break;
                default: reader.skipValue();
            }
        }
        reader.readEndDocument();
        return model;
    }

    private static List<StringEmbedded> readStringList(BsonReader reader) {
        List<StringEmbedded> list = new ArrayList<>();
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            list.add(readStrings(reader));
        }
        reader.readEndArray();
        return list;
    }

    private static StringEmbedded readStrings(BsonReader reader) {
        StringEmbedded value = new StringEmbedded();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "field1": value.setField1(reader.readString()); break;
                case "field2": value.setField2(reader.readString()); break;
                case "field3": value.setField3(reader.readString()); break;
                case "field4": value.setField4(reader.readString()); break;
                case "field5": value.setField5(reader.readString()); break;
                case "field6": value.setField6(reader.readString()); break;
                case "field7": value.setField7(reader.readString()); break;
                case "field8": value.setField8(reader.readString()); break;
                case "field9": value.setField9(reader.readString()); break;
                case "field10": value.setField10(reader.readString()); break;
                case "field11": value.setField11(reader.readString()); break;
                case "field12": value.setField12(reader.readString()); break;
                case "field13": value.setField13(reader.readString()); break;
                case "field14": value.setField14(reader.readString()); break;
                case "field15": value.setField15(reader.readString()); break;
                default: reader.skipValue();
            }
        }
        reader.readEndDocument();
        return value;
    }

    private static IntegerEmbedded readInts(BsonReader reader) {
        IntegerEmbedded value = new IntegerEmbedded();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "field1": value.setField1(reader.readInt32()); break;
                case "field2": value.setField2(reader.readInt32()); break;
                case "field3": value.setField3(reader.readInt32()); break;
                case "field4": value.setField4(reader.readInt32()); break;
                case "field5": value.setField5(reader.readInt32()); break;
                case "field6": value.setField6(reader.readInt32()); break;
                case "field7": value.setField7(reader.readInt32()); break;
                case "field8": value.setField8(reader.readInt32()); break;
                case "field9": value.setField9(reader.readInt32()); break;
                case "field10": value.setField10(reader.readInt32()); break;
                case "field11": value.setField11(reader.readInt32()); break;
                case "field12": value.setField12(reader.readInt32()); break;
                case "field13": value.setField13(reader.readInt32()); break;
                case "field14": value.setField14(reader.readInt32()); break;
                case "field15": value.setField15(reader.readInt32()); break;
                default: reader.skipValue();
            }
        }
        reader.readEndDocument();
        return value;
    }

    @Override
    public Class<NestedModel> getEncoderClass() {
        return NestedModel.class;
    }
}
