package vn.diplomacy.delegation;

import static vn.diplomacy.common.SearchText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RowLock;
import vn.diplomacy.delegation.DelegationDtos.DelegationView;
import vn.diplomacy.delegation.ProgrammeDtos.ItemInput;
import vn.diplomacy.delegation.ProgrammeDtos.ItemView;

/** A delegation's programme (the "Chương trình đoàn" sheet): each day's activities within the delegation's dates. */
@ApplicationScoped
public class DelegationProgramme {
    private final DelegationService service;
    private final DelegationRepository delegations;

    DelegationProgramme(DelegationService service, DelegationRepository delegations) {
        this.service = service;
        this.delegations = delegations;
    }

    @Transactional
    public List<ItemView> get(long id) {
        service.find(id);
        return ProgrammeItem.<ProgrammeItem>list("delegationId = ?1 order by positionIndex", id).stream()
                .map(i -> new ItemView(i.id, i.day, i.time, i.activity, i.place, i.participants))
                .toList();
    }

    @Transactional
    public DelegationView replace(long id, String ifMatch, List<ItemInput> items) {
        // Locked first, so simultaneous saves queue up and the later one sees the new ETag (412).
        Delegation d = RowLock.byId(delegations.getEntityManager(), Delegation.class, "delegation", id);
        if (d == null) {
            throw ProblemException.notFound("Delegation", id);
        }
        vn.diplomacy.common.Scope.readable(d);
        ETags.requireMatch(ifMatch, d.version);
        if (!d.status.isOpen()) {
            throw ProblemException.conflict(
                    "delegation-closed",
                    Map.of("status", d.status),
                    "A " + d.status + " delegation can no longer be changed");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemInput in = items.get(i);
            if (in.day().isBefore(d.startDate) || in.day().isAfter(d.endDate)) {
                errors.add(new Problem.FieldError(
                        "items[" + i + "].day",
                        "must be within the delegation's dates (" + d.startDate + " – " + d.endDate + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ProgrammeItem.delete("delegationId", id);
        for (int i = 0; i < items.size(); i++) {
            ItemInput in = items.get(i);
            ProgrammeItem item = new ProgrammeItem();
            item.delegationId = id;
            item.positionIndex = i;
            item.day = in.day();
            item.time = trimToNull(in.time());
            item.activity = in.activity().trim();
            item.place = trimToNull(in.place());
            item.participants = trimToNull(in.participants());
            item.persist();
        }
        // The delegation's ETag tells that its programme changed.
        delegations.getEntityManager().lock(d, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        delegations.flush();
        return service.get(id);
    }
}
