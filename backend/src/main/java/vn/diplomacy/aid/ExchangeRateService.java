package vn.diplomacy.aid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.diplomacy.aid.AidDtos.ExchangeRateInput;
import vn.diplomacy.aid.AidDtos.ExchangeRateView;
import vn.diplomacy.common.ETags;
import vn.diplomacy.common.Filter;
import vn.diplomacy.common.FilterSet;
import vn.diplomacy.common.Filtered;
import vn.diplomacy.common.ListQuery;
import vn.diplomacy.common.PageParams;
import vn.diplomacy.common.PageResult;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.RecordService;
import vn.diplomacy.common.Scope;
import vn.diplomacy.common.SortFields;
import vn.diplomacy.common.Unsearchable;

@ApplicationScoped
public class ExchangeRateService implements RecordService<ExchangeRateInput, ExchangeRateView> {
    static final SortFields SORTABLE = ListQuery.sortable(ExchangeRate.class, "date", "currency", "rate", "updatedAt");

    private final AidMapper mapper;
    private final ExchangeRateRepository rates;
    private final AidConversions conversions;

    ExchangeRateService(AidMapper mapper, ExchangeRateRepository rates, AidConversions conversions) {
        this.mapper = mapper;
        this.rates = rates;
        this.conversions = conversions;
    }

    @Transactional
    public PageResult<ExchangeRateView> list(PageParams params, Filters filters) {
        Filtered f = FilterSet.read(params, SORTABLE, filters);
        return PageResult.of(rates, f.where(), f.list(), this::view);
    }

    /** The rate list's filters, each declared once (see common.Filter); rates have no free text, so no q. */
    public static class Filters extends Unsearchable {
        @Filter(value = "currency = :currency", kind = Filter.Kind.CURRENCY, description = "ISO 4217", example = "USD")
        public String currency;

        @Filter(value = "date >= :from", description = "Rates dated on or after")
        public LocalDate from;

        @Filter(value = "date <= :to", notBefore = "from", description = "Rates dated on or before")
        public LocalDate to;
    }

    @Transactional
    public ExchangeRateView get(long id) {
        return view(find(id));
    }

    @Transactional
    public ExchangeRateView create(ExchangeRateInput input) {
        Scope.nationalOnly("Exchange rates");
        conversions.lockRates();
        ExchangeRate rate = new ExchangeRate();
        apply(rate, input);
        rates.persist(rate);
        changed(rate.currency, rate.date, rate.date);
        return view(rate);
    }

    @Transactional
    public ExchangeRateView update(long id, String ifMatch, ExchangeRateInput input) {
        Scope.nationalOnly("Exchange rates");
        conversions.lockRates();
        ExchangeRate rate = find(id);
        ETags.requireMatch(ifMatch, rate.version);
        String oldCurrency = rate.currency;
        LocalDate oldDate = rate.date;
        apply(rate, input);
        rates.flush();
        if (!oldCurrency.equals(rate.currency)) {
            changed(oldCurrency, oldDate, oldDate);
            changed(rate.currency, rate.date, rate.date);
        } else {
            changed(rate.currency, min(oldDate, rate.date), max(oldDate, rate.date));
        }
        return view(rate);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Scope.nationalOnly("Exchange rates");
        conversions.lockRates();
        ExchangeRate rate = find(id);
        ETags.requireMatch(ifMatch, rate.version);
        rates.delete(rate);
        rates.flush();
        changed(rate.currency, rate.date, rate.date);
    }

    /**
     * Re-chains the currency's validity ranges, then re-values what was dated from {@code from} up to the next rate
     * after {@code last}: only those rows can have changed rate.
     */
    private void changed(String currency, LocalDate from, LocalDate last) {
        List<ExchangeRate> chain = rates.list("currency = ?1 order by date", currency);
        LocalDate until = ExchangeRate.OPEN_END;
        for (int i = 0; i < chain.size(); i++) {
            ExchangeRate r = chain.get(i);
            r.validUntil = i + 1 < chain.size() ? chain.get(i + 1).date : ExchangeRate.OPEN_END;
            if (r.date.isAfter(last) && until.equals(ExchangeRate.OPEN_END)) {
                until = r.date;
            }
        }
        conversions.range(currency, from, until);
        conversions.changed();
    }

    private void apply(ExchangeRate rate, ExchangeRateInput input) {
        String currency = input.currency();
        if (vn.diplomacy.common.Currencies.find(currency) == null) {
            throw ProblemException.invalid("currency", "must be an ISO 4217 currency code such as USD");
        }
        if (currency.equals(conversions.base())) {
            throw ProblemException.invalid("currency", "is the base currency; its rate is always 1");
        }
        rates.find("currency = ?1 and date = ?2", currency, input.date())
                .firstResultOptional()
                .filter(other -> !other.id.equals(rate.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict(
                            "rate-duplicate",
                            Map.of("currency", currency, "date", input.date(), "id", other.id),
                            "A " + currency + " rate for " + input.date() + " already exists (id " + other.id
                                    + "); change that one instead");
                });
        mapper.apply(input, rate);
    }

    ExchangeRate find(long id) {
        return rates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Exchange rate", id));
    }

    ExchangeRateView view(ExchangeRate r) {
        return mapper.view(r, conversions.base());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** 23650.000000 → "23650", 18.120000 → "18.12": no trailing zeros, never scientific notation. */
    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
