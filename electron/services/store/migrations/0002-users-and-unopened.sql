-- Local user accounts (password hashes only) and the register of mail recorded unopened.
-- Sessions live in memory: a restart signs everyone out, which is the safer default on a shared PC.
CREATE TABLE users (
  username TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('mailroom', 'clerk', 'it')),
  -- A clerk belongs to exactly one department; the other roles to none.
  department TEXT,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  CHECK ((role = 'clerk') = (department IS NOT NULL))
);

-- Letters marked "persönlich", "vertraulich", for the staff council or the equality officer are
-- never opened or scanned: the item row stands for the envelope, this row says what was on it.
CREATE TABLE unopened (
  item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('personal', 'confidential', 'staff-council', 'equality')),
  addressee TEXT NOT NULL,
  sender TEXT,
  note TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  picked_up_by TEXT,
  picked_up_at TEXT
);
