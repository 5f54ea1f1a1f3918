import type { ReactNode } from 'react';

/** Status lines are announced politely; errors interrupt (role=alert). */
export function Notice({ kind, children, onDismiss }: { kind: 'info' | 'success' | 'warning' | 'error'; children: ReactNode; onDismiss?: () => void }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="notice-text">{children}</div>
      {onDismiss && <button type="button" className="button button-quiet button-small" onClick={onDismiss} aria-label="OK">✕</button>}
    </div>
  );
}
