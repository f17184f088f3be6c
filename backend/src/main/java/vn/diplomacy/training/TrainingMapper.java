package vn.diplomacy.training;

import java.util.List;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.training.TrainingDtos.CourseInput;
import vn.diplomacy.training.TrainingDtos.CourseView;
import vn.diplomacy.training.TrainingDtos.ParticipantInput;
import vn.diplomacy.training.TrainingDtos.ParticipantView;
import vn.diplomacy.training.TrainingDtos.SessionInput;
import vn.diplomacy.training.TrainingDtos.SessionView;

@Mapper(config = RecordMapping.class)
interface TrainingMapper {
    /** {@code seats}: registered and waitlisted counts (Seats.counts). */
    @Mapping(target = "allowedTransitions", expression = "java(allowed)")
    @Mapping(target = "organizer", expression = "java(linked.organization(course.organizerOrganizationId))")
    @Mapping(target = "partnership", expression = "java(linked.partnership(course.partnershipId))")
    @Mapping(target = "registeredCount", expression = "java(seats[0])")
    @Mapping(target = "waitlistCount", expression = "java(seats[1])")
    @Mapping(target = "sessionCount", expression = "java(sessionCount)")
    @Mapping(target = "seatsLeft", expression = "java(Math.max(0, course.capacity - seats[0]))")
    @Mapping(target = "registrationOpen", expression = "java(registrationOpen)")
    CourseView view(
            TrainingCourse course,
            @Context Links.Loaded linked,
            @Context List<CourseStatus> allowed,
            @Context long[] seats,
            @Context long sessionCount,
            @Context boolean registrationOpen);

    /** The language is normalized and the threshold defaulted by TrainingCourseService. */
    @BeanMapping(
            unmappedTargetPolicy = ReportingPolicy.IGNORE,
            unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"language", "completionThreshold"})
    @Mapping(target = "language", ignore = true)
    @Mapping(target = "completionThreshold", ignore = true)
    void apply(CourseInput input, @MappingTarget TrainingCourse course);

    @Mapping(target = "date", source = "session.sessionDate")
    @Mapping(target = "markedCount", expression = "java(markedCount)")
    SessionView view(TrainingSession session, @Context long markedCount);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    @Mapping(target = "sessionDate", source = "date")
    void apply(SessionInput input, @MappingTarget TrainingSession session);

    @Mapping(target = "organization", expression = "java(linked.organization(participant.organizationId))")
    ParticipantView view(TrainingParticipant participant, @Context Links.Loaded linked);

    /** The organization is linked or named by ParticipantService (one of the two, checked). */
    @BeanMapping(
            unmappedTargetPolicy = ReportingPolicy.IGNORE,
            unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"organizationId", "organizationName"})
    @Mapping(target = "organizationId", ignore = true)
    @Mapping(target = "organizationName", ignore = true)
    void apply(ParticipantInput input, @MappingTarget TrainingParticipant participant);
}
