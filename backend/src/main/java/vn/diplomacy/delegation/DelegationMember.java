package vn.diplomacy.delegation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.changes.Recorded;

@Recorded(value = "delegation-member", parent = Delegation.class, parentId = "delegationId")
@Entity
@Table(name = "delegation_member")
public class DelegationMember extends AuditedEntity {
    public Long delegationId;

    /** The order of the list as the office entered it (protocol order). */
    public int positionIndex;

    public String fullName;

    /** The member in the registry of persons (found or added when the list is saved). */
    public Long personId;

    public String position;
    public String organizationName;

    @Enumerated(EnumType.STRING)
    public MemberRole role;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String nationality;
    public String email;
    public String phone;
    public String notes;
}
