-- Liens storage, version 2: one index for every query of the storage ports. Lookups by id use the primary keys,
-- contactsOf and the team of an accompaniment the primary keys of their child tables (accompaniment_id, ordinal).

-- Referrals.ofHousehold: by household, oldest received first.
CREATE INDEX liens_referral_household_ix ON liens_referral (household_id, received_on);

-- Accompaniments.ofHousehold: by household, by opening date.
CREATE INDEX liens_accompaniment_household_ix ON liens_accompaniment (household_id, opened_on);

-- Accompaniments.open: the active caseload (status VALIDATED or ACTIVE), by opening date.
CREATE INDEX liens_accompaniment_status_ix ON liens_accompaniment (status, opened_on);

-- Accompaniments.openOfPrescriber and openOfFunder.
CREATE INDEX liens_accompaniment_prescriber_ix ON liens_accompaniment (prescriber_id, status);
CREATE INDEX liens_accompaniment_funder_ix ON liens_accompaniment (funder_id, status);

-- Accompaniments.endingBetween: active ones by last day.
CREATE INDEX liens_accompaniment_last_day_ix ON liens_accompaniment (status, last_day);

-- Accompaniments.openOfEducator: the accompaniments an educator is on the team of.
CREATE INDEX liens_accompaniment_team_educator_ix ON liens_accompaniment_team (educator_id, accompaniment_id);

-- EventOutbox.pending: unacknowledged events in append order (pending_events_index: a partial index on seq on
-- PostgreSQL, elsewhere an index on acknowledged_at, seq).
CREATE INDEX liens_event_pending_ix ON liens_event ${pending_events_index};
