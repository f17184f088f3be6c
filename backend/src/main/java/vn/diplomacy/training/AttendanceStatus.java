package vn.diplomacy.training;

public enum AttendanceStatus {
    PRESENT,
    LATE,
    EXCUSED,
    ABSENT;

    /** PRESENT and LATE count towards the attendance rate; EXCUSED is an absence with a reason. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
