import { describe, expect, it } from 'vitest';
import { routeItem } from '../../electron/services/routing.ts';
import type { Config } from '../../electron/contract/config.ts';
import type { ProtectionLevel, RolloutState } from '../../electron/contract/domain.ts';

function configWith(rollout: Record<ProtectionLevel, RolloutState>): Pick<Config, 'departments' | 'routing'> {
  return {
    departments: [{ code: '1.40', name: 'Finanzservice', rollout, keywords: [] }],
    routing: { confidenceThreshold: 0.85, rules: [] },
  };
}
const all = (state: RolloutState) => ({ normal: state, high: state, 'very-high': state });
const invoice = { documentType: 'invoice' as const, protectionLevel: 'normal' as const, department: '1.40', confidence: 0.95, mightBeVeryHigh: false };

describe('routeItem honours the rollout state', () => {
  it('paper → paper, whatever the confidence', () => {
    expect(routeItem(invoice, configWith(all('paper'))).state).toBe('paper');
    expect(routeItem({ ...invoice, confidence: 0.1 }, configWith(all('paper'))).state).toBe('paper');
  });

  it('pilot → needs-review, even when the machine is sure', () => {
    expect(routeItem({ ...invoice, confidence: 1 }, configWith(all('pilot'))).state).toBe('needs-review');
  });

  it('live → routed at or above the threshold, needs-review below', () => {
    expect(routeItem({ ...invoice, confidence: 0.85 }, configWith(all('live'))).state).toBe('routed');
    expect(routeItem({ ...invoice, confidence: 0.84 }, configWith(all('live'))).state).toBe('needs-review');
  });

  it('uses the state of the item\'s protection level', () => {
    const mixed = configWith({ normal: 'live', high: 'pilot', 'very-high': 'paper' });
    expect(routeItem(invoice, mixed).state).toBe('routed');
    expect(routeItem({ ...invoice, protectionLevel: 'high' }, mixed).state).toBe('needs-review');
    expect(routeItem({ ...invoice, protectionLevel: 'very-high' }, mixed).state).toBe('paper');
  });

  it('never releases a possibly very-high item without review, even when live', () => {
    const live = configWith(all('live'));
    expect(routeItem({ ...invoice, protectionLevel: 'very-high', confidence: 1 }, live).state).toBe('needs-review');
    expect(routeItem({ ...invoice, mightBeVeryHigh: true, confidence: 1 }, live).state).toBe('needs-review');
  });

  it('no department or an unknown one goes to the mailroom', () => {
    expect(routeItem({ ...invoice, department: null }, configWith(all('live'))).state).toBe('needs-review');
    expect(routeItem({ ...invoice, department: '4.44' }, configWith(all('live'))).state).toBe('needs-review');
  });

  it('advertising is discarded when sure, reviewed when not', () => {
    const ad = { ...invoice, documentType: 'advertising' as const, department: null };
    expect(routeItem(ad, configWith(all('live'))).state).toBe('discarded');
    expect(routeItem({ ...ad, confidence: 0.5 }, configWith(all('live'))).state).toBe('needs-review');
  });

  it('never discards an advertisement that might hold very-high data without review', () => {
    const ad = { ...invoice, documentType: 'advertising' as const, department: null, confidence: 1 };
    expect(routeItem({ ...ad, mightBeVeryHigh: true }, configWith(all('live'))).state).toBe('needs-review');
    expect(routeItem({ ...ad, protectionLevel: 'very-high' }, configWith(all('live'))).state).toBe('needs-review');
  });

  it('explains its decision in German', () => {
    expect(routeItem(invoice, configWith(all('paper'))).reason).toMatch(/Papierweg/);
  });
});
