-- Issue 7, records a municipality can defend.
-- The deadline computed from the receipt date (electron/services/records/deadlines.ts), kept with
-- the item so the department inbox can sort by it: JSON of the deadline, the string 'null' when the
-- letter states none, SQL NULL when not computed yet (rows from before this migration; filled lazily).
ALTER TABLE items ADD COLUMN deadline TEXT;
ALTER TABLE items ADD COLUMN deadline_date TEXT;
CREATE INDEX items_by_deadline ON items(department, state, deadline_date);
-- Retention: when the scan, page images and text were deleted (the audit row says what exactly).
ALTER TABLE items ADD COLUMN content_deleted_at TEXT;
-- The pick-up receipt of unopened mail: picked_up_by is the person who took the letter (free text,
-- often not a user of the app), picked_up_recorded_by the mailroom user who recorded the receipt.
ALTER TABLE unopened ADD COLUMN picked_up_recorded_by TEXT;
