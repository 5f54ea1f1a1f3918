// The dispatcher's envelope rules: every failure is an envelope, never a throw.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leaksItems } from '../../electron/services/api/scope.ts';
import { createApiHarness, type ApiHarness } from '../support/apiHarness.ts';

let h: ApiHarness;
beforeEach(async () => { h = await createApiHarness(); });
afterEach(() => h.close());

describe('dispatcher', () => {
  it('an unknown method answers unknown-method', async () => {
    expect(await h.call('items.explode', {}, null)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    // Inherited object keys are not methods either.
    expect(await h.call('constructor', {}, null)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('invalid input answers invalid-input with the key path of each problem', async () => {
    const token = await h.signIn('clerk140');
    const answer = await h.call('items.forward', { id: 'x', department: 'Bauamt', reason: '' }, token);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid-input');
    expect(answer.error.issues?.map((i) => i.path).sort()).toEqual(['department', 'reason']);
  });

  it('a method that needs a session answers unauthenticated without one, or with a wrong or expired token', async () => {
    expect(await h.call('items.reviewQueue', {}, null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await h.call('items.reviewQueue', {}, 'made-up')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const token = await h.signIn('mailroom');
    expect(await h.call('items.reviewQueue', {}, token)).toMatchObject({ ok: true });
    h.clock.now = new Date(h.clock.now.getTime() + 9 * 60 * 60 * 1000);
    expect(await h.call('items.reviewQueue', {}, token)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('signing in: wrong password and unknown user get the same answer; signing out ends the session', async () => {
    const wrong = await h.call('session.signIn', { username: 'poststelle', password: 'falsch-falsch' }, null);
    const unknown = await h.call('session.signIn', { username: 'niemand', password: 'falsch-falsch' }, null);
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const token = await h.signIn('mailroom');
    expect(await h.call('session.current', {}, token)).toMatchObject({ ok: true, value: { user: { username: 'poststelle', role: 'mailroom', department: null } } });
    expect(await h.call('session.signOut', {}, token)).toMatchObject({ ok: true });
    expect(await h.call('session.current', {}, token)).toEqual({ ok: true, value: { user: null } });
  });

  it('a role outside the method\'s access answers forbidden', async () => {
    const token = await h.signIn('it');
    expect(await h.call('items.reviewQueue', {}, token)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a failing handler answers internal and does not throw', async () => {
    const token = await h.signIn('mailroom');
    const id = await h.addItem({ department: '1.40' });
    h.db.prepare(`UPDATE items SET fields = 'kein JSON' WHERE id = ?`).run(id);
    const answer = await h.call('items.get', { id }, token);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    // The internal message does not carry the stack or the database's words.
    if (!answer.ok) expect(answer.error.message).not.toMatch(/JSON|at /);
  });

  it('a state conflict answers conflict', async () => {
    const token = await h.signIn('clerk140');
    const id = await h.addItem({ department: '1.40', state: 'claimed' });
    expect(await h.call('items.claim', { id }, token)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('leak guard', () => {
  const clerk = { username: 'c', displayName: 'C', role: 'clerk' as const, department: '1.40' };
  it('flags another department\'s item anywhere in an answer', () => {
    expect(leaksItems({ items: [{ id: 'a', state: 'routed', department: '1.40' }] }, clerk)).toBe(false);
    expect(leaksItems({ items: [{ id: 'a', state: 'routed', department: '1.50' }] }, clerk)).toBe(true);
    expect(leaksItems({ deep: { x: [{ id: 'a', state: 'routed', department: null }] } }, clerk)).toBe(true);
  });
  it('flags any item in an answer to IT', () => {
    expect(leaksItems({ id: 'a', state: 'routed', department: '1.40' }, { ...clerk, role: 'it', department: null })).toBe(true);
    expect(leaksItems({ entries: [{ itemId: 'a', toState: 'routed' }] }, { ...clerk, role: 'it', department: null })).toBe(false);
  });
});
