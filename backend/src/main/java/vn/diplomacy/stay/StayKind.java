package vn.diplomacy.stay;

/** Why a foreigner stays in the province: Lao students, KOICA or JICA volunteers, experts, interns. */
public enum StayKind {
    STUDENT,
    VOLUNTEER,
    EXPERT,
    INTERN,
    OTHER
}
