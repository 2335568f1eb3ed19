package io.connectmongodb.benchmarks.profile;

import jdk.jfr.consumer.RecordedFrame;

import java.util.List;

/**
 * Names of JFR stack frames, and the frame a cost is charged to: the one nearest the top of the
 * stack that belongs to connect-mongodb (driver, mapper or JDBC bridge; not this benchmark module).
 */
final class StackFrames {
    static final String NO_FRAME = "(no connect-mongodb frame)";
    private static final String PRODUCT = "io.connectmongodb.";
    private static final String HARNESS = "io.connectmongodb.benchmarks.";

    private StackFrames() {
    }

    static String name(RecordedFrame frame) {
        if (frame.getMethod() == null) {
            return "?";
        }
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static String nearestProductFrame(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = name(frame);
            if (name.startsWith(PRODUCT) && !name.startsWith(HARNESS)) {
                return name;
            }
        }
        return NO_FRAME;
    }

    static boolean contains(List<RecordedFrame> frames, String marker) {
        for (RecordedFrame frame : frames) {
            if (name(frame).contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
