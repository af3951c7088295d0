-- Liens storage, version 8 (issue 13): the caseload read a page at a time, in the caseload order (opening date,
-- then id), from an index that holds exactly the open rows of one prescriber, funder or of the whole caseload in
-- that order, so that the first page of 50 reads 50 index entries however large the table and however many closed
-- accompaniments a prescriber has.

-- is_open: status VALIDATED or ACTIVE (AccompanimentStatus.isOpen), written from the aggregate on every save.
ALTER TABLE liens_accompaniment ADD COLUMN is_open BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE liens_accompaniment SET is_open = TRUE WHERE status IN ('VALIDATED', 'ACTIVE');

-- Accompaniments.open(page): every open accompaniment, in the caseload order.
CREATE INDEX liens_accompaniment_open_page_ix ON liens_accompaniment (is_open, opened_on, id);

-- Accompaniments.openOfPrescriber(prescriber, page): the open ones it may consult (sharing consent in force).
CREATE INDEX liens_accompaniment_prescriber_page_ix
  ON liens_accompaniment (prescriber_id, is_open, shares_with_prescriber, opened_on, id);

-- Accompaniments.openOfFunder(funder, page).
CREATE INDEX liens_accompaniment_funder_page_ix ON liens_accompaniment (funder_id, is_open, opened_on, id);

-- The team rows of a page's accompaniments, from the index alone (the primary key has no educator_id).
CREATE INDEX liens_accompaniment_team_members_ix ON liens_accompaniment_team (accompaniment_id, ordinal, educator_id);
