package io.connectmongodb.jdbc.internal.sql;

import java.sql.SQLException;

/**
 * Converts a SQL LIKE pattern into an anchored regular expression: {@code %} becomes {@code .*}, {@code _} becomes
 * {@code .}, every other character is matched literally (regex metacharacters are escaped), and the escape character
 * makes the next wildcard literal.
 */
final class LikePattern {

    private static final String REGEX_METACHARACTERS = "\\^$.|?*+()[]{}/";

    private LikePattern() {
    }

    /**
     * @param escape the ESCAPE character, or {@code null} for none
     */
    static String toRegex(String pattern, Character escape) throws SQLException {
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escape != null && c == escape) {
                if (i + 1 >= pattern.length()) {
                    throw new SQLException("LIKE pattern ends with its escape character: " + pattern, "22025");
                }
                appendLiteral(regex, pattern.charAt(++i));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                appendLiteral(regex, c);
            }
        }
        return regex.append('$').toString();
    }

    private static void appendLiteral(StringBuilder regex, char c) {
        if (REGEX_METACHARACTERS.indexOf(c) >= 0) {
            regex.append('\\');
        }
        regex.append(c);
    }
}
