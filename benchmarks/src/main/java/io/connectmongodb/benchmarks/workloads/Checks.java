package io.connectmongodb.benchmarks.workloads;

import org.bson.Document;

/** Cheap result checks, so a driver that silently does nothing cannot look fast. */
final class Checks {
    private Checks() {
    }

    static void ok(Document reply, String what) {
        Object ok = reply == null ? null : reply.get("ok");
        if (!(ok instanceof Number) || ((Number) ok).doubleValue() != 1.0) {
            throw new IllegalStateException(what + " did not succeed: " + reply);
        }
    }

    static void found(Object document, Object id) {
        if (document == null) {
            throw new IllegalStateException("findOne by _id " + id + " found nothing");
        }
    }

    static void count(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException(what + " returned " + actual + " documents, expected " + expected);
        }
    }
}
