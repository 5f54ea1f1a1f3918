-- Learning from the mailroom's corrections (electron/services/learning.ts): the labelled examples
-- and the models trained from them, with their metrics and which one is in use.

-- One example per corrected item (a later correction of the same item replaces it).
-- `text` is kept for normal/high mail only; for (possibly) very-high mail only `features` is kept:
-- a sorted set of keyed hashes (HMAC-SHA256, key outside the database) of those word/character
-- features that also occur in the shipped base examples, so the letter cannot be read back.
CREATE TABLE learning_examples (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id TEXT UNIQUE REFERENCES items(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  document_type TEXT NOT NULL,
  protection_level TEXT NOT NULL,
  department TEXT,
  representation TEXT NOT NULL CHECK (representation IN ('text', 'hashed-features')),
  text TEXT,
  features TEXT,
  key_id TEXT,
  -- Fixed when the example arrives (every 4th of its type): a held-back example is only ever used
  -- to compare models, never to train one, so a comparison never scores a model on its own data.
  held_back INTEGER NOT NULL DEFAULT 0 CHECK (held_back IN (0, 1)),
  CHECK ((representation = 'text' AND text IS NOT NULL AND features IS NULL)
      OR (representation = 'hashed-features' AND text IS NULL AND features IS NOT NULL AND key_id IS NOT NULL)),
  -- Very-high mail never keeps its text, whatever the caller passes.
  CHECK (protection_level <> 'very-high' OR representation = 'hashed-features')
);
CREATE INDEX learning_examples_by_type ON learning_examples(document_type);

-- Every retrain attempt: the candidate, its metrics against the model in use, and the verdict.
CREATE TABLE learning_models (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'retired', 'rejected')),
  -- Highest example id the attempt saw: examples above it are "new".
  examples_up_to INTEGER NOT NULL,
  trained_on INTEGER NOT NULL,
  held_back INTEGER NOT NULL,
  -- The model JSON (ocr/classify/model.ts); NULL for rejected candidates (never used) and for
  -- old retired models (pruned: a model is a few MB).
  model TEXT,
  metrics TEXT NOT NULL,
  reasons TEXT NOT NULL DEFAULT '[]',
  CHECK (status <> 'active' OR model IS NOT NULL)
);
CREATE UNIQUE INDEX learning_models_one_active ON learning_models(status) WHERE status = 'active';
