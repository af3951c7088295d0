-- Liens storage, version 1: the aggregates, their child rows and the transactional outbox.
-- PostgreSQL: native uuid, timestamptz, text (JSON is kept as text, not jsonb: jsonb would reorder keys and refuse \u0000).
--
-- Every aggregate row has its id, its optimistic version (1 after the first save), the columns the storage ports
-- filter or sort on, and its nested values as JSON text written by org.liens.json.LiensJson. Enums are stored by
-- name, so a new Java constant needs no migration. The indexes of the queries come in version 2.

CREATE TABLE liens_household (
  id UUID NOT NULL,
  version BIGINT NOT NULL,
  profile TEXT NOT NULL,
  CONSTRAINT liens_household_pk PRIMARY KEY (id),
  CONSTRAINT liens_household_version_ck CHECK (version > 0)
);

CREATE TABLE liens_organisation (
  id UUID NOT NULL,
  version BIGINT NOT NULL,
  name TEXT NOT NULL,
  kind VARCHAR(64) NOT NULL,
  siren VARCHAR(9),
  address TEXT,
  CONSTRAINT liens_organisation_pk PRIMARY KEY (id),
  CONSTRAINT liens_organisation_version_ck CHECK (version > 0)
);

CREATE TABLE liens_referral (
  id UUID NOT NULL,
  version BIGINT NOT NULL,
  household_id UUID NOT NULL,
  offer_code VARCHAR(32) NOT NULL,
  channel VARCHAR(64) NOT NULL,
  prescriber_id UUID,
  field_worker TEXT,
  funder_id UUID NOT NULL,
  reasons TEXT NOT NULL,
  received_on DATE NOT NULL,
  status VARCHAR(64) NOT NULL,
  consent TEXT,
  assessment TEXT,
  succeeds_id UUID,
  agreement_id UUID,
  decided_on DATE,
  rejection_reason TEXT,
  accompaniment_id UUID,
  CONSTRAINT liens_referral_pk PRIMARY KEY (id),
  CONSTRAINT liens_referral_version_ck CHECK (version > 0),
  CONSTRAINT liens_referral_household_fk FOREIGN KEY (household_id) REFERENCES liens_household (id),
  CONSTRAINT liens_referral_prescriber_fk FOREIGN KEY (prescriber_id) REFERENCES liens_organisation (id),
  CONSTRAINT liens_referral_funder_fk FOREIGN KEY (funder_id) REFERENCES liens_organisation (id)
);

CREATE TABLE liens_accompaniment (
  id UUID NOT NULL,
  version BIGINT NOT NULL,
  household_id UUID NOT NULL,
  referral_id UUID NOT NULL,
  offer_code VARCHAR(32) NOT NULL,
  offer TEXT NOT NULL,
  prescriber_id UUID,
  funder_id UUID NOT NULL,
  agreement_id UUID,
  referred_on DATE NOT NULL,
  opened_on DATE NOT NULL,
  end_date_convention VARCHAR(64) NOT NULL,
  status VARCHAR(64) NOT NULL,
  period_start DATE,
  period_end DATE,
  last_day DATE,
  planned_visits TEXT NOT NULL,
  support_plan TEXT,
  emt_map TEXT,
  action_report TEXT,
  ended_on DATE,
  cancellation_reason TEXT,
  predecessor_id UUID,
  successor_id UUID,
  CONSTRAINT liens_accompaniment_pk PRIMARY KEY (id),
  CONSTRAINT liens_accompaniment_version_ck CHECK (version > 0),
  CONSTRAINT liens_accompaniment_period_ck CHECK (period_end IS NULL OR period_end > period_start),
  CONSTRAINT liens_accompaniment_household_fk FOREIGN KEY (household_id) REFERENCES liens_household (id),
  CONSTRAINT liens_accompaniment_referral_fk FOREIGN KEY (referral_id) REFERENCES liens_referral (id),
  CONSTRAINT liens_accompaniment_prescriber_fk FOREIGN KEY (prescriber_id) REFERENCES liens_organisation (id),
  CONSTRAINT liens_accompaniment_funder_fk FOREIGN KEY (funder_id) REFERENCES liens_organisation (id),
  CONSTRAINT liens_accompaniment_predecessor_fk FOREIGN KEY (predecessor_id) REFERENCES liens_accompaniment (id),
  CONSTRAINT liens_accompaniment_successor_fk FOREIGN KEY (successor_id) REFERENCES liens_accompaniment (id)
);

-- period_end is exclusive: the period is [period_start, period_end). last_day = period_end - 1 day, kept as a
-- column for the "ending between" query.

ALTER TABLE liens_referral ADD CONSTRAINT liens_referral_succeeds_fk
  FOREIGN KEY (succeeds_id) REFERENCES liens_accompaniment (id);
ALTER TABLE liens_referral ADD CONSTRAINT liens_referral_accompaniment_fk
  FOREIGN KEY (accompaniment_id) REFERENCES liens_accompaniment (id);

-- The team of an accompaniment, in order: what the per-educator caseload queries.
CREATE TABLE liens_accompaniment_team (
  accompaniment_id UUID NOT NULL,
  ordinal INT NOT NULL,
  educator_id UUID NOT NULL,
  CONSTRAINT liens_accompaniment_team_pk PRIMARY KEY (accompaniment_id, ordinal),
  CONSTRAINT liens_accompaniment_team_educator_uk UNIQUE (accompaniment_id, educator_id),
  CONSTRAINT liens_accompaniment_team_accompaniment_fk FOREIGN KEY (accompaniment_id)
    REFERENCES liens_accompaniment (id) ON DELETE CASCADE
);

-- The contacts of an accompaniment, in recording order (ordinal). kind: HOME_VISIT, REMOTE_CONTACT (with its
-- channel) or WORKSHOP_SESSION (with its length in nanoseconds).
CREATE TABLE liens_contact (
  accompaniment_id UUID NOT NULL,
  ordinal INT NOT NULL,
  id UUID NOT NULL,
  kind VARCHAR(64) NOT NULL,
  contact_date DATE NOT NULL,
  educator_id UUID NOT NULL,
  channel VARCHAR(64),
  length_nanos BIGINT,
  CONSTRAINT liens_contact_pk PRIMARY KEY (accompaniment_id, ordinal),
  CONSTRAINT liens_contact_id_uk UNIQUE (accompaniment_id, id),
  CONSTRAINT liens_contact_accompaniment_fk FOREIGN KEY (accompaniment_id)
    REFERENCES liens_accompaniment (id) ON DELETE CASCADE
);

-- The transactional outbox: every domain event, in append order (seq), written in the transaction of its change.
-- body is the whole event as JSON (LiensJson.writeEvent); the other columns are there for operators and for
-- hosts that read the table directly. A row stays after it is acknowledged, so that an event id is never reused.
CREATE TABLE liens_event (
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  event_id UUID NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  aggregate_type VARCHAR(100) NOT NULL,
  aggregate_id UUID NOT NULL,
  occurred_at TIMESTAMPTZ NOT NULL,
  body TEXT NOT NULL,
  acknowledged_at TIMESTAMPTZ,
  CONSTRAINT liens_event_pk PRIMARY KEY (seq),
  CONSTRAINT liens_event_id_uk UNIQUE (event_id)
);
