package vn.diplomacy.organization;

import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.organization.OrganizationDtos.OrganizationInput;
import vn.diplomacy.organization.OrganizationDtos.OrganizationRef;
import vn.diplomacy.organization.OrganizationDtos.OrganizationView;

@Mapper(config = RecordMapping.class, imports = OrganizationRef.class)
interface OrganizationMapper {
    @Mapping(target = "parent", expression = "java(OrganizationRef.of(related.parent()))")
    @Mapping(target = "successor", expression = "java(OrganizationRef.of(related.successor()))")
    OrganizationView view(Organization organization, @Context Related related);

    /** The organizations a view embeds. */
    record Related(Organization parent, Organization successor) {}

    @BeanMapping(
            unmappedTargetPolicy = ReportingPolicy.IGNORE,
            unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = "names")
    @Mapping(target = "names", ignore = true)
    void apply(OrganizationInput input, @MappingTarget Organization organization);
}
