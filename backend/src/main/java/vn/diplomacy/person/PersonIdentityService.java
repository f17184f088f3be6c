package vn.diplomacy.person;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.CurrentActor;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.ProblemType;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.common.changes.AuditLog;
import vn.diplomacy.common.changes.ChangeAction;
import vn.diplomacy.person.PersonDtos.IdentityInput;
import vn.diplomacy.person.PersonDtos.IdentityView;
import vn.diplomacy.security.Role;

/**
 * A person's identity papers: only for the role the office allows (app.persons.identity-role, EDITOR by default), each
 * read and write written to the audit log. They are kept out of the person's record, so that no list, export, history
 * or change feed carries them to anyone.
 */
@ApplicationScoped
public class PersonIdentityService {
    private final PersonService persons;
    private final PersonIdentityRepository identities;
    private final AuditLog audit;
    private final SecurityIdentity caller;
    private final Role allowed;

    PersonIdentityService(
            PersonService persons,
            PersonIdentityRepository identities,
            AuditLog audit,
            SecurityIdentity caller,
            AppConfig config) {
        this.persons = persons;
        this.identities = identities;
        this.audit = audit;
        this.caller = caller;
        this.allowed = Role.valueOf(config.persons().identityRole().trim());
    }

    @Transactional
    public IdentityView get(long personId) {
        requireAllowed();
        persons.find(personId);
        audit.note(PersonService.KIND, personId, ChangeAction.VIEWED, CurrentActor.name(), Map.of("part", "identity"));
        return view(personId, identities.findById(personId));
    }

    @Transactional
    public IdentityView replace(long personId, IdentityInput input) {
        requireAllowed();
        persons.find(personId);
        PersonIdentity identity = identities.findById(personId);
        if (identity == null) {
            identity = new PersonIdentity();
            identity.personId = personId;
        }
        identity.passportNumber = SearchText.trimToNull(input.passportNumber());
        identity.passportExpiresOn = input.passportExpiresOn();
        identity.idNumber = SearchText.trimToNull(input.idNumber());
        identity.visaNumber = SearchText.trimToNull(input.visaNumber());
        identity.visaExpiresOn = input.visaExpiresOn();
        identity.updatedAt = Instant.now();
        identity.updatedBy = CurrentActor.name();
        identities.persist(identity);
        // The audit says that the papers changed, never what they say.
        audit.note(PersonService.KIND, personId, ChangeAction.WRITTEN, CurrentActor.name(), Map.of("part", "identity"));
        return view(personId, identity);
    }

    private void requireAllowed() {
        if (!caller.hasRole(allowed.name())) {
            throw ProblemException.coded(
                    ProblemType.FORBIDDEN,
                    "person-identity-forbidden",
                    Map.of("role", allowed.name()),
                    "Identity papers are shown to " + allowed + " and above only");
        }
    }

    private static IdentityView view(long personId, PersonIdentity i) {
        return i == null
                ? new IdentityView(personId, null, null, null, null, null, null, null)
                : new IdentityView(
                        personId,
                        i.passportNumber,
                        i.passportExpiresOn,
                        i.idNumber,
                        i.visaNumber,
                        i.visaExpiresOn,
                        i.updatedAt,
                        i.updatedBy);
    }
}
