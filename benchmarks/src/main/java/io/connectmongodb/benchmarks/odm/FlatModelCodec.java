package io.connectmongodb.benchmarks.odm;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * A hand-written codec for {@link FlatModel}: the ceiling for generated and reflective mapping. It
 * writes the fields in declaration order and reads by a switch on the field name, skipping unknown
 * fields.
 */
public final class FlatModelCodec implements Codec<FlatModel> {
    @Override
    public void encode(BsonWriter writer, FlatModel value, EncoderContext encoderContext) {
        writer.writeStartDocument();
        if (value.getId() != null) {
            writer.writeObjectId("_id", value.getId());
        }
        writer.writeString("field1", value.getField1());
        writer.writeString("field2", value.getField2());
        writer.writeString("field3", value.getField3());
        writer.writeString("field4", value.getField4());
        writer.writeString("field5", value.getField5());
        writer.writeString("field6", value.getField6());
        writer.writeString("field7", value.getField7());
        writer.writeInt32("field8", value.getField8());
        writer.writeInt32("field9", value.getField9());
        writer.writeInt32("field10", value.getField10());
        writer.writeInt32("field11", value.getField11());
        writer.writeInt32("field12", value.getField12());
        writer.writeInt32("field13", value.getField13());
        writer.writeEndDocument();
    }

    @Override
    public FlatModel decode(BsonReader reader, DecoderContext decoderContext) {
        FlatModel model = new FlatModel();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "_id": model.setId(reader.readObjectId()); break;
                case "field1": model.setField1(reader.readString()); break;
                case "field2": model.setField2(reader.readString()); break;
                case "field3": model.setField3(reader.readString()); break;
                case "field4": model.setField4(reader.readString()); break;
                case "field5": model.setField5(reader.readString()); break;
                case "field6": model.setField6(reader.readString()); break;
                case "field7": model.setField7(reader.readString()); break;
                case "field8": model.setField8(reader.readInt32()); break;
                case "field9": model.setField9(reader.readInt32()); break;
                case "field10": model.setField10(reader.readInt32()); break;
                case "field11": model.setField11(reader.readInt32()); break;
                case "field12": model.setField12(reader.readInt32()); break;
                case "field13": model.setField13(reader.readInt32()); break;
                default: reader.skipValue();
            }
        }
        reader.readEndDocument();
        return model;
    }

    @Override
    public Class<FlatModel> getEncoderClass() {
        return FlatModel.class;
    }
}
