package io.connectmongodb.benchmarks.report;

import java.util.Locale;

/** Number formats shared by the table and the chart. */
final class Formats {
    private Formats() {
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Operations per second with thousands separators, e.g. {@code 12,345}. */
    static String rate(double opsPerSecond) {
        if (opsPerSecond >= 100) {
            return String.format(Locale.ROOT, "%,.0f", opsPerSecond);
        }
        return String.format(Locale.ROOT, "%.2f", opsPerSecond);
    }

    /** Bytes per operation in B, KB or MB (1024-based). */
    static String bytes(double bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", bytes);
    }

    /** CPU nanoseconds per operation as microseconds or milliseconds. */
    static String cpu(double nanos) {
        if (nanos >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
