package io.connectmongodb.mapper.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;
import io.connectmongodb.mapper.internal.query.jdql.Jdql;
import io.connectmongodb.mapper.internal.query.jdql.JdqlParser;
import io.connectmongodb.mapper.internal.query.jdql.JdqlSyntaxException;
import io.connectmongodb.mapper.internal.query.jdql.JdqlTranslator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Every supported JDQL construct: query text plus arguments to the expected filter, sort, projection or update. */
class JdqlTest {
    record Address(String city) {
    }

    @Entity("products")
    record Product(@Id ObjectId id, String name, @Field("qty") int quantity, BigDecimal price, String category, Address origin,
                   long views) {
    }

    private final EntityModels models = new EntityModels();
    private final EntityModel<Product> model = models.model(Product.class);
    private final JdqlParser parser = new JdqlParser(new PropertyPaths(models), model);
    private final JdqlTranslator translator = new JdqlTranslator(new ArgumentValues(models));

    private BsonDocument filter(String query, Object... positional) {
        return filter(query, Map.of(), positional);
    }

    private BsonDocument filter(String query, Map<String, Object> named, Object... positional) {
        Jdql.Statement statement = parser.parse(query);
        return translator.filter(statement.where(), p -> p.name() == null ? positional[p.position() - 1] : named.get(p.name()));
    }

    private static BsonDocument json(String text) {
        return BsonDocument.parse(text.replace('\'', '"'));
    }

    @Test
    void comparisonsWithLiteralsAndParameters() {
        assertEquals(json("{'name': 'pen'}"), filter("WHERE name = 'pen'"));
        assertEquals(new BsonDocument("name", new org.bson.BsonString("it's")), filter("WHERE name = 'it''s'"));
        assertEquals(json("{'qty': {'$ne': 3}}"), filter("WHERE quantity <> 3"));
        assertEquals(json("{'qty': {'$ne': 3}}"), filter("WHERE quantity != ?1", 3));
        assertEquals(json("{'qty': {'$lt': 3}}"), filter("WHERE quantity < ?1", 3));
        assertEquals(json("{'qty': {'$lte': -3}}"), filter("WHERE quantity <= -3"));
        assertEquals(json("{'qty': {'$gt': 3}}"), filter("where quantity > :min", Map.of("min", 3)));
        assertEquals(json("{'qty': {'$gte': 3}}"), filter("WHERE quantity >= 3"));
        assertEquals(json("{'qty': {'$lt': 3}}"), filter("WHERE 3 > quantity"), "a value on the left flips the operator");
        assertEquals(json("{'price': {'$gt': {'$numberDecimal': '9.5'}}}"), filter("WHERE price > ?1", new BigDecimal("9.5")));
        assertEquals(json("{'views': {'$gt': 2.5}}"), filter("WHERE views > 2.5"));
        assertEquals(json("{'_id': {'$oid': '65a1b2c3d4e5f60718293a4b'}}"), filter("WHERE id(this) = ?1", new ObjectId("65a1b2c3d4e5f60718293a4b")));
        assertEquals(json("{'origin.city': 'Lyon'}"), filter("WHERE origin.city = 'Lyon'"));
        assertEquals(json("{'name': true}"), filter("WHERE name = TRUE"));
    }

    @Test
    void logicalOperatorsAndParentheses() {
        assertEquals(json("{'name': 'a', 'qty': 1}"), filter("WHERE name = 'a' AND quantity = 1"));
        assertEquals(json("{'$or': [{'name': 'a'}, {'qty': 1}]}"), filter("WHERE name = 'a' OR quantity = 1"));
        assertEquals(json("{'$or': [{'name': 'a', 'qty': 1}, {'category': 'c'}]}"), filter("WHERE name = 'a' AND quantity = 1 OR category = 'c'"));
        assertEquals(json("{'name': 'a', '$or': [{'qty': 1}, {'category': 'c'}]}"), filter("WHERE name = 'a' AND (quantity = 1 OR category = 'c')"));
        assertEquals(json("{'$nor': [{'name': 'a'}]}"), filter("WHERE NOT name = 'a'"));
        assertEquals(json("{'$and': [{'qty': {'$gt': 1}}, {'qty': {'$lt': 5}}]}"), filter("WHERE quantity > 1 AND quantity < 5"));
    }

    @Test
    void betweenLikeInAndNull() {
        assertEquals(json("{'qty': {'$gte': 1, '$lte': 5}}"), filter("WHERE quantity BETWEEN 1 AND ?1", 5));
        assertEquals(json("{'$nor': [{'qty': {'$gte': 1, '$lte': 5}}]}"), filter("WHERE quantity NOT BETWEEN 1 AND 5"));
        assertEquals(json("{'name': {'$regularExpression': {'pattern': '^p.n$', 'options': ''}}}"), filter("WHERE name LIKE 'p_n'"));
        assertEquals(json("{'name': {'$regularExpression': {'pattern': '^a\\\\.b.*$', 'options': ''}}}"), filter("WHERE name LIKE ?1", "a.b%"));
        assertEquals(json("{'$nor': [{'name': {'$regularExpression': {'pattern': '^x.*$', 'options': ''}}}]}"), filter("WHERE name NOT LIKE 'x%'"));
        assertEquals(json("{'category': {'$in': ['a', 'b']}}"), filter("WHERE category IN ('a', ?1)", "b"));
        assertEquals(json("{'category': {'$in': ['a', 'b']}}"), filter("WHERE category IN (:list)", Map.of("list", List.of("a", "b"))));
        assertEquals(json("{'$nor': [{'category': {'$in': ['a']}}]}"), filter("WHERE category NOT IN ('a')"));
        assertEquals(json("{'category': null}"), filter("WHERE category IS NULL"));
        assertEquals(json("{'$nor': [{'category': null}]}"), filter("WHERE category IS NOT NULL"));
    }

    @Test
    void functionsAndPropertyComparisonsUseExpr() {
        assertEquals(json("{'$expr': {'$eq': [{'$toUpper': '$name'}, {'$literal': 'PEN'}]}}"), filter("WHERE UPPER(name) = 'PEN'"));
        assertEquals(json("{'$expr': {'$eq': [{'$toLower': '$name'}, {'$literal': 'pen'}]}}"), filter("WHERE lower(name) = ?1", "pen"));
        assertEquals(json("{'$expr': {'$gt': [{'$strLenCP': '$name'}, {'$literal': 3}]}}"), filter("WHERE LENGTH(name) > 3"));
        assertEquals(json("{'$expr': {'$lt': [{'$abs': '$qty'}, {'$literal': 3}]}}"), filter("WHERE ABS(quantity) < 3"));
        assertEquals(json("{'$expr': {'$gt': ['$views', '$qty']}}"), filter("WHERE views > quantity"));
    }

    @Test
    void selectFromOrderByAndCount() {
        Jdql.Statement statement = parser.parse("SELECT name, price FROM Product WHERE quantity > 0 ORDER BY price DESC, name");
        assertEquals(List.of("name", "price"), statement.selection().stream().map(ResolvedPath::fieldPath).toList());
        assertEquals(List.of(new SortKey("price", true), new SortKey("name", false)), statement.orderBy());
        assertEquals(Jdql.Kind.SELECT, statement.kind());
        assertTrue(parser.parse("SELECT COUNT(THIS) FROM Product WHERE name = 'a'").count());
        assertEquals(List.of(new SortKey("origin.city", false)), parser.parse("FROM products ORDER BY origin.city ASC").orderBy());
        assertEquals(List.of("_id"), parser.parse("SELECT id(this) FROM Product").selection().stream().map(ResolvedPath::fieldPath).toList());
    }

    @Test
    void updateAndDelete() {
        Jdql.Statement update = parser.parse("UPDATE Product SET quantity = quantity - ?1, views = views + 1, name = :n, price = price * 2 WHERE id(this) = ?2");
        BsonDocument rendered = translator.update(update.assignments(), p -> p.name() != null ? "new" : p.position() == 1 ? 4 : null);
        assertEquals(json("{'$inc': {'qty': -4, 'views': 1}, '$set': {'name': 'new'}, '$mul': {'price': 2}}"), rendered);
        assertEquals(json("{'$mul': {'views': 0.5}}"), translator.update(parser.parse("UPDATE Product SET views = views / 2").assignments(), p -> null));
        Jdql.Statement delete = parser.parse("DELETE FROM Product WHERE category = 'old'");
        assertEquals(Jdql.Kind.DELETE, delete.kind());
        assertEquals(json("{'category': 'old'}"), translator.filter(delete.where(), p -> null));
    }

    @Test
    void badQueriesFailWithPosition() {
        assertThrows(JdqlSyntaxException.class, () -> parser.parse("WHERE nmae = 1"));
        assertThrows(JdqlSyntaxException.class, () -> parser.parse("FROM Order WHERE name = 1"));
        assertThrows(JdqlSyntaxException.class, () -> parser.parse("WHERE name = 'open"));
        assertThrows(JdqlSyntaxException.class, () -> parser.parse("WHERE name"));
        assertThrows(JdqlSyntaxException.class, () -> parser.parse("WHERE name = ?0"));
        assertThrows(JdqlSyntaxException.class, () -> parser.parse("UPDATE Product SET views = quantity + 1"));
        JdqlSyntaxException e = assertThrows(JdqlSyntaxException.class, () -> parser.parse("WHERE name = 1 extra"));
        assertTrue(e.getMessage().contains("position 15"), e.getMessage());
    }
}
