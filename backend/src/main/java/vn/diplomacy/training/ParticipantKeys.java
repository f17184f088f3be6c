package vn.diplomacy.training;

import java.util.HashMap;
import java.util.Map;
import vn.diplomacy.common.SearchText;

/** Emails and name + organization of the course's active participants, to spot duplicates. */
final class ParticipantKeys {
    final Map<String, String> byEmail = new HashMap<>();
    final Map<String, String> byName = new HashMap<>();

    void add(TrainingParticipant p, String where) {
        if (p.email != null) {
            byEmail.putIfAbsent(p.email.toLowerCase(), where);
        }
        byName.putIfAbsent(nameKey(p), where);
    }

    String clash(TrainingParticipant p) {
        if (p.email != null && byEmail.containsKey(p.email.toLowerCase())) {
            return "same email as " + byEmail.get(p.email.toLowerCase());
        }
        String n = byName.get(nameKey(p));
        return n == null ? null : "same name and organization as " + n;
    }

    static String nameKey(TrainingParticipant p) {
        return SearchText.fold(p.fullName) + "|" + SearchText.fold(p.organizationName);
    }

    static ParticipantKeys of(Seats.Roster roster, Long except) {
        ParticipantKeys keys = new ParticipantKeys();
        for (TrainingParticipant p : roster.all) {
            if (p.status != ParticipantStatus.CANCELLED && !p.id.equals(except)) {
                keys.add(p, "participant " + p.id + " (" + p.fullName + ")");
            }
        }
        return keys;
    }
}
