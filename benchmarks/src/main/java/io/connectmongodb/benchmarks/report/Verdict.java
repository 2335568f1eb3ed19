package io.connectmongodb.benchmarks.report;

import io.connectmongodb.benchmarks.runner.WorkloadResult;

/** One target checked against one row. */
public record Verdict(Target target, WorkloadResult row, double value, Outcome outcome) {
    public enum Outcome { MET, MISSED, NOT_CHECKED }

    /** Short form for the table, e.g. {@code "1.3×: missed (0.92)"}. */
    public String brief() {
        String name;
        switch (target) {
            case ALLOCATION: name = "alloc ≤0.3"; break;
            case FLOOR: name = "floor ≥0.8"; break;
            case EMBEDDED: name = "≥1.0"; break;
            case MAPPING: name = "≥2.0"; break;
            case JDBC: name = "≥0.8"; break;
            case GRIDFS: name = "≥1.0 heap-bound"; break;
            default: name = "≥1.3"; break;
        }
        switch (outcome) {
            case MET: return name + ": met (" + Formats.ratio(value) + ")";
            case MISSED: return name + ": **missed** (" + (Double.isNaN(value) ? "ours failed" : Formats.ratio(value)) + ")";
            default: return name + ": not checked";
        }
    }
}
