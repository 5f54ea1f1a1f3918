// Learning from corrections: what an example keeps (no readable text of very-high mail), the
// hold-back split, and the retrain gate (a regression is rejected, a real improvement adopted).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentType, ProtectionLevel } from '../../electron/contract/domain.ts';
import type { Item } from '../../electron/contract/items.ts';
import {
  keepsNoText, listExamples, listModels, loadActiveModel, publicVocabulary, recordCorrectionExample, retrainIfDue,
} from '../../electron/services/learning.ts';
import { eventsOfItem, verifyChain } from '../../electron/services/store/audit.ts';
import { openDatabase, type Db } from '../../electron/services/store/db.ts';
import { getItem, insertItem } from '../../electron/services/store/items.ts';
import { BUILTIN_EXAMPLES } from '../../ocr/classify/trainingExamples.ts';
import { graveLetter } from '../support/letters.ts';
import { TEST_BASE } from '../support/learningBase.ts';

const KEY = Buffer.alloc(32, 7);
const BASE = TEST_BASE;
const AT = '2026-03-02T09:00:00.000Z';

let db: Db;
let counter = 0;
beforeEach(() => { db = openDatabase(':memory:'); });
afterEach(() => db.close());

function item(text: string, protectionLevel: ProtectionLevel = 'normal', documentType: DocumentType = 'other', mightBeVeryHigh = false): Item {
  counter += 1;
  const id = `item-${counter}`;
  insertItem(db, { id, state: 'received', sourceName: `${id}.pdf`, sourcePath: null, scanner: null, sha256: String(counter).padStart(64, '0'), sizeBytes: 1, receivedAt: AT }, { actor: 'system', at: AT });
  return { ...getItem(db, id)!, text, protectionLevel, documentType, mightBeVeryHigh };
}

const MEDICAL = `Praxis Dr. med. Hannelore Zwirbelmeier · Kastanienallee 17 · 12345 Musterstadt
Stadt Musterstadt, Personalservice
Ärztliches Attest
Frau Kunigunde Quastenberg, geb. 03.04.1981, ist wegen einer Borreliose mit Gelenkbeteiligung bis
zum 30.04.2026 arbeitsunfähig. Diagnose: A69.2 G. Bitte behandeln Sie diese Mitteilung vertraulich.`;

describe('recordCorrectionExample', () => {
  it('keeps no readable text of a very-high letter: only keyed hashes of generic features', () => {
    const letter = item(MEDICAL, 'very-high', 'medical');
    const example = recordCorrectionExample(db, letter, { documentType: 'medical', protectionLevel: 'very-high', department: '1.10' }, { key: KEY, base: BASE, at: AT });
    expect(example?.representation).toBe('hashed-features');
    expect(example?.text).toBeNull();
    const row = JSON.stringify(db.prepare('SELECT * FROM learning_examples').all());
    // No word of the letter, in any spelling, is in the stored row.
    for (const word of MEDICAL.toLowerCase().split(/[^a-zäöüß0-9]+/).filter((w) => w.length >= 4 && /[a-zäöüß]/.test(w))) {
      expect(row.toLowerCase()).not.toContain(word);
      expect(row.toLowerCase()).not.toContain(word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'));
    }
    expect(example?.features?.every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
    // Sorted: the order of the words is gone.
    expect(example?.features).toEqual([...(example?.features ?? [])].sort());
    // Names and the diagnosis are not in the base vocabulary, so not even their hashes are kept.
    const vocabulary = publicVocabulary(BASE);
    expect(vocabulary.has('w:quastenberg')).toBe(false);
    expect(vocabulary.has('w:borreliose')).toBe(false);
    expect(example?.features?.length).toBeLessThan(vocabulary.size);
  });

  it('treats "might be very-high" and a correction to very-high the same way', () => {
    expect(keepsNoText({ protectionLevel: 'normal', mightBeVeryHigh: true }, { protectionLevel: 'normal' })).toBe(true);
    expect(keepsNoText({ protectionLevel: 'high', mightBeVeryHigh: false }, { protectionLevel: 'very-high' })).toBe(true);
    expect(keepsNoText({ protectionLevel: 'high', mightBeVeryHigh: false }, { protectionLevel: 'high' })).toBe(false);
    const letter = item('Rechnung über Kopierpapier, Betrag 12,00 EUR', 'normal', 'invoice');
    const example = recordCorrectionExample(db, letter, { documentType: 'medical', protectionLevel: 'very-high', department: '5.30' }, { key: KEY, base: BASE });
    expect(example?.text).toBeNull();
  });

  it('the database refuses text for a very-high example, whoever writes it', () => {
    expect(() => db.prepare(`INSERT INTO learning_examples (created_at, actor, document_type, protection_level, representation, text)
      VALUES ('x', 'x', 'medical', 'very-high', 'text', 'Diagnose')`).run()).toThrow(/CHECK/);
  });

  it('keeps the text of normal mail; a second correction of the same item replaces its example', () => {
    const letter = item('Antrag auf Sondernutzung für einen Marktstand', 'normal', 'other');
    const first = recordCorrectionExample(db, letter, { documentType: 'offer', protectionLevel: 'normal', department: '1.20' }, { key: KEY, base: BASE });
    const second = recordCorrectionExample(db, letter, { documentType: 'application', protectionLevel: 'normal', department: null }, { key: KEY, base: BASE });
    expect(first?.text).toContain('Sondernutzung');
    expect(second?.id).toBe(first?.id);
    expect(second?.heldBack).toBe(first?.heldBack);
    expect(listExamples(db)).toHaveLength(1);
    expect(listExamples(db)[0]?.documentType).toBe('application');
  });

  it('holds back every fourth example of each type, fixed when it arrives', () => {
    for (let i = 0; i < 8; i++) {
      recordCorrectionExample(db, item(`Rechnung ${i}`), { documentType: 'invoice', protectionLevel: 'normal', department: '1.40' }, { key: KEY, base: BASE });
      recordCorrectionExample(db, item(`Mahnung ${i}`), { documentType: 'reminder', protectionLevel: 'normal', department: '1.40' }, { key: KEY, base: BASE });
    }
    const examples = listExamples(db);
    expect(examples.filter((e) => e.documentType === 'invoice' && e.heldBack)).toHaveLength(2);
    expect(examples.filter((e) => e.documentType === 'reminder' && e.heldBack)).toHaveLength(2);
  });
});


describe('retrainIfDue', () => {
  it('waits for enough new examples', () => {
    recordCorrectionExample(db, item(graveLetter(0)), { documentType: 'application', protectionLevel: 'normal', department: null }, { key: KEY, base: BASE });
    expect(retrainIfDue(db, { key: KEY, base: BASE, minNewExamples: 20 }).status).toBe('skipped');
    expect(listModels(db)).toHaveLength(0);
  });

  it('rejects a model trained on deliberately mislabelled corrections and keeps the one in use', () => {
    // Well-known letters, each filed under the wrong type (shifted by five in the type list).
    const types = [...new Set(BUILTIN_EXAMPLES.map((e) => e.documentType))];
    BUILTIN_EXAMPLES.forEach((example, i) => {
      const wrong = types[(types.indexOf(example.documentType) + 5) % types.length] ?? 'other';
      recordCorrectionExample(db, item(`${example.text}\nVorgang ${i}`), { documentType: wrong, protectionLevel: 'normal', department: null }, { key: KEY, base: BASE });
    });
    const result = retrainIfDue(db, { key: KEY, base: BASE, minNewExamples: 20, at: AT });
    expect(result.status).toBe('rejected');
    expect(result.reasons.some((r) => r.startsWith('Basisbriefe'))).toBe(true);
    expect(loadActiveModel(db)).toBeUndefined();
    const [model] = listModels(db);
    expect(model?.status).toBe('rejected');
    expect(model?.metrics.candidateOnBase.accuracy).toBeLessThan(model?.metrics.currentOnBase.accuracy ?? 0);
    const events = db.prepare(`SELECT type, reason FROM events WHERE type LIKE 'model.%'`).all() as { type: string; reason: string }[];
    expect(events).toEqual([{ type: 'model.rejected', reason: expect.stringContaining('Basisbriefe') }]);
    expect(verifyChain(db).ok).toBe(true);
    // Nothing new since this attempt: no retrain loop on the same examples.
    expect(retrainIfDue(db, { key: KEY, base: BASE, minNewExamples: 20 }).status).toBe('skipped');
  });

  it('adopts a model trained on good corrections, with an audit event', () => {
    for (let i = 0; i < 24; i++) {
      recordCorrectionExample(db, item(graveLetter(i)), { documentType: 'application', protectionLevel: 'normal', department: '9.60.10' }, { key: KEY, base: BASE });
    }
    const result = retrainIfDue(db, { key: KEY, base: BASE, minNewExamples: 20, at: AT });
    expect(result.reasons).toEqual([]);
    expect(result.status).toBe('adopted');
    expect(loadActiveModel(db)?.trainedOn).toBe(BASE.train.length + 18);
    expect(listModels(db).map((m) => m.status)).toEqual(['active']);
    const events = db.prepare(`SELECT type, data FROM events WHERE type LIKE 'model.%'`).all() as { type: string; data: string }[];
    expect(events.map((e) => e.type)).toEqual(['model.adopted']);
    expect(JSON.parse(events[0]?.data ?? '{}')).toMatchObject({ modelId: result.modelId, newExamples: 24 });
    // The item's own audit trail is untouched by model events.
    expect(eventsOfItem(db, 'item-1').every((e) => !e.type.startsWith('model.'))).toBe(true);
  });

  it('learns from very-high corrections through their hashed features', () => {
    for (let i = 0; i < 20; i++) {
      const text = `${BUILTIN_EXAMPLES.filter((e) => e.documentType === 'medical')[i % 4]?.text ?? ''}\nPatientin Nr. ${i}`;
      recordCorrectionExample(db, item(text, 'very-high', 'other'), { documentType: 'medical', protectionLevel: 'very-high', department: '5.30' }, { key: KEY, base: BASE });
    }
    expect(listExamples(db).every((e) => e.text === null)).toBe(true);
    const result = retrainIfDue(db, { key: KEY, base: BASE, minNewExamples: 20 });
    expect(result.status).toBe('adopted');
    expect(result.metrics?.candidate.recall['medical']).toBe(1);
  });
});
