-- Liens storage, version 15: the money and place figures (issue 12), in recorded time like those of version 9.
--
-- One row per issued invoice or credit note and offer it bills, appended in the transaction that issued it (an issued
-- document never changes): its funder, the prescriber and household of the accompaniment billed (empty for a
-- workshop series), its issue day (epoch days) and its amount in cents. A report "as known on" an instant reads the
-- rows recorded by then; issue_day puts a document in a period.
CREATE TABLE liens_figure_money (
  document_id ${uuid_type} NOT NULL,
  offer VARCHAR(32) NOT NULL,
  recorded_at ${timestamp_type} NOT NULL,
  credit INTEGER NOT NULL,
  funder_id ${uuid_type} NOT NULL,
  prescriber_id ${uuid_type},
  household_id ${uuid_type},
  issued_day INTEGER NOT NULL,
  cents BIGINT NOT NULL,
  CONSTRAINT liens_figure_money_pk PRIMARY KEY (document_id, offer),
  CONSTRAINT liens_figure_money_cents_ck CHECK (cents > 0)
)${table_options};
CREATE INDEX liens_figure_money_day_ix ON liens_figure_money (issued_day);

-- The places a funding agreement agreed per offer, and its period (epoch days, end exclusive), recorded when it was
-- concluded; its funders beside, for a funder's report.
CREATE TABLE liens_figure_agreement (
  agreement_id ${uuid_type} NOT NULL,
  offer VARCHAR(32) NOT NULL,
  recorded_at ${timestamp_type} NOT NULL,
  places INTEGER NOT NULL,
  start_day INTEGER NOT NULL,
  end_day INTEGER NOT NULL,
  CONSTRAINT liens_figure_agreement_pk PRIMARY KEY (agreement_id, offer)
)${table_options};
CREATE TABLE liens_figure_agreement_funder (
  agreement_id ${uuid_type} NOT NULL,
  funder_id ${uuid_type} NOT NULL,
  CONSTRAINT liens_figure_agreement_funder_pk PRIMARY KEY (agreement_id, funder_id)
)${table_options};

-- One row per revision of a place (taken, then released): the row of highest revision recorded by an instant is
-- what was known of the place then.
CREATE TABLE liens_figure_place (
  agreement_id ${uuid_type} NOT NULL,
  accompaniment_id ${uuid_type} NOT NULL,
  revision BIGINT NOT NULL,
  recorded_at ${timestamp_type} NOT NULL,
  offer VARCHAR(32) NOT NULL,
  taken_day INTEGER NOT NULL,
  released_day INTEGER,
  CONSTRAINT liens_figure_place_pk PRIMARY KEY (agreement_id, accompaniment_id, revision)
)${table_options};
