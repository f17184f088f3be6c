package vn.diplomacy.partnership;

import static vn.diplomacy.partnership.CooperationField.BORDER_MANAGEMENT;
import static vn.diplomacy.partnership.CooperationField.CULTURE;
import static vn.diplomacy.partnership.CooperationField.DEFENCE_SECURITY;
import static vn.diplomacy.partnership.CooperationField.EDUCATION_TRAINING;
import static vn.diplomacy.partnership.CooperationField.HEALTH;
import static vn.diplomacy.partnership.CooperationField.POLITICS;
import static vn.diplomacy.partnership.CooperationField.REMAINS_REPATRIATION;
import static vn.diplomacy.partnership.CooperationField.SCIENCE_TECHNOLOGY;
import static vn.diplomacy.partnership.CooperationField.TOURISM;
import static vn.diplomacy.partnership.CooperationField.TRADE_INVESTMENT;
import static vn.diplomacy.partnership.CooperationField.TRANSPORT;
import static vn.diplomacy.partnership.Pillar.PARTY;
import static vn.diplomacy.partnership.Pillar.PEOPLE;
import static vn.diplomacy.partnership.Pillar.STATE;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.Today;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;

/**
 * With APP_DEMO_DATA=true, the partnerships of the domain notes, after the demo organizations. A partnership is
 * found again by its pair, type and start date, an agreement by its code, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoPartnerships {
    private static final Logger LOG = Logger.getLogger(DemoPartnerships.class);
    private static final OrganizationType LOCAL = OrganizationType.LOCAL_GOVERNMENT;

    private final PartnershipRepository partnerships;
    private final AgreementRepository agreements;
    private final OrganizationRepository organizations;
    private final Today today;
    private final boolean enabled;
    private int added;

    DemoPartnerships(
            PartnershipRepository partnerships,
            AgreementRepository agreements,
            OrganizationRepository organizations,
            Today today,
            AppConfig config) {
        this.partnerships = partnerships;
        this.agreements = agreements;
        this.organizations = organizations;
        this.today = today;
        this.enabled = config.demoData();
    }

    @Transactional
    void onStart(@Observes @Priority(30) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d partnerships and agreements added", load());
        }
    }

    @Transactional
    public int load() {
        added = 0;
        Organization haTinh = org("Ủy ban nhân dân tỉnh Hà Tĩnh", "VN");
        Organization hue = org("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "VN");
        Organization quangBinh = org("Ủy ban nhân dân tỉnh Quảng Bình", "VN");
        Organization laiChau = org("Ủy ban nhân dân tỉnh Lai Châu", "VN");
        Organization laoCai = org("Ủy ban nhân dân tỉnh Lào Cai", "VN");
        if (haTinh == null || hue == null || quangBinh == null || laiChau == null || laoCai == null) {
            LOG.warn("Demo partnerships skipped: the demo organizations are missing");
            return 0;
        }
        Set<CooperationField> hueFields = EnumSet.of(
                POLITICS,
                TRADE_INVESTMENT,
                EDUCATION_TRAINING,
                CULTURE,
                SCIENCE_TECHNOLOGY,
                HEALTH,
                DEFENCE_SECURITY,
                REMAINS_REPATRIATION);

        Partnership bolikhamxay = partnership(
                haTinh,
                org("Bolikhamxay Province", "LA"),
                PartnershipType.SPECIAL_FRIENDSHIP,
                EnumSet.of(PARTY, STATE, PEOPLE),
                EnumSet.of(POLITICS, TRADE_INVESTMENT, EDUCATION_TRAINING, TRANSPORT, BORDER_MANAGEMENT),
                LocalDate.of(2016, 3, 1),
                null,
                "Quan hệ hữu nghị đặc biệt; mở rộng đường nối cửa khẩu quốc tế Cầu Treo – Nậm Phao; đào tạo tiếng Lào cho cán bộ.");
        agreement(
                bolikhamxay,
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                "01/2021/BBTT-HT-BLKX",
                "Biên bản thỏa thuận hợp tác giai đoạn 2021–2025",
                LocalDate.of(2020, 12, 18),
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31));
        agreement(
                bolikhamxay,
                AgreementKind.ANNUAL_PLAN,
                "KH-2026/HT-BLKX",
                "Kế hoạch hợp tác năm 2026",
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 1, 15),
                today.date().plusDays(40));
        agreement(
                bolikhamxay,
                AgreementKind.COOPERATION_AGREEMENT,
                "TT-CT-NP/2024",
                "Thỏa thuận mở rộng tuyến đường Cầu Treo – Nậm Phao",
                LocalDate.of(2024, 5, 9),
                LocalDate.of(2024, 6, 1),
                null);
        partnership(
                haTinh,
                org("Khammouane Province", "LA"),
                PartnershipType.COMPREHENSIVE_COOPERATION,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(TRADE_INVESTMENT, TRANSPORT, TOURISM),
                LocalDate.of(2018, 6, 15),
                null,
                "Tuyến vận tải hành khách Hà Tĩnh – Thakhek (Lào) – Nakhon Phanom (Thái Lan).");
        partnership(
                haTinh,
                org("Vientiane Capital", "LA"),
                PartnershipType.COMPREHENSIVE_COOPERATION,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(TRADE_INVESTMENT, EDUCATION_TRAINING),
                LocalDate.of(2019, 4, 10),
                null,
                null);
        partnership(
                haTinh,
                org("Savannakhet Province", "LA"),
                PartnershipType.COMPREHENSIVE_COOPERATION,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(TRADE_INVESTMENT, EDUCATION_TRAINING),
                LocalDate.of(2019, 11, 20),
                null,
                null);
        Partnership sekong = partnership(
                hue,
                org("Sekong Province", "LA"),
                PartnershipType.COMPREHENSIVE_COOPERATION,
                EnumSet.of(PARTY, STATE, PEOPLE),
                hueFields,
                LocalDate.of(2017, 7, 18),
                null,
                "Ba tỉnh chung đường biên; đào tạo lý luận chính trị cho cán bộ Lào; tìm kiếm, hồi hương hài cốt liệt sĩ.");
        agreement(
                sekong,
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                "02/2023/TTHT-HUE-SK",
                "Thỏa thuận hợp tác giai đoạn 2023–2027",
                LocalDate.of(2023, 3, 2),
                LocalDate.of(2023, 3, 2),
                LocalDate.of(2027, 12, 31));
        partnership(
                hue,
                org("Salavan Province", "LA"),
                PartnershipType.COMPREHENSIVE_COOPERATION,
                EnumSet.of(PARTY, STATE, PEOPLE),
                hueFields,
                LocalDate.of(2017, 7, 18),
                null,
                null);
        partnership(
                quangBinh,
                org("Khammouane Province", "LA"),
                PartnershipType.FRIENDSHIP,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(BORDER_MANAGEMENT, TRADE_INVESTMENT, CULTURE),
                LocalDate.of(2015, 5, 12),
                null,
                null);
        partnership(
                quangBinh,
                org("Savannakhet Province", "LA"),
                PartnershipType.FRIENDSHIP,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(TRADE_INVESTMENT, CULTURE),
                LocalDate.of(2015, 5, 12),
                null,
                null);
        partnership(
                laiChau,
                org("Yunnan Province", "CN"),
                PartnershipType.COOPERATION,
                EnumSet.of(STATE),
                EnumSet.of(BORDER_MANAGEMENT, DEFENCE_SECURITY, TRADE_INVESTMENT, TRANSPORT),
                LocalDate.of(2020, 10, 1),
                null,
                "Nhóm công tác liên hợp Điện Biên, Lai Châu, Lào Cai, Hà Giang – Vân Nam; kết nghĩa bản biên giới và đồn biên phòng.");
        partnership(
                laiChau,
                org("Phongsaly Province", "LA"),
                PartnershipType.COOPERATION,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(EDUCATION_TRAINING, DEFENCE_SECURITY),
                LocalDate.of(2018, 2, 1),
                null,
                null);
        partnership(
                laiChau,
                org("Oudomxay Province", "LA"),
                PartnershipType.COOPERATION,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(EDUCATION_TRAINING, DEFENCE_SECURITY),
                LocalDate.of(2018, 2, 1),
                null,
                null);
        partnership(
                laiChau,
                org("Luang Prabang Province", "LA"),
                PartnershipType.COOPERATION,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(EDUCATION_TRAINING, TOURISM),
                LocalDate.of(2019, 9, 1),
                null,
                null);
        partnership(
                laoCai,
                org("Yunnan Province", "CN"),
                PartnershipType.COOPERATION,
                EnumSet.of(STATE, PEOPLE),
                EnumSet.of(TRADE_INVESTMENT, HEALTH, TRANSPORT),
                LocalDate.of(2018, 4, 1),
                null,
                null);
        partnership(
                laoCai,
                org("Hekou Yao Autonomous County", "CN"),
                PartnershipType.TWINNING,
                EnumSet.of(PEOPLE),
                EnumSet.of(CULTURE, BORDER_MANAGEMENT),
                LocalDate.of(2015, 1, 1),
                LocalDate.of(2020, 12, 31),
                "Kết nghĩa giai đoạn 2015–2020, đã kết thúc.");
        return added;
    }

    private Organization org(String name, String country) {
        Organization o = organizations.findSame(name, country, LOCAL).orElse(null);
        if (o == null) {
            LOG.warnf("Demo organization %s (%s) is missing", name, country);
        }
        return o;
    }

    private Partnership partnership(
            Organization home,
            Organization partner,
            PartnershipType type,
            Set<Pillar> pillars,
            Set<CooperationField> fields,
            LocalDate start,
            LocalDate end,
            String description) {
        if (partner == null) {
            return null;
        }
        return partnerships
                .find(
                        "homeOrganizationId = ?1 and partnerOrganizationId = ?2 and type = ?3 and startDate = ?4",
                        home.id,
                        partner.id,
                        type,
                        start)
                .firstResultOptional()
                .orElseGet(() -> {
                    Partnership p = new Partnership();
                    p.homeOrganizationId = home.id;
                    p.partnerOrganizationId = partner.id;
                    p.type = type;
                    p.pillars = EnumSet.copyOf(pillars);
                    p.fields = EnumSet.copyOf(fields);
                    p.title = home.localName + " – " + partner.name.replace(" Province", "");
                    p.startDate = start;
                    p.endDate = end;
                    p.description = description;
                    partnerships.persistAndFlush(p);
                    added++;
                    return p;
                });
    }

    private void agreement(
            Partnership partnership,
            AgreementKind kind,
            String code,
            String title,
            LocalDate signed,
            LocalDate effective,
            LocalDate expires) {
        if (partnership == null || agreements.findByCode(partnership.id, code).isPresent()) {
            return;
        }
        Agreement a = new Agreement();
        a.partnershipId = partnership.id;
        a.kind = kind;
        a.code = code;
        a.title = title;
        a.signedOn = signed;
        a.effectiveOn = effective;
        a.expiresOn = expires;
        agreements.persistAndFlush(a);
        added++;
    }
}
