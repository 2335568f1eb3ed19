package io.connectmongodb.jdbc.internal.metadata;

import java.util.regex.Pattern;

/**
 * A DatabaseMetaData name pattern: SQL LIKE syntax ({@code %} any run, {@code _} one character, backslash escapes),
 * where {@code null} matches every name.
 */
final class NamePattern {

    private final Pattern regex;

    private NamePattern(Pattern regex) {
        this.regex = regex;
    }

    static NamePattern of(String pattern) {
        if (pattern == null || pattern.equals("%")) {
            return new NamePattern(null);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new NamePattern(Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    boolean matches(String name) {
        return regex == null || regex.matcher(name).matches();
    }
}
