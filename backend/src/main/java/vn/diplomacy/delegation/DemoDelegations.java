package vn.diplomacy.delegation;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.workflow.Workflow;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.Pillar;

/**
 * With APP_DEMO_DATA=true: the delegations of the domain notes and a year of plausible ones across statuses.
 * Fixed dates and titles, looked up before insertion, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoDelegations {
    private static final Logger LOG = Logger.getLogger(DemoDelegations.class);

    private final DelegationRepository delegations;
    private final DelegationMemberRepository members;
    private final Workflow workflow;
    private final OrganizationRepository organizations;
    private final boolean enabled;
    private int added;

    DemoDelegations(
            DelegationRepository delegations,
            DelegationMemberRepository members,
            Workflow workflow,
            OrganizationRepository organizations,
            AppConfig config) {
        this.delegations = delegations;
        this.members = members;
        this.workflow = workflow;
        this.organizations = organizations;
        this.enabled = config.demoData();
    }

    @Transactional
    void onStart(@Observes @Priority(40) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d delegations added", load());
        }
    }

    private record Person(String name, String position, String organization, MemberRole role) {}

    @Transactional
    public int load() {
        added = 0;
        Organization vufo =
                org("Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)", OrganizationType.FRIENDSHIP_ASSOCIATION, "VN");
        Organization quangBinh = org("Ủy ban nhân dân tỉnh Quảng Bình", OrganizationType.LOCAL_GOVERNMENT, "VN");
        Organization hueBoard = org("Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế", OrganizationType.PARTY_ORGANIZATION, "VN");
        Organization liaison =
                org("Ban Liên lạc truyền thống hữu nghị Việt – Lào", OrganizationType.FRIENDSHIP_ASSOCIATION, "VN");
        Organization haTinh = org("Ủy ban nhân dân tỉnh Hà Tĩnh", OrganizationType.LOCAL_GOVERNMENT, "VN");
        Organization laiChau = org("Ủy ban nhân dân tỉnh Lai Châu", OrganizationType.LOCAL_GOVERNMENT, "VN");
        Organization bolikhamxay = org("Bolikhamxay Province", OrganizationType.LOCAL_GOVERNMENT, "LA");
        Organization khammouane = org("Khammouane Province", OrganizationType.LOCAL_GOVERNMENT, "LA");
        Organization phongsaly = org("Phongsaly Province", OrganizationType.LOCAL_GOVERNMENT, "LA");
        Organization oudomxay = org("Oudomxay Province", OrganizationType.LOCAL_GOVERNMENT, "LA");
        Organization yunnan = org("Yunnan Province", OrganizationType.LOCAL_GOVERNMENT, "CN");
        Organization sekong = org("Sekong Province", OrganizationType.LOCAL_GOVERNMENT, "LA");
        if (vufo == null || quangBinh == null || haTinh == null || laiChau == null || bolikhamxay == null) {
            LOG.warn("Demo delegations skipped: the demo organizations are missing");
            return 0;
        }
        add(
                Direction.INCOMING,
                "Đoàn công tác VUFO thăm và làm việc tại Quảng Bình",
                vufo,
                quangBinh,
                "VN",
                "Đồng Hới, Quảng Bình",
                LocalDate.of(2024, 6, 6),
                LocalDate.of(2024, 6, 6),
                DelegationLevel.CENTRAL,
                Pillar.PEOPLE,
                DelegationStatus.COMPLETED,
                "Đồng chí Trần Hải Châu, Phó Bí thư Thường trực Tỉnh ủy, tiếp đoàn; thống nhất"
                        + " đẩy mạnh đối ngoại nhân dân.",
                List.of(
                        new Person("Phan Anh Sơn", "Chủ tịch", "VUFO", MemberRole.HEAD),
                        new Person("Nguyễn Ngọc Hùng", "Trưởng ban", "VUFO", MemberRole.MEMBER)));
        if (hueBoard != null && liaison != null) {
            add(
                    Direction.INCOMING,
                    "Ban Liên lạc truyền thống hữu nghị Việt – Lào làm việc tại Thừa Thiên Huế",
                    liaison,
                    hueBoard,
                    "VN",
                    "Thành phố Huế",
                    LocalDate.of(2024, 8, 16),
                    LocalDate.of(2024, 8, 16),
                    DelegationLevel.CENTRAL,
                    Pillar.PEOPLE,
                    DelegationStatus.COMPLETED,
                    "Trao đổi về công tác giáo dục truyền thống quan hệ Việt – Lào.",
                    List.of(new Person(
                            "Nguyễn Tiến Long", "Trung tướng, Phó Trưởng ban", "Ban Liên lạc", MemberRole.HEAD)));
        }
        add(
                Direction.OUTGOING,
                "Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Bolikhamxay",
                bolikhamxay,
                haTinh,
                "LA",
                "Pakxan, Bolikhamxay",
                LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 10),
                DelegationLevel.PROVINCIAL,
                Pillar.STATE,
                DelegationStatus.APPROVED,
                null,
                List.of(
                        new Person("Trần Thế Dũng", "Phó Chủ tịch UBND tỉnh", "UBND tỉnh Hà Tĩnh", MemberRole.HEAD),
                        new Person("Lê Ngọc Châu", "Giám đốc", "Sở Ngoại vụ Hà Tĩnh", MemberRole.DEPUTY),
                        new Person("Vongsa Keo", "Phiên dịch", "Sở Ngoại vụ Hà Tĩnh", MemberRole.INTERPRETER)));
        add(
                Direction.INCOMING,
                "Đoàn sinh viên Lào giao lưu tại Hà Tĩnh",
                bolikhamxay,
                haTinh,
                "VN",
                "Trường Đại học Hà Tĩnh",
                LocalDate.of(2026, 12, 15),
                LocalDate.of(2026, 12, 19),
                DelegationLevel.DEPARTMENT,
                Pillar.PEOPLE,
                DelegationStatus.PROPOSED,
                null,
                List.of());
        // A year of the ordinary traffic between the provinces and their partners.
        Organization[] counterparts = {khammouane, phongsaly, oudomxay, yunnan, sekong, bolikhamxay};
        Organization[] homes = {haTinh, laiChau, laiChau, laiChau, haTinh, haTinh};
        String[] purposes = {
            "Chúc Tết Bunpimay",
            "Hội nghị rà soát hợp tác",
            "Trao đổi kinh nghiệm quản lý biên giới",
            "Xúc tiến thương mại",
            "Tìm kiếm, hồi hương hài cốt liệt sĩ",
            "Khảo sát tuyến đường Cầu Treo – Nậm Phao"
        };
        for (int i = 0; i < 12; i++) {
            Organization counterpart = counterparts[i % counterparts.length];
            Organization home = homes[i % homes.length];
            if (counterpart == null) {
                continue;
            }
            LocalDate start = LocalDate.of(2025, 12, 10).plusMonths(i);
            boolean incoming = i % 2 == 0;
            DelegationStatus status = i == 5
                    ? DelegationStatus.CANCELLED
                    : start.isBefore(LocalDate.of(2026, 11, 1))
                            ? DelegationStatus.COMPLETED
                            : i % 3 == 0 ? DelegationStatus.PROPOSED : DelegationStatus.APPROVED;
            add(
                    incoming ? Direction.INCOMING : Direction.OUTGOING,
                    (incoming ? "Đoàn " + counterpart.name + " thăm " : "Đoàn tỉnh thăm " + counterpart.name) + ": "
                            + purposes[i % purposes.length],
                    counterpart,
                    home,
                    incoming ? "VN" : counterpart.countryCode,
                    null,
                    start,
                    start.plusDays(1 + i % 3),
                    i % 4 == 0 ? DelegationLevel.PROVINCIAL : DelegationLevel.DEPARTMENT,
                    i % 2 == 0 ? Pillar.STATE : Pillar.PEOPLE,
                    status,
                    status == DelegationStatus.COMPLETED ? "Hai bên thống nhất kế hoạch phối hợp năm tới." : null,
                    List.of(
                            new Person(
                                    "Trưởng đoàn " + (i + 1),
                                    "Phó Giám đốc",
                                    incoming ? counterpart.name : home.name,
                                    MemberRole.HEAD),
                            new Person(
                                    "Thành viên " + (i + 1),
                                    "Chuyên viên",
                                    incoming ? counterpart.name : home.name,
                                    MemberRole.MEMBER)));
        }
        return added;
    }

    private Organization org(String name, OrganizationType type, String country) {
        return organizations.findSame(name, country, type).orElse(null);
    }

    private void add(
            Direction direction,
            String title,
            Organization counterpart,
            Organization home,
            String country,
            String location,
            LocalDate start,
            LocalDate end,
            DelegationLevel level,
            Pillar pillar,
            DelegationStatus status,
            String outcome,
            List<Person> people) {
        if (delegations.count("title = ?1 and startDate = ?2", title, start) > 0) {
            return;
        }
        Delegation d = new Delegation();
        d.direction = direction;
        d.title = title;
        d.counterpartOrganizationId = counterpart.id;
        d.homeOrganizationId = home.id;
        d.countryCode = country;
        d.location = location;
        d.startDate = start;
        d.endDate = end;
        d.level = level;
        d.pillar = pillar;
        d.status = status;
        d.outcome = outcome;
        d.cancellationReason = status == DelegationStatus.CANCELLED ? "Hoãn do thời tiết" : null;
        d.budgetAmount = direction == Direction.OUTGOING ? new BigDecimal("120000000") : null;
        d.budgetCurrency = direction == Direction.OUTGOING ? "VND" : null;
        d.memberCount = people.size();
        d.headName = people.stream()
                .filter(p -> p.role() == MemberRole.HEAD)
                .map(Person::name)
                .findFirst()
                .orElse(null);
        delegations.persistAndFlush(d);
        for (int i = 0; i < people.size(); i++) {
            DelegationMember m = new DelegationMember();
            m.delegationId = d.id;
            m.positionIndex = i;
            m.fullName = people.get(i).name();
            m.position = people.get(i).position();
            m.organizationName = people.get(i).organization();
            m.role = people.get(i).role();
            members.persist(m);
        }
        DelegationStatus previous = null;
        for (DelegationStatus step : path(status)) {
            workflow.record(DelegationService.KIND, d.id, previous, step, null);
            previous = step;
        }
        added++;
    }

    private static List<DelegationStatus> path(DelegationStatus status) {
        return switch (status) {
            case PROPOSED -> List.of(DelegationStatus.PROPOSED);
            case APPROVED -> List.of(DelegationStatus.PROPOSED, DelegationStatus.APPROVED);
            case COMPLETED -> List.of(DelegationStatus.PROPOSED, DelegationStatus.APPROVED, DelegationStatus.COMPLETED);
            case CANCELLED -> List.of(DelegationStatus.PROPOSED, DelegationStatus.CANCELLED);
        };
    }
}
