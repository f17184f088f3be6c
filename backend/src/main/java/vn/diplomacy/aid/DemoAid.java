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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.diplomacy.aid.DemoAidData.Commitment;
import vn.diplomacy.aid.DemoAidData.Payment;
import vn.diplomacy.aid.DemoAidData.Term;
import vn.diplomacy.common.AppConfig;
import vn.diplomacy.common.DemoFiles;
import vn.diplomacy.organization.Organization;
import vn.diplomacy.organization.OrganizationRepository;
import vn.diplomacy.organization.OrganizationType;
import vn.diplomacy.partnership.Partnership;
import vn.diplomacy.partnership.PartnershipRepository;

/**
 * With APP_DEMO_DATA=true, the aid of the domain notes ({@code demo/aid.json}): Lai Châu 2016 (7 donors, over 15
 * billion VND), Lào Cai's 2018–2023 term (85 projects plus the non-project aid listed, about 504 billion VND in all, in several currencies), the Spring 2023
 * programme (over 2 million USD expected), Covid-19 equipment and the January 2026 storm relief; monthly rates for
 * nine currencies. A commitment is found again by its title and a rate by currency and date, so a restart adds
 * nothing twice.
 */
@ApplicationScoped
public class DemoAid {
    private static final Logger LOG = Logger.getLogger(DemoAid.class);

    private final AidCommitmentRepository commitments;
    private final AidDisbursementRepository disbursements;
    private final ExchangeRateRepository rates;
    private final OrganizationRepository organizations;
    private final PartnershipRepository partnerships;
    private final AidConversions conversions;
    private final DemoFiles files;
    private final boolean enabled;
    private DemoAidData data;
    private final Map<String, Organization> byName = new HashMap<>();
    private int added;

    DemoAid(
            AidCommitmentRepository commitments,
            AidDisbursementRepository disbursements,
            ExchangeRateRepository rates,
            OrganizationRepository organizations,
            PartnershipRepository partnerships,
            AidConversions conversions,
            DemoFiles files,
            AppConfig config) {
        this.commitments = commitments;
        this.disbursements = disbursements;
        this.rates = rates;
        this.organizations = organizations;
        this.partnerships = partnerships;
        this.conversions = conversions;
        this.files = files;
        this.enabled = config.demoData();
    }

    @jakarta.inject.Inject
    vn.diplomacy.common.ClusterLock lock;

    @jakarta.inject.Inject
    DemoAidSteps steps;

    void onStart(@Observes @Priority(50) StartupEvent event) {
        if (enabled) {
            LOG.infof("Demo data: %d exchange rates and aid records added", lock.startupStep(this::load));
        }
    }

    @Transactional
    public int load() {
        added = 0;
        data = files.read("aid.json", DemoAidData.class);
        byName.clear();
        for (String province : data.provinces()) {
            Organization o = organizations
                    .findSame(province, "VN", OrganizationType.LOCAL_GOVERNMENT)
                    .orElse(null);
            if (o == null) {
                LOG.warn("Demo aid skipped: the demo organizations are missing");
                return 0;
            }
            byName.put(province, o);
        }
        loadRates();
        rates.flush();
        data.donors().forEach(d -> byName.put(d.name(), donor(d.name(), d.type(), d.country())));
        data.districts().forEach((province, names) -> names.forEach(n -> byName.put(n, district(n, province))));
        data.commitments().forEach(this::commit);
        laoCaiTerm(data.laoCaiTerm());
        if (added > 0) {
            conversions.all();
            conversions.changed();
        }
        return added;
    }

    /** The term's total is shared out by fixed weights; a third in VND, the rest in the donor's currency. */
    private void laoCaiTerm(Term term) {
        List<String> districts = data.districts().get(term.province());
        int[] weights = new int[term.projects()];
        int weightSum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 3 + (i * 7) % 11;
            weightSum += weights[i];
        }
        // The notes' total is the whole term's: the aid recorded one by one within it is part of it.
        BigDecimal total = new BigDecimal(term.totalVnd()).subtract(listedWithin(term, districts));
        for (int i = 0; i < weights.length; i++) {
            int year = 2018 + i % 6;
            LocalDate date = LocalDate.of(year, 1 + (i * 5) % 12, 10);
            int donor = i % term.donors().size();
            String currency = i % 3 == 0 ? "VND" : term.donorCurrencies().get(donor);
            BigDecimal vnd = total.multiply(BigDecimal.valueOf(weights[i]))
                    .divide(BigDecimal.valueOf(weightSum), 0, RoundingMode.HALF_EVEN);
            BigDecimal amount = currency.equals("VND")
                    ? vnd.setScale(-6, RoundingMode.HALF_EVEN)
                    : vnd.divide(
                                    rate(currency, date),
                                    Currency.getInstance(currency).getDefaultFractionDigits(),
                                    RoundingMode.HALF_EVEN)
                            .setScale(-2, RoundingMode.HALF_EVEN);
            String district = districts.get(i % districts.size());
            AidStatus status =
                    year <= 2021 ? AidStatus.CLOSED : year == 2022 ? AidStatus.FINALISATION : AidStatus.IMPLEMENTATION;
            BigDecimal share =
                    new BigDecimal(status == AidStatus.CLOSED ? "1" : status == AidStatus.FINALISATION ? "0.8" : "0.4");
            BigDecimal paid = amount.multiply(share).setScale(amount.scale(), RoundingMode.HALF_EVEN);
            BigDecimal first = paid.divide(BigDecimal.valueOf(2), amount.scale(), RoundingMode.HALF_EVEN);
            String counterpart = i % 4 == 0
                    ? vnd.divide(BigDecimal.TEN, -6, RoundingMode.HALF_EVEN).toPlainString()
                    : null;
            commit(new Commitment(
                    term.themes().get(i % term.themes().size()) + " – " + byName.get(district).localName + " (" + year
                            + "-" + (i + 1) + ")",
                    term.donors().get(donor),
                    district,
                    AidKind.PROJECT,
                    term.sectors().get(i % term.sectors().size()),
                    amount.toPlainString(),
                    currency,
                    date,
                    status,
                    (100 + i) + "/QĐ-UBND",
                    counterpart,
                    date.plusMonths(1),
                    date.plusYears(2),
                    null,
                    List.of(
                            new Payment(date.plusMonths(3), first.toPlainString()),
                            new Payment(
                                    date.plusMonths(12), paid.subtract(first).toPlainString())),
                    null,
                    null));
        }
    }

    /** In VND, the aid of {@code demo/aid.json} committed to the province in the term (2018–2023), not expected. */
    private BigDecimal listedWithin(Term term, List<String> districts) {
        LocalDate from = LocalDate.of(2018, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        return data.commitments().stream()
                .filter(c -> c.beneficiary().equals(term.province()) || districts.contains(c.beneficiary()))
                .filter(c -> !c.date().isBefore(from) && !c.date().isAfter(to))
                .filter(c -> c.status() != AidStatus.PIPELINE && c.status() != AidStatus.CANCELLED)
                .map(c -> c.currency().equals("VND")
                        ? new BigDecimal(c.amount())
                        : new BigDecimal(c.amount()).multiply(rate(c.currency(), c.date())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void loadRates() {
        data.januaryRates().forEach((currency, januaries) -> {
            LocalDate last = LocalDate.of(data.firstRateYear() + januaries.size() - 1, 11, 1);
            List<ExchangeRate> chain = new ArrayList<>();
            for (LocalDate month = LocalDate.of(data.firstRateYear(), 1, 1);
                    !month.isAfter(last);
                    month = month.plusMonths(1)) {
                BigDecimal value = rate(currency, month);
                LocalDate date = month;
                chain.add(rates.find("currency = ?1 and date = ?2", currency, date)
                        .firstResultOptional()
                        .orElseGet(() -> {
                            ExchangeRate n = new ExchangeRate();
                            n.currency = currency;
                            n.date = date;
                            n.rate = value;
                            n.source = data.rateSource();
                            rates.persist(n);
                            added++;
                            return n;
                        }));
            }
            for (int i = 0; i < chain.size(); i++) {
                chain.get(i).validUntil = i + 1 < chain.size() ? chain.get(i + 1).date : ExchangeRate.OPEN_END;
            }
        });
    }

    /** The demo rate of a currency in the month of {@code date}: January's, moved towards next January's. */
    private BigDecimal rate(String currency, LocalDate date) {
        List<String> januaries = data.januaryRates().get(currency);
        int index = Math.min(date.getYear() - data.firstRateYear(), januaries.size() - 1);
        BigDecimal from = new BigDecimal(januaries.get(index));
        BigDecimal to = index + 1 < januaries.size() ? new BigDecimal(januaries.get(index + 1)) : from;
        BigDecimal value = from.add(to.subtract(from)
                .multiply(BigDecimal.valueOf(date.getMonthValue() - 1))
                .divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_EVEN));
        return value.setScale(value.compareTo(BigDecimal.valueOf(100)) < 0 ? 2 : 0, RoundingMode.HALF_EVEN);
    }

    private void commit(Commitment in) {
        if (commitments.count("title", in.title()) > 0) {
            return;
        }
        Organization ngo = byName.get(in.donor());
        AidCommitment c = new AidCommitment();
        c.title = in.title();
        c.ngoId = ngo.id;
        c.donorCountryCode = ngo.countryCode;
        c.kind = in.kind();
        c.nonProjectForm = in.form();
        c.sector = in.sector();
        c.beneficiaryOrganizationId = byName.get(in.beneficiary()).id;
        c.committedAmount = new BigDecimal(in.amount());
        c.committedCurrency = in.currency();
        c.commitmentDate = in.date();
        c.status = in.status();
        c.approvalDecisionNo = in.decision();
        c.approvalDate = in.decision() == null ? null : in.date().plusDays(20);
        steps.place(c, in.lifecycle(), byName);
        c.counterpartAmount = in.counterpartVnd() == null ? null : new BigDecimal(in.counterpartVnd());
        c.counterpartCurrency = in.counterpartVnd() == null ? null : "VND";
        c.startDate = in.start();
        c.endDate = in.end();
        if (in.partnerOf() != null) {
            c.partnershipId = organizations
                    .findSame(in.partnerOf().name(), in.partnerOf().country(), OrganizationType.LOCAL_GOVERNMENT)
                    .flatMap(partner -> partnerships
                            .find(
                                    "homeOrganizationId = ?1 and partnerOrganizationId = ?2",
                                    c.beneficiaryOrganizationId,
                                    partner.id)
                            .<Partnership>firstResultOptional())
                    .map(p -> p.id)
                    .orElse(null);
        }
        commitments.persist(c);
        steps.record(c, in.lifecycle());
        added++;
        for (Payment p : in.disbursements() == null ? List.<Payment>of() : in.disbursements()) {
            if (new BigDecimal(p.amount()).signum() > 0) {
                AidDisbursement d = new AidDisbursement();
                d.commitmentId = c.id;
                d.date = p.date();
                d.amount = new BigDecimal(p.amount());
                d.currency = in.currency();
                disbursements.persist(d);
                added++;
            }
        }
    }

    private Organization donor(String name, OrganizationType type, String country) {
        return organizations.findSame(name, country, type).orElseGet(() -> {
            Organization o = new Organization();
            o.name = name;
            o.type = type;
            o.countryCode = country;
            o.placeUnder(null);
            organizations.persist(o);
            return o;
        });
    }

    private Organization district(String name, String province) {
        Organization district = organizations
                .findSame(name, "VN", OrganizationType.LOCAL_GOVERNMENT)
                .orElseGet(() -> {
                    Organization o = new Organization();
                    o.name = name;
                    o.localName = name.replaceFirst("^(Huyện|Thị xã) ", "");
                    o.type = OrganizationType.LOCAL_GOVERNMENT;
                    o.countryCode = "VN";
                    o.placeUnder(byName.get(province));
                    organizations.persist(o);
                    return o;
                });
        vn.diplomacy.organization.Reform2025.dissolve(district);
        return district;
    }
}
