package vn.diplomacy.training;

import java.util.HashMap;
import java.util.Map;
import vn.diplomacy.common.SearchText;

/** Emails and name + organization of the course's active participants, to spot duplicates. */
final class ParticipantKeys {
    /** Who a new row repeats: a participant already in the course, or an earlier line of the same file. */
    record Other(Long participantId, Integer line, String fullName) {
        String english() {
            return line != null ? "line " + line : "participant " + participantId + " (" + fullName + ")";
        }
    }

    /** {@code code}: same-email or same-name-and-organization. */
    record Clash(String code, Other other) {
        String english() {
            return (code.equals("same-email") ? "same email as " : "same name and organization as ") + other.english();
        }
    }

    private final Map<String, Other> byEmail = new HashMap<>();
    private final Map<String, Other> byName = new HashMap<>();

    void add(TrainingParticipant p, Other other) {
        if (p.email != null) {
            byEmail.putIfAbsent(p.email.toLowerCase(), other);
        }
        byName.putIfAbsent(nameKey(p), other);
    }

    Clash clash(TrainingParticipant p) {
        if (p.email != null && byEmail.containsKey(p.email.toLowerCase())) {
            return new Clash("same-email", byEmail.get(p.email.toLowerCase()));
        }
        Other n = byName.get(nameKey(p));
        return n == null ? null : new Clash("same-name-and-organization", n);
    }

    static String nameKey(TrainingParticipant p) {
        return SearchText.fold(p.fullName) + "|" + SearchText.fold(p.organizationName);
    }

    static ParticipantKeys of(Seats.Roster roster, Long except) {
        ParticipantKeys keys = new ParticipantKeys();
        for (TrainingParticipant p : roster.all) {
            if (p.status != ParticipantStatus.CANCELLED && !p.id.equals(except)) {
                keys.add(p, new Other(p.id, null, p.fullName));
            }
        }
        return keys;
    }
}
