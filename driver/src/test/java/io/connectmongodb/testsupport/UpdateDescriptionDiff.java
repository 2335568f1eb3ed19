package io.connectmongodb.testsupport;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a change event's {@code updateDescription} from a document before and after an update.
 *
 * <p>Walks both documents field by field. A field present after with a different value (or new) is an updated
 * field; a field present only before is a removed field. When both sides hold an embedded document the walk
 * descends into it and reports dotted paths ({@code "a.b"}), as MongoDB does for changes inside sub-documents;
 * arrays and all other values are compared whole (a real server may instead report changed array elements by
 * index, e.g. {@code "list.2"} after a {@code $push}, and truncated arrays; the shim always sends
 * {@code truncatedArrays: []}). {@code _id} never changes in an update and is not reported.
 */
final class UpdateDescriptionDiff {
    private UpdateDescriptionDiff() {
    }

    /** {@code {updatedFields, removedFields, truncatedArrays: []}} for the change from {@code before} to {@code after}. */
    static Document between(Document before, Document after) {
        Document updated = new Document();
        List<String> removed = new ArrayList<>();
        walk("", before, after, updated, removed);
        updated.remove("_id");
        removed.remove("_id");
        return new Document("updatedFields", updated)
                .append("removedFields", removed)
                .append("truncatedArrays", new ArrayList<>());
    }

    private static void walk(String prefix, Document before, Document after, Document updated, List<String> removed) {
        for (Map.Entry<String, Object> field : after.entrySet()) {
            String path = prefix + field.getKey();
            Object old = before.get(field.getKey());
            Object now = field.getValue();
            if (old instanceof Document oldDocument && now instanceof Document newDocument) {
                walk(path + ".", oldDocument, newDocument, updated, removed);
            } else if (!before.containsKey(field.getKey()) || !Objects.equals(old, now)) {
                updated.append(path, now instanceof Document document ? document.cloneDeeply() : now);
            }
        }
        for (String key : before.keySet()) {
            if (!after.containsKey(key)) {
                removed.add(prefix + key);
            }
        }
    }
}
