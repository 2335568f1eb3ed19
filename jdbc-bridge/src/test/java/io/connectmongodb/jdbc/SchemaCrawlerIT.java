package io.connectmongodb.jdbc;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.junit.jupiter.api.Test;
import schemacrawler.inclusionrule.RegularExpressionInclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Index;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

import java.sql.Connection;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SchemaCrawler crawls the bridge at its standard info level and finds collections, columns, keys and indexes. */
class SchemaCrawlerIT {

    @Test
    void standardCrawl() throws Exception {
        String database = BridgeFixture.newDatabase("crawl");
        BridgeFixture.seed(database, "books", "{_id: 1, title: 'A', author: {name: 'X', born: 1950}, year: 1999}",
                "{_id: 2, title: 'B', author: {name: 'Y'}, year: 2001}");
        BridgeFixture.seed(database, "shelves", "{_id: 'top', capacity: 20}");
        BridgeFixture.withDatabase(database, db -> db.getCollection("books")
                .createIndex(new BsonDocument("year", new BsonInt32(-1))));

        try (Connection connection = BridgeFixture.connect(database)) {
            SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                    .withLimitOptions(LimitOptionsBuilder.builder()
                            .includeSchemas(new RegularExpressionInclusionRule(Pattern.compile(".*" + database + ".*"))).toOptions())
                    .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(SchemaInfoLevelBuilder.standard()).toOptions());
            Catalog catalog = SchemaCrawlerUtility.getCatalog(DatabaseConnectionSources.fromConnection(connection), options);

            List<String> tables = catalog.getTables().stream().map(Table::getName).sorted().toList();
            System.out.println("SchemaCrawler found tables " + tables + " in schemas " + catalog.getSchemas());
            assertEquals(List.of("books", "shelves"), tables);
            Table books = catalog.getTables().stream().filter(t -> t.getName().equals("books")).findFirst().orElseThrow();
            List<String> columns = books.getColumns().stream().map(Column::getName).toList();
            assertTrue(columns.containsAll(List.of("_id", "title", "author.name", "author.born", "year")), columns.toString());
            assertTrue(books.hasPrimaryKey());
            assertEquals(List.of("_id"), books.getPrimaryKey().getConstrainedColumns().stream().map(Column::getName).toList());
            List<String> indexes = books.getIndexes().stream().map(Index::getName).sorted().toList();
            assertTrue(indexes.contains("year_-1") && indexes.contains("_id_"), indexes.toString());
        }
    }
}
