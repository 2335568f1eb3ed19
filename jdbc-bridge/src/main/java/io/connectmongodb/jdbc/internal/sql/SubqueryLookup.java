package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonNull;
import org.bson.BsonString;

import java.sql.SQLException;
import java.util.List;

/**
 * {@code x [NOT] IN (SELECT y FROM u WHERE c)} as a {@code $lookup}: documents of {@code u} whose {@code y} equals
 * {@code x} are looked up into a hidden array field, and the condition {@code c} is tested on that array's elements with
 * {@code $elemMatch}. Only this simple shape (one field, one table, an optional WHERE) can become a lookup; anything
 * else is refused.
 */
final class SubqueryLookup {

    private SubqueryLookup() {
    }

    static BsonDocument register(QueryScope scope, String localPath, Select subquery, boolean member) throws SQLException {
        Select inner = subquery instanceof ParenthesedSelect parenthesed ? parenthesed.getSelect() : subquery;
        if (!(inner instanceof PlainSelect select) || !(select.getFromItem() instanceof Table table)
                || select.getJoins() != null || select.getGroupBy() != null || select.getDistinct() != null
                || select.getLimit() != null || select.getOffset() != null || select.getFetch() != null
                || select.getSelectItems().size() != 1) {
            throw Unsupported.construct("IN subquery other than SELECT <field> FROM <table> [WHERE ...]", subquery);
        }
        QueryScope innerScope = new QueryScope(scope.schemas(), scope.parameters(), scope.database());
        String collection = TableNames.collection(table, scope.database());
        innerScope.addSource(collection, TableNames.alias(table), false);
        SelectItem<?> item = select.getSelectItems().get(0);
        String foreignPath = innerScope.resolve(item.getExpression()).queryPath();
        BsonDocument condition = new FilterBuilder(innerScope, false).build(select.getWhere());

        String as = scope.newInternalName("in");
        scope.lookupStages().add(new BsonDocument("$lookup", new BsonDocument("from", new BsonString(collection))
                .append("localField", new BsonString(localPath))
                .append("foreignField", new BsonString(foreignPath))
                .append("as", new BsonString(as))));
        if (member) {
            return condition.isEmpty()
                    ? new BsonDocument(as + ".0", new BsonDocument("$exists", BsonBoolean.TRUE))
                    : new BsonDocument(as, new BsonDocument("$elemMatch", condition));
        }
        BsonDocument noMatch = condition.isEmpty()
                ? new BsonDocument(as, new BsonDocument("$size", new BsonInt32(0)))
                : new BsonDocument(as, new BsonDocument("$not", new BsonDocument("$elemMatch", condition)));
        return FilterBuilder.and(List.of(new BsonDocument(localPath, new BsonDocument("$ne", BsonNull.VALUE)), noMatch));
    }
}
