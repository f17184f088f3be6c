package vn.diplomacy.aid;

/** IATI activity status (codes 1–6). */
public enum AidStatus {
    /** IATI 1 */
    PIPELINE,
    /** IATI 2 */
    IMPLEMENTATION,
    /** IATI 3 */
    FINALISATION,
    /** IATI 4 */
    CLOSED,
    /** IATI 5 */
    CANCELLED,
    /** IATI 6 */
    SUSPENDED
}
