package vn.diplomacy.registration;

/** The three certificates of Decree 58/2022. */
public enum RegistrationKind {
    /** Giấy đăng ký hoạt động. */
    OPERATION,
    /** Giấy đăng ký lập Văn phòng dự án. */
    PROJECT_OFFICE,
    /** Giấy đăng ký lập Văn phòng đại diện. */
    REPRESENTATIVE_OFFICE
}
