// The mail's way through the API: correct, release, claim, done, forward, return, paper path, each
// state change with its audit row, over the real store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../electron/contract/events.ts';
import { eventsOfItem, verifyChain } from '../../electron/services/store/audit.ts';
import { getItem } from '../../electron/services/store/items.ts';
import { createApiHarness, type ApiHarness } from '../support/apiHarness.ts';

let h: ApiHarness;
let mailroom: string;
let clerk140: string;
let it_: string;
beforeEach(async () => {
  h = await createApiHarness();
  [mailroom, clerk140, it_] = await Promise.all([h.signIn('mailroom'), h.signIn('clerk140'), h.signIn('it')]);
});
afterEach(() => h.close());

const lastEvent = (id: string) => eventsOfItem(h.db, id).at(-1)!;

describe('mailroom', () => {
  it('the review queue lists needs-review items, oldest receipt first, with search', async () => {
    h.clock.now = new Date('2026-11-23T09:00:00Z');
    const newer = await h.addItem({ department: '1.40' });
    h.clock.now = new Date('2026-11-20T09:00:00Z');
    const older = await h.addItem({ department: '1.40', text: 'Bauantrag Einfamilienhaus Lindenweg' });
    await h.addItem({ department: '1.40', state: 'routed' });
    const queue = await h.ok<{ items: { id: string }[]; total: number }>('items.reviewQueue', {}, mailroom);
    expect(queue.items.map((i) => i.id)).toEqual([older, newer]);
    const found = await h.ok<{ items: { id: string }[] }>('items.reviewQueue', { search: 'Lindenweg' }, mailroom);
    expect(found.items.map((i) => i.id)).toEqual([older]);
  });

  it('a correction is stored as a labelled example and audit-logged; release routes by the rollout', async () => {
    const id = await h.addItem({ department: null, documentType: 'other' });
    const corrected = await h.ok<{ item: { documentType: string; department: string } }>('items.correct',
      { id, documentType: 'invoice', department: '1.40', reason: 'Rechnung an die Stadtkasse' }, mailroom);
    expect(corrected.item).toMatchObject({ documentType: 'invoice', department: '1.40' });
    const decision = h.db.prepare(`SELECT * FROM decisions WHERE item_id = ? AND kind = 'correction'`).get(id) as { actor: string; document_type: string; department: string };
    expect(decision).toMatchObject({ actor: 'poststelle', document_type: 'invoice', department: '1.40' });
    expect(lastEvent(id)).toMatchObject({ type: 'item.corrected', actor: 'poststelle', reason: 'Rechnung an die Stadtkasse' });
    const example = h.db.prepare('SELECT document_type, department FROM learning_examples WHERE item_id = ?').get(id);
    expect(example).toEqual({ document_type: 'invoice', department: '1.40' });

    // 1.40 is the pilot: released items go to its queue.
    expect(await h.ok('items.release', { id }, mailroom)).toMatchObject({ state: 'routed', department: '1.40' });
    expect(lastEvent(id)).toMatchObject({ type: 'item.state', fromState: 'needs-review', toState: 'routed', actor: 'poststelle' });
    // Releasing twice is a conflict, not a second transition.
    expect(await h.call('items.release', { id }, mailroom)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('an item for a department on paper is released to the paper path, and handed over from the list', async () => {
    const id = await h.addItem({ department: '1.50', documentType: 'tax', protectionLevel: 'high' });
    expect(await h.ok('items.release', { id }, mailroom)).toMatchObject({ state: 'paper' });
    const list = await h.ok<{ groups: { department: string; departmentName: string; items: { id: string }[] }[] }>('paper.list', {}, mailroom);
    expect(list.groups).toEqual([expect.objectContaining({ department: '1.50', departmentName: 'Steuern und Abgaben', items: [expect.objectContaining({ id })] })]);
    await h.ok('paper.markHandedOver', { ids: [id] }, mailroom);
    expect(getItem(h.db, id)!.state).toBe('done');
    expect(lastEvent(id)).toMatchObject({ fromState: 'paper', toState: 'done', actor: 'poststelle' });
    expect((await h.ok<{ total: number }>('paper.list', {}, mailroom)).total).toBe(0);
    // The day's list can be printed again.
    expect((await h.ok<{ total: number }>('paper.list', { date: '2026-11-23' }, mailroom)).total).toBe(1);
  });

  it('a missing department is a conflict at release', async () => {
    const id = await h.addItem({ department: null, documentType: 'other' });
    expect(await h.call('items.release', { id }, mailroom)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('bulk release takes the sure items and leaves very-high and unsure ones for review', async () => {
    const sure = await h.addItem({ department: '1.40', confidence: 0.97, protectionLevel: 'normal' });
    const unsure = await h.addItem({ department: '1.40', confidence: 0.6 });
    const veryHigh = await h.addItem({ department: '1.40', confidence: 0.99, protectionLevel: 'very-high' });
    const answer = await h.ok<{ released: { id: string }[]; skipped: number }>('items.releaseBulk', { minConfidence: 0.9 }, mailroom);
    expect(answer.released.map((r) => r.id)).toEqual([sure]);
    expect(answer.skipped).toBe(2);
    expect([getItem(h.db, unsure)!.state, getItem(h.db, veryHigh)!.state]).toEqual(['needs-review', 'needs-review']);
  });

  it('unopened mail is recorded by hand and goes to the paper path for the addressee', async () => {
    const summary = await h.ok<{ id: string; state: string; unopened: unknown; pageCount: number }>('items.recordUnopened',
      { addressee: 'Herr Müller, Personalrat', department: '1.10', kind: 'staff-council', sender: 'ver.di' }, mailroom);
    expect(summary).toMatchObject({ state: 'paper', pageCount: 0, unopened: { kind: 'staff-council', addressee: 'Herr Müller, Personalrat' } });
    expect(eventsOfItem(h.db, summary.id).map((e) => e.toState)).toEqual(['received', 'paper']);
  });
});

describe('department inbox', () => {
  it('claim, done: one audit row each, by the clerk', async () => {
    const id = await h.addItem({ department: '1.40', state: 'routed' });
    await h.ok('items.claim', { id }, clerk140);
    await h.ok('items.done', { id }, clerk140);
    expect(eventsOfItem(h.db, id).slice(-2).map((e) => [e.fromState, e.toState, e.actor])).toEqual([
      ['routed', 'claimed', 'finanzen'], ['claimed', 'done', 'finanzen'],
    ]);
    const history = await h.ok<{ entries: { toState: string }[] }>('items.history', { id }, clerk140);
    expect(history.entries.at(-1)).toMatchObject({ toState: 'done' });
  });

  it('forward goes to the new department\'s queue, or to paper when it is not connected', async () => {
    await h.ok('config.setRollout', { department: '1.50', level: 'normal', state: 'pilot' }, it_);
    const toConnected = await h.addItem({ department: '1.40', protectionLevel: 'normal', state: 'routed' });
    expect(await h.ok('items.forward', { id: toConnected, department: '1.50', reason: 'Grundsteuer, nicht Kasse' }, clerk140))
      .toEqual({ itemId: toConnected, state: 'routed', department: '1.50' });
    expect(lastEvent(toConnected)).toMatchObject({ fromState: 'routed', toState: 'routed', reason: 'Grundsteuer, nicht Kasse', data: { forwardedFrom: '1.40', forwardedTo: '1.50' } });
    // Now 1.50's, no longer 1.40's.
    expect(await h.call('items.get', { id: toConnected }, clerk140)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const clerk150 = await h.signIn('clerk150');
    expect((await h.ok<{ items: { id: string }[] }>('inbox.list', {}, clerk150)).items.map((i) => i.id)).toEqual([toConnected]);

    const toPaper = await h.addItem({ department: '1.40', protectionLevel: 'normal', state: 'claimed' });
    expect(await h.ok('items.forward', { id: toPaper, department: '6.30', reason: 'Bauantrag' }, clerk140)).toMatchObject({ state: 'paper', department: '6.30' });
  });

  it('return to the mailroom puts the item back into review', async () => {
    const id = await h.addItem({ department: '1.40', state: 'routed' });
    expect(await h.ok('items.returnToMailroom', { id, reason: 'nicht für uns' }, clerk140)).toMatchObject({ state: 'needs-review' });
    expect(lastEvent(id)).toMatchObject({ fromState: 'routed', toState: 'needs-review', actor: 'finanzen', reason: 'nicht für uns' });
    expect((await h.ok<{ items: { id: string }[] }>('items.reviewQueue', {}, mailroom)).items.map((i) => i.id)).toContain(id);
  });

  it('the inbox sorts by deadline, items without one last', async () => {
    const late = await h.addItem({ department: '1.40', state: 'routed', fields: { dueDate: '2026-12-20' } });
    const none = await h.addItem({ department: '1.40', state: 'routed', fields: {} });
    const soon = await h.addItem({ department: '1.40', state: 'routed', fields: { dueDate: '2026-12-01' } });
    const inbox = await h.ok<{ items: { id: string }[]; total: number }>('inbox.list', { sort: 'deadline' }, clerk140);
    expect(inbox.items.map((i) => i.id)).toEqual([soon, late, none]);
    expect(inbox.total).toBe(3);
  });

  it('pushes items.changed to the subscribers who may see it', async () => {
    const clerk150 = await h.signIn('clerk150');
    const got = { clerk140: [] as ApiEvent[], clerk150: [] as ApiEvent[], mailroom: [] as ApiEvent[] };
    h.dispatcher.subscribe((e) => got.clerk140.push(e), { token: clerk140 });
    h.dispatcher.subscribe((e) => got.clerk150.push(e), { token: clerk150 });
    h.dispatcher.subscribe((e) => got.mailroom.push(e), { token: mailroom });
    const id = await h.addItem({ department: '1.40', state: 'routed' });
    await h.ok('items.claim', { id }, clerk140);
    const claimed = { type: 'items.changed', data: { id, state: 'claimed', department: '1.40' } };
    expect(got.clerk140).toContainEqual(claimed);
    expect(got.mailroom).toContainEqual(claimed);
    expect(got.clerk150).toEqual([]);
  });
});

describe('audit', () => {
  it('the chain stays intact through API changes', async () => {
    const id = await h.addItem({ department: '1.40' });
    await h.ok('items.release', { id }, mailroom);
    await h.ok('items.claim', { id }, clerk140);
    expect(verifyChain(h.db).ok).toBe(true);
    const audit = await h.ok<{ entries: { type: string; actor: string }[] }>('audit.list', { limit: 5 }, it_);
    expect(audit.entries[0]).toMatchObject({ type: 'item.state', actor: 'finanzen' });
  });

  it('passwords are stored as Argon2id hashes only', () => {
    const rows = h.db.prepare('SELECT password_hash FROM users').all() as { password_hash: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
