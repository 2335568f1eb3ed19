package io.connectmongodb.mapper.internal.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.connectmongodb.mapper.annotation.Entity;
import io.connectmongodb.mapper.annotation.Id;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

/** Optional, collections, maps, arrays, BsonValue properties and embedded types at any depth. */
class ContainerMappingTest {
    private final CodecRoundTrip codecs = new CodecRoundTrip();

    @Entity
    record Containers(@Id UUID id, Optional<String> nickname, Optional<Integer> age, List<String> tags, Set<Integer> numbers,
                      SortedSet<String> sorted, Map<String, Integer> counts, String[] names, int[] scores, double[] weights,
                      List<List<Integer>> matrix, List<String> withNulls, BsonValue raw) {
    }

    @Test
    void optionalsCollectionsMapsAndArrays() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", 1);
        counts.put("b", 2);
        Containers value = new Containers(UUID.fromString("00112233-4455-6677-8899-aabbccddeeff"), Optional.of("bob"),
                Optional.empty(), List.of("x", "y"), new LinkedHashSet<>(List.of(3, 1)), new TreeSet<>(Set.of("b", "a")), counts,
                new String[] {"n1", "n2"}, new int[] {1, 2, 3}, new double[] {0.5}, List.of(List.of(1, 2), List.of()),
                Arrays.asList("p", null), new BsonString("raw"));
        Containers decoded = codecs.roundTrip(Containers.class, value,
                "{\"_id\": {\"$binary\": {\"base64\": \"ABEiM0RVZneImaq7zN3u/w==\", \"subType\": \"04\"}},"
                + " \"nickname\": \"bob\", \"tags\": [\"x\", \"y\"], \"numbers\": [3, 1], \"sorted\": [\"a\", \"b\"],"
                + " \"counts\": {\"a\": 1, \"b\": 2}, \"names\": [\"n1\", \"n2\"], \"scores\": [1, 2, 3], \"weights\": [0.5],"
                + " \"matrix\": [[1, 2], []], \"withNulls\": [\"p\", null], \"raw\": \"raw\"}");
        assertEquals(Optional.of("bob"), decoded.nickname());
        assertEquals(Optional.empty(), decoded.age());
        assertEquals(List.of("x", "y"), decoded.tags());
        assertInstanceOf(ArrayList.class, decoded.tags());
        assertEquals(List.of(3, 1), new ArrayList<>(decoded.numbers()));
        assertInstanceOf(TreeSet.class, decoded.sorted());
        assertEquals(counts, decoded.counts());
        assertArrayEquals(new String[] {"n1", "n2"}, decoded.names());
        assertArrayEquals(new int[] {1, 2, 3}, decoded.scores());
        assertArrayEquals(new double[] {0.5}, decoded.weights());
        assertEquals(List.of(List.of(1, 2), List.of()), decoded.matrix());
        assertEquals(Arrays.asList("p", null), decoded.withNulls());
        assertEquals(new BsonString("raw"), decoded.raw());
    }

    @Test
    void missingOptionalsReadAsEmptyAndMissingCollectionsAsNull() {
        Containers decoded = codecs.decode(Containers.class, BsonDocument.parse("{\"nickname\": null}"));
        assertEquals(Optional.empty(), decoded.nickname());
        assertEquals(Optional.empty(), decoded.age());
        assertNull(decoded.tags());
        assertNull(decoded.scores());
    }

    record GeoPoint(double lat, double lng) {
    }

    record Address(String street, GeoPoint location, List<GeoPoint> corners) {
    }

    record Company(String name, Address headquarters, Map<String, Address> branches) {
    }

    @Entity
    record Employee(@Id String id, Company company, List<Address> homes) {
    }

    @Test
    void embeddedTypesAtAnyDepth() {
        Address paris = new Address("Rue A", new GeoPoint(48.85, 2.35), List.of(new GeoPoint(1, 2)));
        Map<String, Address> branches = new TreeMap<>(Map.of("lyon", new Address("Rue B", null, List.of())));
        Employee value = new Employee("e1", new Company("ACME", paris, branches), List.of(paris));
        Employee decoded = codecs.roundTrip(Employee.class, value, "{\"_id\": \"e1\", \"company\": {\"name\": \"ACME\","
                + " \"headquarters\": {\"street\": \"Rue A\", \"location\": {\"lat\": 48.85, \"lng\": 2.35},"
                + " \"corners\": [{\"lat\": 1.0, \"lng\": 2.0}]},"
                + " \"branches\": {\"lyon\": {\"street\": \"Rue B\", \"corners\": []}}},"
                + " \"homes\": [{\"street\": \"Rue A\", \"location\": {\"lat\": 48.85, \"lng\": 2.35}, \"corners\": [{\"lat\": 1.0, \"lng\": 2.0}]}]}");
        assertEquals(value.company().headquarters(), decoded.company().headquarters());
        assertEquals(value.homes(), decoded.homes());
        assertEquals(branches, new TreeMap<>(decoded.company().branches()));
    }

    static final class TreeNode {
        private String label;
        private List<TreeNode> children = new ArrayList<>();

        String getLabel() {
            return label;
        }

        void setLabel(String label) {
            this.label = label;
        }

        List<TreeNode> getChildren() {
            return children;
        }

        void setChildren(List<TreeNode> children) {
            this.children = children;
        }
    }

    @Entity
    record Tree(@Id Long id, TreeNode root) {
    }

    @Test
    void selfReferencingEmbeddedTypes() {
        TreeNode root = new TreeNode();
        root.setLabel("root");
        TreeNode leaf = new TreeNode();
        leaf.setLabel("leaf");
        root.getChildren().add(leaf);
        Tree decoded = codecs.roundTrip(Tree.class, new Tree(1L, root), "{\"_id\": {\"$numberLong\": \"1\"}, \"root\": {\"label\": \"root\","
                + " \"children\": [{\"label\": \"leaf\", \"children\": []}]}}");
        assertEquals("leaf", decoded.root().getChildren().get(0).getLabel());
        assertTrue(decoded.root().getChildren().get(0).getChildren().isEmpty());
    }

    @Test
    void bsonValuePropertyChecksItsDeclaredSubtype() {
        Containers decoded = codecs.decode(Containers.class, new BsonDocument("raw", new BsonInt32(3)));
        assertEquals(new BsonInt32(3), decoded.raw());
    }
}
