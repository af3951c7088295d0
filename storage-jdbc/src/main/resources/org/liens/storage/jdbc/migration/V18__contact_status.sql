-- Liens storage, version 18: contacts carry a status (issue 14): PLANNED, HELD, MISSED_FAMILY_ABSENT,
-- MISSED_CANCELLED_BY_FAMILY, MISSED_CANCELLED_BY_SERVICE or CANCELLED (ContactStatus). Every contact stored before
-- it was held, the only status Liens knew.
ALTER TABLE liens_contact ADD COLUMN status VARCHAR(32) DEFAULT 'HELD' NOT NULL;
