package vn.diplomacy.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a JPQL condition from optional filters; a null value adds nothing. */
public final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Where and(String clause, String param, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** A condition with several parameters. */
    public Where and(String clause, Map<String, Object> values) {
        clauses.add(clause);
        params.putAll(values);
        return this;
    }

    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A yes/no filter: null adds nothing, true adds {@code whenTrue}, false adds {@code whenFalse}. */
    public Where flag(Boolean value, String whenTrue, String whenFalse) {
        return value == null ? this : and(value ? whenTrue : whenFalse);
    }

    /** This condition and {@code other}, as a new one (neither is changed). */
    public Where plus(Where other) {
        Where both = new Where();
        both.clauses.addAll(clauses);
        both.clauses.addAll(other.clauses);
        both.params.putAll(params);
        both.params.putAll(other.params);
        return both;
    }

    /**
     * This condition with a column named otherwise, as a new one: the same period filters applied to another date
     * (the aid report counts disbursements by their own date, commitments by theirs).
     */
    public Where renamed(String column, String as) {
        Where copy = new Where();
        clauses.forEach(c -> copy.clauses.add(c.replace(column, as)));
        copy.params.putAll(params);
        return copy;
    }

    public String jpql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }
}
