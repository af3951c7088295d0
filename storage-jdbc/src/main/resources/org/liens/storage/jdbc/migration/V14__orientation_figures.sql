-- Liens storage, version 14: the orientation figures (issue 16), counted in SQL. An orientation's expiry date and its
-- outcome (1 took part, 0 did not, NULL none yet) become columns, so that Orientations.tally groups and sums rows
-- instead of reading their JSON. Rows written before this version get them from their JSON (written by
-- org.liens.json.StorageJson: compact, "expiresOn":"YYYY-MM-DD" and "tookPart":true|false).

ALTER TABLE liens_orientation ADD expires_on DATE;
ALTER TABLE liens_orientation ADD took_part SMALLINT;

UPDATE liens_orientation SET took_part = 1 WHERE data LIKE '%"tookPart":true%';
UPDATE liens_orientation SET took_part = 0 WHERE data LIKE '%"tookPart":false%';
UPDATE liens_orientation
  SET expires_on = CAST(SUBSTRING(data FROM POSITION('"expiresOn":"' IN data) + 13 FOR 10) AS DATE)
  WHERE expires_on IS NULL;
