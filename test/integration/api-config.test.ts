// The IT console over the API: validated config changes written to the file (comments kept),
// applied to the running core, audit-logged; waves; the rule test; users; the dashboard.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../electron/contract/config.ts';
import { loadConfig } from '../../electron/services/config.ts';
import { createApiHarness, INVOICE_TEXT, type ApiHarness } from '../support/apiHarness.ts';

let h: ApiHarness;
let it_: string;
let mailroom: string;
beforeEach(async () => {
  h = await createApiHarness();
  [it_, mailroom] = await Promise.all([h.signIn('it'), h.signIn('mailroom')]);
});
afterEach(() => h.close());

const configEvents = () => h.db.prepare(`SELECT actor, reason, data FROM events WHERE type = 'config.changed' ORDER BY seq`).all() as { actor: string; reason: string; data: string }[];

describe('config.update', () => {
  it('an invalid value is refused with its key path, and nothing changes', async () => {
    const before = readFileSync(h.configFile, 'utf8');
    const { config } = await h.ok<{ config: Config }>('config.get', {}, it_);
    const answer = await h.call('config.update', { config: { ...config, routing: { ...config.routing, confidenceThreshold: 1.5 } } }, it_);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [expect.objectContaining({ path: 'routing.confidenceThreshold' })] } });
    const rollout = structuredClone(config);
    (rollout.departments[4]!.rollout as Record<string, string>)['high'] = 'online';
    expect(await h.call('config.update', { config: rollout }, it_))
      .toMatchObject({ ok: false, error: { issues: [expect.objectContaining({ path: 'departments.4.rollout.high' })] } });
    expect(readFileSync(h.configFile, 'utf8')).toBe(before);
    expect(configEvents()).toEqual([]);
  });

  it('a valid change is written to the file (comments kept), applied at once and audit-logged', async () => {
    const { config } = await h.ok<{ config: Config }>('config.get', {}, it_);
    const next = { ...config, routing: { ...config.routing, confidenceThreshold: 0.9 } };
    expect(await h.ok('config.update', { config: next }, it_)).toMatchObject({ restartNeeded: false, config: { routing: { confidenceThreshold: 0.9 } } });
    expect(h.core.config.routing.confidenceThreshold).toBe(0.9);
    const text = readFileSync(h.configFile, 'utf8');
    expect(text).toContain('confidenceThreshold: 0.9');
    expect(text).toContain('# Rollout as it stands today'); // IT's comments survive
    expect(text).toContain('dataDir: ../data'); // relative paths stay relative
    expect(loadConfig(h.configFile).config.routing.confidenceThreshold).toBe(0.9);
    const [event] = configEvents();
    expect(event).toMatchObject({ actor: 'it', reason: 'config.update' });
    expect(JSON.parse(event!.data).changes).toEqual([{ path: 'routing.confidenceThreshold', from: 0.85, to: 0.9 }]);
  });
});

describe('rollout and waves', () => {
  it('moving a department from paper to pilot changes where the next release goes', async () => {
    const first = await h.addItem({ department: '6.30', documentType: 'building', protectionLevel: 'normal' });
    expect(await h.ok('items.release', { id: first }, mailroom)).toMatchObject({ state: 'paper' });
    await h.ok('config.setRollout', { department: '6.30', level: 'normal', state: 'pilot' }, it_);
    const second = await h.addItem({ department: '6.30', documentType: 'building', protectionLevel: 'normal' });
    expect(await h.ok('items.release', { id: second }, mailroom)).toMatchObject({ state: 'routed' });
    // Only that level: 6.30 stays on paper for high.
    expect(loadConfig(h.configFile).config.departments.find((d) => d.code === '6.30')!.rollout).toEqual({ normal: 'pilot', high: 'paper', 'very-high': 'paper' });
  });

  it('waves.list says which waves are due; waves.execute moves their departments to the target state', async () => {
    h.clock.now = new Date('2027-01-16T08:00:00Z');
    it_ = await h.signIn('it'); // two months later: the earlier session has expired
    const before = await h.ok<{ waves: { id: string; due: boolean; carriedOut: boolean }[] }>('waves.list', {}, it_);
    expect(before.waves.map((w) => [w.id, w.due, w.carriedOut])).toEqual([['wave-1', true, false], ['wave-2', false, false]]);
    const result = await h.ok<{ changed: { department: string }[] }>('waves.execute', { id: 'wave-1' }, it_);
    expect(result.changed.map((c) => c.department)).toEqual(['0.10', '1.10', '1.20', '1.30', '1.50']);
    const after = await h.ok<{ waves: { id: string; carriedOut: boolean }[] }>('waves.list', {}, it_);
    expect(after.waves[0]).toMatchObject({ id: 'wave-1', carriedOut: true });
    expect(loadConfig(h.configFile).config.departments.find((d) => d.code === '1.50')!.rollout.normal).toBe('pilot');
    expect(configEvents().at(-1)).toMatchObject({ actor: 'it', reason: 'waves.execute' });
    expect(await h.call('waves.execute', { id: 'wave-9' }, it_)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('IT tools', () => {
  it('rules.test classifies pasted text with reasons and says where it would go', async () => {
    const answer = await h.ok<{ classification: { documentType: string; department: string; reasons: unknown[] }; route: { state: string } }>('rules.test', { text: INVOICE_TEXT }, it_);
    expect(answer.classification).toMatchObject({ documentType: 'invoice', department: '1.40' });
    expect(answer.classification.reasons.length).toBeGreaterThan(0);
    expect(answer.route.state).toBe('needs-review'); // 1.40 is in the pilot
  });

  it('users.create makes an account that can sign in; invalid input names the field', async () => {
    expect(await h.ok('users.create', { username: 'jugend1', displayName: 'Jana Jugend', role: 'clerk', department: '5.20', password: 'ein-langes-passwort' }, it_))
      .toEqual({ user: { username: 'jugend1', displayName: 'Jana Jugend', role: 'clerk', department: '5.20' } });
    expect(await h.call('session.signIn', { username: 'jugend1', password: 'ein-langes-passwort' }, null)).toMatchObject({ ok: true });
    expect(await h.call('users.create', { username: 'jugend2', displayName: 'X', role: 'clerk', department: null, password: 'ein-langes-passwort' }, it_))
      .toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'department' }] } });
    expect(await h.call('users.create', { username: 'jugend1', displayName: 'X', role: 'it', department: null, password: 'ein-langes-passwort' }, it_))
      .toMatchObject({ ok: false, error: { code: 'conflict' } });
    const { users } = await h.ok<{ users: { username: string }[] }>('users.list', {}, it_);
    expect(users.map((u) => u.username)).toContain('jugend1');
    expect(JSON.stringify(users)).not.toContain('argon2');
  });

  it('the dashboard counts receipts, releases, pick-up time and corrections', async () => {
    const clerk = await h.signIn('clerk140');
    const id = await h.addItem({ department: '1.40', documentType: 'other' });
    await h.ok('items.correct', { id, documentType: 'invoice' }, mailroom);
    await h.ok('items.release', { id }, mailroom);
    h.clock.now = new Date(h.clock.now.getTime() + 30 * 60_000);
    await h.ok('items.claim', { id }, clerk);
    await h.addItem({ department: '1.40' });
    const stats = await h.ok<{
      itemsPerDay: { date: string; received: number; released: number }[];
      queues: { department: string; needsReview: number; claimed: number }[];
      pickup: { department: string; medianMinutes: number }[];
      release: { automatic: number; reviewed: number };
      correctionsPerType: { documentType: string; corrected: number }[];
    }>('stats.dashboard', { days: 7 }, it_);
    expect(stats.itemsPerDay.at(-1)).toEqual({ date: '2026-11-23', received: 2, released: 1 });
    expect(stats.queues.find((q) => q.department === '1.40')).toMatchObject({ needsReview: 1, claimed: 1 });
    expect(stats.pickup).toEqual([expect.objectContaining({ department: '1.40', medianMinutes: 30 })]);
    expect(stats.release).toEqual({ automatic: 0, reviewed: 1, shareAutomatic: 0 });
    expect(stats.correctionsPerType).toContainEqual(expect.objectContaining({ documentType: 'other', corrected: 1 }));
  });
});
