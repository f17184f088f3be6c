package vn.diplomacy.aid;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.diplomacy.common.Money;

public final class AidReportDtos {
    private AidReportDtos() {}

    @Schema(name = "AidCurrencyAmounts", description = "Amounts as recorded in one original currency, never converted")
    public record CurrencyAmounts(
            @Schema(examples = "USD") String currency,

            @Schema(description = "Commitments recorded in this currency")
            long projects,

            @Schema(description = "Committed in this currency; absent when none")
            Money committed,

            @Schema(description = "Disbursed in this currency (whatever the commitment's currency); absent when none")
            Money disbursed) {}

    @Schema(name = "AidReportRow")
    public record Row(
            @Schema(
                    description = "The group: a year, an organization id, a country code or an enum value",
                    examples = "2023")
            String key,

            @Schema(examples = "2023") String label,
            long projects,

            @Schema(description = "Committed, converted to the report currency at each commitment date")
            Money committed,

            @Schema(description = "Disbursed, converted to the report currency at each disbursement date")
            Money disbursed,

            List<CurrencyAmounts> byCurrency,

            @Schema(description = "Vietnamese counterpart funds per currency; not part of committed")
            List<Money> counterpartFunding,

            @Schema(description = "With stackBy: this row split by the second dimension (e.g. a year by sector)")
            List<StackItem> stack) {}

    @Schema(name = "AidReportStackItem")
    public record StackItem(
            String key,
            String label,
            long projects,

            @Schema(description = "Committed, converted to the report currency")
            Money committed) {}

    @Schema(name = "AidReportTotals")
    public record Totals(
            long projects,
            Money committed,
            Money disbursed,
            List<CurrencyAmounts> byCurrency,
            List<Money> counterpartFunding) {}

    @Schema(name = "AidRateUsed")
    public record RateUsed(
            String currency,
            LocalDate date,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING, examples = "23650")
            BigDecimal rate,

            String source) {}

    @Schema(
            name = "AidUnconverted",
            description = "An amount left out of the converted figures because no rate was known on its date")
    public record Unconverted(
            @Schema(enumeration = {"COMMITMENT", "DISBURSEMENT"})
            String type,

            long commitmentId,
            Long disbursementId,
            String title,
            LocalDate date,
            Money amount) {}

    @Schema(name = "AidReport")
    public record Report(
            @Schema(examples = "sector") String groupBy,

            @Schema(description = "The second dimension rows are split by, when asked", examples = "sector")
            String stackBy,

            @Schema(description = "The currency converted figures are in", examples = "VND")
            String currency,

            @Schema(description = "The currency exchange rates are quoted in", examples = "VND")
            String baseCurrency,

            @Schema(description = "The filters applied, as name=value", examples = "year=2023")
            List<String> filters,

            List<Row> rows,
            Totals totals,

            @Schema(description = "Every exchange rate a converted figure used")
            List<RateUsed> ratesUsed,

            @Schema(description = "At most 500 unconverted amounts, oldest first")
            List<Unconverted> unconverted,

            @Schema(description = "How many amounts are unconverted in all")
            long unconvertedCount) {}
}
