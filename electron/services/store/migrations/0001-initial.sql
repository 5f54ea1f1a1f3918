-- Items, their pages, the machine's and the mailroom's decisions, and the append-only audit log.
CREATE TABLE items (
  id TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_path TEXT,
  scanner TEXT,
  sha256 TEXT NOT NULL,
  stored_path TEXT,
  size_bytes INTEGER,
  page_count INTEGER NOT NULL DEFAULT 0,
  received_at TEXT NOT NULL,
  document_type TEXT,
  protection_level TEXT,
  department TEXT,
  confidence REAL,
  fields TEXT NOT NULL DEFAULT '{}',
  field_sources TEXT NOT NULL DEFAULT '{}',
  reasons TEXT NOT NULL DEFAULT '[]',
  might_be_very_high INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL DEFAULT '',
  error TEXT,
  duplicate_of TEXT REFERENCES items(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX items_by_sha ON items(sha256);
CREATE INDEX items_by_state ON items(state, received_at);
CREATE INDEX items_by_department ON items(department, state);

CREATE TABLE pages (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  page_index INTEGER NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  source TEXT NOT NULL,
  rotation INTEGER NOT NULL DEFAULT 0,
  confidence REAL NOT NULL,
  text TEXT NOT NULL,
  words TEXT NOT NULL DEFAULT '[]',
  image_path TEXT,
  PRIMARY KEY (item_id, page_index)
);

CREATE TABLE decisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('machine', 'correction')),
  document_type TEXT,
  protection_level TEXT,
  department TEXT,
  confidence REAL,
  fields TEXT NOT NULL DEFAULT '{}',
  reasons TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX decisions_by_item ON decisions(item_id, id);

-- Every lifecycle transition is one row; each row carries the hash of the one before it.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  item_id TEXT,
  type TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  reason TEXT,
  data TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX events_by_item ON events(item_id, seq);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
