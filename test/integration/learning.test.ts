// The learning loop end to end on a database file: corrections → background retrain → the adopted
// model is what the classifier uses (the pipeline's getter), and it survives a restart.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../electron/contract/items.ts';
import { loadConfig } from '../../electron/services/config.ts';
import { createLearning, listExamples, listModels } from '../../electron/services/learning.ts';
import { openDatabase, type Db } from '../../electron/services/store/db.ts';
import { getItem, insertItem } from '../../electron/services/store/items.ts';
import { classifyDocument, trainModel } from '../../ocr/classify/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import { graveLetter } from '../support/letters.ts';
import { TEST_BASE } from '../support/learningBase.ts';

const { config } = loadConfig();
const AT = '2026-03-02T09:00:00.000Z';

const BASE = TEST_BASE;


let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'epost-learning-'));
  db = openDatabase(path.join(dir, 'epost.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function storedItem(i: number, text: string): Item {
  const id = `grave-${i}`;
  insertItem(db, { id, state: 'received', sourceName: `${id}.pdf`, sourcePath: null, scanner: null, sha256: String(i).padStart(64, 'a'), sizeBytes: 1, receivedAt: AT }, { actor: 'system', at: AT });
  return { ...getItem(db, id)!, text, documentType: 'other', protectionLevel: 'normal' };
}

describe('learning from corrections', () => {
  it('retrains in the background once enough corrections exist, and the classifier then gets that kind of letter right', async () => {
    const learning = createLearning({ db, base: BASE, minNewExamples: 20, clock: () => new Date(AT) });
    const unseen = graveLetter(25);
    // Before any adoption the model in use is the one trained on this test's base.
    const baseModel = trainModel(BASE.train);
    const classify = () => classifyDocument(pagesFromText(unseen), config, { receivedAt: new Date(AT), model: learning.activeModel() ?? baseModel });
    expect(learning.activeModel()).toBeUndefined();
    expect(classify().documentType).not.toBe('other');

    for (let i = 0; i < 19; i++) learning.recordCorrection(storedItem(i, graveLetter(i)), { documentType: 'other', protectionLevel: 'normal', department: '9.60.10' }, 'poststelle');
    await learning.idle();
    expect(listModels(db)).toHaveLength(0); // 19 < 20: no retrain yet
    learning.recordCorrection(storedItem(19, graveLetter(19)), { documentType: 'other', protectionLevel: 'normal', department: '9.60.10' }, 'poststelle');
    await learning.idle();

    expect(listModels(db).map((m) => m.status)).toEqual(['active']);
    expect(learning.activeModel()).toBeDefined();
    expect(classify().documentType).toBe('other');
    expect(listExamples(db)[0]?.itemId).toBe('grave-0');

    // The key lives next to the database, readable by the owner only, and not in the database.
    const keyMode = statSync(path.join(dir, 'learning.key')).mode & 0o777;
    expect(keyMode).toBe(0o600);

    // A restart picks the adopted model up from the store.
    db.close();
    db = openDatabase(path.join(dir, 'epost.sqlite'));
    const restarted = createLearning({ db, base: BASE });
    expect(restarted.activeModel()?.trainedOn).toBe(learning.activeModel()?.trainedOn);
  });
});
