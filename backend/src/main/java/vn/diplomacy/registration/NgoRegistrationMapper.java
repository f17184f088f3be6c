package vn.diplomacy.registration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.mapstruct.BeanMapping;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;
import vn.diplomacy.common.RecordMapping;
import vn.diplomacy.partnership.Links;
import vn.diplomacy.registration.NgoRegistrationDtos.NgoRegistrationInput;
import vn.diplomacy.registration.NgoRegistrationDtos.NgoRegistrationView;
import vn.diplomacy.registration.NgoRegistrationDtos.RegistrationRef;
import vn.diplomacy.registration.NgoRegistrationDtos.Representative;

@Mapper(
        config = RecordMapping.class,
        imports = {RegistrationStatus.class, ChronoUnit.class})
interface NgoRegistrationMapper {
    @Mapping(target = "ngo", expression = "java(related.linked().organization(registration.ngoId))")
    @Mapping(target = "home", expression = "java(related.linked().organization(registration.homeOrganizationId))")
    @Mapping(
            target = "permittedProvinces",
            expression =
                    "java(registration.permittedProvinceIds.stream().map(related.linked()::organization).toList())")
    @Mapping(
            target = "daysToExpiry",
            expression = "java(ChronoUnit.DAYS.between(related.today(), registration.validUntil))")
    @Mapping(
            target = "status",
            expression = "java(RegistrationStatus.of(registration.validUntil, registration.revokedOn,"
                    + " related.renewedBy() != null, related.today()))")
    @Mapping(target = "representative", expression = "java(NgoRegistrationMapper.representative(registration))")
    @Mapping(target = "renews", expression = "java(related.renews())")
    @Mapping(target = "renewedBy", expression = "java(related.renewedBy())")
    NgoRegistrationView view(NgoRegistration registration, @Context Related related);

    /** What a view embeds besides the registration itself. */
    record Related(Links.Loaded linked, RegistrationRef renews, RegistrationRef renewedBy, LocalDate today) {}

    static Representative representative(NgoRegistration r) {
        return r.representativeName == null
                        && r.representativeNationality == null
                        && r.representativeContact == null
                        && r.representativePersonId == null
                ? null
                : new Representative(
                        r.representativeName,
                        r.representativeNationality,
                        r.representativeContact,
                        r.representativePersonId);
    }

    static RegistrationRef ref(NgoRegistration r) {
        return r == null ? null : new RegistrationRef(r.id, r.number, r.validUntil);
    }

    /** The sets have rules of their own (NgoRegistrationService). */
    @BeanMapping(
            unmappedTargetPolicy = ReportingPolicy.IGNORE,
            unmappedSourcePolicy = ReportingPolicy.ERROR,
            ignoreUnmappedSourceProperties = {"permittedProvinceIds", "permittedFields"})
    @Mapping(target = "representativeName", source = "representative.name")
    @Mapping(target = "representativeNationality", source = "representative.nationality")
    @Mapping(target = "representativeContact", source = "representative.contact")
    @Mapping(target = "representativePersonId", source = "representative.personId")
    @Mapping(target = "permittedProvinceIds", ignore = true)
    @Mapping(target = "permittedFields", ignore = true)
    void apply(NgoRegistrationInput input, @MappingTarget NgoRegistration registration);
}
