-- Issue 15: how a public funder receives invoices through Chorus Pro (SIRET, service code, commitment number and
-- which of them it requires), as JSON; empty for a funder not invoiced through Chorus Pro. Invoices copy it into
-- their client's JSON when issued, so they need no column.
ALTER TABLE liens_organisation ADD COLUMN chorus_pro ${text_type};
