package vn.diplomacy.person;

/** Implemented by each feature whose rows point at persons, so that a person still in use is not deleted. */
public interface PersonReferences {
    /** A short description of what still points at the person, e.g. "2 delegation memberships", or null. */
    String describePersonReferences(long personId);

    /**
     * Points what pointed at {@code from} to {@code to} instead (merging two persons), through the entities so that
     * each record's history shows the change.
     */
    void movePersonReferences(long from, long to);
}
