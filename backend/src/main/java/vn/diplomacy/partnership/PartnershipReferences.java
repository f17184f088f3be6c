package vn.diplomacy.partnership;

/**
 * Implemented by features whose records point at a partnership (delegations, later aid and training), so that a
 * partnership still in use is not deleted, even with ?cascade=true (which only removes its own agreements).
 */
public interface PartnershipReferences {
    /** A short description of what still references the partnership, e.g. "2 delegations", or null. */
    String describePartnershipReferences(long partnershipId);
}
