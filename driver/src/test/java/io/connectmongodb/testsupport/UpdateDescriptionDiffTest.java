package io.connectmongodb.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateDescriptionDiffTest {

    private static Document doc(Object... keysAndValues) {
        Document document = new Document();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            document.append((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return document;
    }

    @Test
    void changedAndNewFieldsAreUpdatedAndMissingOnesRemoved() {
        Document description = UpdateDescriptionDiff.between(doc("_id", 1, "a", 1, "b", 1, "same", "x"),
                doc("_id", 1, "a", 2, "same", "x", "c", 3));
        assertEquals(doc("a", 2, "c", 3), description.get("updatedFields"));
        assertEquals(List.of("b"), description.get("removedFields"));
        assertEquals(List.of(), description.get("truncatedArrays"));
    }

    @Test
    void changesInsideSubDocumentsAreDottedPathsAndArraysAreWhole() {
        Document description = UpdateDescriptionDiff.between(
                doc("_id", 1, "sub", doc("x", 1, "y", 1, "gone", true), "list", List.of(1, 2)),
                doc("_id", 1, "sub", doc("x", 5, "y", 1), "list", List.of(1, 2, 3)));
        assertEquals(doc("sub.x", 5, "list", List.of(1, 2, 3)), description.get("updatedFields"));
        assertEquals(List.of("sub.gone"), description.get("removedFields"));
    }

    @Test
    void aValueTurningIntoADocumentIsUpdatedWhole() {
        Document description = UpdateDescriptionDiff.between(doc("_id", 1, "a", 1), doc("_id", 1, "a", doc("b", 2)));
        assertEquals(doc("a", doc("b", 2)), description.get("updatedFields"));
        assertEquals(List.of(), description.get("removedFields"));
    }

    @Test
    void anUnchangedDocumentHasAnEmptyDescription() {
        Document description = UpdateDescriptionDiff.between(doc("_id", 1, "a", doc("b", 1)), doc("_id", 1, "a", doc("b", 1)));
        assertEquals(doc(), description.get("updatedFields"));
        assertEquals(List.of(), description.get("removedFields"));
    }
}
