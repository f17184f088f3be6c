package vn.diplomacy.common.workflow;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.diplomacy.common.ProblemException;
import vn.diplomacy.common.ProblemType;

/**
 * Guarded, recorded status changes for every record kind: a step must be one the current status allows (else 409),
 * the caller must hold the role the new status needs (else 403), and each step is kept with its note. The feature
 * checks its own rules for a step (a HEAD member, an outcome) between {@link #check} and {@link #record}.
 */
@ApplicationScoped
public class Workflow {
    private final SecurityIdentity identity;
    private final StatusTransitionRepository steps;

    Workflow(SecurityIdentity identity, StatusTransitionRepository steps) {
        this.identity = identity;
        this.steps = steps;
    }

    /** One recorded step, typed with the record's status enum. */
    public record Step<S>(Long id, S from, S to, String note, String by, Instant at) {}

    /** Refuses a step the status does not allow (409) or the caller may not take (403); {@code what} names the record. */
    public <S extends Enum<S> & WorkflowStatus<S>> void check(String what, S from, S to) {
        if (!from.next().contains(to)) {
            throw ProblemException.conflict(
                    "transition-not-allowed",
                    Map.of("from", from, "to", to),
                    "A " + from + " " + what + " cannot become " + to + "; allowed: "
                            + (from.next().isEmpty() ? "none" : from.next()));
        }
        if (!identity.hasRole(to.roleToEnter())) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Moving a " + what + " to " + to + " needs the role " + to.roleToEnter());
        }
    }

    /** The steps this caller may take from {@code from}, for the record's view. */
    public <S extends Enum<S> & WorkflowStatus<S>> List<S> allowed(S from) {
        return from.next().stream()
                .filter(to -> identity.hasRole(to.roleToEnter()))
                .toList();
    }

    public void record(String kind, long id, Enum<?> from, Enum<?> to, String note) {
        StatusTransition t = new StatusTransition();
        t.recordKind = kind;
        t.recordId = id;
        t.fromStatus = from == null ? null : from.name();
        t.toStatus = to.name();
        t.note = note == null || note.isBlank() ? null : note.trim();
        steps.persist(t);
    }

    public <S extends Enum<S>> List<Step<S>> history(String kind, long id, Class<S> type) {
        return steps.list("recordKind = ?1 and recordId = ?2 order by id", kind, id).stream()
                .map(t -> new Step<>(
                        t.id,
                        t.fromStatus == null ? null : Enum.valueOf(type, t.fromStatus),
                        Enum.valueOf(type, t.toStatus),
                        t.note,
                        t.createdBy,
                        t.createdAt))
                .toList();
    }

    /** Forgets a deleted record's steps. */
    public void forget(String kind, long id) {
        steps.delete("recordKind = ?1 and recordId = ?2", kind, id);
    }
}
