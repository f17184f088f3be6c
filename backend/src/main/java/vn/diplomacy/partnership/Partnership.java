package vn.diplomacy.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

@Recorded("partnership")
@HomeOrganization("homeOrganizationId")
@Entity
@Table(name = "partnership")
public class Partnership extends AuditedEntity {
    public Long homeOrganizationId;
    public Long partnerOrganizationId;

    @Enumerated(EnumType.STRING)
    public PartnershipType type;

    @Convert(converter = EnumSetConverter.Pillars.class)
    public Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);

    @Convert(converter = EnumSetConverter.Fields.class)
    @Column(name = "cooperation_fields")
    public Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

    public String title;
    public LocalDate startDate;
    public LocalDate endDate;
    public boolean suspended;
    public String description;
    public String contactPerson;
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, contactPerson);
    }
}
