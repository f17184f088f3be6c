package vn.diplomacy.partnership;

/** The three pillars of Vietnam's foreign relations: Party, State and people-to-people diplomacy. */
public enum Pillar {
    PARTY,
    STATE,
    PEOPLE
}
