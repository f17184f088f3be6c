package vn.diplomacy.delegation;

import static vn.diplomacy.common.SearchText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Views;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.delegation.DelegationDtos.DelegationInput;
import vn.diplomacy.delegation.DelegationDtos.DelegationView;
import vn.diplomacy.delegation.DelegationDtos.MemberInput;
import vn.diplomacy.delegation.DelegationDtos.MemberView;
import vn.diplomacy.delegation.DelegationDtos.TransitionRequest;
import vn.diplomacy.delegation.DelegationDtos.TransitionView;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationReferences;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.partnership.Partnership;
import vn.diplomacy.partnership.PartnershipReferences;
import vn.diplomacy.person.Person;
import vn.diplomacy.person.PersonReferences;
import vn.diplomacy.person.PersonService;

@ApplicationScoped
public class DelegationService
        implements OrganizationReferences,
                PartnershipReferences,
                PersonReferences,
                RecordService<DelegationInput, DelegationView> {
    /** The record kind of a delegation's steps in the shared workflow history. */
    static final String KIND = "delegation";

    static final SortFields SORTABLE = ListQuery.sortable(
            Delegation.class, "startDate", "endDate", "title", "status", "direction", "createdAt", "updatedAt");

    private final DelegationMapper mapper;
    private final Links links;
    private final DelegationRepository delegations;
    private final DelegationMemberRepository members;
    private final Workflow workflow;
    private final DelegationRules rules;
    private final PersonService persons;

    DelegationService(
            DelegationMapper mapper,
            Links links,
            DelegationRepository delegations,
            DelegationMemberRepository members,
            Workflow workflow,
            DelegationRules rules,
            PersonService persons) {
        this.persons = persons;
        this.mapper = mapper;
        this.links = links;
        this.delegations = delegations;
        this.members = members;
        this.workflow = workflow;
        this.rules = rules;
    }

    /** The list filters, shared with the calendar and the report so that all three count the same rows. */
    Filtered filter(PageParams params, DelegationFilters filters, Object... options) {
        Object[] beans = new Object[options.length + 1];
        beans[0] = filters;
        System.arraycopy(options, 0, beans, 1, options.length);
        Filtered filtered = FilterSet.read(params, SORTABLE, beans);
        rules.overdue(filtered.where(), filtered.value("reportOverdue"));
        return filtered;
    }

    @Transactional
    public PageResult<DelegationView> list(PageParams params, DelegationFilters filters) {
        Filtered f = filter(params, filters);
        return PageResult.viewed(delegations, "", f.where(), f.list(), this::views);
    }

    @Transactional
    public DelegationView get(long id) {
        return Views.one(this::views, find(id));
    }

    @Transactional
    public DelegationView create(DelegationInput input) {
        Delegation delegation = new Delegation();
        delegation.status = DelegationStatus.PROPOSED;
        apply(delegation, input);
        delegations.persistAndFlush(delegation);
        workflow.record(KIND, delegation.id, null, DelegationStatus.PROPOSED, null);
        return get(delegation.id);
    }

    @Transactional
    public DelegationView update(long id, String ifMatch, DelegationInput input) {
        Delegation delegation = find(id);
        ETags.requireMatch(ifMatch, delegation.version);
        requireOpen(delegation);
        apply(delegation, input);
        delegations.flush();
        return get(id);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Delegation delegation = find(id);
        ETags.requireMatch(ifMatch, delegation.version);
        if (delegation.status != DelegationStatus.PROPOSED) {
            throw ProblemException.conflict(
                    "delegation-not-deletable",
                    Map.of("status", delegation.status),
                    "Only a PROPOSED delegation can be deleted; cancel it instead (it is " + delegation.status + ")");
        }
        members.deleteFor(id);
        workflow.forget(KIND, id);
        delegations.delete(delegation);
        delegations.flush();
    }

    @Transactional
    public List<MemberView> members(long id) {
        find(id);
        return members.forDelegation(id).stream()
                .map(DelegationService::memberView)
                .toList();
    }

    @Transactional
    public DelegationView replaceMembers(long id, String ifMatch, List<MemberInput> list) {
        // Locked first, so simultaneous saves of one list queue up and the later one sees the new ETag (412).
        Delegation delegation = java.util.Optional.ofNullable(vn.diplomacy.common.RowLock.byId(
                        delegations.getEntityManager(), Delegation.class, "delegation", id))
                .orElseThrow(() -> ProblemException.notFound("Delegation", id));
        ETags.requireMatch(ifMatch, delegation.version);
        requireOpen(delegation);
        // A member named by personId takes the person's details where the row leaves them out.
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        List<DelegationMember> rows = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            MemberInput in = list.get(i);
            if (in.personId() == null && (in.fullName() == null || in.fullName().isBlank())) {
                errors.add(
                        new Problem.FieldError("members[" + i + "].fullName", "is required unless personId is given"));
                continue;
            }
            Person person = persons.resolve(
                    in.personId(),
                    new PersonService.Named(
                            in.fullName(),
                            in.organizationName(),
                            null,
                            in.position(),
                            in.gender(),
                            in.nationality(),
                            in.email(),
                            in.phone(),
                            delegation.homeOrganizationId),
                    "members[" + i + "].personId");
            DelegationMember m = new DelegationMember();
            m.delegationId = id;
            m.positionIndex = i;
            m.personId = person.id;
            m.fullName = or(in.fullName(), person.fullName);
            m.position = or(in.position(), person.position);
            m.organizationName = or(in.organizationName(), person.organizationName);
            m.role = in.role();
            m.gender = in.gender() != null ? in.gender() : person.gender;
            m.nationality = in.nationality() != null ? in.nationality() : person.nationality;
            m.email = or(in.email(), person.email);
            m.phone = or(in.phone(), person.phone);
            m.notes = trimToNull(in.notes());
            rows.add(m);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        members.deleteFor(id);
        rows.forEach(members::persist);
        // At most one HEAD: checked with the rows' own rules (MemberList.AtMostOneHead).
        String head = rows.stream()
                .filter(m -> m.role == MemberRole.HEAD)
                .map(m -> m.fullName)
                .findFirst()
                .orElse(null);
        // The delegation's own row changes too, so its ETag tells that the member list changed.
        delegation.headName = head;
        delegation.memberCount = list.size();
        delegations.flush();
        return get(id);
    }

    @Transactional
    public DelegationView transition(long id, String ifMatch, TransitionRequest request) {
        Delegation delegation = find(id);
        ETags.requireMatch(ifMatch, delegation.version);
        DelegationStatus to = request.to();
        workflow.check("delegation", delegation.status, to);
        rules.apply(delegation, request);
        switch (to) {
            case APPROVED -> {
                if (delegation.headName == null) {
                    throw ProblemException.conflict(
                            "delegation-needs-head", Map.of(), "A delegation cannot be APPROVED without a HEAD member");
                }
            }
            case CANCELLED -> {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw ProblemException.invalid("reason", "is required to cancel a delegation");
                }
                delegation.cancellationReason = request.reason().trim();
            }
            default -> {}
        }
        DelegationStatus from = delegation.status;
        delegation.status = to;
        delegations.flush();
        // A cancellation's reason is its note in the history unless a separate note was given.
        String note = request.note() == null || request.note().isBlank()
                ? (to == DelegationStatus.CANCELLED ? request.reason() : null)
                : request.note();
        workflow.record(KIND, delegation.id, from, to, note);
        return get(id);
    }

    @Transactional
    public List<TransitionView> transitions(long id) {
        find(id);
        return workflow.history(KIND, id, DelegationStatus.class).stream()
                .map(t -> new TransitionView(t.id(), t.from(), t.to(), t.note(), t.by(), t.at()))
                .toList();
    }

    @Override
    public String describeReferences(long organizationId) {
        long count = delegations.countForOrganization(organizationId);
        return count == 0 ? null : count + " delegation" + (count == 1 ? "" : "s");
    }

    @Override
    public String describePartnershipReferences(long partnershipId) {
        long count = delegations.count("partnershipId", partnershipId);
        return count == 0 ? null : count + " delegation" + (count == 1 ? "" : "s");
    }

    Delegation find(long id) {
        return Scope.readable(
                delegations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Delegation", id)));
    }

    private static void requireOpen(Delegation delegation) {
        if (!delegation.status.isOpen()) {
            throw ProblemException.conflict(
                    "delegation-closed",
                    Map.of("status", delegation.status),
                    "A " + delegation.status + " delegation can no longer be changed");
        }
    }

    private void apply(Delegation delegation, DelegationInput input) {
        Links.Check check = links.check();
        Organization counterpart = check.organization("counterpartOrganizationId", input.counterpartOrganizationId());
        Organization home = check.home("homeOrganizationId", input.homeOrganizationId());
        Partnership partnership = check.partnership("partnershipId", input.partnershipId());
        if (partnership != null
                && !input.counterpartOrganizationId().equals(partnership.partnerOrganizationId)
                && !input.counterpartOrganizationId().equals(partnership.homeOrganizationId)) {
            check.reject("partnershipId", "the partnership does not involve the counterpart organization");
        }
        check.done();
        mapper.apply(input, delegation);
        rules.schedule(delegation);
    }

    private Function<Delegation, DelegationView> views(List<Delegation> items) {
        Links.Loaded linked = links.load(
                items.stream()
                        .flatMap(d -> Stream.of(d.homeOrganizationId, d.counterpartOrganizationId))
                        .toList(),
                items.stream().map(d -> d.partnershipId).toList());
        return d -> mapper.view(d, linked, workflow.allowed(d.status), rules);
    }

    private static String or(String given, String known) {
        String value = trimToNull(given);
        return value != null ? value : known;
    }

    @Override
    public String describePersonReferences(long personId) {
        long count = members.count("personId", personId);
        return count == 0 ? null : count + " delegation membership" + (count == 1 ? "" : "s");
    }

    @Override
    public void movePersonReferences(long from, long to) {
        members.list("personId", from).forEach(m -> m.personId = to);
    }

    private static MemberView memberView(DelegationMember m) {
        return new MemberView(
                m.id,
                m.fullName,
                m.personId,
                m.position,
                m.organizationName,
                m.role,
                m.gender,
                m.nationality,
                m.email,
                m.phone,
                m.notes);
    }
}
