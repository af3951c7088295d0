-- Liens storage, version 5: the audit trail (issue 9). Who (the actor's user id, role, organisation and staff id),
-- when, which operation, on which subjects (household and person ids), with what outcome. Ids and codes only: no
-- name, no free text. Append-only: the adapter inserts entries and the retention purge deletes old ones; nothing
-- updates them. No foreign key to the households or organisations: an entry outlives what it names (a denied read
-- may name an id that never existed), and the trail is kept apart from the main data.
--
-- actor_user_id holds the host's pseudonymous user id, at most 200 code points (AuditEntry): VARCHAR(400) leaves
-- room on H2, which counts UTF-16 units, and stays indexable on MariaDB (utf8mb4: 1600 bytes).

CREATE TABLE liens_audit_entry (
  id ${uuid_type} NOT NULL,
  occurred_at ${timestamp_type} NOT NULL,
  actor_user_id VARCHAR(400) NOT NULL,
  actor_role VARCHAR(32) NOT NULL,
  actor_organisation_id ${uuid_type},
  actor_staff_id ${uuid_type},
  operation VARCHAR(100) NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  CONSTRAINT liens_audit_entry_pk PRIMARY KEY (id)
)${table_options};

-- One row per subject of an entry: HOUSEHOLD or PERSON and its id. occurred_at repeats the entry's, so that the
-- per-subject period query and the purge read one index.
CREATE TABLE liens_audit_subject (
  entry_id ${uuid_type} NOT NULL,
  subject_kind VARCHAR(16) NOT NULL,
  subject_id ${uuid_type} NOT NULL,
  occurred_at ${timestamp_type} NOT NULL,
  CONSTRAINT liens_audit_subject_pk PRIMARY KEY (entry_id, subject_kind, subject_id),
  CONSTRAINT liens_audit_subject_entry_fk FOREIGN KEY (entry_id) REFERENCES liens_audit_entry (id)
)${table_options};

-- AuditTrail.ofHousehold and ofPerson: by subject, over a period.
CREATE INDEX liens_audit_subject_ix ON liens_audit_subject (subject_kind, subject_id, occurred_at);

-- AuditTrail.ofActor: by user id, over a period, in time then id order.
CREATE INDEX liens_audit_entry_actor_ix ON liens_audit_entry (actor_user_id, occurred_at, id);

-- AuditTrail.purgeBefore: the oldest entries and their subjects.
CREATE INDEX liens_audit_entry_time_ix ON liens_audit_entry (occurred_at);
CREATE INDEX liens_audit_subject_time_ix ON liens_audit_subject (occurred_at);
