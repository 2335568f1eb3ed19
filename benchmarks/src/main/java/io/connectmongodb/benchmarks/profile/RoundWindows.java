package io.connectmongodb.benchmarks.profile;

import io.connectmongodb.benchmarks.runner.Participant;
import io.connectmongodb.benchmarks.runner.RoundObserver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The time windows of connect-mongodb's measured rounds, per workload and server, so that samples
 * of one JFR recording over the whole run can be charged to the workload whose round was running.
 * Only our side's rounds are kept (the rounds alternate, so the official driver's fall outside every
 * window). A sample counts when it falls inside a window and was taken on one of the round's
 * measured threads. Rounds run one after another, so windows do not overlap and a lookup is a
 * binary search by start time.
 */
public final class RoundWindows implements RoundObserver {
    /** One measured round of ours. */
    record Window(String key, Instant start, Instant end, long[] threadIds) {
        boolean covers(Instant time, long threadId) {
            if (time.isBefore(start) || time.isAfter(end)) {
                return false;
            }
            for (long id : threadIds) {
                if (id == threadId) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Window> windows = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private Window[] sorted;

    /** The row key a profile section is written under, e.g. {@code "FindOne by _id (stub)"}. */
    static String key(String workload, String server) {
        return workload + " (" + server + ")";
    }

    @Override
    public synchronized void measuredRound(String workload, String server, Participant participant, Instant start, Instant end,
                                           long[] threadIds) {
        if (participant != Participant.OURS) {
            return;
        }
        String key = key(workload, server);
        if (!keys.contains(key)) {
            keys.add(key);
        }
        windows.add(new Window(key, start, end, threadIds.clone()));
        sorted = null;
    }

    /** Workload keys in the order their first round ran. */
    synchronized List<String> keys() {
        return List.copyOf(keys);
    }

    /** The workload key whose round covers {@code time} on {@code threadId}, or {@code null}. */
    synchronized String find(Instant time, long threadId) {
        if (sorted == null) {
            sorted = windows.toArray(new Window[0]);
            Arrays.sort(sorted, Comparator.comparing(Window::start));
        }
        int low = 0;
        int high = sorted.length - 1;
        int candidate = -1;
        while (low <= high) { // last window starting at or before time
            int mid = (low + high) >>> 1;
            if (!sorted[mid].start().isAfter(time)) {
                candidate = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return candidate >= 0 && sorted[candidate].covers(time, threadId) ? sorted[candidate].key() : null;
    }
}
