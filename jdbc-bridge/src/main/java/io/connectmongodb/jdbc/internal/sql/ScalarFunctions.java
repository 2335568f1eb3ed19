package io.connectmongodb.jdbc.internal.sql;

import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.connectmongodb.jdbc.internal.sql.AggregateExpressions.operator;

/**
 * The scalar SQL functions (plain or as JDBC {@code {fn ...}} escapes) and the aggregation operators computing them.
 * The names are also what {@code DatabaseMetaData} reports as supported functions.
 */
public final class ScalarFunctions {

    private static final Map<String, String> ONE_TO_ONE = Map.ofEntries(
            Map.entry("UPPER", "$toUpper"), Map.entry("UCASE", "$toUpper"),
            Map.entry("LOWER", "$toLower"), Map.entry("LCASE", "$toLower"),
            Map.entry("LENGTH", "$strLenCP"), Map.entry("CHAR_LENGTH", "$strLenCP"),
            Map.entry("CHARACTER_LENGTH", "$strLenCP"),
            Map.entry("ABS", "$abs"), Map.entry("CEILING", "$ceil"), Map.entry("CEIL", "$ceil"),
            Map.entry("FLOOR", "$floor"), Map.entry("SQRT", "$sqrt"), Map.entry("EXP", "$exp"),
            Map.entry("LN", "$ln"), Map.entry("LOG", "$ln"), Map.entry("LOG10", "$log10"),
            Map.entry("YEAR", "$year"), Map.entry("MONTH", "$month"), Map.entry("DAYOFMONTH", "$dayOfMonth"),
            Map.entry("DAY", "$dayOfMonth"), Map.entry("HOUR", "$hour"), Map.entry("MINUTE", "$minute"),
            Map.entry("SECOND", "$second"), Map.entry("DAYOFWEEK", "$dayOfWeek"), Map.entry("DAYOFYEAR", "$dayOfYear"),
            Map.entry("WEEK", "$week"));

    private static final Map<String, String> ARRAY_ARGUMENTS = Map.of(
            "CONCAT", "$concat", "MOD", "$mod", "POWER", "$pow", "ROUND", "$round");

    /** Numeric functions as JDBC names them for {@code getNumericFunctions}. */
    public static final Set<String> NUMERIC = Set.of("ABS", "CEILING", "FLOOR", "SQRT", "EXP", "LOG", "LOG10", "MOD",
            "POWER", "ROUND");
    /** String functions for {@code getStringFunctions}. */
    public static final Set<String> STRING = Set.of("CONCAT", "LCASE", "UCASE", "LENGTH", "SUBSTRING", "LTRIM", "RTRIM");
    /** Time and date functions for {@code getTimeDateFunctions}. */
    public static final Set<String> TIME_DATE = Set.of("NOW", "CURRENT_TIMESTAMP", "YEAR", "MONTH", "DAYOFMONTH",
            "HOUR", "MINUTE", "SECOND", "DAYOFWEEK", "DAYOFYEAR", "WEEK");
    /** System functions for {@code getSystemFunctions}. */
    public static final Set<String> SYSTEM = Set.of("IFNULL");

    private ScalarFunctions() {
    }

    /**
     * @param name      the function name as written (any case)
     * @param arguments the already translated arguments
     * @param where     the SQL text, for error messages
     */
    static BsonValue apply(String name, List<BsonValue> arguments, Object where) throws SQLException {
        String upper = name.toUpperCase(Locale.ROOT);
        String single = ONE_TO_ONE.get(upper);
        if (single != null) {
            requireArguments(upper, arguments, 1, 1, where);
            return new BsonDocument(single, arguments.get(0));
        }
        String multi = ARRAY_ARGUMENTS.get(upper);
        if (multi != null) {
            requireArguments(upper, arguments, upper.equals("ROUND") || upper.equals("CONCAT") ? 1 : 2, Integer.MAX_VALUE, where);
            return operator(multi, arguments);
        }
        switch (upper) {
            case "SUBSTRING":
            case "SUBSTR":
                requireArguments(upper, arguments, 2, 3, where);
                BsonValue start = operator("$subtract", arguments.get(1), new BsonInt32(1));
                BsonValue length = arguments.size() == 3 ? arguments.get(2) : new BsonDocument("$strLenCP", arguments.get(0));
                return operator("$substrCP", arguments.get(0), start, length);
            case "TRIM":
            case "LTRIM":
            case "RTRIM":
                requireArguments(upper, arguments, 1, 1, where);
                String operatorName = upper.equals("TRIM") ? "$trim" : upper.equals("LTRIM") ? "$ltrim" : "$rtrim";
                return new BsonDocument(operatorName, new BsonDocument("input", arguments.get(0)));
            case "COALESCE":
            case "IFNULL":
            case "NVL":
                requireArguments(upper, arguments, 2, Integer.MAX_VALUE, where);
                BsonValue result = arguments.get(arguments.size() - 1);
                for (int i = arguments.size() - 2; i >= 0; i--) {
                    result = operator("$ifNull", arguments.get(i), result);
                }
                return result;
            case "NOW":
            case "CURRENT_TIMESTAMP":
                requireArguments(upper, arguments, 0, 0, where);
                return new BsonString("$$NOW");
            default:
                throw Unsupported.construct("function " + upper, where);
        }
    }

    private static void requireArguments(String name, List<BsonValue> arguments, int min, int max, Object where)
            throws SQLException {
        if (arguments.size() < min || arguments.size() > max) {
            throw new java.sql.SQLSyntaxErrorException("Function " + name + " takes " + (min == max ? min : min + ".." + max)
                    + " arguments, got " + arguments.size() + " in " + where, "42000");
        }
    }
}
