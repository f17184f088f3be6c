package vn.diplomacy.delegation;

public enum MemberRole {
    HEAD,
    DEPUTY,
    MEMBER,
    INTERPRETER,
    SECRETARIAT
}
