-- Liens storage, version 3: the money side (funding agreements, quotes, workshop series, invoices, credit notes,
-- their numbering) and the tariff frozen on an accompaniment.
--
-- As in version 1: one source for the three databases, with the placeholders of version 1, and reference_type for
-- the references of agreements (CHARACTER VARYING on H2, TEXT on PostgreSQL, MEDIUMTEXT on MariaDB); the columns
-- the ports query, sort or constrain on, and the nested values as JSON text written by org.liens.json.LiensJson,
-- where amounts are whole cents. Every amount kept in a column is BIGINT cents (*_cents); dates are DATE; ids
-- uuid_type. Child tables of an agreement hold only what a query or a foreign key needs:
-- the agreement's own row (its JSON) is what is read back. Foreign keys are exactly the references the in-memory
-- adapter checks on save.
--
-- Upgrading: liens_referral.agreement_id and liens_accompaniment.agreement_id gain a foreign key to the new (empty)
-- liens_funding_agreement table, so no row may carry an agreement id before this version runs (before it, the
-- adapter had nowhere to store an agreement: only a bulk import could have written one). MariaDB runs DDL outside
-- transactions: a version that fails half-way there must be repaired by hand (flyway repair) before it runs again.

-- The agreements first: the foreign keys of referrals and accompaniments point to them.
CREATE TABLE liens_funding_agreement (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  reference ${reference_type} NOT NULL,
  period_start DATE NOT NULL,
  period_end DATE NOT NULL,
  concluded_on DATE NOT NULL,
  budget_cents BIGINT NOT NULL,
  billed_cents BIGINT NOT NULL,
  funders ${text_type} NOT NULL,
  offer_lines ${text_type} NOT NULL,
  places ${text_type} NOT NULL,
  waitlist ${text_type} NOT NULL,
  charges ${text_type} NOT NULL,
  CONSTRAINT liens_funding_agreement_pk PRIMARY KEY (id),
  CONSTRAINT liens_funding_agreement_version_ck CHECK (version > 0),
  CONSTRAINT liens_funding_agreement_period_ck CHECK (period_end > period_start),
  CONSTRAINT liens_funding_agreement_billed_ck CHECK (billed_cents >= 0 AND billed_cents <= budget_cents)
)${table_options};
-- period_end is exclusive: the period is [period_start, period_end). budget_cents (places x price) and
-- billed_cents (invoices less credit notes) are derived, kept for operators and reports.

ALTER TABLE liens_referral ADD CONSTRAINT liens_referral_agreement_fk
  FOREIGN KEY (agreement_id) REFERENCES liens_funding_agreement (id);
ALTER TABLE liens_accompaniment ADD CONSTRAINT liens_accompaniment_agreement_fk
  FOREIGN KEY (agreement_id) REFERENCES liens_funding_agreement (id);

-- Accompaniment#tariff: the tariff in force on the first appointment, frozen (JSON; null before the start).
ALTER TABLE liens_accompaniment ADD COLUMN tariff ${text_type};

-- The funders of an agreement (their shares are in the agreement's JSON): FundingAgreements.ofFunder.
CREATE TABLE liens_agreement_funder (
  agreement_id ${uuid_type} NOT NULL,
  funder_id ${uuid_type} NOT NULL,
  CONSTRAINT liens_agreement_funder_pk PRIMARY KEY (agreement_id, funder_id),
  CONSTRAINT liens_agreement_funder_agreement_fk FOREIGN KEY (agreement_id)
    REFERENCES liens_funding_agreement (id) ON DELETE CASCADE,
  CONSTRAINT liens_agreement_funder_funder_fk FOREIGN KEY (funder_id) REFERENCES liens_organisation (id)
)${table_options};

-- The offers of an agreement with their places, and how many are left now: FundingAgreements.withPlacesLeft.
CREATE TABLE liens_agreement_offer (
  agreement_id ${uuid_type} NOT NULL,
  offer_code VARCHAR(32) NOT NULL,
  places INT NOT NULL,
  places_left INT NOT NULL,
  CONSTRAINT liens_agreement_offer_pk PRIMARY KEY (agreement_id, offer_code),
  CONSTRAINT liens_agreement_offer_places_ck CHECK (places_left >= 0 AND places_left <= places),
  CONSTRAINT liens_agreement_offer_agreement_fk FOREIGN KEY (agreement_id)
    REFERENCES liens_funding_agreement (id) ON DELETE CASCADE
)${table_options};

-- The accompaniments holding, having held or waiting for a place of an agreement (the places and the waitlist
-- are in the agreement's JSON): the foreign keys to the accompaniments.
CREATE TABLE liens_agreement_accompaniment (
  agreement_id ${uuid_type} NOT NULL,
  accompaniment_id ${uuid_type} NOT NULL,
  CONSTRAINT liens_agreement_accompaniment_pk PRIMARY KEY (agreement_id, accompaniment_id),
  CONSTRAINT liens_agreement_accompaniment_agreement_fk FOREIGN KEY (agreement_id)
    REFERENCES liens_funding_agreement (id) ON DELETE CASCADE,
  CONSTRAINT liens_agreement_accompaniment_accompaniment_fk FOREIGN KEY (accompaniment_id)
    REFERENCES liens_accompaniment (id)
)${table_options};

-- Quotes for group workshops. The frozen group-model tariff and the travel are JSON; session lengths are in
-- nanoseconds, as for contacts.
CREATE TABLE liens_quote (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  client_id ${uuid_type} NOT NULL,
  children INT NOT NULL,
  sessions_per_group INT NOT NULL,
  session_length_nanos BIGINT NOT NULL,
  frequency VARCHAR(64) NOT NULL,
  travel ${text_type} NOT NULL,
  quoted_on DATE NOT NULL,
  valid_until DATE NOT NULL,
  tariff ${text_type} NOT NULL,
  status VARCHAR(64) NOT NULL,
  decided_on DATE,
  series_id ${uuid_type},
  CONSTRAINT liens_quote_pk PRIMARY KEY (id),
  CONSTRAINT liens_quote_version_ck CHECK (version > 0),
  CONSTRAINT liens_quote_client_fk FOREIGN KEY (client_id) REFERENCES liens_organisation (id)
)${table_options};

-- Workshop series opened from accepted quotes: a quote opens at most one (the unique key also answers ofQuote).
CREATE TABLE liens_workshop_series (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  quote_id ${uuid_type} NOT NULL,
  client_id ${uuid_type} NOT NULL,
  offer_code VARCHAR(32) NOT NULL,
  opened_on DATE NOT NULL,
  group_count INT NOT NULL,
  children_quoted INT NOT NULL,
  children_per_group INT NOT NULL,
  sessions_per_group INT NOT NULL,
  session_length_nanos BIGINT NOT NULL,
  group_session_price_cents BIGINT NOT NULL,
  travel ${text_type} NOT NULL,
  vat ${text_type} NOT NULL,
  participants ${text_type} NOT NULL,
  sessions ${text_type} NOT NULL,
  CONSTRAINT liens_workshop_series_pk PRIMARY KEY (id),
  CONSTRAINT liens_workshop_series_version_ck CHECK (version > 0),
  CONSTRAINT liens_workshop_series_quote_uk UNIQUE (quote_id),
  CONSTRAINT liens_workshop_series_quote_fk FOREIGN KEY (quote_id) REFERENCES liens_quote (id),
  CONSTRAINT liens_workshop_series_client_fk FOREIGN KEY (client_id) REFERENCES liens_organisation (id)
)${table_options};

ALTER TABLE liens_quote ADD CONSTRAINT liens_quote_series_fk
  FOREIGN KEY (series_id) REFERENCES liens_workshop_series (id);

-- Every number given to an invoice or a credit note, and its owner. The primary key is the rule that a number is
-- unique across invoices and credit notes (a series may be shared by both); documents refer to their row with a
-- foreign key on (number, their id), so a document can only carry a number registered to it.
CREATE TABLE liens_document_number (
  number_prefix VARCHAR(10) NOT NULL,
  number_year INT NOT NULL,
  number_sequence BIGINT NOT NULL,
  document_id ${uuid_type} NOT NULL,
  document_kind VARCHAR(16) NOT NULL,
  CONSTRAINT liens_document_number_pk PRIMARY KEY (number_prefix, number_year, number_sequence),
  CONSTRAINT liens_document_number_owner_uk UNIQUE (number_prefix, number_year, number_sequence, document_id),
  CONSTRAINT liens_document_number_sequence_ck CHECK (number_sequence >= 1)
)${table_options};
CREATE INDEX liens_document_number_document_ix ON liens_document_number (document_id);

-- Invoices, drafts included. The subject is an accompaniment or a workshop series (exactly one); client, seller,
-- lines, mentions and the totals per VAT regime are JSON; the totals are cents (derived from the lines).
CREATE TABLE liens_invoice (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  status VARCHAR(64) NOT NULL,
  accompaniment_id ${uuid_type},
  workshop_series_id ${uuid_type},
  funder_id ${uuid_type} NOT NULL,
  client ${text_type} NOT NULL,
  seller ${text_type} NOT NULL,
  agreement_id ${uuid_type},
  agreement_reference ${reference_type},
  funder_share NUMERIC(7, 4) NOT NULL,
  invoice_lines ${text_type} NOT NULL,
  mentions ${text_type} NOT NULL,
  drafted_on DATE NOT NULL,
  number_prefix VARCHAR(10),
  number_year INT,
  number_sequence BIGINT,
  issued_on DATE,
  due_on DATE,
  discarded_on DATE,
  total_net_cents BIGINT NOT NULL,
  total_vat_cents BIGINT NOT NULL,
  total_cents BIGINT NOT NULL,
  vat_totals ${text_type} NOT NULL,
  CONSTRAINT liens_invoice_pk PRIMARY KEY (id),
  CONSTRAINT liens_invoice_version_ck CHECK (version > 0),
  CONSTRAINT liens_invoice_subject_ck CHECK ((accompaniment_id IS NULL AND workshop_series_id IS NOT NULL)
    OR (accompaniment_id IS NOT NULL AND workshop_series_id IS NULL)),
  CONSTRAINT liens_invoice_number_ck CHECK ((number_prefix IS NULL AND number_year IS NULL AND number_sequence IS NULL)
    OR (number_prefix IS NOT NULL AND number_year IS NOT NULL AND number_sequence IS NOT NULL)),
  CONSTRAINT liens_invoice_agreement_ck CHECK ((agreement_id IS NULL) = (agreement_reference IS NULL)),
  CONSTRAINT liens_invoice_total_ck CHECK (total_cents = total_net_cents + total_vat_cents),
  CONSTRAINT liens_invoice_number_uk UNIQUE (number_prefix, number_year, number_sequence),
  CONSTRAINT liens_invoice_number_fk FOREIGN KEY (number_prefix, number_year, number_sequence, id)
    REFERENCES liens_document_number (number_prefix, number_year, number_sequence, document_id),
  CONSTRAINT liens_invoice_funder_fk FOREIGN KEY (funder_id) REFERENCES liens_organisation (id),
  CONSTRAINT liens_invoice_agreement_fk FOREIGN KEY (agreement_id) REFERENCES liens_funding_agreement (id),
  CONSTRAINT liens_invoice_accompaniment_fk FOREIGN KEY (accompaniment_id) REFERENCES liens_accompaniment (id),
  CONSTRAINT liens_invoice_series_fk FOREIGN KEY (workshop_series_id) REFERENCES liens_workshop_series (id)
)${table_options};

-- Credit notes: always numbered. They copy the corrected invoice's subject, which is not a foreign key (the
-- invoice is).
CREATE TABLE liens_credit_note (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  number_prefix VARCHAR(10) NOT NULL,
  number_year INT NOT NULL,
  number_sequence BIGINT NOT NULL,
  issued_on DATE NOT NULL,
  invoice_id ${uuid_type} NOT NULL,
  invoice_number VARCHAR(40) NOT NULL,
  invoice_issued_on DATE NOT NULL,
  accompaniment_id ${uuid_type},
  workshop_series_id ${uuid_type},
  funder_id ${uuid_type} NOT NULL,
  client ${text_type} NOT NULL,
  seller ${text_type} NOT NULL,
  agreement_id ${uuid_type},
  agreement_reference ${reference_type},
  reason ${text_type} NOT NULL,
  credit_lines ${text_type} NOT NULL,
  mentions ${text_type} NOT NULL,
  total_net_cents BIGINT NOT NULL,
  total_vat_cents BIGINT NOT NULL,
  total_cents BIGINT NOT NULL,
  CONSTRAINT liens_credit_note_pk PRIMARY KEY (id),
  CONSTRAINT liens_credit_note_version_ck CHECK (version > 0),
  CONSTRAINT liens_credit_note_subject_ck CHECK ((accompaniment_id IS NULL AND workshop_series_id IS NOT NULL)
    OR (accompaniment_id IS NOT NULL AND workshop_series_id IS NULL)),
  CONSTRAINT liens_credit_note_agreement_ck CHECK ((agreement_id IS NULL) = (agreement_reference IS NULL)),
  CONSTRAINT liens_credit_note_total_ck CHECK (total_cents = total_net_cents + total_vat_cents),
  CONSTRAINT liens_credit_note_number_uk UNIQUE (number_prefix, number_year, number_sequence),
  CONSTRAINT liens_credit_note_number_fk FOREIGN KEY (number_prefix, number_year, number_sequence, id)
    REFERENCES liens_document_number (number_prefix, number_year, number_sequence, document_id),
  CONSTRAINT liens_credit_note_invoice_fk FOREIGN KEY (invoice_id) REFERENCES liens_invoice (id),
  CONSTRAINT liens_credit_note_funder_fk FOREIGN KEY (funder_id) REFERENCES liens_organisation (id),
  CONSTRAINT liens_credit_note_agreement_fk FOREIGN KEY (agreement_id) REFERENCES liens_funding_agreement (id)
)${table_options};

-- The numbering sequences: one row per organisation (SIREN), prefix and year, where the series stands. A number
-- is taken by locking the row (SELECT ... FOR UPDATE) in the use case's transaction, so concurrent takers of one
-- series wait for each other, and a rollback gives the number back. last_number 0: created, nothing taken yet.
CREATE TABLE liens_invoice_sequence (
  seller VARCHAR(255) NOT NULL,
  number_prefix VARCHAR(10) NOT NULL,
  number_year INT NOT NULL,
  last_number BIGINT NOT NULL,
  last_issued_on DATE,
  CONSTRAINT liens_invoice_sequence_pk PRIMARY KEY (seller, number_prefix, number_year),
  CONSTRAINT liens_invoice_sequence_last_ck CHECK ((last_number = 0 AND last_issued_on IS NULL)
    OR (last_number > 0 AND last_issued_on IS NOT NULL))
)${table_options};

-- One index for every query of the new ports (lookups by id use the primary keys).

-- FundingAgreements.withPlacesLeft: the agreements with a place of an offer left; then their period.
CREATE INDEX liens_agreement_offer_left_ix ON liens_agreement_offer (offer_code, places_left, agreement_id);
-- FundingAgreements.ofFunder.
CREATE INDEX liens_agreement_funder_funder_ix ON liens_agreement_funder (funder_id, agreement_id);
-- FundingAgreements.withPlacesLeft filters on the period of the agreements found.
CREATE INDEX liens_funding_agreement_period_ix ON liens_funding_agreement (period_start, period_end);

-- Quotes.ofClient, oldest first.
CREATE INDEX liens_quote_client_ix ON liens_quote (client_id, quoted_on);
-- WorkshopSeriesStore.ofQuote: the unique key liens_workshop_series_quote_uk.

-- Invoices.ofAccompaniment, ofWorkshopSeries, ofAgreement, by draft date; issuedBetween; findByNumber is the
-- unique key liens_invoice_number_uk.
CREATE INDEX liens_invoice_accompaniment_ix ON liens_invoice (accompaniment_id, drafted_on);
CREATE INDEX liens_invoice_series_ix ON liens_invoice (workshop_series_id, drafted_on);
CREATE INDEX liens_invoice_agreement_ix ON liens_invoice (agreement_id, drafted_on);
CREATE INDEX liens_invoice_issued_ix ON liens_invoice (issued_on);

-- CreditNotes.ofInvoice and issuedBetween; findByNumber is the unique key liens_credit_note_number_uk.
CREATE INDEX liens_credit_note_invoice_ix ON liens_credit_note (invoice_id);
CREATE INDEX liens_credit_note_issued_ix ON liens_credit_note (issued_on);
