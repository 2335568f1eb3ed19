package io.connectmongodb.benchmarks.odm;

import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundTask;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.mapper.EntityCodecProvider;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.codecs.pojo.PojoCodecProvider;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.ObjectId;

import java.nio.ByteBuffer;

/**
 * Mapping cost in memory: one operation encodes an ODM model (flat or nested) to BSON and decodes it back.
 * The other side is always the official {@code PojoCodecProvider} (automatic). The "ours" column is
 * either the mapper's {@link EntityCodecProvider} codec, or, in the ceiling row, the hand-written
 * {@link FlatModelCodec} or {@link NestedModelCodec} (so that row reads: hand-written over PojoCodecProvider).
 */
public final class OdmCodecWorkload<T> implements Workload {
    private final boolean handWritten;
    private final OdmModel<T> odm;
    private final T model;

    private OdmCodecWorkload(boolean handWritten, OdmModel<T> odm) {
        this.handWritten = handWritten;
        this.odm = odm;
        this.model = odm.sample();
        odm.setId().accept(model, new ObjectId());
    }

    /** The flat model's row: the mapper's codec, or the hand-written ceiling, against PojoCodecProvider. */
    public static OdmCodecWorkload<FlatModel> flat(boolean handWritten, FlatModel sample) {
        return new OdmCodecWorkload<>(handWritten, OdmModel.flat(sample));
    }

    /** The nested model's row. */
    public static OdmCodecWorkload<NestedModel> nested(boolean handWritten, NestedModel sample) {
        return new OdmCodecWorkload<>(handWritten, OdmModel.nested(sample));
    }

    @Override
    public String name() {
        return handWritten ? "ODM " + odm.name() + " codec: hand-written (ceiling) vs PojoCodec"
                : "ODM " + odm.name() + " codec: mapper vs PojoCodecProvider";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.IN_MEMORY;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return odm.type() == NestedModel.class ? 2_000 : 20_000;
    }

    static CodecRegistry pojoRegistry() {
        return CodecRegistries.fromRegistries(com.mongodb.MongoClientSettings.getDefaultCodecRegistry(),
                CodecRegistries.fromProviders(PojoCodecProvider.builder().automatic(true).build()));
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        Codec<T> codec;
        if (participant == Participant.OFFICIAL) {
            codec = pojoRegistry().get(odm.type());
        } else if (handWritten) {
            codec = odm.handWritten();
        } else {
            codec = CodecRegistries.fromRegistries(CodecRegistries.fromProviders(new EntityCodecProvider()),
                    com.mongodb.MongoClientSettings.getDefaultCodecRegistry()).get(odm.type());
        }
        int expected = odm.checkedValue().applyAsInt(model);
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        EncoderContext encode = EncoderContext.builder().isEncodingCollectibleDocument(true).build();
        DecoderContext decode = DecoderContext.builder().build();
        return ops -> {
            long sink = 0;
            for (int i = 0; i < ops; i++) {
                buffer.truncateToPosition(0);
                try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
                    codec.encode(writer, model, encode);
                }
                ByteBuffer bytes = ByteBuffer.wrap(buffer.getInternalBuffer(), 0, buffer.getPosition());
                try (BsonBinaryReader reader = new BsonBinaryReader(bytes)) {
                    T back = codec.decode(reader, decode);
                    sink += odm.checkedValue().applyAsInt(back);
                    if (!odm.id().apply(model).equals(odm.id().apply(back))) {
                        throw new IllegalStateException(name() + ": the id did not round-trip");
                    }
                }
            }
            if (sink != (long) ops * expected) {
                throw new IllegalStateException(name() + ": the checked int value did not round-trip");
            }
        };
    }
}
