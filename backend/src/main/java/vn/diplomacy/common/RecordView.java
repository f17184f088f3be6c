package vn.diplomacy.common;

/** What the shared record endpoints need of a view: its id for Location and its version for the ETag. */
public interface RecordView {
    Long id();

    long version();
}
