package io.connectmongodb.mapper.internal.query;

/**
 * Builds regular expressions from user input with every regex metacharacter escaped, so a method
 * argument can only ever match itself literally. {@code LIKE} patterns keep their two SQL
 * wildcards ({@code %} any run, {@code _} one character) and quote everything else.
 */
public final class RegexPatterns {
    private static final String METACHARACTERS = "\\^$.|?*+()[]{}";

    private RegexPatterns() {
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (METACHARACTERS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    public static String exact(String text) {
        return "^" + quote(text) + "$";
    }

    public static String startingWith(String text) {
        return "^" + quote(text);
    }

    public static String endingWith(String text) {
        return quote(text) + "$";
    }

    public static String containing(String text) {
        return quote(text);
    }

    /** An anchored regex for a LIKE pattern: {@code %} becomes {@code .*}, {@code _} becomes {@code .}. */
    public static String like(String pattern) {
        StringBuilder out = new StringBuilder("^");
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' || c == '_') {
                out.append(quote(literal.toString()));
                literal.setLength(0);
                out.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        out.append(quote(literal.toString())).append('$');
        return out.toString();
    }
}
