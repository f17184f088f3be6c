package vn.diplomacy.training;

import jakarta.enterprise.context.ApplicationScoped;
import vn.diplomacy.person.PersonReferences;

/** The trainees that point at persons: a person still a trainee is not deleted, and a merge moves them. */
@ApplicationScoped
public class TraineePersons implements PersonReferences {
    private final TrainingParticipantRepository participants;

    TraineePersons(TrainingParticipantRepository participants) {
        this.participants = participants;
    }

    @Override
    public String describePersonReferences(long personId) {
        long count = participants.count("personId", personId);
        return count == 0 ? null : count + " trainee place" + (count == 1 ? "" : "s");
    }

    @Override
    public void movePersonReferences(long from, long to) {
        participants.list("personId", from).forEach(p -> p.personId = to);
    }
}
