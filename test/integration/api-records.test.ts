// Issue 7 over the real store and dispatcher: receipt date and deadlines, four-eyes release, the
// unopened-mail register with its pick-up receipt, the transfer note and retention.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../electron/contract/events.ts';
import type { ItemSummary } from '../../electron/contract/methods.ts';
import type { TransferNote, UnopenedEntry } from '../../electron/contract/records.ts';
import { claimScan } from '../../electron/services/claim.ts';
import { runRetention } from '../../electron/services/records/retention.ts';
import { eventsOfItem, verifyChain } from '../../electron/services/store/audit.ts';
import { getItem, pagesOf, setStoredPath } from '../../electron/services/store/items.ts';
import { createApiHarness, type ApiHarness } from '../support/apiHarness.ts';

let h: ApiHarness;
let mailroom: string;
let mailroom2: string;
let clerk140: string;
let clerk150: string;
beforeEach(async () => {
  h = await createApiHarness();
  [mailroom, mailroom2, clerk140, clerk150] = await Promise.all([h.signIn('mailroom'), h.signIn('mailroom2'), h.signIn('clerk140'), h.signIn('clerk150')]);
});
afterEach(() => h.close());

const ANHOERUNG = [
  'Landkreis Musterland · Bußgeldstelle',
  'Stadt Musterstadt',
  'Finanzservice',
  'Anhörung im Bußgeldverfahren',
  'Sie haben Gelegenheit, sich innerhalb eines Monats nach Zugang dieses Schreibens zu äußern.',
].join('\n');

describe('receipt date and deadlines', () => {
  it('a deadline computed from an edited receipt date, moved off a Sunday', async () => {
    h.clock.now = new Date('2026-11-30T07:30:00Z'); // Monday morning
    [mailroom, clerk140] = [await h.signIn('mailroom'), await h.signIn('clerk140')]; // sessions expire after 8 hours
    const id = await h.addItem({ text: ANHOERUNG, department: '1.40', documentType: 'fine', protectionLevel: 'high', state: 'needs-review' });
    const before = await h.ok<{ deadline: ItemSummary['deadline'] }>('items.get', { id }, mailroom);
    expect(before.deadline).toMatchObject({ date: '2026-12-30', startDate: '2026-11-30', text: 'innerhalb eines Monats nach Zugang dieses Schreibens' });

    // Found in the letterbox on Monday: received on the last working day, Friday.
    expect(await h.call('items.setReceivedAt', { id, receivedAt: '2026-11-27T16:00:00+01:00', reason: '' }, mailroom))
      .toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await h.call('items.setReceivedAt', { id, receivedAt: '2026-12-27T16:00:00+01:00', reason: 'Zukunft' }, mailroom))
      .toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'receivedAt' }] } });
    const summary = await h.ok<ItemSummary>('items.setReceivedAt',
      { id, receivedAt: '2026-11-27T16:00:00+01:00', reason: 'lag Montag früh im Hausbriefkasten: Eingang am letzten Arbeitstag' }, mailroom);
    expect(summary.receivedAt).toBe('2026-11-27T15:00:00.000Z');
    expect(summary.fields.receivedAt).toBe('2026-11-27');
    // 27.12.2026 is a Sunday: the deadline is Monday 28.12.
    expect(summary.deadline).toMatchObject({ date: '2026-12-28', periodEnd: '2026-12-27', startDate: '2026-11-27' });
    expect(summary.deadline!.basis).toContain('einen Sonntag');
    expect(eventsOfItem(h.db, id).at(-1)).toMatchObject({
      type: 'item.receivedAt', actor: 'poststelle', reason: 'lag Montag früh im Hausbriefkasten: Eingang am letzten Arbeitstag',
      data: { from: '2026-11-30T07:30:00.000Z', to: '2026-11-27T15:00:00.000Z', deadline: '2026-12-28' },
    });

    // Released to 1.40: the clerk sees the deadline, sorted by it.
    await h.ok('items.release', { id }, mailroom);
    const later = await h.addItem({ department: '1.40', state: 'routed', fields: { dueDate: '2027-01-15' } });
    const none = await h.addItem({ department: '1.40', state: 'routed', fields: {} });
    const inbox = await h.ok<{ items: ItemSummary[] }>('inbox.list', { sort: 'deadline' }, clerk140);
    expect(inbox.items.map((i) => i.id)).toEqual([id, later, none]);
    expect(inbox.items[0]!.deadline).toMatchObject({ date: '2026-12-28' });
    expect(inbox.items[2]!.deadline).toBeNull();
  });

  it('items.correct changes the receipt date only with a reason, as its own audit row, without a training example', async () => {
    h.clock.now = new Date('2026-11-30T07:30:00Z');
    mailroom = await h.signIn('mailroom');
    const id = await h.addItem({ text: ANHOERUNG, department: '1.40', state: 'needs-review' });
    expect(await h.call('items.correct', { id, receivedAt: '2026-11-27T15:00:00Z' }, mailroom)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // The form's date field is the same legal fact as the timestamp.
    const fields = getItem(h.db, id)!.fields;
    expect(await h.call('items.correct', { id, fields: { ...fields, receivedAt: '2026-11-27' } }, mailroom)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const detail = await h.ok<{ item: { receivedAt: string }; deadline: { date: string } }>('items.correct',
      { id, fields: { ...fields, receivedAt: '2026-11-27' }, reason: 'Eingang Freitag, Briefkasten' }, mailroom);
    expect(detail.item.receivedAt.slice(0, 10)).toBe('2026-11-27');
    expect(detail.deadline.date).toBe('2026-12-28');
    expect(eventsOfItem(h.db, id).map((e) => e.type).filter((t) => t !== 'item.state')).toEqual(['item.created', 'item.receivedAt']);
    expect(h.db.prepare(`SELECT COUNT(*) AS n FROM decisions WHERE item_id = ? AND kind = 'correction'`).get(id)).toEqual({ n: 0 });
  });

  it('a clerk never gets the deadline of an item only the mailroom\'s metadata view shows', async () => {
    const id = await h.addItem({ text: `${ANHOERUNG}\nArbeitsunfähigkeit`, department: '1.40', protectionLevel: 'very-high', state: 'routed' });
    expect((await h.ok<{ deadline: unknown; restricted: boolean }>('items.get', { id }, mailroom))).toMatchObject({ restricted: true, deadline: null });
    expect((await h.ok<{ deadline: unknown }>('items.get', { id }, clerk140)).deadline).not.toBeNull();
  });
});

describe('four-eyes release of very-high items', () => {
  const veryHigh = () => h.addItem({ text: 'Arbeitsunfähigkeitsbescheinigung Frau Beispiel', department: '1.40', documentType: 'personnel', protectionLevel: 'very-high' });

  it('one person cannot release a very-high item; a second, different person does', async () => {
    const id = await veryHigh();
    const first = await h.ok<ItemSummary>('items.release', { id }, mailroom);
    expect(first).toMatchObject({ state: 'needs-review', fourEyes: { firstReleaseBy: 'poststelle' } });
    expect(getItem(h.db, id)!.state).toBe('needs-review');
    expect(eventsOfItem(h.db, id).at(-1)).toMatchObject({ type: 'item.releaseFirst', actor: 'poststelle', fromState: 'needs-review', toState: 'needs-review' });

    const again = await h.call('items.release', { id }, mailroom);
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!again.ok && again.error.message).toMatch(/Vier-Augen/);
    expect(getItem(h.db, id)!.state).toBe('needs-review');
    // Bulk release never takes it either.
    expect((await h.ok<{ released: unknown[] }>('items.releaseBulk', { minConfidence: 0.5 }, mailroom)).released).toEqual([]);

    const second = await h.ok<ItemSummary>('items.release', { id }, mailroom2);
    expect(second).toMatchObject({ state: 'routed', department: '1.40', restricted: true, fourEyes: null });
    expect(eventsOfItem(h.db, id).at(-1)).toMatchObject({
      type: 'item.state', fromState: 'needs-review', toState: 'routed', actor: 'poststelle2',
      data: { fourEyes: { first: 'poststelle', second: 'poststelle2' } },
    });
    // After release the mailroom sees only the metadata.
    const detail = await h.ok<{ restricted: boolean; item: { text: string; fields: object } }>('items.get', { id }, mailroom);
    expect(detail).toMatchObject({ restricted: true, item: { text: '', fields: {} } });
    expect(verifyChain(h.db).ok).toBe(true);
  });

  it('a correction after the first release voids it', async () => {
    const id = await veryHigh();
    await h.ok('items.release', { id }, mailroom);
    await h.ok('items.correct', { id, department: '1.40', documentType: 'medical', reason: 'Attest, kein Personalvorgang' }, mailroom2);
    const summary = await h.ok<ItemSummary>('items.release', { id }, mailroom2);
    expect(summary).toMatchObject({ state: 'needs-review', fourEyes: { firstReleaseBy: 'poststelle2' } });
    expect((await h.ok<ItemSummary>('items.release', { id }, mailroom)).state).toBe('routed');
  });

  it('the transfer note names both people as the quality check', async () => {
    const id = await veryHigh();
    await h.ok('items.release', { id }, mailroom);
    await h.ok('items.release', { id }, mailroom2);
    const { note, text } = await h.ok<{ note: TransferNote; text: string }>('items.transferNote', { id }, mailroom);
    expect(note.qualityCheck).toMatchObject({ result: 'passed', mode: 'four-eyes', by: ['poststelle', 'poststelle2'] });
    expect(note.releases.map((r) => [r.step, r.by])).toEqual([['first-release', 'poststelle'], ['release', 'poststelle2']]);
    expect(text).toContain('Vier-Augen-Prinzip: poststelle und poststelle2');
  });
});

describe('unopened-mail register', () => {
  it('notifies the addressee\'s department, lists the entry there, and the pick-up receipt closes it', async () => {
    const got = { clerk140: [] as ApiEvent[], clerk150: [] as ApiEvent[] };
    h.dispatcher.subscribe((e) => got.clerk140.push(e), { token: clerk140 });
    h.dispatcher.subscribe((e) => got.clerk150.push(e), { token: clerk150 });
    const recorded = await h.ok<ItemSummary>('items.recordUnopened',
      { addressee: 'Frau Kasse, persönlich', department: '1.40', kind: 'personal', sender: 'Amtsgericht Musterstadt' }, mailroom);
    const id = recorded.id;
    expect(got.clerk140).toContainEqual({ type: 'unopened.changed', data: { id, department: '1.40', kind: 'personal', open: true } });
    expect(got.clerk150.filter((e) => e.type === 'unopened.changed')).toEqual([]);

    const forClerk = await h.ok<{ items: UnopenedEntry[]; total: number }>('unopened.list', {}, clerk140);
    expect(forClerk).toMatchObject({ total: 1, items: [{ id, state: 'paper', department: '1.40', departmentName: 'Finanzservice', kind: 'personal', addressee: 'Frau Kasse, persönlich', sender: 'Amtsgericht Musterstadt', recordedBy: 'poststelle', pickedUpBy: null }] });
    expect((await h.ok<{ total: number }>('unopened.list', {}, clerk150)).total).toBe(0);
    // A clerk cannot widen the scope through the input.
    expect((await h.ok<{ total: number }>('unopened.list', { department: '1.40' }, clerk150)).total).toBe(0);
    expect((await h.ok<{ total: number }>('unopened.list', { department: '1.40' }, mailroom)).total).toBe(1);

    h.clock.now = new Date('2026-11-23T10:15:00Z');
    const closed = await h.ok<UnopenedEntry>('unopened.pickUp', { id, pickedUpBy: 'Frank Kasse' }, mailroom);
    expect(closed).toMatchObject({ state: 'done', pickedUpBy: 'Frank Kasse', pickedUpAt: '2026-11-23T10:15:00.000Z', pickUpRecordedBy: 'poststelle' });
    expect(eventsOfItem(h.db, id).at(-1)).toMatchObject({
      type: 'item.state', fromState: 'paper', toState: 'done', actor: 'poststelle', reason: 'Abholquittung: abgeholt von Frank Kasse',
      data: { pickedUpBy: 'Frank Kasse', pickedUpAt: '2026-11-23T10:15:00.000Z' },
    });
    expect(got.clerk140).toContainEqual({ type: 'unopened.changed', data: { id, department: '1.40', kind: 'personal', open: false } });
    expect((await h.ok<{ total: number }>('unopened.list', {}, clerk140)).total).toBe(0);
    expect((await h.ok<{ items: UnopenedEntry[] }>('unopened.list', { state: 'done' }, clerk140)).items.map((e) => e.id)).toEqual([id]);
    // A second receipt for the same letter is refused; a scanned item has no register entry.
    expect(await h.call('unopened.pickUp', { id, pickedUpBy: 'Frank Kasse' }, mailroom)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const scanned = await h.addItem({ department: '1.40', state: 'paper' });
    expect(await h.call('unopened.pickUp', { id: scanned, pickedUpBy: 'X Y' }, mailroom)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The transfer note says it was never opened.
    const { note } = await h.ok<{ note: TransferNote }>('items.transferNote', { id }, mailroom);
    expect(note).toMatchObject({ capture: { method: 'unopened' }, originals: [], qualityCheck: { result: 'not-applicable' } });
  });
});

/** A stored original and its page image, as the claim protocol and the pipeline leave them. */
function storeOriginal(id: string): string {
  const content = Buffer.from(`%PDF-1.4 original of ${id}`);
  const sha = createHash('sha256').update(content).digest('hex');
  const relative = path.join('scans', sha.slice(0, 2), `${sha}.pdf`);
  mkdirSync(path.dirname(path.join(h.core.config.dataDir, relative)), { recursive: true });
  writeFileSync(path.join(h.core.config.dataDir, relative), content);
  setStoredPath(h.db, id, relative, h.clock.now.toISOString());
  h.db.prepare('UPDATE items SET sha256 = ? WHERE id = ?').run(sha, id);
  // The capture row of the harness names the harness' placeholder hash; the real claim writes the file's.
  return relative;
}

describe('transfer note', () => {
  it('derives capture, checksums, irregularities and the release from the audit log', async () => {
    const id = await h.addItem({ department: '1.40', state: 'needs-review', withImage: true });
    h.db.prepare('UPDATE pages SET rotation = 90, confidence = 0.4, source = \'ocr\' WHERE item_id = ?').run(id);
    await h.ok('items.release', { id }, mailroom);
    const { note, text } = await h.ok<{ note: TransferNote; text: string }>('items.transferNote', { id }, clerk140);
    const created = eventsOfItem(h.db, id)[0]!;
    expect(note).toMatchObject({
      itemId: id, organisation: 'Stadt Musterstadt',
      capture: { method: 'scan', scanner: 'Testscanner', at: created.at },
      originals: [{ name: `${id}.pdf`, sha256: created.data!['sha256'], sizeBytes: 100, integrity: 'missing' }],
      qualityCheck: { result: 'passed', mode: 'individual', by: ['poststelle'] },
      audit: { lastHash: eventsOfItem(h.db, id).at(-1)!.hash },
    });
    expect(note.irregularities.map((i) => i.kind)).toEqual(['rotated-page', 'low-confidence', 'original-missing']);
    expect(text).toMatch(/Transfervermerk/);
    expect(text).toContain('Seite 1 gedreht (90°)');
    // Another department's clerk gets nothing.
    expect(await h.call('items.transferNote', { id }, clerk150)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('checks the stored original against the SHA-256 taken at capture (real claim of a scanner file)', async () => {
    const inbox = path.join(h.root, 'inbox');
    mkdirSync(inbox, { recursive: true });
    const file = path.join(inbox, 'scan-0001.pdf');
    writeFileSync(file, '%PDF-1.4 Brief an die Stadtkasse');
    const item = await claimScan({ db: h.db, dataDir: h.core.config.dataDir, clock: () => h.clock.now, newId: () => 'claimed-1', actor: 'system' },
      file, { scanner: 'Hochleistungsscanner Poststelle', keepSource: false });
    const noteOf = async () => (await h.ok<{ note: TransferNote }>('items.transferNote', { id: item.id }, mailroom)).note;
    const note = await noteOf();
    expect(note).toMatchObject({
      capture: { method: 'scan', scanner: 'Hochleistungsscanner Poststelle', folder: inbox },
      originals: [{ name: 'scan-0001.pdf', sha256: createHash('sha256').update('%PDF-1.4 Brief an die Stadtkasse').digest('hex'), integrity: 'unchanged' }],
      qualityCheck: { result: 'pending' },
    });
    expect(note.irregularities).toEqual([]);
    writeFileSync(path.join(h.core.config.dataDir, item.storedPath!), 'verändert');
    const tampered = await noteOf();
    expect(tampered.originals[0]!.integrity).toBe('changed');
    expect(tampered.irregularities.map((i) => i.kind)).toEqual(['original-changed']);
  });
});

describe('retention', () => {
  it('deletes scan, page images and text after the configured days, keeps metadata and the audit log', async () => {
    h.core.updateConfig({ ...h.core.config, retention: { defaultDays: 90, byType: { invoice: 30 }, intervalMinutes: 60 } });
    const invoice = await h.addItem({ department: '1.40', documentType: 'invoice', state: 'done', withImage: true });
    const reminder = await h.addItem({ department: '1.40', documentType: 'reminder', state: 'done', withImage: true });
    const open = await h.addItem({ department: '1.40', documentType: 'invoice', state: 'claimed', withImage: true });
    const scan = storeOriginal(invoice);
    const image = path.join(h.core.config.dataDir, pagesOf(h.db, invoice)[0]!.imagePath!);
    const eventsBefore = (h.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;

    // 29 days: nothing is due yet.
    const day = 24 * 60 * 60 * 1000;
    expect((await runRetention({ db: h.db, config: h.core.config, now: new Date(h.clock.now.getTime() + 29 * day) })).entries).toEqual([]);
    // 31 days, dry run: listed, nothing deleted.
    const later = new Date(h.clock.now.getTime() + 31 * day);
    const dry = await runRetention({ db: h.db, config: h.core.config, now: later, dryRun: true });
    expect(dry.entries.map((e) => [e.id, e.days])).toEqual([[invoice, 30]]);
    expect(existsSync(path.join(h.core.config.dataDir, scan))).toBe(true);

    const result = await runRetention({ db: h.db, config: h.core.config, now: later });
    expect(result.entries.map((e) => e.id)).toEqual([invoice]);
    expect(existsSync(path.join(h.core.config.dataDir, scan))).toBe(false);
    expect(existsSync(image)).toBe(false);
    const item = getItem(h.db, invoice)!;
    expect(item).toMatchObject({ state: 'done', text: '', documentType: 'invoice', department: '1.40', fieldSources: {}, reasons: [] });
    expect(item.fields.amount).toBe(999.6); // the register entry stays
    expect(pagesOf(h.db, invoice).map((p) => [p.text, p.imagePath])).toEqual([['', null]]);
    // The others are untouched.
    expect(getItem(h.db, reminder)!.text).not.toBe('');
    expect(getItem(h.db, open)!.text).not.toBe('');

    // The audit log kept every row and got one more, naming what was deleted; the chain holds.
    const eventsAfter = (h.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    expect(eventsAfter).toBe(eventsBefore + 1);
    expect(eventsOfItem(h.db, invoice).at(-1)).toMatchObject({
      type: 'item.contentDeleted', actor: 'system', fromState: 'done', toState: 'done',
      data: { days: 30, deleted: [`Originaldatei ${scan}`, '1 Seitenbild', 'Text (OCR), Wortpositionen, Feldquellen und Begründungen'] },
    });
    expect(verifyChain(h.db)).toEqual({ ok: true, checked: eventsAfter });

    // The clerk still sees the item's metadata and history; the page image is gone.
    const detail = await h.ok<{ contentDeletedAt: string | null; history: unknown[] }>('items.get', { id: invoice }, clerk140);
    expect(detail.contentDeletedAt).toBe(later.toISOString());
    expect(detail.history.length).toBe(eventsOfItem(h.db, invoice).length);
    expect(await h.call('items.pageImage', { id: invoice, page: 0 }, clerk140)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const { note } = await h.ok<{ note: TransferNote }>('items.transferNote', { id: invoice }, clerk140);
    expect(note).toMatchObject({ originals: [{ integrity: 'deleted-by-retention' }], retention: { deletedAt: later.toISOString() } });

    // Running again deletes nothing more; the reminder goes at 90 days.
    expect((await runRetention({ db: h.db, config: h.core.config, now: later })).entries).toEqual([]);
    const reminderRun = await runRetention({ db: h.db, config: h.core.config, now: new Date(h.clock.now.getTime() + 91 * day) });
    expect(reminderRun.entries.map((e) => [e.id, e.days])).toEqual([[reminder, 90]]);
    expect(verifyChain(h.db).ok).toBe(true);
  });

  it('leaves no letter text in the learning examples either: a corrected item\'s example keeps only hashed features', async () => {
    h.core.updateConfig({ ...h.core.config, retention: { defaultDays: 30, byType: {}, intervalMinutes: 60 } });
    const id = await h.addItem({ department: '1.40', documentType: 'invoice', state: 'done' });
    h.core.learning.recordCorrection(getItem(h.db, id)!, { documentType: 'reminder', protectionLevel: 'normal', department: '1.40' }, 'poststelle');
    const example = () => h.db.prepare('SELECT representation, text, features FROM learning_examples WHERE item_id = ?').get(id) as
      { representation: string; text: string | null; features: string | null };
    expect(example()).toMatchObject({ representation: 'text', text: expect.stringContaining('Rechnung') });

    const later = new Date(h.clock.now.getTime() + 31 * 24 * 60 * 60 * 1000);
    const [entry] = (await runRetention({ db: h.db, config: h.core.config, now: later })).entries;
    expect(entry?.deleted).toContain('Text des Lernbeispiels (es bleiben nur gehashte Merkmale)');
    expect(example()).toMatchObject({ representation: 'hashed-features', text: null });
    expect(JSON.parse(example().features!).length).toBeGreaterThan(0);
    expect(h.db.prepare('SELECT document_type FROM learning_examples WHERE item_id = ?').get(id)).toEqual({ document_type: 'reminder' });
  });
});
