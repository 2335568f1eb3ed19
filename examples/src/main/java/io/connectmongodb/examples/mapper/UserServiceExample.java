package io.connectmongodb.examples.mapper;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.driver.MongoDatabase;
import io.connectmongodb.examples.ExampleServer;
import io.connectmongodb.mapper.EntityValidationException;
import io.connectmongodb.mapper.Mapper;
import io.connectmongodb.mapper.annotation.CreatedAt;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.annotation.Indexed;
import io.connectmongodb.mapper.annotation.Version;

import jakarta.data.Order;
import jakarta.data.Sort;
import jakarta.data.page.Page;
import jakarta.data.page.PageRequest;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.Repository;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import java.time.Instant;
import java.util.Optional;

import org.bson.types.ObjectId;

/** A user service on a generated repository: registration with validation, lookup, and paging. */
public final class UserServiceExample {
    @Entity("users")
    public record User(@Id ObjectId id, @NotBlank String name, @Email @Indexed(unique = true) String email, @Min(13) int age,
                       @Version long version, @CreatedAt Instant registeredAt) {
    }

    @Repository
    public interface Users extends CrudRepository<User, ObjectId> {
        Optional<User> findByEmail(String email);

        Page<User> findByAgeGreaterThanEqual(int age, PageRequest page, Order<User> order);
    }

    private UserServiceExample() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    public static void run(String uri) {
        System.out.println("== Mapper: user service");
        try (MongoClient client = MongoClients.create(uri);
             Mapper mapper = Mapper.builder(client.getDatabase("user_service")).entities(User.class).build()) {
            MongoDatabase database = client.getDatabase("user_service");
            database.getCollection("users").drop();
            mapper.ensureIndexes();
            Users users = mapper.repository(Users.class);

            for (String name : new String[] {"Ada", "Brian", "Chen", "Dana", "Emil"}) {
                users.insert(new User(null, name, name.toLowerCase() + "@example.com", 20 + name.length(), 0, null));
            }
            System.out.println("registered 5 users");
            try {
                users.insert(new User(null, "", "not-an-email", 9, 0, null));
            } catch (EntityValidationException e) {
                System.out.println("rejected registration: " + e.violations());
            }
            System.out.println("lookup by email: " + users.findByEmail("chen@example.com").map(User::name).orElse("none"));

            PageRequest request = PageRequest.ofSize(2);
            Order<User> byName = Order.by(Sort.asc("name"));
            Page<User> page = users.findByAgeGreaterThanEqual(18, request, byName);
            while (true) {
                System.out.println("page " + page.pageRequest().page() + " of " + page.totalPages() + ": "
                        + page.content().stream().map(User::name).toList());
                if (!page.hasNext()) {
                    break;
                }
                page = users.findByAgeGreaterThanEqual(18, page.nextPageRequest(), byName);
            }
        }
    }
}
