package vn.diplomacy.delegation;

import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.common.Money;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.delegation.DelegationDtos.DelegationInput;
import vn.diplomacy.delegation.DelegationDtos.DelegationView;
import vn.diplomacy.partnership.Links;

@Mapper(config = RecordMapping.class, imports = Money.class)
interface DelegationMapper {
    @Mapping(target = "allowedTransitions", expression = "java(allowed)")
    @Mapping(target = "alerts", expression = "java(rules.alerts(delegation))")
    @Mapping(target = "counterpart", expression = "java(linked.organization(delegation.counterpartOrganizationId))")
    @Mapping(target = "home", expression = "java(linked.organization(delegation.homeOrganizationId))")
    @Mapping(target = "partnership", expression = "java(linked.partnership(delegation.partnershipId))")
    @Mapping(
            target = "budget",
            expression = "java(delegation.budgetAmount == null ? null"
                    + " : Money.of(delegation.budgetAmount, delegation.budgetCurrency))")
    DelegationView view(
            Delegation delegation,
            @Context Links.Loaded linked,
            @Context List<DelegationStatus> allowed,
            @Context DelegationRules rules);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    @Mapping(target = "budgetAmount", source = "budget.amount")
    @Mapping(target = "budgetCurrency", source = "budget.currency")
    void apply(DelegationInput input, @MappingTarget Delegation delegation);
}
