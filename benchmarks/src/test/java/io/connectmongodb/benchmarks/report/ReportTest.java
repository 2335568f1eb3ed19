package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.SideSummary;
import io.connectmongodb.benchmarks.runner.WorkloadResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {
    private static final WorkloadResult PING = new WorkloadResult("RunCommand ping", "stub", Map.of(
            Participant.OURS, new SideSummary(5, 30_000, 25_000, 20_000, 2_000, 20_000),
            Participant.OFFICIAL, new SideSummary(5, 20_000, 18_000, 15_000, 10_000, 50_000),
            Participant.FLOOR, new SideSummary(5, 40_000, 35_000, 30_000, 0, 10_000)), null);
    private static final WorkloadResult FIND = new WorkloadResult("FindOne by _id", "embedded", Map.of(
            Participant.OURS, new SideSummary(5, 9_000, 8_000, 7_000, 9_000, 40_000),
            Participant.OFFICIAL, new SideSummary(5, 10_000, 9_000, 8_000, 10_000, 45_000)), null);
    private static final WorkloadResult GRIDFS = WorkloadResult.notRun("GridFS upload 50 MB", "embedded", "not run: GridFS not available");

    @Test
    void targetsAreFlaggedMetMissedOrNotChecked() {
        assertEquals(Verdict.Outcome.MET, Target.STUB_SINGLE_DOCUMENT.check(PING).outcome()); // 1.5
        assertEquals(Verdict.Outcome.MET, Target.ALLOCATION.check(PING).outcome()); // 0.2
        assertEquals(Verdict.Outcome.MISSED, Target.FLOOR.check(PING).outcome()); // 0.75 < 0.8
        assertEquals(Verdict.Outcome.MISSED, Target.EMBEDDED.check(FIND).outcome()); // 0.9
        assertEquals(Verdict.Outcome.MISSED, Target.ALLOCATION.check(FIND).outcome()); // 0.9
        assertEquals(Verdict.Outcome.NOT_CHECKED, Target.GRIDFS.check(GRIDFS).outcome());
        assertEquals(null, Target.STUB_SINGLE_DOCUMENT.check(FIND));
    }

    @Test
    void markdownHasOneRowPerResultTheFloorAndTheTargetSummary() {
        String md = MarkdownReport.render(List.of(PING, FIND, GRIDFS), "# header");
        assertTrue(md.startsWith("# header"));
        assertTrue(md.contains("| RunCommand ping | stub | 30,000 (25,000/20,000) | 20,000 (18,000/15,000) | 1.50 |"), md);
        assertTrue(md.contains("| ↳ raw-socket floor (ping) | stub | 40,000 (35,000/30,000) | | ours/floor 0.75 |"), md);
        assertTrue(md.contains("≥1.0: **missed** (0.90)"), md);
        assertTrue(md.contains("| GridFS upload 50 MB | embedded | not run: GridFS not available |"), md);
        assertTrue(md.contains("| ≥1.0× official on the embedded server | 0 | 1 | 0 | FindOne by _id (embedded, 0.90) |"), md);
    }

    @Test
    void aRowWithOnlyOurFiguresShowsTheOtherSideFailed() {
        WorkloadResult download = new WorkloadResult("GridFS download 50 MB", "embedded", Map.of(
                Participant.OURS, new SideSummary(3, 5, 4, 4, 1_000_000, 50_000_000)), null,
                Map.of(Participant.OFFICIAL, "MongoGridFSException: reply | too large"));
        String md = MarkdownReport.render(List.of(download), "# header");
        assertTrue(md.contains("| GridFS download 50 MB | embedded | 5.00 (4.00/4.00) | failed: MongoGridFSException: reply / too large | – |"),
                md);
        assertTrue(ReportWriter.oneLine(download).contains("official failed (MongoGridFSException"), ReportWriter.oneLine(download));
        assertTrue(SvgChart.render(List.of(download), "t").startsWith("<"));
    }

    @Test
    void svgIsWellFormedAndMarksTheFloor() throws Exception {
        String svg = SvgChart.render(List.of(PING, FIND, GRIDFS), "title <&>");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", xml.getDocumentElement().getTagName());
        assertTrue(svg.contains(">floor</text>"));
        assertTrue(svg.contains("RunCommand ping (stub)"));
        assertTrue(!svg.contains("GridFS"), "rows that did not run have no bar");
    }
}
