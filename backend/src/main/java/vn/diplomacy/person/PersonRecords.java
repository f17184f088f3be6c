package vn.diplomacy.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.Where;
import vn.diplomacy.person.PersonDtos.CourseEntry;
import vn.diplomacy.person.PersonDtos.DelegationEntry;
import vn.diplomacy.person.PersonDtos.RecordEntries;

/**
 * What a person took part in: the delegations and courses that point to them, read by entity name so that the
 * registry does not depend on the features that use it; within the caller's scope.
 */
@ApplicationScoped
public class PersonRecords {
    private static final int MAX = 500;

    private final PersonService persons;
    private final EntityManager em;

    PersonRecords(PersonService persons, EntityManager em) {
        this.persons = persons;
        this.em = em;
    }

    @Transactional
    public RecordEntries of(long personId) {
        persons.find(personId);
        Where delegations = scoped(new Where().and("m.personId = :id", "id", personId), "d.homeOrganizationId");
        var dq = em.createQuery(
                "select d.id, d.title, d.direction, d.status, d.startDate, d.endDate, m.role, m.position"
                        + " from Delegation d, DelegationMember m where m.delegationId = d.id and "
                        + delegations.jpql() + " order by d.startDate desc, d.id desc",
                Object[].class);
        delegations.params().forEach(dq::setParameter);
        List<DelegationEntry> visits = dq.setMaxResults(MAX).getResultList().stream()
                .map(r -> new DelegationEntry(
                        (Long) r[0],
                        (String) r[1],
                        String.valueOf(r[2]),
                        String.valueOf(r[3]),
                        (LocalDate) r[4],
                        (LocalDate) r[5],
                        String.valueOf(r[6]),
                        (String) r[7]))
                .toList();
        Where courses = scoped(new Where().and("p.personId = :id", "id", personId), "c.organizerOrganizationId");
        var cq = em.createQuery(
                "select c.id, c.title, c.startDate, c.endDate, c.status, p.status"
                        + " from TrainingCourse c, TrainingParticipant p where p.courseId = c.id and "
                        + courses.jpql() + " order by c.startDate desc, c.id desc",
                Object[].class);
        courses.params().forEach(cq::setParameter);
        List<CourseEntry> trainings = cq.setMaxResults(MAX).getResultList().stream()
                .map(r -> new CourseEntry(
                        (Long) r[0],
                        (String) r[1],
                        (LocalDate) r[2],
                        (LocalDate) r[3],
                        String.valueOf(r[4]),
                        String.valueOf(r[5])))
                .toList();
        return new RecordEntries(visits, trainings);
    }

    private static Where scoped(Where where, String homeField) {
        Scope scope = Scope.current();
        return scope == null ? where : scope.restrict(where, homeField, "false");
    }
}
