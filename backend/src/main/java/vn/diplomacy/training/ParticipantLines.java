package vn.diplomacy.training;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.diplomacy.common.Gender;
import vn.diplomacy.common.Problem;
import vn.diplomacy.common.SearchText;
import vn.diplomacy.organization.Organization;

/** The rules of one line of a trainee file: the same limits as the JSON input, Vietnamese gender words accepted. */
final class ParticipantLines {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ParticipantLines() {}

    /** The trainee of one line, or null with its errors added (each on {@code lines[N].field}). */
    static TrainingParticipant participant(
            ParticipantFile.Line line,
            List<Problem.FieldError> errors,
            Function<String, Optional<Organization>> organizationNamed) {
        String prefix = "lines[" + line.line() + "].";
        int before = errors.size();
        String name = line.get("fullName");
        if (name == null) {
            errors.add(new Problem.FieldError(prefix + "fullName", "must not be blank"));
        } else if (name.length() > 200) {
            errors.add(new Problem.FieldError(prefix + "fullName", "must be at most 200 characters"));
        }
        String email = line.get("email");
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new Problem.FieldError(prefix + "email", "must be a well-formed email address"));
        }
        Gender gender = null;
        String g = line.get("gender");
        if (g != null) {
            gender = switch (SearchText.fold(g)) {
                case "male", "nam", "m" -> Gender.MALE;
                case "female", "nu", "f" -> Gender.FEMALE;
                case "other", "khac" -> Gender.OTHER;
                default -> null;
            };
            if (gender == null) {
                errors.add(new Problem.FieldError(prefix + "gender", "must be MALE, FEMALE or OTHER (Nam, Nữ, Khác)"));
            }
        }
        String org = line.get("organizationName");
        if (org == null) {
            errors.add(new Problem.FieldError(prefix + "organizationName", "must not be blank (the trainee's agency)"));
        } else if (org.length() > 300) {
            errors.add(new Problem.FieldError(prefix + "organizationName", "must be at most 300 characters"));
        }
        String position = line.get("position");
        if (position != null && position.length() > 200) {
            errors.add(new Problem.FieldError(prefix + "position", "must be at most 200 characters"));
        }
        String phone = line.get("phone");
        if (phone != null && phone.length() > 50) {
            errors.add(new Problem.FieldError(prefix + "phone", "must be at most 50 characters"));
        }
        String notes = line.get("notes");
        if (notes != null && notes.length() > 2000) {
            errors.add(new Problem.FieldError(prefix + "notes", "must be at most 2000 characters"));
        }
        if (errors.size() > before) {
            return null;
        }
        TrainingParticipant p = new TrainingParticipant();
        p.fullName = name;
        // A name found in the registry links the trainee to that organization.
        Optional<Organization> known = organizationNamed.apply(org);
        p.organizationId = known.map(o -> o.id).orElse(null);
        p.organizationName = known.map(o -> o.name).orElse(org);
        p.position = position;
        p.gender = gender;
        p.email = email;
        p.phone = phone;
        p.notes = notes;
        return p;
    }
}
