package vn.diplomacy.aid;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.Partnership;
import vn.diplomacy.partnership.PartnershipRepository;

/**
 * With APP_DEMO_DATA=true, the aid of the domain notes: Lai Châu 2016 (7 donors, over 15 billion VND), Lào Cai's
 * 2018–2023 term (85 projects, about 504 billion VND in several currencies), the Spring 2023 programme (over 2 million
 * USD expected), Covid-19 equipment and the January 2026 storm relief; monthly rates for nine currencies. A
 * commitment is found again by its title and a rate by currency and date, so a restart adds nothing twice.
 */
@ApplicationScoped
public class DemoAid {
    private static final Logger LOG = Logger.getLogger(DemoAid.class);
    private static final int FIRST_YEAR = 2016;
    /** Approximate VND per unit on 1 January of each year from 2016 to 2026; months in between are interpolated. */
    private static final Map<String, String[]> JANUARY_RATES = Map.of(
            "USD",
                    new String[] {
                        "22300", "22700", "22750", "23200", "23200", "23100", "23000", "23500", "24300", "25300",
                        "26300"
                    },
            "EUR",
                    new String[] {
                        "24200", "24100", "27300", "26500", "25800", "28100", "26000", "25300", "26800", "26200",
                        "30500"
                    },
            "CNY",
                    new String[] {"3400", "3300", "3550", "3380", "3330", "3580", "3620", "3400", "3420", "3470", "3700"
                    },
            "KRW",
                    new String[] {"18.6", "19.0", "21.3", "20.6", "20.0", "21.0", "19.0", "18.6", "18.7", "17.2", "18.3"
                    },
            "AUD",
                    new String[] {
                        "15800", "16500", "17800", "16300", "16200", "17800", "16700", "16000", "16500", "15900",
                        "17300"
                    },
            "NZD",
                    new String[] {
                        "14600", "16000", "16500", "15600", "15500", "16600", "15800", "14900", "15100", "14500",
                        "15600"
                    },
            "GBP",
                    new String[] {
                        "32600", "28100", "31500", "29700", "30500", "31700", "31000", "28500", "30900", "31500",
                        "35000"
                    },
            "CHF",
                    new String[] {
                        "22100", "22400", "23700", "23300", "23800", "26000", "25000", "25400", "28500", "27900",
                        "32500"
                    },
            "SEK",
                    new String[] {"2600", "2550", "2800", "2500", "2450", "2800", "2500", "2200", "2350", "2300", "2800"
                    });

    private final AidCommitmentRepository commitments;
    private final AidDisbursementRepository disbursements;
    private final ExchangeRateRepository rates;
    private final OrganizationRepository organizations;
    private final PartnershipRepository partnerships;
    private final AidConversions conversions;
    private final boolean enabled;
    private int added;

    DemoAid(
            AidCommitmentRepository commitments,
            AidDisbursementRepository disbursements,
            ExchangeRateRepository rates,
            OrganizationRepository organizations,
            PartnershipRepository partnerships,
            AidConversions conversions,
            AppConfig config) {
        this.commitments = commitments;
        this.disbursements = disbursements;
        this.rates = rates;
        this.organizations = organizations;
        this.partnerships = partnerships;
        this.conversions = conversions;
        this.enabled = config.demoData();
    }

    @Transactional
    void onStart(@Observes @Priority(50) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d exchange rates and aid records added", load());
        }
    }

    @Transactional
    public int load() {
        added = 0;
        Organization laiChau = local("Ủy ban nhân dân tỉnh Lai Châu", null);
        Organization laoCai = local("Ủy ban nhân dân tỉnh Lào Cai", null);
        Organization langSon = local("Ủy ban nhân dân tỉnh Lạng Sơn", null);
        Organization daNang = local("Ủy ban nhân dân thành phố Đà Nẵng", null);
        if (laiChau == null || laoCai == null || langSon == null || daNang == null) {
            LOG.warn("Demo aid skipped: the demo organizations are missing");
            return 0;
        }
        loadRates();
        rates.flush();

        Organization oxfam = donor("Oxfam", OrganizationType.INTERNATIONAL_NGO, "GB");
        Organization worldVision = donor("World Vision", OrganizationType.INTERNATIONAL_NGO, "US");
        Organization plan = donor("Plan International", OrganizationType.INTERNATIONAL_NGO, "GB");
        Organization saveTheChildren = donor("Save the Children", OrganizationType.INTERNATIONAL_NGO, "GB");
        Organization koica =
                donor("Korea International Cooperation Agency (KOICA)", OrganizationType.GOVERNMENT_AGENCY, "KR");
        Organization chinaEmbassy =
                donor("Embassy of the People's Republic of China in Vietnam", OrganizationType.EMBASSY, "CN");
        Organization nzEmbassy = donor("Embassy of New Zealand in Vietnam", OrganizationType.EMBASSY, "NZ");
        Organization chineseBusiness =
                donor("Chinese Business Association in Vietnam", OrganizationType.PRIVATE_SECTOR, "CN");
        Organization childFund = donor("ChildFund Australia", OrganizationType.INTERNATIONAL_NGO, "AU");
        Organization helvetas = donor("Helvetas Swiss Intercooperation", OrganizationType.INTERNATIONAL_NGO, "CH");
        Organization diakonia = donor("Diakonia", OrganizationType.INTERNATIONAL_NGO, "SE");
        Organization medecins = donor("Médecins du Monde", OrganizationType.INTERNATIONAL_NGO, "FR");
        Organization pacificLinks = donor("Pacific Links Foundation", OrganizationType.FOUNDATION, "US");
        Organization indiaEmbassy = donor("Embassy of India in Vietnam", OrganizationType.EMBASSY, "IN");

        Organization phongTho = local("Huyện Phong Thổ", laiChau);
        Organization sinHo = local("Huyện Sìn Hồ", laiChau);
        Organization muongTe = local("Huyện Mường Tè", laiChau);
        Organization tamDuong = local("Huyện Tam Đường", laiChau);
        List<Organization> laoCaiDistricts = new ArrayList<>();
        for (String name : List.of(
                "Huyện Bát Xát",
                "Thị xã Sa Pa",
                "Huyện Bắc Hà",
                "Huyện Mường Khương",
                "Huyện Si Ma Cai",
                "Huyện Văn Bàn",
                "Huyện Bảo Thắng",
                "Huyện Bảo Yên")) {
            laoCaiDistricts.add(local(name, laoCai));
        }
        Organization batXat = laoCaiDistricts.get(0);

        // Lai Châu, 2016: seven donors, over 15 billion VND.
        AidCommitment school = commit(
                "Xây 8 phòng học, nhà bếp và nhà ăn Trường PTDTBT THCS Lò Văn Giá",
                chinaEmbassy,
                phongTho,
                AidKind.PROJECT,
                AidSector.EDUCATION,
                "2950000000",
                "VND",
                LocalDate.of(2016, 3, 10),
                AidStatus.CLOSED,
                "312/QĐ-UBND",
                null,
                LocalDate.of(2016, 3, 15),
                LocalDate.of(2016, 10, 31));
        disburse(school, LocalDate.of(2016, 5, 2), "1500000000", "VND");
        disburse(school, LocalDate.of(2016, 10, 28), "1450000000", "VND");
        commit(
                "Học bổng cho học sinh dân tộc thiểu số huyện Phong Thổ",
                chineseBusiness,
                phongTho,
                AidKind.NON_PROJECT,
                AidSector.EDUCATION,
                "250000000",
                "VND",
                LocalDate.of(2016, 9, 1),
                AidStatus.CLOSED,
                null,
                null,
                null,
                null);
        commit(
                "Chương trình phát triển vùng huyện Sìn Hồ",
                worldVision,
                sinHo,
                AidKind.PROJECT,
                AidSector.LIVELIHOODS,
                "3900000000",
                "VND",
                LocalDate.of(2016, 1, 20),
                AidStatus.CLOSED,
                "45/QĐ-UBND",
                "600000000",
                LocalDate.of(2016, 2, 1),
                LocalDate.of(2016, 12, 31));
        commit(
                "Bảo vệ trẻ em và nước sạch trường học huyện Mường Tè",
                plan,
                muongTe,
                AidKind.PROJECT,
                AidSector.CHILD_PROTECTION,
                "120000",
                "USD",
                LocalDate.of(2016, 4, 5),
                AidStatus.CLOSED,
                "501/QĐ-UBND",
                null,
                null,
                null);
        commit(
                "Sinh kế bền vững cho phụ nữ dân tộc thiểu số Tam Đường",
                oxfam,
                tamDuong,
                AidKind.PROJECT,
                AidSector.GENDER,
                "2100000000",
                "VND",
                LocalDate.of(2016, 6, 14),
                AidStatus.CLOSED,
                null,
                null,
                null,
                null);
        commit(
                "Dinh dưỡng trẻ em dưới 5 tuổi huyện Sìn Hồ",
                saveTheChildren,
                sinHo,
                AidKind.PROJECT,
                AidSector.HEALTH,
                "85000",
                "USD",
                LocalDate.of(2016, 7, 1),
                AidStatus.CLOSED,
                null,
                null,
                null,
                null);
        commit(
                "Giáo dục mầm non dựa vào cộng đồng huyện Tam Đường",
                childFund,
                tamDuong,
                AidKind.PROJECT,
                AidSector.EDUCATION,
                "90000",
                "AUD",
                LocalDate.of(2016, 8, 22),
                AidStatus.CLOSED,
                null,
                null,
                null,
                null);

        // Lào Cai, term 2018–2023: 85 projects from donors of eight countries, about 504 billion VND in all.
        Organization[] donors = {oxfam, worldVision, medecins, diakonia, helvetas, koica, chinaEmbassy, indiaEmbassy};
        String[] donorCurrencies = {"GBP", "USD", "EUR", "SEK", "CHF", "KRW", "CNY", "USD"};
        AidSector[] sectors = {
            AidSector.WATER_SANITATION,
            AidSector.EDUCATION,
            AidSector.HEALTH,
            AidSector.AGRICULTURE,
            AidSector.LIVELIHOODS,
            AidSector.INFRASTRUCTURE,
            AidSector.ENVIRONMENT_CLIMATE,
            AidSector.CHILD_PROTECTION,
            AidSector.GENDER
        };
        String[] themes = {
            "Cấp nước sạch và vệ sinh môi trường",
            "Nâng cấp trường học và học bổng",
            "Chăm sóc sức khỏe ban đầu",
            "Phát triển nông nghiệp hàng hóa",
            "Sinh kế cho hộ nghèo",
            "Cầu dân sinh và đường liên thôn",
            "Bảo vệ rừng đầu nguồn và thích ứng biến đổi khí hậu",
            "Bảo vệ trẻ em vùng cao",
            "Bình đẳng giới và phòng chống bạo lực gia đình"
        };
        int[] weights = new int[85];
        int weightSum = 0;
        for (int i = 0; i < 85; i++) {
            weights[i] = 3 + (i * 7) % 11;
            weightSum += weights[i];
        }
        BigDecimal total = new BigDecimal("504000000000");
        for (int i = 0; i < 85; i++) {
            int year = 2018 + i % 6;
            LocalDate date = LocalDate.of(year, 1 + (i * 5) % 12, 10);
            String currency = i % 3 == 0 ? "VND" : donorCurrencies[i % donors.length];
            BigDecimal vnd = total.multiply(BigDecimal.valueOf(weights[i]))
                    .divide(BigDecimal.valueOf(weightSum), 0, RoundingMode.HALF_EVEN);
            BigDecimal amount = currency.equals("VND")
                    ? vnd.setScale(-6, RoundingMode.HALF_EVEN)
                    : vnd.divide(
                                    rate(currency, date),
                                    Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0),
                                    RoundingMode.HALF_EVEN)
                            .setScale(-2, RoundingMode.HALF_EVEN);
            Organization district = laoCaiDistricts.get(i % laoCaiDistricts.size());
            AidStatus status =
                    year <= 2021 ? AidStatus.CLOSED : year == 2022 ? AidStatus.FINALISATION : AidStatus.IMPLEMENTATION;
            AidCommitment c = commit(
                    themes[i % themes.length] + " – " + district.localName + " (" + year + "-" + (i + 1) + ")",
                    donors[i % donors.length],
                    district,
                    AidKind.PROJECT,
                    sectors[i % sectors.length],
                    amount.toPlainString(),
                    currency,
                    date,
                    status,
                    (100 + i) + "/QĐ-UBND",
                    i % 4 == 0
                            ? vnd.divide(BigDecimal.TEN, -6, RoundingMode.HALF_EVEN)
                                    .toPlainString()
                            : null,
                    date.plusMonths(1),
                    date.plusYears(2));
            if (c != null) {
                BigDecimal share = new BigDecimal(
                        status == AidStatus.CLOSED ? "1" : status == AidStatus.FINALISATION ? "0.8" : "0.4");
                BigDecimal paid = amount.multiply(share).setScale(amount.scale(), RoundingMode.HALF_EVEN);
                BigDecimal first = paid.divide(BigDecimal.valueOf(2), amount.scale(), RoundingMode.HALF_EVEN);
                BigDecimal second = paid.subtract(first);
                disburse(c, date.plusMonths(3), first.toPlainString(), currency);
                disburse(c, date.plusMonths(12), second.toPlainString(), currency);
            }
        }

        // Lào Cai, Spring 2023 friendship programme: six NGOs, over 2 million USD expected; two scholarships, 3,000
        // USD.
        LocalDate spring = LocalDate.of(2023, 2, 15);
        Object[][] springProjects = {
            {oxfam, "450000", AidSector.LIVELIHOODS},
            {worldVision, "520000", AidSector.CHILD_PROTECTION},
            {plan, "380000", AidSector.EDUCATION},
            {helvetas, "300000", AidSector.AGRICULTURE},
            {pacificLinks, "210000", AidSector.GENDER},
            {diakonia, "180000", AidSector.GOVERNANCE}
        };
        for (Object[] p : springProjects) {
            Organization donor = (Organization) p[0];
            commit(
                    "Xuân hữu nghị 2023: cam kết dự án mới của " + donor.name,
                    donor,
                    laoCai,
                    AidKind.PROJECT,
                    (AidSector) p[2],
                    (String) p[1],
                    "USD",
                    spring,
                    AidStatus.PIPELINE,
                    null,
                    null,
                    null,
                    null);
        }
        commit(
                "Xuân hữu nghị 2023: học bổng cho học sinh nghèo vượt khó",
                pacificLinks,
                laoCai,
                AidKind.NON_PROJECT,
                AidSector.EDUCATION,
                "1500",
                "USD",
                spring,
                AidStatus.CLOSED,
                null,
                null,
                null,
                null);
        commit(
                "Xuân hữu nghị 2023: học bổng cho sinh viên dân tộc thiểu số",
                koica,
                laoCai,
                AidKind.NON_PROJECT,
                AidSector.EDUCATION,
                "1500",
                "USD",
                spring,
                AidStatus.CLOSED,
                null,
                null,
                null,
                null);

        // Covid-19: Chinese medical equipment for Lào Cai, within the Lào Cai – Yunnan partnership.
        AidCommitment covid = commit(
                "Trang thiết bị y tế phòng chống Covid-19",
                chinaEmbassy,
                laoCai,
                AidKind.EMERGENCY_RELIEF,
                AidSector.HEALTH,
                "500000",
                "USD",
                LocalDate.of(2020, 3, 20),
                AidStatus.CLOSED,
                null,
                null,
                null,
                null);
        Organization yunnan = organizations
                .findSame("Yunnan Province", "CN", OrganizationType.LOCAL_GOVERNMENT)
                .orElse(null);
        if (covid != null && yunnan != null) {
            Partnership p = partnerships
                    .find("homeOrganizationId = ?1 and partnerOrganizationId = ?2", laoCai.id, yunnan.id)
                    .firstResultOptional()
                    .orElse(null);
            covid.partnershipId = p == null ? null : p.id;
            disburse(covid, LocalDate.of(2020, 4, 2), "500000", "USD");
        }

        // January 2026: storm relief and a medicinal-herbs initiative.
        AidCommitment nz = commit(
                "Cứu trợ khẩn cấp sau bão cho tỉnh Lạng Sơn",
                nzEmbassy,
                langSon,
                AidKind.EMERGENCY_RELIEF,
                AidSector.DISASTER_RELIEF,
                "2500000000",
                "VND",
                LocalDate.of(2026, 1, 12),
                AidStatus.IMPLEMENTATION,
                null,
                null,
                null,
                null);
        disburse(nz, LocalDate.of(2026, 1, 20), "2500000000", "VND");
        AidCommitment wv = commit(
                "Hàng cứu trợ và nước sạch sau bão cho Lạng Sơn",
                worldVision,
                langSon,
                AidKind.EMERGENCY_RELIEF,
                AidSector.DISASTER_RELIEF,
                "2200000000",
                "VND",
                LocalDate.of(2026, 1, 12),
                AidStatus.IMPLEMENTATION,
                null,
                null,
                null,
                null);
        disburse(wv, LocalDate.of(2026, 1, 25), "1200000000", "VND");
        commit(
                "Phát triển dược liệu cho phụ nữ Dao đỏ Bát Xát (cùng Hội Nông dân tỉnh Lào Cai)",
                oxfam,
                batXat,
                AidKind.PROJECT,
                AidSector.LIVELIHOODS,
                "150000",
                "GBP",
                LocalDate.of(2026, 1, 20),
                AidStatus.IMPLEMENTATION,
                null,
                "300000000",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2028, 1, 31));
        commit(
                "Hỗ trợ khắc phục hậu quả bão tại Đà Nẵng",
                plan,
                daNang,
                AidKind.EMERGENCY_RELIEF,
                AidSector.DISASTER_RELIEF,
                "1800000000",
                "VND",
                LocalDate.of(2026, 1, 8),
                AidStatus.CLOSED,
                null,
                null,
                null,
                null);

        if (added > 0) {
            conversions.all();
            conversions.changed();
        }
        return added;
    }

    private void loadRates() {
        LocalDate last = LocalDate.of(FIRST_YEAR + JANUARY_RATES.get("USD").length - 1, 11, 1);
        JANUARY_RATES.forEach((currency, januaries) -> {
            List<ExchangeRate> chain = new ArrayList<>();
            for (LocalDate month = LocalDate.of(FIRST_YEAR, 1, 1); !month.isAfter(last); month = month.plusMonths(1)) {
                BigDecimal value = rate(currency, month);
                LocalDate date = month;
                ExchangeRate r = rates.find("currency = ?1 and date = ?2", currency, date)
                        .firstResultOptional()
                        .orElseGet(() -> {
                            ExchangeRate n = new ExchangeRate();
                            n.currency = currency;
                            n.date = date;
                            n.rate = value;
                            n.source = "Demo: approximate monthly rate";
                            rates.persist(n);
                            added++;
                            return n;
                        });
                chain.add(r);
            }
            for (int i = 0; i < chain.size(); i++) {
                chain.get(i).validUntil = i + 1 < chain.size() ? chain.get(i + 1).date : ExchangeRate.OPEN_END;
            }
        });
    }

    /** The demo rate of a currency in the month of {@code date}: January's, moved towards next January's. */
    static BigDecimal rate(String currency, LocalDate date) {
        String[] januaries = JANUARY_RATES.get(currency);
        int index = Math.min(date.getYear() - FIRST_YEAR, januaries.length - 1);
        BigDecimal from = new BigDecimal(januaries[index]);
        BigDecimal to = index + 1 < januaries.length ? new BigDecimal(januaries[index + 1]) : from;
        BigDecimal value = from.add(to.subtract(from)
                .multiply(BigDecimal.valueOf(date.getMonthValue() - 1))
                .divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_EVEN));
        return value.setScale(value.compareTo(BigDecimal.valueOf(100)) < 0 ? 2 : 0, RoundingMode.HALF_EVEN);
    }

    private AidCommitment commit(
            String title,
            Organization ngo,
            Organization beneficiary,
            AidKind kind,
            AidSector sector,
            String amount,
            String currency,
            LocalDate date,
            AidStatus status,
            String decision,
            String counterpartVnd,
            LocalDate start,
            LocalDate end) {
        if (commitments.count("title", title) > 0) {
            return null;
        }
        AidCommitment c = new AidCommitment();
        c.title = title;
        c.ngoId = ngo.id;
        c.donorCountryCode = ngo.countryCode;
        c.kind = kind;
        c.sector = sector;
        c.beneficiaryOrganizationId = beneficiary.id;
        c.committedAmount = new BigDecimal(amount);
        c.committedCurrency = currency;
        c.commitmentDate = date;
        c.status = status;
        c.approvalDecisionNo = decision;
        c.approvalDate = decision == null ? null : date.plusDays(20);
        c.counterpartAmount = counterpartVnd == null ? null : new BigDecimal(counterpartVnd);
        c.counterpartCurrency = counterpartVnd == null ? null : "VND";
        c.startDate = start;
        c.endDate = end;
        commitments.persist(c);
        added++;
        return c;
    }

    private void disburse(AidCommitment c, LocalDate date, String amount, String currency) {
        if (c == null || new BigDecimal(amount).signum() <= 0) {
            return;
        }
        AidDisbursement d = new AidDisbursement();
        d.commitmentId = c.id;
        d.date = date;
        d.amount = new BigDecimal(amount);
        d.currency = currency;
        disbursements.persist(d);
        added++;
    }

    private Organization donor(String name, OrganizationType type, String country) {
        return organizations.findSame(name, country, type).orElseGet(() -> {
            Organization o = new Organization();
            o.name = name;
            o.type = type;
            o.countryCode = country;
            organizations.persist(o);
            return o;
        });
    }

    private Organization local(String name, Organization parent) {
        return organizations
                .findSame(name, "VN", OrganizationType.LOCAL_GOVERNMENT)
                .orElseGet(() -> {
                    if (parent == null) {
                        return null;
                    }
                    Organization o = new Organization();
                    o.name = name;
                    o.localName = name.replaceFirst("^(Huyện|Thị xã) ", "");
                    o.type = OrganizationType.LOCAL_GOVERNMENT;
                    o.countryCode = "VN";
                    o.parentId = parent.id;
                    organizations.persist(o);
                    return o;
                });
    }
}
