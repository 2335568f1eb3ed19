package io.connectmongodb.benchmarks;

import io.connectmongodb.benchmarks.runner.BenchServer;
import io.connectmongodb.benchmarks.runner.Comparison;
import io.connectmongodb.benchmarks.runner.RunMode;
import io.connectmongodb.benchmarks.runner.Workload;
import io.connectmongodb.benchmarks.workloads.GridFsStreamingWorkload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkloadCatalogTest {

    /** The catalog needs the spec data; these checks use the workload classes it is built from. */
    @Test
    void onlyTheStreamingRowsRunOnTheChildJvmServer() {
        BenchServer child = new BenchServer(BenchServer.Kind.EMBEDDED_CHILD, null, -1, null);
        List<Workload> streaming = List.of(new GridFsStreamingWorkload(true, RunMode.FULL),
                new GridFsStreamingWorkload(false, RunMode.QUICK));
        for (Workload workload : streaming) {
            assertTrue(workload.runsOn(child), workload.name());
            assertEquals(1, workload.opsPerRound(child, RunMode.FULL));
            assertEquals(1, workload.warmupRounds(RunMode.FULL));
            assertEquals(Comparison.DRIVER_VS_OFFICIAL, workload.comparison());
        }
        assertEquals("GridFS 1 GB streaming upload (heap bound)", streaming.get(0).name());
        assertEquals("GridFS 64 MB streaming download (heap bound; quick mode, full mode streams 1 GB)", streaming.get(1).name());
        org.bson.Document tweet = new org.bson.Document("text", "t");
        for (Workload other : List.of(new io.connectmongodb.benchmarks.workloads.FindOneByIdWorkload(tweet),
                new io.connectmongodb.benchmarks.workloads.FindManyWorkload(tweet),
                new io.connectmongodb.benchmarks.workloads.InsertOneWorkload("small", tweet, 10))) {
            assertTrue(!other.runsOn(child), other.name());
            assertTrue(other.runsOn(new BenchServer(BenchServer.Kind.EMBEDDED, null, -1, null)), other.name());
        }
    }

    @Test
    void rawRowsRunOnTheStubOnlyAndSayWhatTheyMeasure() {
        org.bson.Document tweet = new org.bson.Document("text", "t");
        Workload findOne = new io.connectmongodb.benchmarks.workloads.FindOneByIdWorkload(tweet, true);
        Workload findMany = new io.connectmongodb.benchmarks.workloads.FindManyWorkload(tweet, true);
        assertEquals("FindOne by _id (RawBsonDocument results on both sides)", findOne.name());
        assertEquals("find-many (RawBsonDocument results on both sides)", findMany.name());
        for (Workload workload : List.of(findOne, findMany)) {
            assertTrue(workload.runsOn(new BenchServer(BenchServer.Kind.STUB, null, -1, null)));
            assertTrue(!workload.runsOn(new BenchServer(BenchServer.Kind.EMBEDDED, null, -1, null)));
        }
    }
}
