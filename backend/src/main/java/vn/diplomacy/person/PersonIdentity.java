package vn.diplomacy.person;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's identity papers, apart from the person so that no list, export, history or change feed carries them:
 * read and written only through PersonIdentityService, which checks the role and records every access.
 */
@Entity
@Table(name = "person_identity")
public class PersonIdentity extends PanacheEntityBase {
    @Id
    public Long personId;

    public String passportNumber;
    public LocalDate passportExpiresOn;
    public String idNumber;
    public String visaNumber;
    public LocalDate visaExpiresOn;
    public Instant updatedAt;
    public String updatedBy;
}
