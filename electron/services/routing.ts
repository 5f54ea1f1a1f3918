// Where a classified item goes next, honouring each department's rollout state per protection level.
import type { Config } from '../contract/config.ts';
import type { Classification, ItemState } from '../contract/domain.ts';

export type RoutedState = Extract<ItemState, 'routed' | 'needs-review' | 'paper' | 'discarded'>;

export interface RouteDecision { state: RoutedState; reason: string }

type RoutingInput = Pick<Classification, 'documentType' | 'protectionLevel' | 'department' | 'confidence' | 'mightBeVeryHigh'>;

export function routeItem(classification: RoutingInput, config: Pick<Config, 'departments' | 'routing'>): RouteDecision {
  const { documentType, protectionLevel, department, confidence, mightBeVeryHigh } = classification;
  const threshold = config.routing.confidenceThreshold;
  const sure = confidence >= threshold;

  if (documentType === 'advertising') {
    // Discarding is a release without review: a letter that might hold very-high data (an
    // advertisement that speaks of sick notes, or a sick note taken for one) is looked at first.
    if (protectionLevel === 'very-high' || mightBeVeryHigh) {
      return { state: 'needs-review', reason: 'Werbung, aber möglicherweise Schutzbedarf sehr hoch: nie ohne Prüfung verworfen' };
    }
    return sure
      ? { state: 'discarded', reason: 'Werbung (Verwerfliste)' }
      : { state: 'needs-review', reason: `Werbung, aber Sicherheit ${percent(confidence)} unter der Schwelle ${percent(threshold)}` };
  }
  if (!department) return { state: 'needs-review', reason: 'keine Abteilung erkannt: die Poststelle entscheidet' };
  const target = config.departments.find((d) => d.code === department);
  if (!target) return { state: 'needs-review', reason: `Abteilung ${department} ist nicht konfiguriert` };

  const rollout = target.rollout[protectionLevel];
  switch (rollout) {
    case 'paper':
      return { state: 'paper', reason: `${target.code} ${target.name} ist für Schutzbedarf ${protectionLevel} noch nicht angeschlossen: Papierweg` };
    case 'pilot':
      return { state: 'needs-review', reason: `${target.code} ${target.name} ist im Pilotbetrieb: jedes Schriftstück wird geprüft` };
    case 'live':
      if (protectionLevel === 'very-high' || mightBeVeryHigh) {
        return { state: 'needs-review', reason: 'möglicherweise Schutzbedarf sehr hoch: nie ohne Prüfung' };
      }
      return sure
        ? { state: 'routed', reason: `Sicherheit ${percent(confidence)} ≥ Schwelle ${percent(threshold)}` }
        : { state: 'needs-review', reason: `Sicherheit ${percent(confidence)} unter der Schwelle ${percent(threshold)}` };
  }
}

function percent(value: number): string {
  return `${Math.round(value * 100)} %`;
}
