package io.connectmongodb.mapper.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Field;
import io.connectmongodb.mapper.annotation.Id;
import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.model.EntityModels;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Every derived-query keyword: method name to the expected filter, sort and limit. */
class DerivedQueryTest {
    enum Status { ACTIVE, GONE }

    record Address(String city, @Field("zip") String zipCode) {
    }

    @Entity("people")
    record Person(@Id ObjectId id, String name, String lastName, int age, boolean active, Instant created, List<String> tags,
                  Address address, double[] location, Status status, BigDecimal salary, String nickname) {
    }

    private final EntityModels models = new EntityModels();
    private final EntityModel<Person> model = models.model(Person.class);
    private final DerivedQueryParser parser = new DerivedQueryParser(new PropertyPaths(models));
    private final FilterBuilder filters = new FilterBuilder(new ArgumentValues(models));

    private DerivedQuery parse(String method) {
        return parser.parse(method, model);
    }

    private void assertFilter(String method, String expectedJson, Object... arguments) {
        DerivedQuery query = parse(method);
        assertEquals(arguments.length, query.argumentCount(), "argument count of " + method);
        assertEquals(BsonDocument.parse(expectedJson.replace('\'', '"')), filters.filter(query.disjunction(), arguments), method);
    }

    @Test
    void equalityKeywords() {
        assertFilter("findByName", "{'name': 'a'}", "a");
        assertFilter("findByNameIs", "{'name': 'a'}", "a");
        assertFilter("findByNameEquals", "{'name': 'a'}", "a");
        assertFilter("findByNameIsEqual", "{'name': 'a'}", "a");
        assertFilter("findByNameNot", "{'name': {'$ne': 'a'}}", "a");
        assertFilter("findByNameIsNot", "{'name': {'$ne': 'a'}}", "a");
        assertFilter("findById", "{'_id': {'$oid': '65a1b2c3d4e5f60718293a4b'}}", new ObjectId("65a1b2c3d4e5f60718293a4b"));
    }

    @Test
    void rangeKeywords() {
        assertFilter("findByAgeGreaterThan", "{'age': {'$gt': 5}}", 5);
        assertFilter("findByAgeIsGreaterThan", "{'age': {'$gt': 5}}", 5);
        assertFilter("findByAgeGreaterThanEqual", "{'age': {'$gte': 5}}", 5);
        assertFilter("findByAgeLessThan", "{'age': {'$lt': 5}}", 5);
        assertFilter("findByAgeLessThanEqual", "{'age': {'$lte': 5}}", 5);
        assertFilter("findByAgeIsLessThanEqual", "{'age': {'$lte': 5}}", 5);
        assertFilter("findByCreatedAfter", "{'created': {'$gt': {'$date': '2024-01-01T00:00:00Z'}}}", Instant.parse("2024-01-01T00:00:00Z"));
        assertFilter("findByCreatedBefore", "{'created': {'$lt': {'$date': '2024-01-01T00:00:00Z'}}}", Instant.parse("2024-01-01T00:00:00Z"));
        assertFilter("findByAgeBetween", "{'age': {'$gte': 1, '$lte': 9}}", 1, 9);
        assertFilter("findBySalaryIsBetween", "{'salary': {'$gte': {'$numberDecimal': '1.5'}, '$lte': {'$numberDecimal': '2'}}}",
                new BigDecimal("1.5"), new BigDecimal("2"));
    }

    @Test
    void membershipAndNullKeywords() {
        assertFilter("findByStatusIn", "{'status': {'$in': ['ACTIVE', 'GONE']}}", List.of(Status.ACTIVE, Status.GONE));
        assertFilter("findByAgeIsIn", "{'age': {'$in': [1, 2]}}", (Object) new int[] {1, 2});
        assertFilter("findByAgeNotIn", "{'age': {'$nin': [3]}}", Set.of(3));
        assertFilter("findByAgeIsNotIn", "{'age': {'$nin': [3]}}", List.of(3));
        assertFilter("findByNicknameNull", "{'nickname': null}");
        assertFilter("findByNicknameIsNull", "{'nickname': null}");
        assertFilter("findByNicknameNotNull", "{'nickname': {'$ne': null}}");
        assertFilter("findByNicknameIsNotNull", "{'nickname': {'$ne': null}}");
        assertFilter("findByTagsEmpty", "{'tags': {'$size': 0}}");
        assertFilter("findByTagsIsEmpty", "{'tags': {'$size': 0}}");
        assertFilter("findByTagsNotEmpty", "{'tags': {'$exists': true, '$not': {'$size': 0}}}");
        assertFilter("findByNicknameIsNotEmpty", "{'nickname': {'$nin': ['', null]}}");
        assertFilter("findByNicknameIsEmpty", "{'nickname': ''}");
        assertFilter("findByNicknameExists", "{'nickname': {'$exists': true}}", true);
        assertFilter("findByActiveTrue", "{'active': true}");
        assertFilter("findByActiveIsTrue", "{'active': true}");
        assertFilter("findByActiveFalse", "{'active': false}");
        assertFilter("findByActiveIsFalse", "{'active': false}");
        assertThrows(IllegalArgumentException.class, () -> filters.filter(parse("findByAgeIn").disjunction(), new Object[] {5}));
    }

    @Test
    void textKeywordsQuoteTheirArguments() {
        assertFilter("findByNameLike", "{'name': {'$regularExpression': {'pattern': '^a.*b.$', 'options': ''}}}", "a%b_");
        assertFilter("findByNameIsLike", "{'name': {'$regularExpression': {'pattern': '^ab$', 'options': ''}}}", "ab");
        assertFilter("findByNameNotLike", "{'name': {'$not': {'$regularExpression': {'pattern': '^a.*$', 'options': ''}}}}", "a%");
        assertFilter("findByNameIsNotLike", "{'name': {'$not': {'$regularExpression': {'pattern': '^a$', 'options': ''}}}}", "a");
        assertFilter("findByNameStartingWith", "{'name': {'$regularExpression': {'pattern': '^Jo', 'options': ''}}}", "Jo");
        assertFilter("findByNameStartsWith", "{'name': {'$regularExpression': {'pattern': '^Jo', 'options': ''}}}", "Jo");
        assertFilter("findByNameIsStartingWith", "{'name': {'$regularExpression': {'pattern': '^Jo', 'options': ''}}}", "Jo");
        assertFilter("findByNameEndingWith", "{'name': {'$regularExpression': {'pattern': 'hn$', 'options': ''}}}", "hn");
        assertFilter("findByNameEndsWith", "{'name': {'$regularExpression': {'pattern': 'hn$', 'options': ''}}}", "hn");
        assertFilter("findByNameContaining", "{'name': {'$regularExpression': {'pattern': 'oh', 'options': ''}}}", "oh");
        assertFilter("findByNameContains", "{'name': {'$regularExpression': {'pattern': 'oh', 'options': ''}}}", "oh");
        assertFilter("findByNameNotContaining", "{'name': {'$not': {'$regularExpression': {'pattern': 'oh', 'options': ''}}}}", "oh");
        assertFilter("findByTagsContaining", "{'tags': 'vip'}", "vip");
        assertFilter("findByTagsNotContaining", "{'tags': {'$ne': 'vip'}}", "vip");
        assertFilter("findByNameRegex", "{'name': {'$regularExpression': {'pattern': '^J.*n$', 'options': ''}}}", "^J.*n$");
        assertFilter("findByNameMatches", "{'name': {'$regularExpression': {'pattern': 'x+', 'options': ''}}}", "x+");
        assertFilter("findByNameMatchesRegex", "{'name': {'$regularExpression': {'pattern': 'x+', 'options': ''}}}", "x+");
    }

    @Test
    void regexInjectionIsQuoted() {
        String hostile = ".*|(a+)+$";
        BsonDocument like = filters.filter(parse("findByNameStartingWith").disjunction(), new Object[] {hostile});
        assertEquals("^\\.\\*\\|\\(a\\+\\)\\+\\$", like.get("name").asRegularExpression().getPattern());
        assertTrue(Pattern.compile(like.get("name").asRegularExpression().getPattern()).matcher(hostile + "tail").find());
        assertFalse(Pattern.compile(like.get("name").asRegularExpression().getPattern()).matcher("anything").find());
        String likePattern = filters.filter(parse("findByNameLike").disjunction(), new Object[] {"50%[x]"})
                .get("name").asRegularExpression().getPattern();
        assertEquals("^50.*\\[x\\]$", likePattern);
    }

    @Test
    void ignoreCaseModifiers() {
        assertFilter("findByNameIgnoreCase", "{'name': {'$regularExpression': {'pattern': '^ann$', 'options': 'i'}}}", "ann");
        assertFilter("findByNameIgnoringCase", "{'name': {'$regularExpression': {'pattern': '^ann$', 'options': 'i'}}}", "ann");
        assertFilter("findByNameNotIgnoreCase", "{'name': {'$not': {'$regularExpression': {'pattern': '^ann$', 'options': 'i'}}}}", "ann");
        assertFilter("findByNameStartingWithIgnoreCase", "{'name': {'$regularExpression': {'pattern': '^an', 'options': 'i'}}}", "an");
        assertFilter("findByNameInIgnoreCase", "{'name': {'$in': [{'$regularExpression': {'pattern': '^a$', 'options': 'i'}}]}}", List.of("a"));
        assertFilter("findByNameAndLastNameAllIgnoreCase", "{'name': {'$regularExpression': {'pattern': '^a$', 'options': 'i'}},"
                + " 'lastName': {'$regularExpression': {'pattern': '^b$', 'options': 'i'}}}", "a", "b");
        assertFilter("findByNameAndAgeAllIgnoreCase", "{'name': {'$regularExpression': {'pattern': '^a$', 'options': 'i'}}, 'age': 3}", "a", 3);
        RepositoryDefinitionException e = assertThrows(RepositoryDefinitionException.class, () -> parse("findByAgeIgnoreCase"));
        assertTrue(e.getMessage().contains("findByAgeIgnoreCase") && e.getMessage().contains("IgnoreCase"), e.getMessage());
    }

    @Test
    void geoKeywords() {
        assertFilter("findByLocationNear", "{'location': {'$near': {'$geometry': {'type': 'Point', 'coordinates': [2.35, 48.85]},"
                + " '$maxDistance': 500.0}}}", new double[] {2.35, 48.85}, 500);
        assertFilter("findByLocationIsNear", "{'location': {'$near': {'$geometry': {'type': 'Point', 'coordinates': [1.0, 2.0]},"
                + " '$maxDistance': 1.0}}}", List.of(1, 2), 1.0);
        assertFilter("findByLocationWithin", "{'location': {'$geoWithin': {'$geometry': {'type': 'Polygon', 'coordinates': []}}}}",
                Map.of("type", "Polygon", "coordinates", List.of()));
        assertFilter("findByLocationIsWithin", "{'location': {'$geoWithin': {'$geometry': {'type': 'Point', 'coordinates': [1]}}}}",
                BsonDocument.parse("{\"type\": \"Point\", \"coordinates\": [1]}"));
        assertThrows(IllegalArgumentException.class, () -> filters.filter(parse("findByLocationNear").disjunction(), new Object[] {"x", 1}));
    }

    @Test
    void andOrAndRepeatedFields() {
        assertFilter("findByNameAndAge", "{'name': 'a', 'age': 1}", "a", 1);
        assertFilter("findByNameOrAge", "{'$or': [{'name': 'a'}, {'age': 1}]}", "a", 1);
        assertFilter("findByNameAndAgeOrLastName", "{'$or': [{'name': 'a', 'age': 1}, {'lastName': 'b'}]}", "a", 1, "b");
        assertFilter("findByAgeGreaterThanAndAgeLessThan", "{'$and': [{'age': {'$gt': 1}}, {'age': {'$lt': 9}}]}", 1, 9);
        assertFilter("findAll", "{}");
        assertFilter("findAllBy", "{}");
    }

    @Test
    void nestedPropertiesByUnderscoreOrCamelCase() {
        assertFilter("findByAddress_City", "{'address.city': 'Paris'}", "Paris");
        assertFilter("findByAddressCity", "{'address.city': 'Paris'}", "Paris");
        assertFilter("findByAddressZipCodeStartingWith", "{'address.zip': {'$regularExpression': {'pattern': '^75', 'options': ''}}}", "75");
        assertFilter("findByLastName", "{'lastName': 'x'}", "x");
    }

    @Test
    void prefixesAndSubjects() {
        for (String prefix : List.of("find", "read", "get", "query", "stream", "search")) {
            assertEquals(QueryAction.FIND, parse(prefix + "ByName").action(), prefix);
        }
        assertEquals(QueryAction.COUNT, parse("countByName").action());
        assertEquals(QueryAction.EXISTS, parse("existsByName").action());
        assertEquals(QueryAction.DELETE, parse("deleteByName").action());
        assertEquals(QueryAction.DELETE, parse("removeByName").action());
        assertEquals(10, parse("findFirst10ByName").limit());
        assertEquals(1, parse("findFirstByName").limit());
        assertEquals(3, parse("findTop3ByAgeGreaterThan").limit());
        assertEquals(1, parse("findTopByName").limit());
        assertEquals(0, parse("findPeopleByName").limit());
        DerivedQuery distinct = parse("findDistinctLastNameByAgeGreaterThan");
        assertTrue(distinct.distinct());
        assertEquals("lastName", distinct.distinctField().fieldPath());
        DerivedQuery distinctNested = parse("findDistinctAddressCityBy");
        assertEquals("address.city", distinctNested.distinctField().fieldPath());
        assertTrue(parse("findDistinctByName").distinct());
        assertNull(parse("findDistinctByName").distinctField());
        assertThrows(RepositoryDefinitionException.class, () -> parse("countFirst3ByName"));
    }

    @Test
    void orderBy() {
        assertEquals(List.of(new SortKey("age", true)), parse("findByNameOrderByAgeDesc").sort());
        assertEquals(List.of(new SortKey("lastName", false), new SortKey("age", true)), parse("findByNameOrderByLastNameAscAgeDesc").sort());
        assertEquals(List.of(new SortKey("name", false)), parse("findAllOrderByName").sort());
        assertEquals(List.of(new SortKey("address.city", false)), parse("findByAgeOrderByAddressCityAsc").sort());
        assertEquals(List.of(new SortKey("age", false)), parse("findTop5ByActiveTrueOrderByAge").sort());
        assertEquals(5, parse("findTop5ByActiveTrueOrderByAge").limit());
    }

    @Test
    void unknownPropertiesFailNamingTheMethod() {
        RepositoryDefinitionException e = assertThrows(RepositoryDefinitionException.class, () -> parse("findByNmae"));
        assertTrue(e.getMessage().contains("findByNmae") && e.getMessage().contains("'Nmae'"), e.getMessage());
        assertThrows(RepositoryDefinitionException.class, () -> parse("findByNameOrderByAgx"));
        assertThrows(RepositoryDefinitionException.class, () -> parse("fetchByName"));
        assertFalse(DerivedQueryParser.looksDerived("findingNemo"));
    }
}
