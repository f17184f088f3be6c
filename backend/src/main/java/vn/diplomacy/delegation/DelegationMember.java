package vn.diplomacy.delegation;

import vn.diplomacy.common.Gender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;

@Entity
@Table(name = "delegation_member")
public class DelegationMember extends AuditedEntity {
    @Column(name = "delegation_id", nullable = false)
    public Long delegationId;

    /** The order of the list as the office entered it (protocol order). */
    @Column(name = "position_index", nullable = false)
    public int positionIndex;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String position;

    @Column(name = "organization_name")
    public String organizationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String nationality;
    public String email;
    public String phone;
    public String notes;
}
