package vn.diplomacy.training;

import vn.diplomacy.common.Filter;
import vn.diplomacy.common.Searchable;

/** A course's participant list filters, each declared once (see common.Filter). */
public class ParticipantFilters extends Searchable {
    @Filter("status = :status")
    public ParticipantStatus status;

    @Filter("organizationId = :organizationId")
    public Long organizationId;
}
