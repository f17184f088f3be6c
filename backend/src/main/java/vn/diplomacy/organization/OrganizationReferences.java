package vn.diplomacy.organization;

/**
 * Implemented by each feature whose records point at organizations (partnerships, delegations, aid...), so that an
 * organization still in use is not deleted. The organization feature finds every implementation by CDI.
 */
public interface OrganizationReferences {
    /** A short description of what still references the organization, e.g. "3 partnerships", or null. */
    String describeReferences(long organizationId);
}
