-- Liens storage, version 10: the partner-service catalogue (issue 16), data·inclusion structures and services.
-- Public information, no personal data. Placeholders as in version 1.
--
-- A structure or a service is its JSON (org.liens.json.StorageJson) with the columns the search filters on. A
-- service's words (org.liens.partner.SearchText: folded, each preceded by a space, " atelier parents ") let a
-- keyword find the words it starts with through LIKE '% keyword%'. Its themes (with the themes they belong to),
-- publics ('*' for a service open to every public) and zone codes are rows of liens_partner_service_key, read by
-- the (kind, code) index. The adapter narrows the candidates in SQL and decides in Java (ServiceQuery.select), so
-- that every adapter answers the same. Nothing refers to these rows by foreign key: an orientation keeps the id of
-- the service it names, and the catalogue may be replaced.

CREATE TABLE liens_partner_structure (
  id ${uuid_type} NOT NULL,
  data ${text_type} NOT NULL,
  CONSTRAINT liens_partner_structure_pk PRIMARY KEY (id)
)${table_options};

CREATE TABLE liens_partner_service (
  id ${uuid_type} NOT NULL,
  structure_id ${uuid_type} NOT NULL,
  status VARCHAR(16) NOT NULL,
  data ${text_type} NOT NULL,
  words ${text_type} NOT NULL,
  CONSTRAINT liens_partner_service_pk PRIMARY KEY (id),
  CONSTRAINT liens_partner_service_structure_fk FOREIGN KEY (structure_id) REFERENCES liens_partner_structure (id)
)${table_options};

CREATE TABLE liens_partner_service_key (
  service_id ${uuid_type} NOT NULL,
  kind VARCHAR(8) NOT NULL,
  code VARCHAR(120) NOT NULL,
  CONSTRAINT liens_partner_service_key_pk PRIMARY KEY (service_id, kind, code),
  CONSTRAINT liens_partner_service_key_service_fk FOREIGN KEY (service_id) REFERENCES liens_partner_service (id)
)${table_options};

-- PartnerCatalogue.search: the services of a theme, a public or a zone code.
CREATE INDEX liens_partner_service_key_ix ON liens_partner_service_key (kind, code, service_id);
-- PartnerCatalogue.search by status.
CREATE INDEX liens_partner_service_status_ix ON liens_partner_service (status, id);

-- Orientations (issue 16): personal data, one row per orientation, its state and the columns of the queries, the
-- whole value as JSON. No foreign key to the household or the accompaniment, as for the audit trail: the services
-- check those references before a save (AggregateKind.ORIENTATION), and the privacy purge of a household removes
-- its orientations with it.
CREATE TABLE liens_orientation (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  accompaniment_id ${uuid_type} NOT NULL,
  household_id ${uuid_type} NOT NULL,
  state VARCHAR(16) NOT NULL,
  pending BOOLEAN NOT NULL,
  proposed_on DATE NOT NULL,
  data ${text_type} NOT NULL,
  CONSTRAINT liens_orientation_pk PRIMARY KEY (id),
  CONSTRAINT liens_orientation_version_ck CHECK (version > 0)
)${table_options};

-- Orientations.ofAccompaniment, ofHousehold, proposedBetween (the published figures) and pending (the reminders).
CREATE INDEX liens_orientation_accompaniment_ix ON liens_orientation (accompaniment_id);
CREATE INDEX liens_orientation_household_ix ON liens_orientation (household_id);
CREATE INDEX liens_orientation_proposed_ix ON liens_orientation (proposed_on, id);
CREATE INDEX liens_orientation_pending_ix ON liens_orientation (pending, proposed_on);
