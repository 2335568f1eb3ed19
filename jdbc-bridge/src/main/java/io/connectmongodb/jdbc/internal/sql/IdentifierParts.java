package io.connectmongodb.jdbc.internal.sql;

import net.sf.jsqlparser.schema.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a column reference into field names. Dots outside quotes separate identifiers ({@code t.address.city});
 * a quoted identifier containing dots ({@code "address.city"}) is a nested path as well, because MongoDB field
 * paths use the dot the same way.
 */
final class IdentifierParts {

    private IdentifierParts() {
    }

    static List<String> of(Column column) {
        List<String> parts = new ArrayList<>();
        if (column.getTable() != null && column.getTable().getFullyQualifiedName() != null
                && !column.getTable().getFullyQualifiedName().isEmpty()) {
            parts.addAll(split(column.getTable().getFullyQualifiedName()));
        }
        parts.addAll(split(column.getColumnName()));
        return parts;
    }

    static List<String> split(String qualifiedName) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < qualifiedName.length(); i++) {
            char c = qualifiedName.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '.') {
                    addPart(parts, current);
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '.') {
                addPart(parts, current);
            } else {
                current.append(c);
            }
        }
        addPart(parts, current);
        return parts;
    }

    private static void addPart(List<String> parts, StringBuilder current) {
        if (current.length() == 0) {
            throw new IllegalArgumentException("empty identifier part in a column reference");
        }
        parts.add(current.toString());
        current.setLength(0);
    }
}
