package io.connectmongodb.benchmarks;

import io.connectmongodb.benchmarks.data.BenchmarkData;
import io.connectmongodb.benchmarks.runner.ComparedWorkload;
import io.connectmongodb.benchmarks.runner.Comparison;
import io.connectmongodb.benchmarks.runner.RunMode;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.odm.FlatModel;
import io.connectmongodb.benchmarks.odm.NestedModel;
import io.connectmongodb.benchmarks.odm.NestedModelData;
import io.connectmongodb.benchmarks.odm.OdmCodecWorkload;
import io.connectmongodb.benchmarks.odm.OdmForeignKeyWorkload;
import io.connectmongodb.benchmarks.odm.OdmTasksWorkload;
import io.connectmongodb.benchmarks.workloads.AsyncInFlightWorkload;
import io.connectmongodb.benchmarks.workloads.BsonCodecWorkload;
import io.connectmongodb.benchmarks.workloads.BulkWriteMixedWorkload;
import io.connectmongodb.benchmarks.workloads.GridFsStreamingWorkload;
import io.connectmongodb.benchmarks.workloads.GridFsWorkload;
import io.connectmongodb.benchmarks.workloads.JdbcStreamingWorkload;
import io.connectmongodb.benchmarks.workloads.ColdStartWorkload;
import io.connectmongodb.benchmarks.workloads.ConcurrentWorkload;
import io.connectmongodb.benchmarks.workloads.FindManyWorkload;
import io.connectmongodb.benchmarks.workloads.FindOneByIdWorkload;
import io.connectmongodb.benchmarks.workloads.InsertManyWorkload;
import io.connectmongodb.benchmarks.workloads.InsertOneWorkload;
import io.connectmongodb.benchmarks.workloads.RunCommandWorkload;
import org.bson.Document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The workloads available today, in report order. New workloads are added here when their feature lands. */
final class WorkloadCatalog {
    private WorkloadCatalog() {
    }

    static List<Workload> workloads(BenchmarkData data, RunMode mode) throws IOException {
        Document tweet = data.tweet();
        Document small = data.smallDocument();
        Document large = data.largeDocument();
        List<Workload> list = new ArrayList<>();
        for (String kind : new String[] {"flat", "deep", "full"}) {
            Document document = data.extendedBson(kind);
            list.add(new BsonCodecWorkload(kind, true, document));
            list.add(new BsonCodecWorkload(kind, false, document));
        }
        list.add(new RunCommandWorkload("hello"));
        list.add(new RunCommandWorkload("ping"));
        list.add(new FindOneByIdWorkload(tweet));
        list.add(new FindOneByIdWorkload(tweet, true));
        list.add(new InsertOneWorkload("small", small, 2_500));
        list.add(new InsertOneWorkload("large", large, 3));
        list.add(new FindManyWorkload(tweet));
        list.add(new FindManyWorkload(tweet, true));
        list.add(new InsertManyWorkload("small", small, 10_000));
        list.add(new InsertManyWorkload("large", large, 10));
        int[] workerCounts = mode == RunMode.FULL ? new int[] {1, 8, 50, 1000} : new int[] {1, 8, 50};
        for (int workers : workerCounts) {
            int ops = Math.max(2_000, workers * 5);
            list.add(new ConcurrentWorkload(ConcurrentWorkload.Kind.FIND_ONE, workers, tweet, ops));
            list.add(new ConcurrentWorkload(ConcurrentWorkload.Kind.INSERT_ONE, workers, small, ops));
        }
        Document odmFlat = data.odmFlatSmall(); // field1..field13, also the JDBC rows
        list.add(new BulkWriteMixedWorkload(small, mode == RunMode.FULL ? 3_334 : 1_000));
        list.add(new AsyncInFlightWorkload(false, tweet));
        list.add(new AsyncInFlightWorkload(true, small));
        list.add(new GridFsWorkload(true));
        list.add(new GridFsWorkload(false));
        list.add(new GridFsStreamingWorkload(true, mode));
        list.add(new GridFsStreamingWorkload(false, mode));
        list.add(new ComparedWorkload(OdmCodecWorkload.flat(false, FlatModel.from(odmFlat)), Comparison.MAPPER_CODEC_VS_POJO_CODEC));
        list.add(new ComparedWorkload(OdmCodecWorkload.flat(true, FlatModel.from(odmFlat)), Comparison.REFERENCE_VS_POJO_CODEC));
        Document odmNested = odmNested();
        if (odmNested != null) {
            list.add(new ComparedWorkload(OdmCodecWorkload.nested(false, NestedModel.from(odmNested)),
                    Comparison.MAPPER_CODEC_VS_POJO_CODEC));
            list.add(new ComparedWorkload(OdmCodecWorkload.nested(true, NestedModel.from(odmNested)),
                    Comparison.REFERENCE_VS_POJO_CODEC));
        }
        list.add(OdmTasksWorkload.flat(odmFlat, false));
        list.add(new ComparedWorkload(OdmTasksWorkload.flat(odmFlat, true), Comparison.REFERENCE_VS_POJO_CODEC));
        if (odmNested != null) {
            list.add(OdmTasksWorkload.nested(odmNested));
        }
        list.add(new OdmForeignKeyWorkload());
        list.add(new JdbcStreamingWorkload(odmFlat, 100_000, System.out));
        list.add(new ColdStartWorkload(small));
        return list;
    }

    private static Document odmNested() throws IOException {
        try {
            return NestedModelData.largeNested(Paths.specsDir(), Paths.workDir());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot locate the spec data: " + e.getMessage(), e);
        }
    }
}
