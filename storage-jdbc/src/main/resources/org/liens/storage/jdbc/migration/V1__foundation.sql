-- Liens storage, version 1: the aggregates, their child rows and the transactional outbox.
--
-- One source for H2, PostgreSQL and MariaDB: what differs between them is a Flyway placeholder, set per database
-- by the adapter (Dialect#placeholders, JdbcStorage.flywayPlaceholders):
--   uuid_type       ids: UUID on H2 and PostgreSQL; on MariaDB CHAR(36) ASCII text, not the UUID type of 10.7+,
--                   which refuses some 128-bit values that java.util.UUID holds (an NCS variant with a version
--                   nibble above 5, for instance)
--   text_type       JSON and notes: CHARACTER LARGE OBJECT (H2), TEXT (PostgreSQL), MEDIUMTEXT (MariaDB). JSON is
--                   kept as text, not jsonb: jsonb would reorder keys and refuse \u0000
--   name_type       organisation names: CHARACTER VARYING (H2), TEXT (PostgreSQL, MariaDB)
--   timestamp_type  instants: TIMESTAMP WITH TIME ZONE; on MariaDB DATETIME(6) holding UTC
--   identity        the outbox sequence: an identity column; AUTO_INCREMENT on MariaDB
--   table_options   after each CREATE TABLE: nothing, or on MariaDB InnoDB (transactions and foreign keys) and
--                   utf8mb4 (emoji and every other Unicode character) with a binary collation
-- Foreign keys are declared as table constraints: InnoDB ignores REFERENCES written on a column.
--
-- Every aggregate row has its id, its optimistic version (1 after the first save), the columns the storage ports
-- filter or sort on, and its nested values as JSON text written by org.liens.json.LiensJson. Enums are stored by
-- name, so a new Java constant needs no migration. The indexes of the queries come in version 2.

CREATE TABLE liens_household (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  profile ${text_type} NOT NULL,
  CONSTRAINT liens_household_pk PRIMARY KEY (id),
  CONSTRAINT liens_household_version_ck CHECK (version > 0)
)${table_options};

CREATE TABLE liens_organisation (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  name ${name_type} NOT NULL,
  kind VARCHAR(64) NOT NULL,
  siren VARCHAR(9),
  address ${text_type},
  CONSTRAINT liens_organisation_pk PRIMARY KEY (id),
  CONSTRAINT liens_organisation_version_ck CHECK (version > 0)
)${table_options};

CREATE TABLE liens_referral (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  household_id ${uuid_type} NOT NULL,
  offer_code VARCHAR(32) NOT NULL,
  channel VARCHAR(64) NOT NULL,
  prescriber_id ${uuid_type},
  field_worker ${text_type},
  funder_id ${uuid_type} NOT NULL,
  reasons ${text_type} NOT NULL,
  received_on DATE NOT NULL,
  status VARCHAR(64) NOT NULL,
  consent ${text_type},
  assessment ${text_type},
  succeeds_id ${uuid_type},
  agreement_id ${uuid_type},
  decided_on DATE,
  rejection_reason ${text_type},
  accompaniment_id ${uuid_type},
  CONSTRAINT liens_referral_pk PRIMARY KEY (id),
  CONSTRAINT liens_referral_version_ck CHECK (version > 0),
  CONSTRAINT liens_referral_household_fk FOREIGN KEY (household_id) REFERENCES liens_household (id),
  CONSTRAINT liens_referral_prescriber_fk FOREIGN KEY (prescriber_id) REFERENCES liens_organisation (id),
  CONSTRAINT liens_referral_funder_fk FOREIGN KEY (funder_id) REFERENCES liens_organisation (id)
)${table_options};

CREATE TABLE liens_accompaniment (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  household_id ${uuid_type} NOT NULL,
  referral_id ${uuid_type} NOT NULL,
  offer_code VARCHAR(32) NOT NULL,
  offer ${text_type} NOT NULL,
  prescriber_id ${uuid_type},
  funder_id ${uuid_type} NOT NULL,
  agreement_id ${uuid_type},
  referred_on DATE NOT NULL,
  opened_on DATE NOT NULL,
  end_date_convention VARCHAR(64) NOT NULL,
  status VARCHAR(64) NOT NULL,
  period_start DATE,
  period_end DATE,
  last_day DATE,
  planned_visits ${text_type} NOT NULL,
  support_plan ${text_type},
  emt_map ${text_type},
  action_report ${text_type},
  ended_on DATE,
  cancellation_reason ${text_type},
  predecessor_id ${uuid_type},
  successor_id ${uuid_type},
  CONSTRAINT liens_accompaniment_pk PRIMARY KEY (id),
  CONSTRAINT liens_accompaniment_version_ck CHECK (version > 0),
  CONSTRAINT liens_accompaniment_period_ck CHECK (period_end IS NULL OR period_end > period_start),
  CONSTRAINT liens_accompaniment_household_fk FOREIGN KEY (household_id) REFERENCES liens_household (id),
  CONSTRAINT liens_accompaniment_referral_fk FOREIGN KEY (referral_id) REFERENCES liens_referral (id),
  CONSTRAINT liens_accompaniment_prescriber_fk FOREIGN KEY (prescriber_id) REFERENCES liens_organisation (id),
  CONSTRAINT liens_accompaniment_funder_fk FOREIGN KEY (funder_id) REFERENCES liens_organisation (id),
  CONSTRAINT liens_accompaniment_predecessor_fk FOREIGN KEY (predecessor_id) REFERENCES liens_accompaniment (id),
  CONSTRAINT liens_accompaniment_successor_fk FOREIGN KEY (successor_id) REFERENCES liens_accompaniment (id)
)${table_options};

-- period_end is exclusive: the period is [period_start, period_end). last_day = period_end - 1 day, kept as a
-- column for the "ending between" query.

ALTER TABLE liens_referral ADD CONSTRAINT liens_referral_succeeds_fk
  FOREIGN KEY (succeeds_id) REFERENCES liens_accompaniment (id);
ALTER TABLE liens_referral ADD CONSTRAINT liens_referral_accompaniment_fk
  FOREIGN KEY (accompaniment_id) REFERENCES liens_accompaniment (id);

-- The team of an accompaniment, in order: what the per-educator caseload queries.
CREATE TABLE liens_accompaniment_team (
  accompaniment_id ${uuid_type} NOT NULL,
  ordinal INT NOT NULL,
  educator_id ${uuid_type} NOT NULL,
  CONSTRAINT liens_accompaniment_team_pk PRIMARY KEY (accompaniment_id, ordinal),
  CONSTRAINT liens_accompaniment_team_educator_uk UNIQUE (accompaniment_id, educator_id),
  CONSTRAINT liens_accompaniment_team_accompaniment_fk FOREIGN KEY (accompaniment_id)
    REFERENCES liens_accompaniment (id) ON DELETE CASCADE
)${table_options};

-- The contacts of an accompaniment, in recording order (ordinal). kind: HOME_VISIT, REMOTE_CONTACT (with its
-- channel) or WORKSHOP_SESSION (with its length in nanoseconds).
CREATE TABLE liens_contact (
  accompaniment_id ${uuid_type} NOT NULL,
  ordinal INT NOT NULL,
  id ${uuid_type} NOT NULL,
  kind VARCHAR(64) NOT NULL,
  contact_date DATE NOT NULL,
  educator_id ${uuid_type} NOT NULL,
  channel VARCHAR(64),
  length_nanos BIGINT,
  CONSTRAINT liens_contact_pk PRIMARY KEY (accompaniment_id, ordinal),
  CONSTRAINT liens_contact_id_uk UNIQUE (accompaniment_id, id),
  CONSTRAINT liens_contact_accompaniment_fk FOREIGN KEY (accompaniment_id)
    REFERENCES liens_accompaniment (id) ON DELETE CASCADE
)${table_options};

-- The transactional outbox: every domain event, in append order (seq), written in the transaction of its change.
-- body is the whole event as JSON (LiensJson.writeEvent); the other columns are there for operators and for
-- hosts that read the table directly. A row stays after it is acknowledged, so that an event id is never reused.
CREATE TABLE liens_event (
  seq BIGINT ${identity},
  event_id ${uuid_type} NOT NULL,
  event_type VARCHAR(100) NOT NULL,
  aggregate_type VARCHAR(100) NOT NULL,
  aggregate_id ${uuid_type} NOT NULL,
  occurred_at ${timestamp_type} NOT NULL,
  body ${text_type} NOT NULL,
  acknowledged_at ${timestamp_type},
  CONSTRAINT liens_event_pk PRIMARY KEY (seq),
  CONSTRAINT liens_event_id_uk UNIQUE (event_id)
)${table_options};
