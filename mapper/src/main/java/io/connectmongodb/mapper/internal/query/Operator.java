package io.connectmongodb.mapper.internal.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The predicate keywords of derived query method names, each with its spellings and the number
 * of method parameters it consumes. Spellings are matched as the longest suffix of a predicate.
 */
public enum Operator {
    EQUALS(1, "Is", "Equals", "IsEqual"),
    NOT_EQUALS(1, "IsNot", "Not"),
    GREATER_THAN(1, "IsGreaterThan", "GreaterThan"),
    GREATER_THAN_EQUAL(1, "IsGreaterThanEqual", "GreaterThanEqual"),
    LESS_THAN(1, "IsLessThan", "LessThan"),
    LESS_THAN_EQUAL(1, "IsLessThanEqual", "LessThanEqual"),
    AFTER(1, "IsAfter", "After"),
    BEFORE(1, "IsBefore", "Before"),
    BETWEEN(2, "IsBetween", "Between"),
    IN(1, "IsIn", "In"),
    NOT_IN(1, "IsNotIn", "NotIn"),
    NULL(0, "IsNull", "Null"),
    NOT_NULL(0, "IsNotNull", "NotNull"),
    EMPTY(0, "IsEmpty", "Empty"),
    NOT_EMPTY(0, "IsNotEmpty", "NotEmpty"),
    LIKE(1, "IsLike", "Like"),
    NOT_LIKE(1, "IsNotLike", "NotLike"),
    STARTING_WITH(1, "IsStartingWith", "StartingWith", "StartsWith"),
    ENDING_WITH(1, "IsEndingWith", "EndingWith", "EndsWith"),
    CONTAINING(1, "IsContaining", "Containing", "Contains"),
    NOT_CONTAINING(1, "IsNotContaining", "NotContaining", "NotContains"),
    REGEX(1, "MatchesRegex", "Matches", "Regex"),
    EXISTS(1, "Exists"),
    TRUE(0, "IsTrue", "True"),
    FALSE(0, "IsFalse", "False"),
    NEAR(2, "IsNear", "Near"),
    WITHIN(1, "IsWithin", "Within");

    private static final List<String[]> BY_LENGTH = new ArrayList<>();

    static {
        for (Operator operator : values()) {
            for (String spelling : operator.spellings) {
                BY_LENGTH.add(new String[] {spelling, operator.name()});
            }
        }
        BY_LENGTH.sort(Comparator.comparingInt((String[] entry) -> entry[0].length()).reversed());
    }

    private final int arity;
    private final String[] spellings;

    Operator(int arity, String... spellings) {
        this.arity = arity;
        this.spellings = spellings;
    }

    public int arity() {
        return arity;
    }

    /** Whether the operator works on text (and so accepts IgnoreCase). */
    public boolean isTextual() {
        return switch (this) {
            case EQUALS, NOT_EQUALS, IN, NOT_IN, LIKE, NOT_LIKE, STARTING_WITH, ENDING_WITH, CONTAINING, NOT_CONTAINING, REGEX -> true;
            default -> false;
        };
    }

    /** The spellings that end {@code predicate} after a non-empty property name, longest first, as (spelling, operator). */
    static List<Map.Entry<String, Operator>> suffixes(String predicate) {
        List<Map.Entry<String, Operator>> result = new ArrayList<>();
        for (String[] entry : BY_LENGTH) {
            if (predicate.endsWith(entry[0]) && predicate.length() > entry[0].length()) {
                result.add(Map.entry(entry[0], valueOf(entry[1])));
            }
        }
        return result;
    }
}
