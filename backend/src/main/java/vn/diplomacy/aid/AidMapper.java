package vn.diplomacy.aid;

import java.math.BigDecimal;
import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.aid.AidDtos.AidCommitmentInput;
import vn.diplomacy.aid.AidDtos.AidCommitmentView;
import vn.diplomacy.aid.AidDtos.DisbursementInput;
import vn.diplomacy.aid.AidDtos.DisbursementView;
import vn.diplomacy.aid.AidDtos.ExchangeRateInput;
import vn.diplomacy.aid.AidDtos.ExchangeRateView;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.partnership.Links;

@Mapper(
        config = RecordMapping.class,
        imports = {Money.class, ExchangeRate.class, ExchangeRateService.class})
interface AidMapper {
    /** What the commitment's disbursements add up to, in its own currency (AidCommitmentService). */
    record Disbursed(Money toDate, BigDecimal rate, boolean over, int count, List<Money> unconverted) {}

    /** A disbursement's amount converted at its date: into its commitment's currency and into the base. */
    record Converted(Money inCommitment, Money inBase) {}

    /** What the lifecycle tells of a commitment now (AidLifecycle). */
    record Lifecycle(List<AidApprovalStatus> allowed, List<AidAlert> alerts, java.time.LocalDate appraisalDueOn) {}

    @Mapping(target = "ngo", expression = "java(linked.organization(commitment.ngoId))")
    @Mapping(target = "sectorDacCode", expression = "java(commitment.sector.dacCode)")
    @Mapping(target = "beneficiary", expression = "java(linked.organization(commitment.beneficiaryOrganizationId))")
    @Mapping(target = "partnership", expression = "java(linked.partnership(commitment.partnershipId))")
    @Mapping(target = "aidOwner", expression = "java(linked.organization(commitment.aidOwnerOrganizationId))")
    @Mapping(
            target = "implementingPartner",
            expression = "java(linked.organization(commitment.implementingPartnerOrganizationId))")
    @Mapping(target = "allowedTransitions", expression = "java(lifecycle.allowed())")
    @Mapping(target = "alerts", expression = "java(lifecycle.alerts())")
    @Mapping(target = "appraisalDueOn", expression = "java(lifecycle.appraisalDueOn())")
    @Mapping(
            target = "committed",
            expression = "java(Money.of(commitment.committedAmount, commitment.committedCurrency))")
    @Mapping(
            target = "committedInBase",
            expression = "java(commitment.committedBase == null ? null : Money.of(commitment.committedBase, base))")
    @Mapping(
            target = "counterpartFunding",
            expression = "java(commitment.counterpartAmount == null ? null"
                    + " : Money.of(commitment.counterpartAmount, commitment.counterpartCurrency))")
    @Mapping(target = "disbursedToDate", expression = "java(disbursed.toDate())")
    @Mapping(target = "disbursementRate", expression = "java(disbursed.rate())")
    @Mapping(target = "overDisbursed", expression = "java(disbursed.over())")
    @Mapping(target = "disbursementCount", expression = "java(disbursed.count())")
    @Mapping(target = "unconvertedDisbursements", expression = "java(disbursed.unconverted())")
    AidCommitmentView view(
            AidCommitment commitment,
            @Context Links.Loaded linked,
            @Context String base,
            @Context Lifecycle lifecycle,
            @Context Disbursed disbursed);

    /** The donor's country defaults to the NGO's (AidCommitmentService). */
    @BeanMapping(
            unmappedTargetPolicy = ReportingPolicy.IGNORE,
            unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = "donorCountryCode")
    @Mapping(target = "donorCountryCode", ignore = true)
    @Mapping(target = "committedAmount", source = "committed.amount")
    @Mapping(target = "committedCurrency", source = "committed.currency")
    @Mapping(target = "counterpartAmount", source = "counterpartFunding.amount")
    @Mapping(target = "counterpartCurrency", source = "counterpartFunding.currency")
    void apply(AidCommitmentInput input, @MappingTarget AidCommitment commitment);

    @Mapping(target = "amount", expression = "java(Money.of(disbursement.amount, disbursement.currency))")
    @Mapping(target = "amountInCommitmentCurrency", expression = "java(converted.inCommitment())")
    @Mapping(target = "amountInBase", expression = "java(converted.inBase())")
    DisbursementView view(AidDisbursement disbursement, @Context Converted converted);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    @Mapping(target = "amount", source = "amount.amount")
    @Mapping(target = "currency", source = "amount.currency")
    void apply(DisbursementInput input, @MappingTarget AidDisbursement disbursement);

    @Mapping(target = "rate", expression = "java(ExchangeRateService.plain(rate.rate))")
    @Mapping(target = "baseCurrency", expression = "java(base)")
    @Mapping(
            target = "validUntil",
            expression = "java(ExchangeRate.OPEN_END.equals(rate.validUntil) ? null : rate.validUntil)")
    ExchangeRateView view(ExchangeRate rate, @Context String base);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void apply(ExchangeRateInput input, @MappingTarget ExchangeRate rate);
}
