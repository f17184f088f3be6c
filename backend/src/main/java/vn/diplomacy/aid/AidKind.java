package vn.diplomacy.aid;

/** How the aid is given: a project with its own budget and timeline, non-project aid (goods, scholarships), or emergency relief. */
public enum AidKind {
    PROJECT,
    NON_PROJECT,
    EMERGENCY_RELIEF
}
