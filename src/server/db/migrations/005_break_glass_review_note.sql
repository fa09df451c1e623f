-- A note with the review of an emergency access grant (issue 6). Runs unchanged on PGlite and
-- PostgreSQL 15. The reviewer may explain their judgement in terms of the participant's situation,
-- so the note is sealed under the participant's data key like the grant's reason (reason_enc):
-- erasing the participant makes it unreadable too. Optional: NULL when no note was written.
-- The table's grants and its row-level security policy cover the new column as they stand.
ALTER TABLE break_glass ADD COLUMN review_note_enc bytea;
