package vn.diplomacy.stay;

import java.util.Map;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.stay.StayDtos.StayInput;
import vn.diplomacy.stay.StayDtos.StayPerson;
import vn.diplomacy.stay.StayDtos.StayView;

@Mapper(config = RecordMapping.class)
interface StayMapper {
    @Mapping(target = "person", expression = "java(related.persons().get(stay.personId))")
    @Mapping(target = "home", expression = "java(related.linked().organization(stay.homeOrganizationId))")
    @Mapping(target = "host", expression = "java(related.linked().organization(stay.hostOrganizationId))")
    StayView view(Stay stay, @Context Related related);

    /** What a view embeds besides the stay itself. */
    record Related(Links.Loaded linked, Map<Long, StayPerson> persons) {}

    /** The status has a rule of its own (StayService). */
    @BeanMapping(
            unmappedTargetPolicy = ReportingPolicy.IGNORE,
            unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"status"})
    @Mapping(target = "status", ignore = true)
    void apply(StayInput input, @MappingTarget Stay stay);
}
