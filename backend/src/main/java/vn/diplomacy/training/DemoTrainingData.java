package vn.diplomacy.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.diplomacy.organization.OrganizationType;

/** The shape of {@code demo/training.json}. */
record DemoTrainingData(Names names, List<Course> courses) {
    /** Parts of plausible Vietnamese names, combined per trainee. */
    record Names(
            List<String> family,
            List<String> middleMale,
            List<String> middleFemale,
            List<String> givenMale,
            List<String> givenFemale,
            List<String> positions) {}

    record Organizer(String name, OrganizationType type) {}

    /** {@code count} generated trainees spread over the agencies; those beyond the capacity wait. */
    record Trainees(int count, int seed, List<String> agencies) {}

    record Session(LocalDate date, LocalTime start, LocalTime end, String title, String trainer, String room) {}

    record Course(
            String title,
            TrainingTopic topic,
            String language,
            Organizer organizer,
            String partnership,
            String location,
            LocalDate start,
            LocalDate end,
            int capacity,
            LocalDate registrationDeadline,
            CourseStatus status,
            String description,
            Trainees participants,
            boolean attendance,
            List<Session> sessions) {}
}
