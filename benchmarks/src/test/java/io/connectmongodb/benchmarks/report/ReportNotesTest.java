package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.SideSummary;
import io.connectmongodb.benchmarks.runner.WorkloadResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportNotesTest {

    @Test
    void aRowsNoteIsPrintedUnderItAndTheLegendNamesTheTargetRules() {
        WorkloadResult row = new WorkloadResult("GridFS 1 GB streaming upload (heap bound)", "embedded, child JVM", Map.of(
                Participant.OURS, new SideSummary(3, 2, 2, 2, 1_000, 1_000),
                Participant.OFFICIAL, new SideSummary(3, 1, 1, 1, 1_000, 1_000)), null)
                .withNote("heap bound: ours passed | official passed");
        String md = MarkdownReport.render(List.of(row), "# h");
        assertTrue(md.contains("| ↳ heap bound: ours passed / official passed | embedded, child JVM |"), md);
        assertTrue(md.contains("not to the JDBC row"), md);
    }
}
