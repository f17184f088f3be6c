package vn.diplomacy.common;

/**
 * The base of the filters bean of every list and report of records with a home organization: {@code q}, and
 * {@code scopeOrganizationId} (one province or unit and all below it, within the caller's own scope) declared here
 * once. {@link FilterSet} finds the home from the listed entity ({@link HomeOrganization}).
 */
public abstract class ScopedSearchable extends Searchable {
    @Filter(kind = Filter.Kind.SUBTREE, description = Scope.WITHIN_DESCRIPTION, example = "1")
    public Long scopeOrganizationId;
}
