package vn.diplomacy.person;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.diplomacy.common.AuditedEntity;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.HomeOrganization;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.Recorded;

/** One person of the registry: delegation members and trainees point here. Identity papers: PersonIdentity. */
@Recorded("person")
@HomeOrganization("homeOrganizationId")
@Entity
@Table(name = "person")
public class Person extends AuditedEntity {
    /** The office that keeps the record (scoping). */
    public Long homeOrganizationId;

    /** In Vietnamese order (family name first). */
    public String fullName;

    /** As written in the passport (e.g. "PHAN ANH SON"). */
    public String passportName;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    public String nationality;
    public LocalDate birthDate;
    public Long organizationId;
    public String organizationName;
    public String position;
    public String email;
    public String phone;
    public String languages;
    public String notes;

    /** Set when the person was found to be that other one: the row stays (with its history), read-only. */
    public Long mergedIntoId;

    /** The name without accents or case: the list's order and how the same person is found again. */
    public String nameKey;

    public String searchText;

    @Override
    protected void refreshDerived() {
        nameKey = key(fullName);
        searchText = SearchText.of(fullName, passportName, organizationName, position, email);
    }

    static String key(String name) {
        String folded = SearchText.fold(name == null ? "" : name.trim().replaceAll("\\s+", " "));
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }
}
