package vn.diplomacy.partnership;

import java.time.LocalDate;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.partnership.PartnershipDtos.AgreementInput;
import vn.diplomacy.partnership.PartnershipDtos.AgreementView;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipInput;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipRef;
import vn.diplomacy.partnership.PartnershipDtos.PartnershipView;

@Mapper(
        config = RecordMapping.class,
        imports = {PartnershipStatus.class, PartnershipRef.class})
interface PartnershipMapper {
    @Mapping(
            target = "status",
            expression =
                    "java(PartnershipStatus.of(partnership.startDate, partnership.endDate, partnership.suspended, today))")
    @Mapping(target = "home", expression = "java(linked.organization(partnership.homeOrganizationId))")
    @Mapping(target = "partner", expression = "java(linked.organization(partnership.partnerOrganizationId))")
    @Mapping(target = "agreementCount", expression = "java(agreementCount)")
    PartnershipView view(
            Partnership partnership,
            @Context Links.Loaded linked,
            @Context long agreementCount,
            @Context LocalDate today);

    /** The pillars, fields, title and suspended flag have rules of their own (PartnershipService). */
    @BeanMapping(
            unmappedTargetPolicy = ReportingPolicy.IGNORE,
            unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"pillars", "fields", "title", "suspended"})
    @Mapping(target = "pillars", ignore = true)
    @Mapping(target = "fields", ignore = true)
    @Mapping(target = "title", ignore = true)
    @Mapping(target = "suspended", ignore = true)
    void apply(PartnershipInput input, @MappingTarget Partnership partnership);

    @Mapping(target = "partnership", expression = "java(new PartnershipRef(agreement.partnershipId, partnershipTitle))")
    @Mapping(target = "daysToExpiry", expression = "java(daysToExpiry)")
    AgreementView view(Agreement agreement, @Context String partnershipTitle, @Context Long daysToExpiry);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void apply(AgreementInput input, @MappingTarget Agreement agreement);
}
