package io.connectmongodb.jdbc.internal.sql;

import io.connectmongodb.jdbc.internal.schema.SchemaField;
import io.connectmongodb.jdbc.internal.schema.SchemaLookup;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Native passthrough. A statement that is a JSON document is a database command, run as is. A statement in shell form
 * {@code db.<collection>.find(filter?, projection?)} optionally followed by {@code .sort(...)}, {@code .skip(n)},
 * {@code .limit(n)}, or {@code db.<collection>.aggregate([stages])}, becomes the corresponding find or aggregate plan.
 * Arguments are parsed as extended JSON (shell helpers such as {@code ObjectId("...")} included).
 */
final class NativeStatements {

    private NativeStatements() {
    }

    static boolean isNative(String sql) {
        String text = sql.strip();
        return text.startsWith("{") || text.startsWith("db.");
    }

    static Plan plan(String sql, SchemaLookup schemas) throws SQLException {
        String text = strip(sql);
        try {
            if (text.startsWith("{")) {
                return new CommandPlan(BsonDocument.parse(text));
            }
            return shellCall(text, schemas);
        } catch (JsonParseException e) {
            throw new SQLSyntaxErrorException("Invalid JSON in native statement: " + e.getMessage(), "42000", e);
        }
    }

    private static String strip(String sql) {
        String text = sql.strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }

    private static Plan shellCall(String text, SchemaLookup schemas) throws SQLException {
        int find = text.indexOf(".find(");
        int aggregate = text.indexOf(".aggregate(");
        int start = find >= 0 && (aggregate < 0 || find < aggregate) ? find : aggregate;
        if (start < 0) {
            throw Unsupported.construct("native statement other than db.<collection>.find(...) or .aggregate([...])", text);
        }
        String collection = text.substring("db.".length(), start);
        if (collection.isEmpty()) {
            throw new SQLSyntaxErrorException("Missing collection name in " + text, "42000");
        }
        List<Call> calls = ShellCalls.parse(text.substring(start));
        Call first = calls.get(0);
        if (first.name().equals("aggregate")) {
            if (calls.size() != 1 || first.arguments().size() != 1 || !first.arguments().get(0).isArray()) {
                throw new SQLSyntaxErrorException("aggregate takes one array of stages: " + text, "42000");
            }
            List<BsonDocument> pipeline = new ArrayList<>();
            for (BsonValue stage : first.arguments().get(0).asArray()) {
                pipeline.add(stage.asDocument());
            }
            return new AggregatePlan(collection, pipeline, List.of(), false, null);
        }
        BsonDocument filter = first.argument(0).orElse(new BsonDocument());
        BsonDocument projection = first.argument(1).orElse(new BsonDocument());
        BsonDocument sort = new BsonDocument();
        int skip = 0;
        Integer limit = null;
        for (Call call : calls.subList(1, calls.size())) {
            switch (call.name()) {
                case "sort":
                    sort = call.argument(0).orElse(new BsonDocument());
                    break;
                case "skip":
                    skip = call.count();
                    break;
                case "limit":
                    limit = call.count();
                    break;
                default:
                    throw Unsupported.construct("cursor method ." + call.name() + "(...)", text);
            }
        }
        return new FindPlan(collection, filter, projection, sort, skip, limit, columns(collection, projection, schemas));
    }

    private static List<OutputColumn> columns(String collection, BsonDocument projection, SchemaLookup schemas)
            throws SQLException {
        List<OutputColumn> columns = new ArrayList<>();
        boolean inclusion = projection.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals("_id") && isTruthy(e.getValue()));
        if (inclusion) {
            if (!projection.containsKey("_id") || isTruthy(projection.get("_id"))) {
                columns.add(new OutputColumn("_id", List.of("_id"), null));
            }
            projection.forEach((key, value) -> {
                if (!key.equals("_id") && isTruthy(value)) {
                    columns.add(new OutputColumn(key, List.of(key.split("\\.")), null));
                }
            });
            return columns;
        }
        for (SchemaField field : schemas.schemaOf(collection).fields()) {
            boolean excluded = projection.keySet().stream().anyMatch(k -> field.path().equals(k) || field.path().startsWith(k + "."));
            if (!excluded) {
                columns.add(new OutputColumn(field.path(), List.of(field.path().split("\\.")), field.type()));
            }
        }
        return columns;
    }

    private static boolean isTruthy(BsonValue value) {
        if (value.isBoolean()) {
            return value.asBoolean().getValue();
        }
        if (value.isNumber()) {
            return value.asNumber().doubleValue() != 0;
        }
        return true;
    }

    /** One call of a shell chain: its method name and extended-JSON arguments. */
    record Call(String name, List<BsonValue> arguments) {

        Optional<BsonDocument> argument(int index) throws SQLException {
            if (arguments.size() <= index) {
                return Optional.empty();
            }
            if (!arguments.get(index).isDocument()) {
                throw new SQLSyntaxErrorException("." + name + " argument " + (index + 1) + " must be a document", "42000");
            }
            return Optional.of(arguments.get(index).asDocument());
        }

        int count() throws SQLException {
            if (arguments.size() != 1 || !arguments.get(0).isNumber() || arguments.get(0).asNumber().longValue() < 0) {
                throw new SQLSyntaxErrorException("." + name + " takes one non-negative number", "42000");
            }
            return arguments.get(0).asNumber().intValue();
        }
    }

    /** Splits {@code .find({...}, {...}).sort({...}).limit(5)} into calls, honouring strings and nesting. */
    static final class ShellCalls {

        private ShellCalls() {
        }

        static List<Call> parse(String chain) throws SQLException {
            List<Call> calls = new ArrayList<>();
            int position = 0;
            while (position < chain.length()) {
                if (chain.charAt(position) != '.') {
                    throw new SQLSyntaxErrorException("Expected .method(...) at: " + chain.substring(position), "42000");
                }
                int open = chain.indexOf('(', position);
                if (open < 0) {
                    throw new SQLSyntaxErrorException("Expected ( after ." + chain.substring(position + 1), "42000");
                }
                String name = chain.substring(position + 1, open).strip();
                int close = matchingParenthesis(chain, open);
                String arguments = chain.substring(open + 1, close).strip();
                BsonArray parsed = arguments.isEmpty() ? new BsonArray() : BsonArray.parse("[" + arguments + "]");
                calls.add(new Call(name, new ArrayList<>(parsed)));
                position = close + 1;
                while (position < chain.length() && Character.isWhitespace(chain.charAt(position))) {
                    position++;
                }
            }
            return calls;
        }

        private static int matchingParenthesis(String text, int open) throws SQLException {
            int depth = 0;
            char quote = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            throw new SQLSyntaxErrorException("Unbalanced parentheses in native statement: " + text, "42000");
        }
    }
}
