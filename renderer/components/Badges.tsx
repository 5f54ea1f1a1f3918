// Small status marks that carry their meaning in text as well as colour (colour-blind users, print).
import { useI18n } from '../i18n/index.tsx';

export type ConfidenceBand = 'high' | 'medium' | 'low';

/** At or above the threshold the machine may release alone; far below it the item needs a close look. */
export function confidenceBand(confidence: number, threshold: number): ConfidenceBand {
  if (confidence >= threshold) return 'high';
  if (confidence >= threshold - 0.25) return 'medium';
  return 'low';
}

export function ConfidenceBadge({ value, threshold }: { value: number | null; threshold: number }) {
  const { t, percent } = useI18n();
  if (value === null) return <span className="badge badge-neutral">–</span>;
  const band = confidenceBand(value, threshold);
  return (
    <span className={`badge badge-conf-${band}`} title={t(`confidence.${band}`)}>
      <span aria-hidden="true" className="badge-dot" />
      {percent(value)}
      <span className="visually-hidden"> ({t(`confidence.${band}`)})</span>
    </span>
  );
}

export type DeadlineStatus = 'overdue' | 'soon' | 'later' | 'none';

/** Overdue: before today. Soon: today or within the next three days. Dates are calendar days. */
export function deadlineStatus(dueDate: string | undefined, today: string): DeadlineStatus {
  if (!dueDate) return 'none';
  if (dueDate < today) return 'overdue';
  const limit = new Date(`${today}T12:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + 3);
  return dueDate <= limit.toISOString().slice(0, 10) ? 'soon' : 'later';
}

export function todayIso(now = new Date()): string {
  // The local calendar day, which is what a clerk means by "today".
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}

export function DeadlineBadge({ dueDate, today }: { dueDate: string | undefined; today: string }) {
  const { t, date } = useI18n();
  const status = deadlineStatus(dueDate, today);
  if (status === 'none') return <span className="muted">–</span>;
  return (
    <span className={`deadline deadline-${status}`}>
      {date(dueDate)}
      {status !== 'later' && <span className="deadline-note">{t(`deadline.${status}`)}</span>}
    </span>
  );
}

export function ProtectionBadge({ level }: { level: 'normal' | 'high' | 'very-high' | null }) {
  const { protection } = useI18n();
  return <span className={`badge badge-prot-${level ?? 'none'}`}>{protection(level)}</span>;
}
