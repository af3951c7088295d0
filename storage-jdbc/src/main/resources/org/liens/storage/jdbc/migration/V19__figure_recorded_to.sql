-- Liens storage, version 19: the figure facts know when each row stopped being the latest (issue 12).
--
-- recorded_to is the instant the next revision of the same file or household was recorded; empty while the row is
-- the latest. A report "as known on" an instant reads the rows with recorded_at <= instant < recorded_to (or no
-- recorded_to): a range test on each row instead of a search for a later revision, which made the report's cost grow
-- with the number of revisions (every recorded contact is one). Set in the transaction that records the next
-- revision. The rows stored before this version are closed by the earliest later revision recorded (the derived
-- table lets MariaDB read the table it updates).
ALTER TABLE liens_figure_file ADD recorded_to ${timestamp_type};
ALTER TABLE liens_figure_household ADD recorded_to ${timestamp_type};
UPDATE liens_figure_file SET recorded_to = (SELECT MIN(g.recorded_at)
  FROM (SELECT file_id, revision, recorded_at FROM liens_figure_file) g
  WHERE g.file_id = liens_figure_file.file_id AND g.revision > liens_figure_file.revision);
UPDATE liens_figure_household SET recorded_to = (SELECT MIN(g.recorded_at)
  FROM (SELECT household_id, revision, recorded_at FROM liens_figure_household) g
  WHERE g.household_id = liens_figure_household.household_id AND g.revision > liens_figure_household.revision);
