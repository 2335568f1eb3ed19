package io.connectmongodb.mapper.internal.query.jdql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits JDQL text into tokens: identifiers (keywords are identifiers compared case-insensitively
 * by the parser), single-quoted strings with {@code ''} as an escaped quote, numbers, positional
 * ({@code ?1}) and named ({@code :name}) parameters, and operators.
 */
final class JdqlLexer {
    enum Kind { IDENTIFIER, STRING, INTEGER, DECIMAL, POSITIONAL, NAMED, SYMBOL, END }

    record Token(Kind kind, String text, int position) {
        boolean is(String keywordOrSymbol) {
            return (kind == Kind.IDENTIFIER || kind == Kind.SYMBOL) && text.equalsIgnoreCase(keywordOrSymbol);
        }
    }

    private JdqlLexer() {
    }

    static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < query.length() && Character.isJavaIdentifierPart(query.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENTIFIER, query.substring(start, i), start));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < query.length() && Character.isDigit(query.charAt(i))) {
                    i++;
                }
                boolean decimal = i + 1 < query.length() && query.charAt(i) == '.' && Character.isDigit(query.charAt(i + 1));
                if (decimal) {
                    i++;
                    while (i < query.length() && Character.isDigit(query.charAt(i))) {
                        i++;
                    }
                }
                tokens.add(new Token(decimal ? Kind.DECIMAL : Kind.INTEGER, query.substring(start, i), start));
            } else if (c == '\'') {
                int start = i;
                StringBuilder text = new StringBuilder();
                i++;
                while (true) {
                    if (i >= query.length()) {
                        throw new JdqlSyntaxException("unterminated string literal starting at position " + start);
                    }
                    char d = query.charAt(i);
                    if (d == '\'') {
                        if (i + 1 < query.length() && query.charAt(i + 1) == '\'') {
                            text.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    text.append(d);
                    i++;
                }
                tokens.add(new Token(Kind.STRING, text.toString(), start));
            } else if (c == '?' || c == ':') {
                int start = i++;
                int nameStart = i;
                while (i < query.length() && (c == '?' ? Character.isDigit(query.charAt(i)) : Character.isJavaIdentifierPart(query.charAt(i)))) {
                    i++;
                }
                if (i == nameStart) {
                    throw new JdqlSyntaxException("parameter at position " + start + " has no " + (c == '?' ? "number" : "name"));
                }
                tokens.add(new Token(c == '?' ? Kind.POSITIONAL : Kind.NAMED, query.substring(nameStart, i), start));
            } else {
                String two = i + 1 < query.length() ? query.substring(i, i + 2) : "";
                if (two.equals("<>") || two.equals("<=") || two.equals(">=") || two.equals("!=")) {
                    tokens.add(new Token(Kind.SYMBOL, two, i));
                    i += 2;
                } else if ("()=<>,.+-*/".indexOf(c) >= 0) {
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
                    i++;
                } else {
                    throw new JdqlSyntaxException("unexpected character '" + c + "' at position " + i);
                }
            }
        }
        tokens.add(new Token(Kind.END, "", query.length()));
        return tokens;
    }
}
