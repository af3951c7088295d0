-- Liens storage, version 9: the published figures (issue 12).
--
-- The exit reason of a closure or a cancellation (a code of the catalogue's ExitReasons); empty for an accompaniment
-- stored before version 9 (it reads as the command's default: objectives reached, other) and for a succession
-- (always SUCCESSION).
ALTER TABLE liens_accompaniment ADD exit_reason VARCHAR(40);

-- The figure facts, in recorded time: one row per revision of a file (a referral, then its accompaniment), appended in
-- the transaction of the change with the instant it was recorded; never updated, never deleted. A report "as known
-- on" an instant reads, for each file, the row of highest revision recorded by then. Ids, codes, days and counts
-- only: no name, no free text. Days are epoch days (days since 1970-01-01), so that durations are subtractions in
-- every database.
CREATE TABLE liens_figure_file (
  file_id ${uuid_type} NOT NULL,
  revision BIGINT NOT NULL,
  recorded_at ${timestamp_type} NOT NULL,
  household_id ${uuid_type} NOT NULL,
  offer VARCHAR(32) NOT NULL,
  prescriber_id ${uuid_type},
  funder_id ${uuid_type} NOT NULL,
  received_day INTEGER NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  state VARCHAR(16),
  first_day INTEGER,
  ended_day INTEGER,
  exit_reason VARCHAR(40),
  home_visits INTEGER NOT NULL,
  remote_contacts INTEGER NOT NULL,
  home_min INTEGER,
  home_max INTEGER,
  remote_min INTEGER,
  remote_max INTEGER,
  CONSTRAINT liens_figure_file_pk PRIMARY KEY (file_id, revision)
)${table_options};

-- A report selects the files of its period.
CREATE INDEX liens_figure_file_day_ix ON liens_figure_file (received_day, file_id);

-- One row per revision of a household: the counts and flags the figures read (anonymisation keeps them all).
CREATE TABLE liens_figure_household (
  household_id ${uuid_type} NOT NULL,
  revision BIGINT NOT NULL,
  recorded_at ${timestamp_type} NOT NULL,
  children INTEGER NOT NULL,
  single_parent INTEGER NOT NULL,
  employment VARCHAR(16) NOT NULL,
  below_poverty_line INTEGER NOT NULL,
  territory VARCHAR(800),
  CONSTRAINT liens_figure_household_pk PRIMARY KEY (household_id, revision)
)${table_options};
