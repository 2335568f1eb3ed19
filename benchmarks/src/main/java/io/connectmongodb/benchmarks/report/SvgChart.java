package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.WorkloadResult;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of the ratios as plain SVG: one row per measured workload and server, a
 * blue bar for throughput (ours ÷ official) and a thin orange bar for allocated bytes per operation
 * (ours ÷ official). Vertical rules mark parity (1.0), the 1.3× throughput target and the 0.3×
 * allocation target. On the RunCommand ping stub row a black tick marks where the raw-socket floor
 * would sit (floor ÷ official), i.e. the best ratio any driver could reach. The scale is linear
 * from 0 to the largest value shown (at least 2).
 */
public final class SvgChart {
    private static final int LABEL_WIDTH = 330;
    private static final int PLOT_WIDTH = 520;
    private static final int ROW_HEIGHT = 26;
    private static final int TOP = 50;

    private SvgChart() {
    }

    public static String render(List<WorkloadResult> rows, String title) {
        List<WorkloadResult> measured = rows.stream().filter(WorkloadResult::measured).toList();
        double max = 2.0;
        for (WorkloadResult row : measured) {
            max = Math.max(max, finite(row.throughputRatio()));
            max = Math.max(max, finite(row.allocationRatio()));
            max = Math.max(max, finite(floorOverOfficial(row)));
        }
        max = Math.ceil(max * 2) / 2;
        int height = TOP + measured.size() * ROW_HEIGHT + 60;
        int width = LABEL_WIDTH + PLOT_WIDTH + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">\n", width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">").append(Formats.xml(title)).append("</text>\n");
        svg.append("<text x=\"10\" y=\"38\" fill=\"#555\">blue: throughput ours÷official · orange: bytes/op ours÷official"
                + " · black tick: raw-socket floor÷official</text>\n");
        int plotBottom = TOP + measured.size() * ROW_HEIGHT;
        for (double rule : new double[] {0.3, 1.0, 1.3}) {
            double x = x(rule, max);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-dasharray=\"%s\"/>\n", x, TOP - 4, x, plotBottom, rule == 1.0 ? "#000" : "#999",
                    rule == 1.0 ? "none" : "4,3"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>\n",
                    x, plotBottom + 14, rule == 1.0 ? "1.0 parity" : rule == 1.3 ? "1.3 target" : "0.3 alloc"));
        }
        for (int i = 0; i < measured.size(); i++) {
            WorkloadResult row = measured.get(i);
            int y = TOP + i * ROW_HEIGHT;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s (%s)</text>\n",
                    LABEL_WIDTH - 8, y + 14, Formats.xml(row.workload()), row.server()));
            bar(svg, row.throughputRatio(), max, y + 3, 12, "#3b6fd4");
            bar(svg, row.allocationRatio(), max, y + 16, 5, "#f08c00");
            double floor = floorOverOfficial(row);
            if (!Double.isNaN(floor)) {
                double fx = x(floor, max);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000\" "
                        + "stroke-width=\"3\"/><text x=\"%.1f\" y=\"%d\" font-size=\"10\">floor</text>\n",
                        fx, y, fx, y + 22, fx + 4, y + 10));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\">0</text>", LABEL_WIDTH, plotBottom + 30));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#555\">%.1f</text>\n",
                LABEL_WIDTH + PLOT_WIDTH, plotBottom + 30, max));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, double value, double max, int y, int height, String colour) {
        if (Double.isNaN(value)) {
            return;
        }
        double w = x(value, max) - LABEL_WIDTH;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>\n", LABEL_WIDTH, y, w, height, colour,
                LABEL_WIDTH + w + 3, y + height - 1, Formats.ratio(value)));
    }

    private static double floorOverOfficial(WorkloadResult row) {
        double oursOverFloor = row.floorRatio();
        double oursOverOfficial = row.throughputRatio();
        return Double.isNaN(oursOverFloor) ? Double.NaN : oursOverOfficial / oursOverFloor;
    }

    private static double x(double value, double max) {
        return LABEL_WIDTH + Math.min(value, max) / max * PLOT_WIDTH;
    }

    private static double finite(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? 0 : v;
    }
}
