package vn.diplomacy.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import vn.diplomacy.common.CurrentActor;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RowLock;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.changes.AuditLog;
import vn.diplomacy.common.changes.ChangeAction;
import vn.diplomacy.person.PersonDtos.PersonView;

/**
 * Two records found to be one person: everything that named the duplicate (delegation memberships, trainee places,
 * activities, stays) names the kept one, its blank fields are filled from the duplicate, the identity papers move when
 * the kept one has none. The duplicate stays, read-only and out of the lists, pointing to the kept one: both histories
 * remain, and each moved record's history shows the move.
 */
@ApplicationScoped
public class PersonMerge {
    private final PersonRepository persons;
    private final PersonIdentityRepository identities;
    private final PersonService service;
    private final Instance<PersonReferences> references;
    private final AuditLog audit;

    PersonMerge(
            PersonRepository persons,
            PersonIdentityRepository identities,
            PersonService service,
            Instance<PersonReferences> references,
            AuditLog audit) {
        this.persons = persons;
        this.identities = identities;
        this.service = service;
        this.references = references;
        this.audit = audit;
    }

    @Transactional
    public PersonView merge(long id, String ifMatch, long duplicateId) {
        if (id == duplicateId) {
            throw ProblemException.invalid("duplicateId", "must be another person than the one kept");
        }
        // Locked in id order: two merges of the same pair queue up instead of deadlocking.
        Person first = RowLock.byId(persons.getEntityManager(), Person.class, "person", Math.min(id, duplicateId));
        Person second = RowLock.byId(persons.getEntityManager(), Person.class, "person", Math.max(id, duplicateId));
        Person kept = id < duplicateId ? first : second;
        Person duplicate = id < duplicateId ? second : first;
        if (kept == null) {
            throw ProblemException.notFound("Person", id);
        }
        Scope.readable(kept);
        ETags.requireMatch(ifMatch, kept.version);
        if (duplicate == null) {
            throw ProblemException.invalid("duplicateId", "person " + duplicateId + " does not exist");
        }
        Scope.readable(duplicate);
        Scope.writable(kept.homeOrganizationId, "homeOrganizationId");
        Scope.writable(duplicate.homeOrganizationId, "duplicateId");
        for (Person p : new Person[] {kept, duplicate}) {
            if (p.mergedIntoId != null) {
                throw ProblemException.conflict(
                        "person-merged",
                        Map.of("id", p.id, "mergedIntoId", p.mergedIntoId),
                        p.fullName + " (" + p.id + ") was already merged into person " + p.mergedIntoId);
            }
        }
        references.forEach(r -> r.movePersonReferences(duplicate.id, kept.id));
        fillBlanks(kept, duplicate);
        moveIdentity(duplicate.id, kept.id);
        duplicate.mergedIntoId = kept.id;
        persons.flush();
        return service.get(kept.id);
    }

    private static void fillBlanks(Person kept, Person d) {
        kept.passportName = kept.passportName != null ? kept.passportName : d.passportName;
        kept.gender = kept.gender != null ? kept.gender : d.gender;
        kept.nationality = kept.nationality != null ? kept.nationality : d.nationality;
        kept.birthDate = kept.birthDate != null ? kept.birthDate : d.birthDate;
        if (kept.organizationId == null && kept.organizationName == null) {
            kept.organizationId = d.organizationId;
            kept.organizationName = d.organizationName;
        }
        kept.position = kept.position != null ? kept.position : d.position;
        kept.email = kept.email != null ? kept.email : d.email;
        kept.phone = kept.phone != null ? kept.phone : d.phone;
        kept.languages = kept.languages != null ? kept.languages : d.languages;
        if (d.notes != null && !d.notes.equals(kept.notes)) {
            kept.notes = kept.notes == null ? d.notes : kept.notes + "\n" + d.notes;
        }
    }

    /** The papers go with the kept person when it has none of its own; the audit notes it, never what they say. */
    private void moveIdentity(long from, long to) {
        PersonIdentity papers = identities.findById(from);
        if (papers == null || identities.findById(to) != null) {
            return;
        }
        PersonIdentity moved = new PersonIdentity();
        moved.personId = to;
        moved.passportNumber = papers.passportNumber;
        moved.passportExpiresOn = papers.passportExpiresOn;
        moved.idNumber = papers.idNumber;
        moved.visaNumber = papers.visaNumber;
        moved.visaExpiresOn = papers.visaExpiresOn;
        moved.updatedAt = Instant.now();
        moved.updatedBy = CurrentActor.name();
        identities.delete(papers);
        identities.persist(moved);
        audit.note(
                PersonService.KIND,
                to,
                ChangeAction.WRITTEN,
                CurrentActor.name(),
                Map.of("part", "identity", "from", from));
    }
}
