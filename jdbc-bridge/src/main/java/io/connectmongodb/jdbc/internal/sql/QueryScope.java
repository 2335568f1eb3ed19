package io.connectmongodb.jdbc.internal.sql;

import io.connectmongodb.jdbc.internal.schema.CollectionSchema;
import io.connectmongodb.jdbc.internal.schema.SchemaLookup;
import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;
import org.bson.BsonDocument;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables visible to one SELECT (the FROM collection and the joined ones) and how a column reference resolves to a
 * document path.
 *
 * <p>Resolution of {@code a.b.c}: when {@code a} names a table of the FROM clause (its alias, or its name when it has
 * none) the rest is a field of that table, except when that table's inferred schema has no {@code b.c} but does have a
 * nested {@code a.b.c}, in which case the whole reference is a nested field path. Any other reference is a field path of
 * the FROM collection, or of the one joined table whose schema alone has it. Fields of a joined table live under its
 * alias in the joined document ({@code $lookup ... as: alias}).
 */
final class QueryScope {

    /** One table of the FROM clause; {@code prefix} is where its fields sit in the pipeline document. */
    record Source(String collection, String alias, String prefix, CollectionSchema schema) {
        String qualifier() {
            return alias != null ? alias : collection;
        }
    }

    private final SchemaLookup schemas;
    private final Parameters parameters;
    private final String database;
    private final List<Source> sources = new ArrayList<>();
    private final List<BsonDocument> lookupStages = new ArrayList<>();
    private int generatedNames;

    QueryScope(SchemaLookup schemas, Parameters parameters, String database) {
        this.schemas = schemas;
        this.parameters = parameters;
        this.database = database;
    }

    /** The connection's current database: tables qualified with another one are refused. */
    String database() {
        return database;
    }

    Parameters parameters() {
        return parameters;
    }

    SchemaLookup schemas() {
        return schemas;
    }

    Source addSource(String collection, String alias, boolean joined) throws SQLException {
        String prefix = joined ? (alias != null ? alias : collection) : "";
        if (joined && prefix.contains(".")) {
            throw new SQLSyntaxErrorException("A joined table needs an alias without dots: " + prefix, "42000");
        }
        Source source = new Source(collection, alias, prefix, schemas.schemaOf(collection));
        sources.add(source);
        return source;
    }

    List<Source> sources() {
        return sources;
    }

    Source main() {
        return sources.get(0);
    }

    /** Stages ($lookup) that filters need before the $match, e.g. for IN (subquery). */
    List<BsonDocument> lookupStages() {
        return lookupStages;
    }

    String newInternalName(String base) {
        return "__" + base + (generatedNames++);
    }

    /** Resolves a column reference or an array element expression to its document path. */
    FieldRef resolve(Expression expression) throws SQLException {
        if (expression instanceof Column column) {
            return resolveColumn(column);
        }
        if (expression instanceof ArrayExpression array && array.getIndexExpression() instanceof LongValue index
                && array.getStartIndexExpression() == null) {
            FieldRef base = resolve(array.getObjExpression());
            List<Object> segments = new ArrayList<>(base.segments());
            segments.add((int) index.getValue());
            return new FieldRef(segments);
        }
        throw new SQLSyntaxErrorException("Not a field reference: " + expression, "42000");
    }

    private FieldRef resolveColumn(Column column) throws SQLException {
        List<String> parts = IdentifierParts.of(column);
        List<Object> indexes = new ArrayList<>();
        if (column.getArrayConstructor() != null) {
            for (Expression index : column.getArrayConstructor().getExpressions()) {
                if (!(index instanceof LongValue value)) {
                    throw Unsupported.construct("array index that is not an integer literal", column);
                }
                indexes.add((int) value.getValue());
            }
        }
        Optional<Source> qualified = parts.size() > 1 ? sourceNamed(parts.get(0)) : Optional.empty();
        FieldRef ref;
        if (qualified.isPresent() && !preferNestedPath(qualified.get(), parts)) {
            Source source = qualified.get();
            FieldRef inTable = FieldRef.of(String.join(".", parts.subList(1, parts.size())));
            ref = source.prefix().isEmpty() ? inTable : inTable.prefixedWith(source.prefix());
        } else {
            ref = unqualified(String.join(".", parts));
        }
        if (indexes.isEmpty()) {
            return ref;
        }
        List<Object> segments = new ArrayList<>(ref.segments());
        segments.addAll(indexes);
        return new FieldRef(segments);
    }

    private boolean preferNestedPath(Source source, List<String> parts) {
        String inTable = String.join(".", parts.subList(1, parts.size()));
        return !source.schema().hasPath(inTable) && main().schema().hasPath(String.join(".", parts));
    }

    private FieldRef unqualified(String path) {
        if (sources.size() > 1 && !main().schema().hasPath(path)) {
            List<Source> having = sources.stream().skip(1).filter(s -> s.schema().hasPath(path)).toList();
            if (having.size() == 1) {
                return FieldRef.of(path).prefixedWith(having.get(0).prefix());
            }
        }
        return FieldRef.of(path);
    }

    Optional<Source> sourceNamed(String name) {
        for (Source source : sources) {
            if (source.qualifier().equalsIgnoreCase(name)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }
}
