package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.schema.Table;

import java.sql.SQLException;

/**
 * The collection a SQL table reference names. A table may be qualified by the connection's database (as schema or as
 * catalog, since the bridge reports one schema per database); a different database is refused rather than silently
 * read from the current one.
 */
final class TableNames {

    private TableNames() {
    }

    static String collection(Table table, String currentDatabase) throws SQLException {
        for (String qualifier : new String[] {table.getUnquotedSchemaName(), table.getUnquotedCatalogName()}) {
            if (qualifier != null && !qualifier.isEmpty() && !qualifier.equals(currentDatabase)) {
                throw Unsupported.construct("a table of another database (" + qualifier + ", the connection uses "
                        + currentDatabase + ")", table);
            }
        }
        String name = table.getUnquotedName();
        if (name == null || name.isEmpty()) {
            throw new java.sql.SQLSyntaxErrorException("Missing table name", "42000");
        }
        return name;
    }

    static String alias(Table table) {
        return table.getAlias() == null ? null : unquote(table.getAlias().getName());
    }

    static String unquote(String identifier) {
        if (identifier.length() >= 2 && (identifier.startsWith("\"") && identifier.endsWith("\"")
                || identifier.startsWith("`") && identifier.endsWith("`"))) {
            return identifier.substring(1, identifier.length() - 1);
        }
        return identifier;
    }
}
