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
import vn.diplomacy.common.SearchText;

@Entity
@Table(name = "partnership")
public class Partnership extends AuditedEntity {
    @Column(name = "home_organization_id", nullable = false)
    public Long homeOrganizationId;

    @Column(name = "partner_organization_id", nullable = false)
    public Long partnerOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnershipType type;

    @Convert(converter = EnumSetConverter.Pillars.class)
    @Column(nullable = false)
    public Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);

    @Convert(converter = EnumSetConverter.Fields.class)
    @Column(name = "cooperation_fields", nullable = false)
    public Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

    @Column(nullable = false)
    public String title;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(nullable = false)
    public boolean suspended;

    public String description;

    @Column(name = "contact_person")
    public String contactPerson;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(title, contactPerson);
    }
}
