package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static io.connectmongodb.jdbc.internal.sql.AggregateExpressions.fieldPath;
import static io.connectmongodb.jdbc.internal.sql.AggregateExpressions.isNotNull;

/**
 * INNER and LEFT JOIN on one equality of fields, as {@code $lookup} (localField/foreignField) into a field named after the
 * joined table's alias, then {@code $unwind} of it (keeping unmatched rows for LEFT JOIN). SQL never matches a NULL key,
 * while {@code $lookup} pairs a missing key with documents missing it too: an inner join therefore first drops rows
 * with a null key, and a left join empties the looked-up array for them.
 */
final class JoinStages {

    private JoinStages() {
    }

    static List<BsonDocument> build(List<Join> joins, QueryScope scope) throws SQLException {
        List<BsonDocument> stages = new ArrayList<>();
        if (joins == null) {
            return stages;
        }
        for (Join join : joins) {
            rejectUnsupported(join);
            if (!(join.getRightItem() instanceof Table table)) {
                throw Unsupported.construct("JOIN with a subquery", join);
            }
            QueryScope.Source source = scope.addSource(TableNames.collection(table, scope.database()), TableNames.alias(table), true);
            Expression on = Parentheses.strip(single(join.getOnExpressions(), join));
            if (!(on instanceof EqualsTo equals)) {
                throw Unsupported.construct("JOIN condition other than one equality of two fields", join);
            }
            String left = scope.resolve(equals.getLeftExpression()).queryPath();
            String right = scope.resolve(equals.getRightExpression()).queryPath();
            String prefix = source.prefix() + ".";
            String foreign;
            String local;
            if (right.startsWith(prefix) && !left.startsWith(prefix)) {
                foreign = right.substring(prefix.length());
                local = left;
            } else if (left.startsWith(prefix) && !right.startsWith(prefix)) {
                foreign = left.substring(prefix.length());
                local = right;
            } else {
                throw Unsupported.construct("JOIN condition that does not compare the joined table with an earlier one", join);
            }
            boolean outer = join.isLeft();
            if (!outer) {
                stages.add(new BsonDocument("$match", new BsonDocument(local, new BsonDocument("$ne", BsonNull.VALUE))));
            }
            stages.add(new BsonDocument("$lookup", new BsonDocument("from", new BsonString(source.collection()))
                    .append("localField", new BsonString(local))
                    .append("foreignField", new BsonString(foreign))
                    .append("as", new BsonString(source.prefix()))));
            if (outer) {
                stages.add(new BsonDocument("$addFields", new BsonDocument(source.prefix(), new BsonDocument("$cond",
                        new BsonArray(List.of(isNotNull(fieldPath(local)), fieldPath(source.prefix()), new BsonArray()))))));
            }
            stages.add(new BsonDocument("$unwind", new BsonDocument("path", fieldPath(source.prefix()))
                    .append("preserveNullAndEmptyArrays", BsonBoolean.valueOf(outer))));
        }
        return stages;
    }

    private static void rejectUnsupported(Join join) throws SQLException {
        if (join.isRight()) {
            throw Unsupported.construct("RIGHT JOIN", join);
        }
        if (join.isFull()) {
            throw Unsupported.construct("FULL JOIN", join);
        }
        if (join.isCross()) {
            throw Unsupported.construct("CROSS JOIN", join);
        }
        if (join.isNatural()) {
            throw Unsupported.construct("NATURAL JOIN", join);
        }
        if (join.isSemi() || join.isApply()) {
            throw Unsupported.construct("SEMI JOIN / APPLY", join);
        }
        if (join.getUsingColumns() != null && !join.getUsingColumns().isEmpty()) {
            throw Unsupported.construct("JOIN ... USING", join);
        }
        if (join.isSimple() && (join.getOnExpressions() == null || join.getOnExpressions().isEmpty())) {
            throw Unsupported.construct("comma-separated (implicit) join; write JOIN ... ON", join);
        }
    }

    private static Expression single(Collection<Expression> onExpressions, Join join) throws SQLException {
        if (onExpressions == null || onExpressions.size() != 1) {
            throw Unsupported.construct("JOIN without exactly one ON condition", join);
        }
        return onExpressions.iterator().next();
    }
}
