package io.connectmongodb.examples.mapper;

import io.connectmongodb.driver.MongoClient;
import io.connectmongodb.driver.MongoClients;
import io.connectmongodb.examples.ExampleServer;
import io.connectmongodb.mapper.Mapper;
import io.connectmongodb.mapper.annotation.Aggregation;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;

import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.Repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;

/** Page-view analytics through an {@code @Aggregation} pipeline: views and revenue per country since a date. */
public final class AnalyticsExample {
    @Entity("events")
    public record Event(@Id ObjectId id, String country, String page, Instant at, BigDecimal revenue) {
    }

    /** One row of the report; {@code @Id} receives the {@code $group} key. */
    public record CountryStats(@Id String country, int views, BigDecimal revenue) {
    }

    @Repository
    public interface Events extends BasicRepository<Event, ObjectId> {
        @Aggregation({
            "{$match: {at: {$gte: ?0}}}",
            "{$group: {_id: '$country', views: {$sum: 1}, revenue: {$sum: '$revenue'}}}",
            "{$sort: {views: -1, _id: 1}}"})
        List<CountryStats> statsSince(Instant since);
    }

    private AnalyticsExample() {
    }

    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.start()) {
            run(server.uri());
        }
    }

    public static void run(String uri) {
        System.out.println("== Mapper: analytics with @Aggregation");
        try (MongoClient client = MongoClients.create(uri); Mapper mapper = Mapper.builder(client.getDatabase("analytics")).build()) {
            client.getDatabase("analytics").getCollection("events").drop();
            Events events = mapper.repository(Events.class);
            Instant start = Instant.parse("2024-01-01T00:00:00Z");
            String[] countries = {"NO", "PE", "NO", "JP", "NO", "PE"};
            List<Event> seed = new ArrayList<>();
            for (int i = 0; i < countries.length; i++) {
                seed.add(new Event(null, countries[i], "/p" + i, start.plusSeconds(3600L * i), new BigDecimal("1.50")));
            }
            events.saveAll(seed);
            for (CountryStats row : events.statsSince(start.plusSeconds(3600))) {
                System.out.println(row.country() + ": " + row.views() + " views, revenue " + row.revenue());
            }
        }
    }
}
