package io.connectmongodb.mapper.internal.query.jdql;

import io.connectmongodb.mapper.internal.model.EntityModel;
import io.connectmongodb.mapper.internal.query.PropertyPaths;
import io.connectmongodb.mapper.internal.query.ResolvedPath;
import io.connectmongodb.mapper.internal.query.SortKey;
import io.connectmongodb.mapper.internal.query.jdql.JdqlLexer.Kind;
import io.connectmongodb.mapper.internal.query.jdql.JdqlLexer.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for the Jakarta Data 1.0 query language, resolving every property
 * path against the entity as it goes. Supported:
 * <pre>
 * [SELECT (COUNT(THIS) | ID(THIS) | path, ...)] [FROM Entity] [WHERE cond] [ORDER BY path [ASC|DESC], ...]
 * UPDATE Entity SET path = expr, ... [WHERE cond]        expr: value | path (+|-|*|/) value
 * DELETE FROM Entity [WHERE cond]
 * cond:  cond OR cond | cond AND cond | NOT cond | ( cond )
 *      | expr (= | &lt;&gt; | != | &lt; | &lt;= | &gt; | &gt;=) expr | expr [NOT] BETWEEN expr AND expr
 *      | expr [NOT] LIKE expr | expr [NOT] IN (expr, ...) | expr IS [NOT] NULL
 * expr:  path | ID(THIS) | 'text' | 12 | 1.5 | TRUE | FALSE | ?1 | :name | UPPER(expr) | LOWER(expr) | LENGTH(expr) | ABS(expr)
 * </pre>
 */
public final class JdqlParser {
    private static final Set<String> FUNCTIONS = Set.of("UPPER", "LOWER", "LENGTH", "ABS");
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

    private final PropertyPaths paths;
    private final EntityModel<?> model;
    private List<Token> tokens;
    private int next;

    public JdqlParser(PropertyPaths paths, EntityModel<?> model) {
        this.paths = paths;
        this.model = model;
    }

    public Jdql.Statement parse(String query) {
        tokens = JdqlLexer.tokenize(query);
        next = 0;
        Jdql.Statement statement;
        if (accept("UPDATE")) {
            entityName();
            expect("SET");
            List<Jdql.Assignment> assignments = new ArrayList<>();
            do {
                assignments.add(assignment());
            } while (accept(","));
            Jdql.Condition where = accept("WHERE") ? condition() : null;
            statement = new Jdql.Statement(Jdql.Kind.UPDATE, false, List.of(), where, List.of(), assignments);
        } else if (accept("DELETE")) {
            expect("FROM");
            entityName();
            Jdql.Condition where = accept("WHERE") ? condition() : null;
            statement = new Jdql.Statement(Jdql.Kind.DELETE, false, List.of(), where, List.of(), List.of());
        } else {
            boolean count = false;
            List<ResolvedPath> selection = new ArrayList<>();
            if (accept("SELECT")) {
                if (peek().is("COUNT")) {
                    next++;
                    expect("(");
                    expect("THIS");
                    expect(")");
                    count = true;
                } else {
                    do {
                        selection.add(selectedPath());
                    } while (accept(","));
                }
            }
            if (accept("FROM")) {
                entityName();
            }
            Jdql.Condition where = accept("WHERE") ? condition() : null;
            List<SortKey> orderBy = new ArrayList<>();
            if (accept("ORDER")) {
                expect("BY");
                do {
                    ResolvedPath path = path();
                    boolean descending = accept("DESC");
                    if (!descending) {
                        accept("ASC");
                    }
                    orderBy.add(new SortKey(path.fieldPath(), descending));
                } while (accept(","));
            }
            statement = new Jdql.Statement(Jdql.Kind.SELECT, count, selection, where, orderBy, List.of());
        }
        if (peek().kind() != Kind.END) {
            throw error("unexpected '" + peek().text() + "'");
        }
        return statement;
    }

    private void entityName() {
        Token name = take(Kind.IDENTIFIER, "an entity name");
        String simple = model.type().getSimpleName();
        if (!name.text().equals(simple) && !name.text().equals(model.collectionName())) {
            throw new JdqlSyntaxException("the query names entity '" + name.text() + "' but the repository is for " + simple);
        }
    }

    private Jdql.Assignment assignment() {
        ResolvedPath target = path();
        expect("=");
        Jdql.Expression value = expression();
        if (value instanceof Jdql.Path same && peek().kind() == Kind.SYMBOL && "+-*/".contains(peek().text())) {
            String operator = tokens.get(next++).text();
            if (!same.path().fieldPath().equals(target.fieldPath())) {
                throw error("arithmetic in SET must use the assigned property '" + target.javaPath() + "' itself");
            }
            return new Jdql.Assignment(target, operator, expression());
        }
        return new Jdql.Assignment(target, null, value);
    }

    private ResolvedPath selectedPath() {
        if (peek().is("ID")) {
            return idOfThis();
        }
        return path();
    }

    private Jdql.Condition condition() {
        List<Jdql.Condition> terms = new ArrayList<>();
        terms.add(conjunction());
        while (accept("OR")) {
            terms.add(conjunction());
        }
        return terms.size() == 1 ? terms.get(0) : new Jdql.Or(List.copyOf(terms));
    }

    private Jdql.Condition conjunction() {
        List<Jdql.Condition> factors = new ArrayList<>();
        factors.add(factor());
        while (accept("AND")) {
            factors.add(factor());
        }
        return factors.size() == 1 ? factors.get(0) : new Jdql.And(List.copyOf(factors));
    }

    private Jdql.Condition factor() {
        if (accept("NOT")) {
            return new Jdql.Not(factor());
        }
        if (peek().is("(")) {
            next++;
            Jdql.Condition inner = condition();
            expect(")");
            return inner;
        }
        Jdql.Expression left = expression();
        if (accept("IS")) {
            boolean not = accept("NOT");
            expect("NULL");
            Jdql.Condition isNull = new Jdql.Null(left);
            return not ? new Jdql.Not(isNull) : isNull;
        }
        boolean not = accept("NOT");
        Jdql.Condition condition;
        if (accept("BETWEEN")) {
            Jdql.Expression low = expression();
            expect("AND");
            condition = new Jdql.Between(left, low, expression());
        } else if (accept("LIKE")) {
            condition = new Jdql.Like(left, expression());
        } else if (accept("IN")) {
            expect("(");
            List<Jdql.Expression> candidates = new ArrayList<>();
            do {
                candidates.add(expression());
            } while (accept(","));
            expect(")");
            condition = new Jdql.In(left, List.copyOf(candidates));
        } else if (!not && peek().kind() == Kind.SYMBOL && COMPARISONS.contains(peek().text())) {
            String operator = tokens.get(next++).text();
            condition = new Jdql.Comparison(left, operator.equals("!=") ? "<>" : operator, expression());
        } else {
            throw error("expected a comparison, BETWEEN, LIKE, IN or IS after the expression");
        }
        return not ? new Jdql.Not(condition) : condition;
    }

    private Jdql.Expression expression() {
        Token token = peek();
        switch (token.kind()) {
            case STRING:
                next++;
                return new Jdql.Literal(token.text());
            case INTEGER:
                next++;
                return new Jdql.Literal(integer(token.text(), false));
            case DECIMAL:
                next++;
                return new Jdql.Literal(Double.parseDouble(token.text()));
            case POSITIONAL:
                next++;
                int position = Integer.parseInt(token.text());
                if (position < 1) {
                    throw error("positional parameters start at ?1");
                }
                return new Jdql.Parameter(position, null);
            case NAMED:
                next++;
                return new Jdql.Parameter(0, token.text());
            case SYMBOL:
                if (token.is("-") && tokens.get(next + 1).kind() == Kind.INTEGER) {
                    next += 2;
                    return new Jdql.Literal(integer(tokens.get(next - 1).text(), true));
                }
                if (token.is("-") && tokens.get(next + 1).kind() == Kind.DECIMAL) {
                    next += 2;
                    return new Jdql.Literal(-Double.parseDouble(tokens.get(next - 1).text()));
                }
                throw error("expected a value or a property but found '" + token.text() + "'");
            case IDENTIFIER:
                if (token.is("TRUE") || token.is("FALSE")) {
                    next++;
                    return new Jdql.Literal(token.is("TRUE"));
                }
                String upper = token.text().toUpperCase(java.util.Locale.ROOT);
                if (FUNCTIONS.contains(upper) && tokens.get(next + 1).is("(")) {
                    next += 2;
                    Jdql.Expression argument = expression();
                    expect(")");
                    return new Jdql.Function(upper, argument);
                }
                if (token.is("ID") && tokens.get(next + 1).is("(")) {
                    return new Jdql.Path(idOfThis());
                }
                return new Jdql.Path(path());
            default:
                throw error("expected a value or a property");
        }
    }

    private ResolvedPath idOfThis() {
        expect("ID");
        expect("(");
        expect("THIS");
        expect(")");
        if (model.id() == null) {
            throw error(model.type().getSimpleName() + " has no id");
        }
        return new ResolvedPath("id(this)", "_id", model.id());
    }

    private ResolvedPath path() {
        StringBuilder text = new StringBuilder(take(Kind.IDENTIFIER, "a property").text());
        while (peek().is(".")) {
            next++;
            text.append('.').append(take(Kind.IDENTIFIER, "a property after '.'").text());
        }
        ResolvedPath resolved = paths.resolve(model, text.toString());
        if (resolved == null) {
            throw new JdqlSyntaxException("'" + text + "' is not a property of " + model.type().getSimpleName());
        }
        return resolved;
    }

    private static Object integer(String digits, boolean negative) {
        long value = Long.parseLong(digits) * (negative ? -1 : 1);
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }

    private Token peek() {
        return tokens.get(next);
    }

    private boolean accept(String keywordOrSymbol) {
        if (peek().is(keywordOrSymbol)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String keywordOrSymbol) {
        if (!accept(keywordOrSymbol)) {
            throw error("expected " + keywordOrSymbol);
        }
    }

    private Token take(Kind kind, String what) {
        Token token = peek();
        if (token.kind() != kind) {
            throw error("expected " + what);
        }
        next++;
        return token;
    }

    private JdqlSyntaxException error(String message) {
        Token token = peek();
        return new JdqlSyntaxException(message + " at position " + token.position()
                + (token.kind() == Kind.END ? " (end of query)" : " ('" + token.text() + "')"));
    }
}
