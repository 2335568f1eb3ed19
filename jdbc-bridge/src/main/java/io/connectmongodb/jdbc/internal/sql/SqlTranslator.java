package io.connectmongodb.jdbc.internal.sql;

import io.connectmongodb.jdbc.internal.schema.SchemaLookup;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.update.Update;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of SQL translation: parses with JSqlParser (or recognises native MongoDB statements) and hands the
 * tree to the SELECT or write planner. Anything the planners cannot translate faithfully is refused with a
 * {@link java.sql.SQLFeatureNotSupportedException} naming the construct, never approximated.
 */
public final class SqlTranslator {

    private final SchemaLookup schemas;
    private final String database;

    /**
     * @param schemas  inferred schemas, for {@code SELECT *} and alias/path resolution
     * @param database the connection's current database
     */
    public SqlTranslator(SchemaLookup schemas, String database) {
        this.schemas = Objects.requireNonNull(schemas, "schemas");
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Parses a statement once; syntax errors are {@link SQLSyntaxErrorException}s with SQLState 42000. */
    public static ParsedSql parse(String sql) throws SQLException {
        if (sql == null || sql.isBlank()) {
            throw new SQLSyntaxErrorException("Empty SQL statement", "42000");
        }
        if (NativeStatements.isNative(sql)) {
            return new ParsedSql(sql, null, 0);
        }
        try {
            // parse every statement: CCJSqlParserUtil.parse would stop after the first and silently
            // drop the rest ("SELECT ...; DROP TABLE t"); JDBC statements run exactly one
            List<Statement> statements = CCJSqlParserUtil.parseStatements(sql);
            if (statements.size() != 1) {
                throw new SQLSyntaxErrorException("Expected exactly one SQL statement but found " + statements.size()
                        + "; send them one at a time (in: " + sql + ")", "42000");
            }
            return new ParsedSql(sql, statements.get(0), ParameterMarkers.count(sql));
        } catch (JSQLParserException e) {
            String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new SQLSyntaxErrorException("Cannot parse SQL: " + firstLine(detail) + " (in: " + sql + ")", "42000", e);
        }
    }

    public Plan translate(String sql, Parameters parameters) throws SQLException {
        return plan(parse(sql), parameters);
    }

    public Plan plan(ParsedSql parsed, Parameters parameters) throws SQLException {
        if (parsed.isNative()) {
            return NativeStatements.plan(parsed.text(), schemas);
        }
        Statement statement = parsed.statement();
        if (statement instanceof Select select) {
            return new SelectPlanner(schemas, parameters, database).plan(plainSelect(select));
        }
        WritePlanner writes = new WritePlanner(schemas, parameters, database);
        if (statement instanceof Insert insert) {
            return writes.insert(insert);
        }
        if (statement instanceof Update update) {
            return writes.update(update);
        }
        if (statement instanceof Delete delete) {
            return writes.delete(delete);
        }
        throw Unsupported.construct("statement " + statementKind(statement), statement);
    }

    private static PlainSelect plainSelect(Select select) throws SQLException {
        if (select.getWithItemsList() != null && !select.getWithItemsList().isEmpty()) {
            throw Unsupported.construct("WITH (common table expressions)", select);
        }
        if (select instanceof ParenthesedSelect parenthesed) {
            return plainSelect(parenthesed.getSelect());
        }
        if (select instanceof SetOperationList) {
            throw Unsupported.construct("UNION/INTERSECT/EXCEPT", select);
        }
        if (select instanceof PlainSelect plain) {
            return plain;
        }
        throw Unsupported.construct(statementKind(select), select);
    }

    private static String statementKind(Object statement) {
        return statement.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }
}
