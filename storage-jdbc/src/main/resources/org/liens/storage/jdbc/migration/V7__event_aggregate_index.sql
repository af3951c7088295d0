-- Liens storage, version 7: EventOutbox.forget deletes the events of a household's aggregates when the household is
-- anonymised (issue 9, retention and erasure); this index finds them without reading the whole outbox.
CREATE INDEX liens_event_aggregate_ix ON liens_event (aggregate_id);
