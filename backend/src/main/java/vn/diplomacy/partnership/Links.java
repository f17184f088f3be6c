package vn.diplomacy.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.Scope;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipRef;

/**
 * The organizations and partnerships that records point to: checked on input (every missing one reported at once,
 * on its own field) and loaded for a page of views in one query each, never one per row.
 */
@ApplicationScoped
public class Links {
    private final OrganizationRepository organizations;
    private final PartnershipRepository partnerships;

    Links(OrganizationRepository organizations, PartnershipRepository partnerships) {
        this.organizations = organizations;
        this.partnerships = partnerships;
    }

    /** Starts the checks of one input; {@link Check#done()} throws a 400 naming each missing reference. */
    public Check check() {
        return new Check();
    }

    /** Loads, for a page, the given organizations and partnerships (nulls ignored). */
    public Loaded load(Collection<Long> organizationIds, Collection<Long> partnershipIds) {
        Set<Long> orgIds = organizationIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Set<Long> pIds = partnershipIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Organization> orgs = orgIds.isEmpty()
                ? Map.of()
                : organizations.findByIds(orgIds).stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<Long, String> titles = pIds.isEmpty()
                ? Map.of()
                : partnerships.list("id in ?1", pIds).stream().collect(Collectors.toMap(p -> p.id, p -> p.title));
        return new Loaded(orgs, titles);
    }

    public record Loaded(Map<Long, Organization> organizations, Map<Long, String> partnershipTitles) {
        public OrganizationRef organization(Long id) {
            return id == null ? null : OrganizationRef.of(organizations.get(id));
        }

        public PartnershipRef partnership(Long id) {
            return id == null ? null : new PartnershipRef(id, partnershipTitles.get(id));
        }
    }

    public final class Check {
        private final List<Problem.FieldError> errors = new ArrayList<>();
        private final List<Runnable> scoped = new ArrayList<>();

        private Check() {}

        /**
         * The record's home organization (as {@link #organization}): after the other checks, a 403 when it lies
         * outside the caller's scope, so a scoped user writes only in that scope.
         */
        public Organization home(String field, Long id) {
            Organization o = organization(field, id);
            scoped.add(() -> Scope.writable(id, field));
            return o;
        }

        /** The organization {@code id} names, or null (and an error on {@code field}) when there is none. */
        public Organization organization(String field, Long id) {
            Organization o = id == null ? null : organizations.findById(id);
            if (o == null && id != null) {
                errors.add(new Problem.FieldError(field, "organization " + id + " does not exist"));
            }
            return o;
        }

        /** The partnership {@code id} names; null when {@code id} is null or (with an error) when there is none. */
        public Partnership partnership(String field, Long id) {
            Partnership p = id == null ? null : partnerships.findById(id);
            if (p == null && id != null) {
                errors.add(new Problem.FieldError(field, "partnership " + id + " does not exist"));
            } else if (p != null) {
                scoped.add(() -> Scope.readable(p));
            }
            return p;
        }

        /** A rule of the record's own about a reference that exists. */
        public void reject(String field, String message) {
            errors.add(new Problem.FieldError(field, message));
        }

        public void done() {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            scoped.forEach(Runnable::run);
        }
    }
}
