-- Liens storage, version 4: the staff registry (educators, the positive-psychopedagogy practitioner, coordinators).
--
-- A staff member works for an organisation, holds one or more roles (a JSON array of role names, in declaration
-- order) and is active from active_from to active_to, both days included (no active_to: still active). Teams keep
-- their staff ids in liens_accompaniment_team.educator_id without a foreign key: teams stored before this version
-- name staff that a host registers afterwards under the same ids (StaffService.register with an id), and the
-- services, not the schema, refuse a team of unknown or inactive staff. Placeholders as in version 1.

CREATE TABLE liens_staff_member (
  id ${uuid_type} NOT NULL,
  version BIGINT NOT NULL,
  organisation_id ${uuid_type} NOT NULL,
  roles VARCHAR(200) NOT NULL,
  active_from DATE NOT NULL,
  active_to DATE,
  CONSTRAINT liens_staff_member_pk PRIMARY KEY (id),
  CONSTRAINT liens_staff_member_version_ck CHECK (version > 0),
  CONSTRAINT liens_staff_member_activity_ck CHECK (active_to IS NULL OR active_to >= active_from),
  CONSTRAINT liens_staff_member_organisation_fk FOREIGN KEY (organisation_id) REFERENCES liens_organisation (id)
)${table_options};

-- StaffRegistry.ofOrganisation: the staff of an organisation.
CREATE INDEX liens_staff_member_organisation_ix ON liens_staff_member (organisation_id, id);
