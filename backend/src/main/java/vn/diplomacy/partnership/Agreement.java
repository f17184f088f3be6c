package vn.diplomacy.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

@Recorded(value = "agreement", parent = Partnership.class, parentId = "partnershipId")
@Entity
@Table(name = "agreement")
public class Agreement extends AuditedEntity {
    public Long partnershipId;

    @Enumerated(EnumType.STRING)
    public AgreementKind kind;

    public String code;
    public String title;
    public LocalDate signedOn;
    public LocalDate effectiveOn;
    public LocalDate expiresOn;
    public String signatories;
    public String documentUrl;
    public String notes;
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(code, title, signatories);
    }
}
