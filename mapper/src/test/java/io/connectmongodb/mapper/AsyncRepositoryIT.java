package io.connectmongodb.mapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.testsupport.TestServer;

import jakarta.data.Limit;
import jakarta.data.exceptions.EmptyResultException;
import jakarta.data.exceptions.EntityExistsException;
import jakarta.data.page.CursoredPage;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.By;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Delete;
import jakarta.data.repository.Find;
import jakarta.data.repository.Insert;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import jakarta.data.repository.Save;
import jakarta.data.repository.Update;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repository methods returning CompletableFuture, through the driver's async API against the embedded server. */
class AsyncRepositoryIT {
    @Entity("async_books")
    record Book(@Id String isbn, String title, String author, int pages) {
    }

    @Repository
    interface Books extends CrudRepository<Book, String> {
        @OrderBy("title")
        CompletableFuture<List<Book>> findByAuthor(String author);

        CompletableFuture<Book[]> findByPagesGreaterThan(int pages, Limit limit);

        CompletableFuture<Optional<Book>> findByTitle(String title);

        @Find
        CompletableFuture<Book> byIsbn(@By("isbn") String isbn);

        CompletableFuture<Long> countByAuthor(String author);

        CompletableFuture<Boolean> existsByAuthor(String author);

        @Delete
        CompletableFuture<Long> removeByAuthor(@By("author") String author);

        @Insert
        CompletableFuture<Book> add(Book book);

        @Insert
        CompletableFuture<List<Book>> addAll(List<Book> books);

        CompletableFuture<List<Book>> findByTitleStartingWith(String prefix);

        @Find
        @OrderBy("title")
        CompletableFuture<Page<Book>> byAuthor(@By("author") String author, PageRequest page);

        @Find
        @OrderBy("title")
        CompletableFuture<CursoredPage<Book>> cursorByAuthor(@By("author") String author, PageRequest page);

        @Update
        CompletableFuture<Book> change(Book book);

        @Save
        CompletableFuture<List<Book>> store(List<Book> books);

        @Delete
        CompletableFuture<Long> drop(Book book);
    }

    private static MongoClient client;
    private static Mapper mapper;
    private static Books books;

    @BeforeAll
    static void start() {
        client = MongoClients.create(TestServer.shared().uri());
        mapper = Mapper.builder(client, "mapper_async_it").build();
        books = mapper.repository(Books.class);
    }

    @AfterAll
    static void stop() {
        mapper.close();
        client.close();
    }

    @BeforeEach
    void clean() {
        client.getDatabase("mapper_async_it").getCollection("async_books").deleteMany(new org.bson.Document());
    }

    @Test
    void asyncMethodsCompleteWithTheRightResults() throws Exception {
        List<Book> added = await(books.addAll(List.of(new Book("1", "Dune", "Herbert", 412),
                new Book("2", "Children of Dune", "Herbert", 444), new Book("3", "Emma", "Austen", 320))));
        assertEquals(3, added.size());
        assertEquals("Persuasion", await(books.add(new Book("4", "Persuasion", "Austen", 249))).title());
        assertEquals(List.of("Children of Dune", "Dune"), await(books.findByAuthor("Herbert")).stream().map(Book::title).toList());
        assertEquals(1, await(books.findByPagesGreaterThan(300, Limit.of(1))).length);
        assertEquals(Optional.of("Emma"), await(books.findByTitle("Emma")).map(Book::title));
        assertEquals(Optional.empty(), await(books.findByTitle("Ulysses")));
        assertEquals("Dune", await(books.byIsbn("1")).title());
        assertEquals(2L, await(books.countByAuthor("Austen")));
        assertTrue(await(books.existsByAuthor("Herbert")));
        assertFalse(await(books.existsByAuthor("Joyce")));
        assertEquals(2L, await(books.removeByAuthor("Herbert")));
        assertArrayEquals(new String[] {"3", "4"}, books.findAll().map(Book::isbn).sorted().toArray());
    }

    @Test
    void asyncFailuresCarryTheTypedExceptionUnwrapped() {
        await(books.add(new Book("1", "Dune", "Herbert", 412)));
        ExecutionException duplicate = assertThrows(ExecutionException.class,
                () -> books.add(new Book("1", "Again", "Someone", 1)).get(10, TimeUnit.SECONDS));
        assertInstanceOf(EntityExistsException.class, duplicate.getCause());
        ExecutionException missing = assertThrows(ExecutionException.class, () -> books.byIsbn("nope").get(10, TimeUnit.SECONDS));
        assertInstanceOf(EmptyResultException.class, missing.getCause());
        Throwable raw = books.byIsbn("nope").handle((value, error) -> error).join();
        assertInstanceOf(EmptyResultException.class, raw, "the future fails with the exception itself, not a CompletionException");
        Throwable rawDuplicate = books.add(new Book("1", "Again", "Someone", 1)).handle((value, error) -> error).join();
        assertInstanceOf(EntityExistsException.class, rawDuplicate);
    }

    @Test
    void asyncPagesAndWritesRunOnTheEmbeddedServer() {
        await(books.addAll(List.of(new Book("1", "A", "X", 10), new Book("2", "B", "X", 20), new Book("3", "C", "X", 30),
                new Book("4", "D", "Y", 40), new Book("5", "E", "X", 50))));
        Page<Book> first = await(books.byAuthor("X", PageRequest.ofSize(2)));
        assertEquals(List.of("A", "B"), first.content().stream().map(Book::title).toList());
        assertEquals(4L, first.totalElements());
        Page<Book> last = await(books.byAuthor("X", PageRequest.ofPage(2, 2, false)));
        assertEquals(List.of("C", "E"), last.content().stream().map(Book::title).toList());
        assertFalse(last.hasNext());
        assertFalse(last.hasTotals());

        CursoredPage<Book> page1 = await(books.cursorByAuthor("X", PageRequest.ofSize(2)));
        assertEquals(List.of("A", "B"), page1.content().stream().map(Book::title).toList());
        CursoredPage<Book> page2 = await(books.cursorByAuthor("X", page1.nextPageRequest()));
        assertEquals(List.of("C", "E"), page2.content().stream().map(Book::title).toList());
        CursoredPage<Book> back = await(books.cursorByAuthor("X", page2.previousPageRequest()));
        assertEquals(List.of("A", "B"), back.content().stream().map(Book::title).toList());

        assertEquals("A2", await(books.change(new Book("1", "A2", "X", 11))).title());
        assertEquals(List.of("F", "B2"), await(books.store(List.of(new Book("6", "F", "Z", 60), new Book("2", "B2", "X", 21))))
                .stream().map(Book::title).toList());
        assertEquals(1L, await(books.drop(new Book("3", "C", "X", 30))));
        assertArrayEquals(new String[] {"A2", "B2", "D", "E", "F"}, books.findAll().map(Book::title).sorted().toArray());
        Throwable missing = books.change(new Book("404", "none", "X", 1)).handle((value, error) -> error).join();
        assertInstanceOf(OptimisticLockException.class, missing);
    }

    @Test
    void aFutureOfAStreamFailsWhenTheRepositoryIsCreated() {
        RepositoryDefinitionException e = assertThrows(RepositoryDefinitionException.class,
                () -> mapper.repository(AsyncStreams.class));
        assertTrue(e.getMessage().contains("stream") && e.getMessage().contains("CompletableFuture<Stream<T>> is not supported"),
                e.getMessage());
    }

    @Repository
    interface AsyncStreams extends CrudRepository<Book, String> {
        @Find
        CompletableFuture<Stream<Book>> stream();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
