package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.Comparison;
import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.SideSummary;
import io.connectmongodb.benchmarks.runner.WorkloadResult;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetTest {

    /** A measured row: ours and the peer with the given throughput and bytes per op. */
    private static WorkloadResult row(String workload, String server, Comparison comparison,
                                      double oursOps, double peerOps, double oursBytes, double peerBytes) {
        return new WorkloadResult(workload, server, Map.of(
                Participant.OURS, new SideSummary(5, oursOps, oursOps, oursOps, oursBytes, 1_000),
                Participant.OFFICIAL, new SideSummary(5, peerOps, peerOps, peerOps, peerBytes, 1_000)),
                null, Map.of(), comparison);
    }

    private static Set<Target> applying(WorkloadResult row) {
        Set<Target> targets = EnumSet.noneOf(Target.class);
        for (Target target : Target.values()) {
            if (target.check(row) != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    @Test
    void mappingTargetAppliesToTheMapperCodecRowWhateverItsName() {
        WorkloadResult mapper = row("ODM flat codec: mapper vs PojoCodecProvider", "in-memory",
                Comparison.MAPPER_CODEC_VS_POJO_CODEC, 250, 100, 300, 1_000);
        assertEquals(EnumSet.of(Target.MAPPING, Target.ALLOCATION), applying(mapper));
        assertEquals(Verdict.Outcome.MET, Target.MAPPING.check(mapper).outcome()); // 2.5
        assertEquals(Verdict.Outcome.MET, Target.ALLOCATION.check(mapper).outcome()); // 0.3

        WorkloadResult renamed = row("ODM nested codec: something else", "in-memory",
                Comparison.MAPPER_CODEC_VS_POJO_CODEC, 150, 100, 500, 1_000);
        assertEquals(Verdict.Outcome.MISSED, Target.MAPPING.check(renamed).outcome()); // 1.5 < 2
        assertEquals(1.5, Target.MAPPING.check(renamed).value(), 1e-9);
    }

    @Test
    void theHandWrittenCeilingIsAReferenceWithoutTargets() {
        WorkloadResult ceiling = row("ODM flat codec: hand-written (ceiling) vs PojoCodec", "in-memory",
                Comparison.REFERENCE_VS_POJO_CODEC, 300, 100, 100, 1_000);
        assertEquals(EnumSet.noneOf(Target.class), applying(ceiling));
    }

    @Test
    void rowsNamedLikeTheMapperButComparingDriversAreNotMappingRows() {
        WorkloadResult oldName = row("mapper create", "embedded", Comparison.DRIVER_VS_OFFICIAL, 100, 100, 1, 1);
        assertNull(Target.MAPPING.check(oldName));
    }

    @Test
    void endToEndOdmTaskRowsFallUnderTheEmbeddedTarget() {
        WorkloadResult tasks = row("ODM flat create+find+update: mapper vs Pojo", "embedded",
                Comparison.DRIVER_VS_OFFICIAL, 105, 100, 450, 1_000);
        assertEquals(EnumSet.of(Target.EMBEDDED, Target.ALLOCATION), applying(tasks));
        assertEquals(Verdict.Outcome.MET, Target.EMBEDDED.check(tasks).outcome());
        assertEquals(Verdict.Outcome.MISSED, Target.ALLOCATION.check(tasks).outcome());
    }

    @Test
    void allocationTargetSkipsTheJdbcRowWhosePeerIsOurOwnDriver() {
        WorkloadResult jdbc = row("JDBC SELECT 100,000 rows (bridge vs our raw find)", "embedded",
                Comparison.BRIDGE_VS_OUR_DRIVER, 90, 100, 900, 1_000);
        assertEquals(EnumSet.of(Target.JDBC), applying(jdbc));
        assertEquals(Verdict.Outcome.MET, Target.JDBC.check(jdbc).outcome()); // 0.9 >= 0.8
    }

    @Test
    void allocationTargetAppliesToEveryOfficialRowIncludingBsonCodecs() {
        WorkloadResult bson = row("BSON flat encode", "in-memory", Comparison.DRIVER_VS_OFFICIAL, 90, 100, 1_350, 1_000);
        assertEquals(EnumSet.of(Target.ALLOCATION), applying(bson));
        assertEquals(Verdict.Outcome.MISSED, Target.ALLOCATION.check(bson).outcome());
        WorkloadResult insert = row("insertOne small", "stub", Comparison.DRIVER_VS_OFFICIAL, 140, 100, 250, 1_000);
        assertEquals(EnumSet.of(Target.ALLOCATION, Target.STUB_SINGLE_DOCUMENT), applying(insert));
        assertEquals(Verdict.Outcome.MET, Target.ALLOCATION.check(insert).outcome());
        assertEquals(Verdict.Outcome.MET, Target.STUB_SINGLE_DOCUMENT.check(insert).outcome());
    }

    @Test
    void gridFsRowsAreCheckedByTheGridFsTargetNotTheEmbeddedOne() {
        WorkloadResult streaming = row("GridFS 1 GB streaming download (heap bound)", "embedded, child JVM",
                Comparison.DRIVER_VS_OFFICIAL, 95, 100, 2_000, 1_000);
        assertEquals(EnumSet.of(Target.GRIDFS, Target.ALLOCATION), applying(streaming));
        assertEquals(Verdict.Outcome.MISSED, Target.GRIDFS.check(streaming).outcome());
        WorkloadResult upload = row("GridFS upload 50 MB", "embedded", Comparison.DRIVER_VS_OFFICIAL, 103, 100, 1, 1);
        assertEquals(EnumSet.of(Target.GRIDFS, Target.ALLOCATION), applying(upload));
    }

    @Test
    void ourFailureMissesTheTargetAndAPeerFailureLeavesItUnflagged() {
        WorkloadResult oursFailed = new WorkloadResult("GridFS 1 GB streaming upload (heap bound)", "embedded, child JVM",
                Map.of(Participant.OFFICIAL, new SideSummary(3, 1, 1, 1, 1, 1)), null,
                Map.of(Participant.OURS, "heap bound not kept"), Comparison.DRIVER_VS_OFFICIAL);
        Verdict verdict = Target.GRIDFS.check(oursFailed);
        assertEquals(Verdict.Outcome.MISSED, verdict.outcome());
        assertTrue(verdict.brief().contains("ours failed"), verdict.brief());

        WorkloadResult peerFailed = new WorkloadResult("GridFS download 50 MB", "embedded",
                Map.of(Participant.OURS, new SideSummary(3, 1, 1, 1, 1, 1)), null,
                Map.of(Participant.OFFICIAL, "boom"), Comparison.DRIVER_VS_OFFICIAL);
        assertNull(Target.GRIDFS.check(peerFailed));
    }

    @Test
    void rowsThatDidNotRunAreNotChecked() {
        WorkloadResult notRun = WorkloadResult.notRun("ODM nested codec", "in-memory", "not run: x",
                Comparison.MAPPER_CODEC_VS_POJO_CODEC);
        assertEquals(Verdict.Outcome.NOT_CHECKED, Target.MAPPING.check(notRun).outcome());
        assertNull(Target.EMBEDDED.check(notRun));
    }

    @Test
    void aRowNeedsAComparison() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkloadResult("x", "stub", Map.of(), null, Map.of(), null));
    }
}
