package io.connectmongodb.mapper.internal.query;

import io.connectmongodb.mapper.RepositoryDefinitionException;
import io.connectmongodb.mapper.internal.model.EntityModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses query method names such as {@code findFirst10DistinctByLastNameIgnoreCaseAndAgeGreaterThanOrderByAgeDesc}.
 *
 * <p>Structure: a prefix ({@code find/read/get/query/stream/search} = find, {@code count},
 * {@code exists}, {@code delete/remove}); a subject up to {@code By} holding {@code Distinct},
 * {@code First<n>}/{@code Top<n>} and, for distinct queries, the property whose distinct values
 * are returned; then predicates split on {@code Or} (outer) and {@code And} (inner); then
 * {@code OrderBy} followed by properties with optional {@code Asc}/{@code Desc}. Each predicate is
 * a property (resolved with {@link PropertyPaths}) plus the longest operator keyword that leaves a
 * real property, and optionally {@code IgnoreCase}; {@code AllIgnoreCase} at the end applies to
 * every text predicate.
 */
public final class DerivedQueryParser {
    private static final Pattern PREFIX = Pattern.compile("^(find|read|get|query|stream|search|count|exists|delete|remove)(.*)$");
    private static final Pattern LIMIT = Pattern.compile("(First|Top)(\\d*)");
    private static final Pattern OR = Pattern.compile("(?<=[a-z0-9_])Or(?=[A-Z])");
    private static final Pattern AND = Pattern.compile("(?<=[a-z0-9_])And(?=[A-Z])");
    private static final Pattern SORT_ITEM = Pattern.compile("(?<=Asc|Desc)(?=[A-Z])");

    private final PropertyPaths paths;

    public DerivedQueryParser(PropertyPaths paths) {
        this.paths = paths;
    }

    /** Whether the name has a derived-query prefix. */
    public static boolean looksDerived(String methodName) {
        Matcher matcher = PREFIX.matcher(methodName);
        return matcher.matches() && (matcher.group(2).isEmpty() || Character.isUpperCase(matcher.group(2).charAt(0)));
    }

    public DerivedQuery parse(String methodName, EntityModel<?> model) {
        Matcher prefix = PREFIX.matcher(methodName);
        if (!looksDerived(methodName) || !prefix.matches()) {
            throw fail(methodName, "it does not start with find, read, get, query, stream, search, count, exists, delete or remove");
        }
        QueryAction action = action(prefix.group(1));
        String rest = prefix.group(2);
        int by = findBy(rest);
        String subject;
        String predicate;
        if (by < 0) {
            int orderBy = rest.indexOf("OrderBy");
            subject = orderBy < 0 ? rest : rest.substring(0, orderBy);
            predicate = orderBy < 0 ? "" : rest.substring(orderBy);
        } else {
            subject = rest.substring(0, by);
            predicate = rest.substring(by + 2);
        }
        String orderClause = null;
        int orderBy = predicate.lastIndexOf("OrderBy");
        if (orderBy >= 0 && (orderBy + 7 == predicate.length() || Character.isUpperCase(predicate.charAt(orderBy + 7)))) {
            orderClause = predicate.substring(orderBy + 7);
            predicate = predicate.substring(0, orderBy);
        }

        boolean distinct = subject.contains("Distinct");
        subject = subject.replace("Distinct", "");
        int limit = 0;
        Matcher limitMatcher = LIMIT.matcher(subject);
        if (limitMatcher.find()) {
            if (action != QueryAction.FIND) {
                throw fail(methodName, limitMatcher.group(1) + " only applies to find methods");
            }
            limit = limitMatcher.group(2).isEmpty() ? 1 : Integer.parseInt(limitMatcher.group(2));
            if (limit < 1) {
                throw fail(methodName, limitMatcher.group() + " must ask for at least one result");
            }
            subject = subject.substring(0, limitMatcher.start()) + subject.substring(limitMatcher.end());
        }
        if (subject.startsWith("All")) {
            subject = subject.substring(3);
        }
        ResolvedPath distinctField = null;
        if (distinct && !subject.isEmpty()) {
            distinctField = paths.resolve(model, subject);
        }

        boolean allIgnoreCase = false;
        for (String suffix : new String[] {"AllIgnoreCase", "AllIgnoringCase"}) {
            if (predicate.endsWith(suffix)) {
                allIgnoreCase = true;
                predicate = predicate.substring(0, predicate.length() - suffix.length());
            }
        }
        List<List<Condition>> disjunction = new ArrayList<>();
        int argument = 0;
        if (!predicate.isEmpty()) {
            for (String orPart : OR.split(predicate)) {
                List<Condition> conjunction = new ArrayList<>();
                for (String andPart : AND.split(orPart)) {
                    Condition condition = condition(methodName, model, andPart, allIgnoreCase, argument);
                    argument += condition.operator().arity();
                    conjunction.add(condition);
                }
                disjunction.add(List.copyOf(conjunction));
            }
        }
        List<SortKey> sort = orderClause == null ? List.of() : sort(methodName, model, orderClause);
        return new DerivedQuery(action, distinct, distinctField, limit, List.copyOf(disjunction), sort, argument);
    }

    private Condition condition(String methodName, EntityModel<?> model, String part, boolean allIgnoreCase, int argument) {
        boolean ignoreCase = false;
        for (String suffix : new String[] {"IgnoreCase", "IgnoringCase"}) {
            if (part.endsWith(suffix) && part.length() > suffix.length()) {
                ignoreCase = true;
                part = part.substring(0, part.length() - suffix.length());
            }
        }
        ResolvedPath whole = paths.resolve(model, part);
        Operator operator = Operator.EQUALS;
        ResolvedPath path = whole;
        if (whole == null) {
            for (Map.Entry<String, Operator> suffix : Operator.suffixes(part)) {
                path = paths.resolve(model, part.substring(0, part.length() - suffix.getKey().length()));
                if (path != null) {
                    operator = suffix.getValue();
                    break;
                }
            }
        }
        if (path == null) {
            throw fail(methodName, "'" + part + "' names no property of " + model.type().getSimpleName()
                    + " (optionally followed by a keyword such as GreaterThan or In)");
        }
        boolean textual = operator.isTextual() && (path.isString() || path.isMultiValued());
        if (ignoreCase && !textual) {
            throw fail(methodName, "IgnoreCase needs a String property and a text comparison, but '" + path.javaPath()
                    + "' is " + path.leaf().rawType().getSimpleName() + " with " + operator);
        }
        return new Condition(path, operator, ignoreCase || (allIgnoreCase && path.isString() && operator.isTextual()), argument);
    }

    private List<SortKey> sort(String methodName, EntityModel<?> model, String clause) {
        List<SortKey> keys = new ArrayList<>();
        for (String item : SORT_ITEM.split(clause)) {
            boolean descending = item.endsWith("Desc");
            String property = descending ? item.substring(0, item.length() - 4)
                    : item.endsWith("Asc") ? item.substring(0, item.length() - 3) : item;
            ResolvedPath path = property.isEmpty() ? null : paths.resolve(model, property);
            if (path == null) {
                throw fail(methodName, "OrderBy '" + property + "' names no property of " + model.type().getSimpleName());
            }
            keys.add(new SortKey(path.fieldPath(), descending));
        }
        return List.copyOf(keys);
    }

    /** The index of the {@code By} that ends the subject, ignoring the one in {@code OrderBy}; -1 if none. */
    private static int findBy(String rest) {
        for (int i = rest.indexOf("By"); i >= 0; i = rest.indexOf("By", i + 1)) {
            boolean boundary = i + 2 == rest.length() || Character.isUpperCase(rest.charAt(i + 2));
            if (boundary && !rest.substring(0, i).endsWith("Order")) {
                return i;
            }
        }
        return -1;
    }

    private static QueryAction action(String prefix) {
        return switch (prefix) {
            case "count" -> QueryAction.COUNT;
            case "exists" -> QueryAction.EXISTS;
            case "delete", "remove" -> QueryAction.DELETE;
            default -> QueryAction.FIND;
        };
    }

    private static RepositoryDefinitionException fail(String methodName, String why) {
        return new RepositoryDefinitionException("cannot derive a query from method " + methodName + ": " + why);
    }
}
