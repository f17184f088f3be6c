package vn.diplomacy.delegation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One line of a delegation's programme; the list is replaced as a whole and the delegation's ETag covers it. */
@Entity
@Table(name = "delegation_programme_item")
public class ProgrammeItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long delegationId;
    public int positionIndex;
    public LocalDate day;

    @Column(name = "time_of_day")
    public String time;

    public String activity;
    public String place;
    public String participants;
}
