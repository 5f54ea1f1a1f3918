// Issue 7, item 7: every API method, called by every kind of caller through the real dispatcher,
// is allowed or denied exactly as electron/contract/access.ts says. An allowed call must succeed on
// an item of the caller's scope; a denied one must fail without writing anything. Along the way:
// no answer to a clerk of another department or to IT contains the department's items or their content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZATION, CALLERS, type Caller } from '../../electron/contract/access.ts';
import { METHOD_NAMES, methods, type MethodName } from '../../electron/contract/methods.ts';
import { ACCOUNTS, createApiHarness, type Account, type ApiHarness } from '../support/apiHarness.ts';

// Words only the 1.40 fixtures' letters contain: they must never reach IT or another department.
const MARKER = 'Zebrafink';
const LETTER = `Zebrafink Bürobedarf GmbH\nStadt Musterstadt\nFinanzservice\nRechnung Nr. 77\nRechnungsbetrag 120,00 EUR\nIBAN DE89 3704 0044 0532 0130 00`;

const ACCOUNT_OF: Record<Exclude<Caller, 'signedOut'>, Account> = {
  mailroom: 'mailroom', clerkOwn: 'clerk140', clerkOther: 'clerk150', it: 'it',
};

let h: ApiHarness;
const tokens = new Map<Caller, string | null>();
let userCounter = 0;

/** A fresh item of department 1.40 in the state the method needs. */
const item = (state: 'needs-review' | 'routed' | 'claimed' | 'paper', extra: { withImage?: boolean } = {}) =>
  h.addItem({ text: LETTER, department: '1.40', documentType: 'invoice', protectionLevel: 'normal', confidence: 0.95, state, ...extra });

/** For each method: an input that makes the call succeed for an allowed caller. */
const inputs: Record<MethodName, (caller: Caller) => Promise<unknown>> = {
  'session.signIn': async (caller) => ACCOUNTS[caller === 'signedOut' ? 'mailroom' : ACCOUNT_OF[caller]],
  'session.signOut': async () => ({}),
  'session.current': async () => ({}),
  'items.reviewQueue': async () => ({}),
  'items.get': async () => ({ id: await item('routed') }),
  'items.pageImage': async () => ({ id: await item('routed', { withImage: true }), page: 0 }),
  'items.correct': async () => ({ id: await item('needs-review'), documentType: 'reminder', reason: 'Mahnung, keine Rechnung' }),
  'items.release': async () => ({ id: await item('needs-review') }),
  'items.releaseBulk': async () => ({ minConfidence: 0.9 }),
  'items.recordUnopened': async () => ({ addressee: 'Frau Zebrafink', department: '1.40', kind: 'personal' }),
  'items.setReceivedAt': async () => ({ id: await item('routed'), receivedAt: '2026-11-20T15:00:00.000Z', reason: 'lag am Montag im Briefkasten' }),
  'items.transferNote': async () => ({ id: await item('routed') }),
  'unopened.list': async () => ({}),
  'unopened.pickUp': async () => ({
    id: (await h.ok<{ id: string }>('items.recordUnopened', { addressee: 'Frau Zebrafink', department: '1.40', kind: 'confidential' }, tokens.get('mailroom')!)).id,
    pickedUpBy: 'Frau Zebrafink',
  }),
  'paper.list': async () => ({}),
  'paper.markHandedOver': async () => ({ ids: [await item('paper')] }),
  'quarantine.list': async () => ({}),
  // Still unreadable on the retry: it comes back to quarantine (a success for the call).
  'quarantine.retry': async () => ({ id: await h.addScan('kaputt.pdf', `kein PDF ${++userCounter}`), reason: 'Scannereinstellung geändert' }),
  'quarantine.discard': async () => ({ id: await h.addScan('kaputt.pdf', `kein PDF ${++userCounter}`), reason: 'Papier neu gescannt' }),
  'inbox.list': async () => ({ sort: 'deadline', offset: 0, limit: 100 }),
  'items.claim': async () => ({ id: await item('routed') }),
  'items.done': async () => ({ id: await item('claimed') }),
  'items.forward': async () => ({ id: await item('routed'), department: '6.30', reason: 'Bauantrag, gehört zur Bauaufsicht' }),
  'items.returnToMailroom': async () => ({ id: await item('routed'), reason: 'falsch zugeordnet' }),
  'items.history': async () => ({ id: await item('routed') }),
  'config.get': async () => ({}),
  'config.setRollout': async () => ({ department: '9.60.10', level: 'normal', state: 'pilot' }),
  'config.update': async () => ({ config: h.core.config }),
  'waves.list': async () => ({}),
  'waves.execute': async () => ({ id: 'wave-2' }),
  'rules.test': async () => ({ text: LETTER }),
  'stats.dashboard': async () => ({}),
  'audit.list': async () => ({}),
  'users.list': async () => ({}),
  'users.create': async () => ({ username: `neu${++userCounter}`, displayName: 'Neue Kollegin', role: 'clerk', department: '1.20', password: 'lang-genug-123' }),
};

const eventCount = () => (h.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
const itemIdsOf140 = () => (h.db.prepare(`SELECT id FROM items WHERE department = '1.40'`).all() as { id: string }[]).map((r) => r.id);

beforeAll(async () => {
  h = await createApiHarness();
  tokens.set('signedOut', null);
  for (const [caller, account] of Object.entries(ACCOUNT_OF) as [Caller, Account][]) tokens.set(caller, await h.signIn(account));
  // Items of the own department already waiting in every state, so lists have something to leak.
  for (const state of ['needs-review', 'routed', 'claimed', 'paper'] as const) await item(state, { withImage: true });
});
afterAll(() => h.close());

describe('authorization matrix (electron/contract/access.ts)', () => {
  it('the table covers every method of the contract, and every caller', () => {
    expect(Object.keys(AUTHORIZATION).sort()).toEqual([...METHOD_NAMES].sort());
    for (const row of Object.values(AUTHORIZATION)) expect(Object.keys(row).sort()).toEqual([...CALLERS].sort());
  });

  it('the table agrees with each method\'s declared access', () => {
    for (const name of METHOD_NAMES) {
      const { access } = methods[name];
      const row = AUTHORIZATION[name];
      expect(row.signedOut === 'allowed', `${name} signed out`).toBe(access === 'public');
      if (access === 'public') continue;
      expect(row.mailroom === 'allowed', `${name} mailroom`).toBe(access.includes('mailroom'));
      expect(row.it === 'allowed', `${name} it`).toBe(access.includes('it'));
      expect(row.clerkOwn === 'allowed', `${name} clerk`).toBe(access.includes('clerk'));
    }
  });

  const cases = METHOD_NAMES.flatMap((name) => CALLERS.map((caller) => [name, caller] as const));
  it.each(cases)('%s as %s', async (name, caller) => {
    const input = await inputs[name](caller);
    let token = tokens.get(caller) ?? null;
    // Signing out ends the session: use a separate one so the other cases keep theirs.
    if (name === 'session.signOut' && caller !== 'signedOut') token = await h.signIn(ACCOUNT_OF[caller]);
    const before = eventCount();
    const answer = await h.call(name, input, token);
    const expected = AUTHORIZATION[name][caller];

    if (expected === 'allowed') {
      expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
    } else {
      expect(answer.ok, JSON.stringify(answer)).toBe(false);
      if (answer.ok) return;
      const code = caller === 'signedOut' ? 'unauthenticated'
        : caller === 'clerkOther' && AUTHORIZATION[name].clerkOwn === 'allowed' ? 'not-found' : 'forbidden';
      expect(answer.error.code).toBe(code);
      expect(eventCount(), 'a denied call writes nothing').toBe(before);
    }

    // Scope: nothing of department 1.40 reaches IT or another department's clerk.
    if (answer.ok && (caller === 'it' || caller === 'clerkOther')) {
      const text = JSON.stringify(answer.value);
      if (name !== 'rules.test') expect(text).not.toContain(MARKER); // IT pasted that text itself
      // The audit log names items by id (metadata); nothing else may even mention them.
      if (name !== 'audit.list') for (const id of itemIdsOf140()) expect(text).not.toContain(`"${id}"`);
    }
    // A clerk's answers hold only the own department's items.
    if (answer.ok && (caller === 'clerkOwn' || caller === 'clerkOther')) {
      const department = caller === 'clerkOwn' ? '1.40' : '1.50';
      const departments = [...JSON.stringify(answer.value).matchAll(/"department":"([\d.]+)"/g)].map((m) => m[1]);
      const itemLike = name === 'config.get' || name === 'items.forward' ? [] : departments;
      for (const seen of itemLike) expect(seen).toBe(department);
    }
  });
});

describe('data scope beyond the role check', () => {
  it('a clerk of another department can neither list nor open the item', async () => {
    const id = await item('routed');
    const own = await h.ok<{ items: { id: string }[] }>('inbox.list', { limit: 500 }, tokens.get('clerkOwn')!);
    const other = await h.ok<{ items: { id: string }[]; total: number }>('inbox.list', { limit: 500 }, tokens.get('clerkOther')!);
    expect(own.items.map((i) => i.id)).toContain(id);
    expect(other.items.map((i) => i.id)).not.toContain(id);
    expect(other.total).toBe(0);
    for (const method of ['items.get', 'items.history', 'items.claim'] as const) {
      expect(await h.call(method, { id }, tokens.get('clerkOther')!)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    expect(await h.call('items.pageImage', { id, page: 0 }, tokens.get('clerkOther')!)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a clerk does not see the own department\'s items before the mailroom released them', async () => {
    const id = await item('needs-review');
    expect(await h.call('items.get', { id }, tokens.get('clerkOwn')!)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('IT gets no item at all, not even by id', async () => {
    const id = await item('routed');
    for (const method of ['items.get', 'items.history', 'items.pageImage'] as const) {
      expect(await h.call(method, { id, page: 0 }, tokens.get('it')!)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const audit = await h.ok<{ entries: { itemId: string | null; reason: string | null; data: unknown }[] }>('audit.list', { limit: 500 }, tokens.get('it')!);
    for (const entry of audit.entries.filter((e) => e.itemId)) expect([entry.reason, entry.data]).toEqual([null, null]);
  });

  it('after release the mailroom sees only the metadata of a very-high item', async () => {
    const id = await h.addItem({ text: `${MARKER}\nArbeitsunfähigkeitsbescheinigung`, department: '1.40', documentType: 'personnel', protectionLevel: 'very-high', state: 'routed', withImage: true });
    const detail = await h.ok<{ restricted: boolean; item: { text: string; fields: object; department: string } }>('items.get', { id }, tokens.get('mailroom')!);
    expect(detail).toMatchObject({ restricted: true, item: { text: '', fields: {}, department: '1.40' } });
    expect(JSON.stringify(detail)).not.toContain(MARKER);
    expect(await h.call('items.pageImage', { id, page: 0 }, tokens.get('mailroom')!)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The clerk it was released to sees it in full.
    const forClerk = await h.ok<{ restricted: boolean; item: { text: string } }>('items.get', { id }, tokens.get('clerkOwn')!);
    expect(forClerk.restricted).toBe(false);
    expect(forClerk.item.text).toContain(MARKER);
  });
});
