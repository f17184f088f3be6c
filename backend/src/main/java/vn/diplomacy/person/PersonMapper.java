package vn.diplomacy.person;

import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.person.PersonDtos.PersonInput;
import vn.diplomacy.person.PersonDtos.PersonView;

@Mapper(config = RecordMapping.class)
interface PersonMapper {
    @Mapping(target = "home", expression = "java(linked.organization(person.homeOrganizationId))")
    @Mapping(target = "organization", expression = "java(linked.organization(person.organizationId))")
    PersonView view(Person person, @Context Links.Loaded linked);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void apply(PersonInput input, @MappingTarget Person person);
}
