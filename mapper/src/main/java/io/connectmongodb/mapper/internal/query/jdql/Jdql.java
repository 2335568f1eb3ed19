package io.connectmongodb.mapper.internal.query.jdql;

import io.connectmongodb.mapper.internal.query.ResolvedPath;
import io.connectmongodb.mapper.internal.query.SortKey;

import java.util.List;

/** The syntax tree of a parsed JDQL statement. */
public final class Jdql {
    private Jdql() {
    }

    /** A whole statement. {@code where} is null when absent; {@code selection} is empty for whole entities. */
    public record Statement(Kind kind, boolean count, List<ResolvedPath> selection, Condition where, List<SortKey> orderBy,
                            List<Assignment> assignments) {
    }

    public enum Kind { SELECT, UPDATE, DELETE }

    /** {@code path = value} or {@code path = path <op> value} with op one of + - * /. */
    public record Assignment(ResolvedPath path, String arithmetic, Expression value) {
    }

    public sealed interface Expression permits Path, Literal, Parameter, Function {
    }

    public record Path(ResolvedPath path) implements Expression {
    }

    public record Literal(Object value) implements Expression {
    }

    /** {@code position} is 1-based for {@code ?n}; {@code name} is set for {@code :name}. */
    public record Parameter(int position, String name) implements Expression {
    }

    /** UPPER, LOWER, LENGTH or ABS of an expression. */
    public record Function(String name, Expression argument) implements Expression {
    }

    public sealed interface Condition permits And, Or, Not, Comparison, Between, Like, In, Null {
    }

    public record And(List<Condition> conditions) implements Condition {
    }

    public record Or(List<Condition> conditions) implements Condition {
    }

    public record Not(Condition condition) implements Condition {
    }

    /** {@code operator} is one of = <> < <= > >=. */
    public record Comparison(Expression left, String operator, Expression right) implements Condition {
    }

    public record Between(Expression value, Expression low, Expression high) implements Condition {
    }

    public record Like(Expression value, Expression pattern) implements Condition {
    }

    public record In(Expression value, List<Expression> candidates) implements Condition {
    }

    public record Null(Expression value) implements Condition {
    }
}
