package io.connectmongodb.reliability;

/**
 * The sizes of the reliability suites: short ones in the default {@code verify}, full ones with
 * {@code -Preliability} (which sets the system property {@code reliability.full=true}).
 */
final class ReliabilitySizes {
    private ReliabilitySizes() {
    }

    static boolean full() {
        return Boolean.getBoolean("reliability.full");
    }

    /** {@code shortValue} in the default build, {@code fullValue} under {@code -Preliability}. */
    static int pick(int shortValue, int fullValue) {
        return full() ? fullValue : shortValue;
    }

    static String profileName() {
        return full() ? "reliability (full)" : "default (short)";
    }
}
