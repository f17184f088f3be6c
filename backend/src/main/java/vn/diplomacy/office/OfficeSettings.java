package vn.diplomacy.office;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RowLock;
import vn.diplomacy.common.Scope;
import vn.diplomacy.office.OfficeSettingDtos.Input;
import vn.diplomacy.office.OfficeSettingDtos.View;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;

/**
 * The settings offices choose for themselves (today: the days a delegation's report is due after return), read up the
 * organization tree: a unit without its own value takes its province's, a province without one the deployment's.
 * Read from the database at each use, so every replica sees a change at once.
 */
@ApplicationScoped
public class OfficeSettings implements PanacheRepositoryBase<OfficeSetting, Long> {
    private static final int MAX_DEPTH = 10;

    private final OrganizationRepository organizations;
    private final int defaultReportDueDays;

    OfficeSettings(OrganizationRepository organizations, AppConfig config) {
        this.organizations = organizations;
        this.defaultReportDueDays = config.delegation().reportDueDays();
    }

    /** The days after return within which a delegation of this home organization reports. */
    public int delegationReportDueDays(Long homeOrganizationId) {
        return effective(homeOrganizationId).effectiveDelegationReportDueDays();
    }

    @Transactional
    public View get(long organizationId) {
        Organization org = organizations
                .findByIdOptional(organizationId)
                .orElseThrow(() -> ProblemException.notFound("Organization", organizationId));
        return effective(org.id);
    }

    @Transactional
    public View put(long organizationId, String ifMatch, Input input) {
        // The organization's row, locked: two first saves of one office's settings queue up instead of colliding.
        Organization org = RowLock.byId(getEntityManager(), Organization.class, "organization", organizationId);
        if (org == null) {
            throw ProblemException.notFound("Organization", organizationId);
        }
        Scope.writable(org.id, "organizationId");
        OfficeSetting setting = find("organizationId", org.id).firstResult();
        if (setting == null) {
            // The first save creates the office's row: there is no earlier version to match.
            setting = new OfficeSetting();
            setting.organizationId = org.id;
            setting.delegationReportDueDays = input.delegationReportDueDays();
            persist(setting);
        } else {
            ETags.requireMatch(ifMatch, setting.version);
            setting.delegationReportDueDays = input.delegationReportDueDays();
        }
        flush();
        return effective(org.id);
    }

    private View effective(Long organizationId) {
        OfficeSetting own = organizationId == null
                ? null
                : find("organizationId", organizationId).firstResult();
        Long at = organizationId;
        Set<Long> seen = new HashSet<>();
        for (int depth = 0; at != null && depth < MAX_DEPTH && seen.add(at); depth++) {
            OfficeSetting s = depth == 0 ? own : find("organizationId", at).firstResult();
            if (s != null && s.delegationReportDueDays != null) {
                return view(organizationId, own, s.delegationReportDueDays, at);
            }
            Organization o = organizations.findById(at);
            at = o == null ? null : o.parentId;
        }
        return view(organizationId, own, defaultReportDueDays, null);
    }

    private static View view(Long organizationId, OfficeSetting own, int days, Long from) {
        return new View(
                organizationId,
                own == null ? null : own.delegationReportDueDays,
                days,
                from,
                own != null,
                own == null ? 0 : own.version);
    }
}
