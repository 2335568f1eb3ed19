package io.connectmongodb.mapper.internal.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.store.CountingSequenceStore;
import io.connectmongodb.mapper.internal.store.FindQuery;
import io.connectmongodb.mapper.internal.store.RecordingDocumentStore;
import io.connectmongodb.mapper.internal.validation.EntityValidator;

import jakarta.data.Sort;
import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

/** Case-insensitive sorts become a collated find; Distinct on a list property decodes the elements. */
class CaseInsensitiveSortAndListDistinctTest {
    enum Color { RED, GREEN }

    @Entity("posts")
    record Post(@Id String id, String title, List<String> tags, Color[] colors) {
    }

    @Repository
    interface Posts {
        @Find
        @OrderBy(value = "title", ignoreCase = true)
        List<Post> byTitleIgnoringCase();

        @Find
        @OrderBy("title")
        List<Post> byTitle();

        @Find
        List<Post> sorted(Sort<Post> sort);

        @Find
        @OrderBy(value = "title", ignoreCase = true, descending = true)
        CompletableFuture<List<Post>> asyncByTitleIgnoringCase();

        List<String> findDistinctTagsBy();

        Color[] findDistinctColorsBy();
    }

    private final RecordingDocumentStore store = new RecordingDocumentStore();
    private final Posts posts = new RepositoryFactory(new EntityModels(), EntityValidator.disabled(), type -> store,
            Clock.systemUTC(), CountingSequenceStore.allocator(), 100).create(Posts.class);

    private FindQuery lastQuery() {
        return store.queries.get(store.queries.size() - 1);
    }

    @Test
    void orderByIgnoreCaseRunsTheFindCaseInsensitively() {
        posts.byTitleIgnoringCase();
        assertTrue(lastQuery().ignoreCase());
        assertEquals(new BsonDocument("title", new BsonInt32(1)), lastQuery().sort());
        posts.byTitle();
        assertFalse(lastQuery().ignoreCase(), "a case-sensitive sort keeps the server's binary comparison");
        posts.asyncByTitleIgnoringCase();
        assertTrue(lastQuery().ignoreCase());
        assertEquals(new BsonDocument("title", new BsonInt32(-1)), lastQuery().sort());
    }

    @Test
    void aSortParameterIgnoringCaseIsHonouredNotRefused() {
        posts.sorted(Sort.ascIgnoreCase("title"));
        assertTrue(lastQuery().ignoreCase());
        posts.sorted(Sort.desc("title"));
        assertFalse(lastQuery().ignoreCase());
        assertEquals(new BsonDocument("title", new BsonInt32(-1)), lastQuery().sort());
    }

    @Test
    void distinctOnAListPropertyReturnsItsElementsDecoded() {
        store.documents.add(new BsonDocument("_id", new BsonString("1")).append("tags", new BsonArray(List.of(new BsonString("a"),
                new BsonString("b")))).append("colors", new BsonArray(List.of(new BsonString("RED")))));
        store.documents.add(new BsonDocument("_id", new BsonString("2")).append("tags", new BsonArray(List.of(new BsonString("b"),
                new BsonString("c"), BsonNull.VALUE))).append("colors", new BsonArray(List.of(new BsonString("GREEN"),
                new BsonString("RED")))));
        assertEquals(java.util.Arrays.asList("a", "b", "c", null), posts.findDistinctTagsBy());
        assertEquals(List.of(Color.RED, Color.GREEN), List.of(posts.findDistinctColorsBy()));
    }
}
