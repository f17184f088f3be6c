package vn.diplomacy.registration;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import vn.diplomacy.aid.AidSector;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.SetColumn;
import vn.diplomacy.common.changes.Recorded;

/** A foreign NGO's registration certificate (Decree 58/2022), kept by the office that recorded it. */
@Recorded("ngo-registration")
@HomeOrganization("homeOrganizationId")
@Entity
@Table(name = "ngo_registration")
public class NgoRegistration extends AuditedEntity {
    public Long ngoId;
    public Long homeOrganizationId;

    @Enumerated(EnumType.STRING)
    public RegistrationKind kind;

    public String number;
    public String issuedBy;
    public LocalDate issuedOn;
    public LocalDate validUntil;

    @Convert(converter = SetColumn.Ids.class)
    public Set<Long> permittedProvinceIds = new TreeSet<>();

    @Convert(converter = Sectors.class)
    public Set<AidSector> permittedFields = EnumSet.noneOf(AidSector.class);

    public String representativeName;
    public String representativeNationality;
    public String representativeContact;

    /** The representative in the persons registry, when linked. */
    public Long representativePersonId;

    public String plan;
    public Long renewsId;
    public LocalDate revokedOn;
    public String revocationReason;
    public String notes;
    public String searchText;

    @Override
    protected void refreshDerived() {
        searchText = SearchText.of(number, issuedBy, representativeName);
    }

    @jakarta.persistence.Converter
    static class Sectors extends SetColumn.Enums<AidSector> {
        Sectors() {
            super(AidSector.class);
        }
    }
}
