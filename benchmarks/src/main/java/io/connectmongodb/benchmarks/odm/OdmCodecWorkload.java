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
 * Mapping cost in memory: one operation encodes the ODM flat model to BSON and decodes it back.
 * The other side is always the official {@code PojoCodecProvider} (automatic). The "ours" column is
 * either the mapper's {@link EntityCodecProvider} codec, or, in the ceiling row, the hand-written
 * {@link FlatModelCodec} (so that row reads: hand-written over PojoCodecProvider).
 */
public final class OdmCodecWorkload implements Workload {
    private final boolean handWritten;
    private final FlatModel model;

    public OdmCodecWorkload(boolean handWritten, FlatModel model) {
        this.handWritten = handWritten;
        this.model = model;
        model.setId(new ObjectId());
    }

    @Override
    public String name() {
        return handWritten ? "ODM flat codec: hand-written (ceiling) vs PojoCodec"
                : "ODM flat codec: mapper vs PojoCodecProvider";
    }

    @Override
    public boolean runsOn(BenchServer server) {
        return server.kind() == BenchServer.Kind.IN_MEMORY;
    }

    @Override
    public int quickOpsPerRound(BenchServer server) {
        return 20_000;
    }

    static CodecRegistry pojoRegistry() {
        return CodecRegistries.fromRegistries(com.mongodb.MongoClientSettings.getDefaultCodecRegistry(),
                CodecRegistries.fromProviders(PojoCodecProvider.builder().automatic(true).build()));
    }

    @Override
    public RoundTask prepare(Participant participant, BenchServer server) {
        Codec<FlatModel> codec;
        if (participant == Participant.OFFICIAL) {
            codec = pojoRegistry().get(FlatModel.class);
        } else if (handWritten) {
            codec = new FlatModelCodec();
        } else {
            codec = CodecRegistries.fromRegistries(CodecRegistries.fromProviders(new EntityCodecProvider()),
                    com.mongodb.MongoClientSettings.getDefaultCodecRegistry()).get(FlatModel.class);
        }
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
                    FlatModel back = codec.decode(reader, decode);
                    sink += back.getField8();
                    if (!model.getId().equals(back.getId())) {
                        throw new IllegalStateException(name() + ": the id did not round-trip");
                    }
                }
            }
            if (sink != (long) ops * model.getField8()) {
                throw new IllegalStateException(name() + ": field8 did not round-trip");
            }
        };
    }
}
