// One item in the department inbox: the letter, its fields and the clerk's actions.
import { useState } from 'react';
import { api, useLoad } from '../../api/index.ts';
import { departmentLabel, useReference } from '../../api/reference.ts';
import { DeadlineBadge, ProtectionBadge, todayIso } from '../../components/Badges.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { errorText, issuesByPath } from '../../components/errors.ts';
import { formatIban } from '../../components/format.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useUser } from '../../session/session.tsx';
import { FIELD_ORDER, PageViewer, fieldLabelKey, type ViewerState } from '../viewer/PageViewer.tsx';

type Action = 'forward' | 'return' | null;

export function ItemPanel({ itemId, onChanged, onGone }: { itemId: string; onChanged(): void; onGone(): void }) {
  const { t, docType, dateTime, date, money, itemState } = useI18n();
  const user = useUser();
  const reference = useReference();
  const detail = useLoad(() => api.call('items.get', { id: itemId }), itemId);
  const [viewer, setViewer] = useState<ViewerState>({ zoom: 0.75, rotation: 0, page: 0 });
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [action, setAction] = useState<Action>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<{ state: string }>, message: Parameters<typeof t>[0], leaves: boolean) {
    setBusy(true);
    try {
      await work();
      setNotice({ kind: 'success', text: t(message) });
      if (leaves) onGone();
      else { await detail.reload(); onChanged(); }
    } catch (caught) {
      setNotice({ kind: 'error', text: errorText(caught, t) });
    } finally {
      setBusy(false);
    }
  }

  if (detail.error) return <Notice kind="error">{errorText(detail.error, t)}</Notice>;
  const current = detail.data;
  if (!current) return <p className="muted">{t('common.loading')}</p>;
  const { item } = current;
  const today = todayIso();

  return (
    <article className="item-panel" data-testid="item-panel" data-item-id={item.id} aria-labelledby="item-panel-title">
      <header className="item-panel-header">
        <div>
          <h2 id="item-panel-title">{docType(item.documentType)}</h2>
          <p className="muted small">{item.fields.sender ?? item.sourceName}</p>
        </div>
        <span className={`state state-${item.state}`} data-testid="item-state">{itemState(item.state)}</span>
      </header>
      {notice && <Notice kind={notice.kind} onDismiss={() => setNotice(null)}>{notice.text}</Notice>}
      <div className="item-actions" role="group" aria-label={t('inbox.actions')}>
        {item.state === 'routed' && (
          <button type="button" className="button button-primary" disabled={busy} data-testid="claim"
            onClick={() => void run(() => api.call('items.claim', { id: item.id }), 'inbox.claimed', false)}>{t('inbox.claim')}</button>
        )}
        {item.state === 'claimed' && (
          <button type="button" className="button button-primary" disabled={busy} data-testid="done"
            onClick={() => void run(() => api.call('items.done', { id: item.id }), 'inbox.doneMessage', false)}>{t('inbox.done')}</button>
        )}
        {(item.state === 'routed' || item.state === 'claimed') && (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => setAction('forward')} data-testid="forward">{t('inbox.forward')}</button>
            <button type="button" className="button" disabled={busy} onClick={() => setAction('return')} data-testid="return">{t('inbox.return')}</button>
          </>
        )}
      </div>
      <dl className="facts">
        <dt>{t('inbox.colReceived')}</dt><dd>{dateTime(item.receivedAt)}</dd>
        <dt>{t('field.dueDate')}</dt><dd><DeadlineBadge dueDate={item.fields.dueDate} today={today} /></dd>
        <dt>{t('review.protection')}</dt><dd><ProtectionBadge level={item.protectionLevel} /></dd>
        {FIELD_ORDER.filter((name) => name !== 'dueDate' && item.fields[name] !== undefined).map((name) => (
          <FactRow key={name} label={t(fieldLabelKey(name))}
            value={name === 'amount' ? money(item.fields.amount!, item.fields.currency)
              : name === 'iban' ? formatIban(item.fields.iban)
              : name === 'letterDate' || name === 'receivedAt' ? date(item.fields[name])
              : String(item.fields[name])} />
        ))}
      </dl>
      {current.pages.length > 0 && (
        <PageViewer itemId={item.id} pages={current.pages} fieldSources={item.fieldSources} activeField={null} state={viewer} onChange={setViewer} />
      )}
      <details className="history">
        <summary>{t('inbox.history')}</summary>
        <ol className="plain-list small">
          {current.history.map((entry) => (
            <li key={entry.seq}>
              {dateTime(entry.at)} · {entry.actor} · {entry.fromState ? itemState(entry.fromState) : '–'} → {entry.toState ? itemState(entry.toState) : '–'}
              {entry.reason ? ` · ${entry.reason}` : ''}
            </li>
          ))}
        </ol>
      </details>
      <ReasonDialog mode={action} ownDepartment={user.department} departments={reference?.departments ?? []}
        departmentName={(code) => departmentLabel(reference, code)} onClose={() => setAction(null)}
        onSubmit={async (department, reason) => {
          if (action === 'forward') await api.call('items.forward', { id: item.id, department, reason });
          else await api.call('items.returnToMailroom', { id: item.id, reason });
          setAction(null);
          setNotice({ kind: 'success', text: t(action === 'forward' ? 'inbox.forwarded' : 'inbox.returned') });
          onGone();
        }} />
    </article>
  );
}

function FactRow({ label, value }: { label: string; value: string }) {
  return <><dt>{label}</dt><dd>{value}</dd></>;
}

function ReasonDialog({ mode, ownDepartment, departments, departmentName, onClose, onSubmit }: {
  mode: Action; ownDepartment: string | null; departments: { code: string; name: string }[];
  departmentName(code: string): string; onClose(): void; onSubmit(department: string, reason: string): Promise<void>;
}) {
  const { t } = useI18n();
  const [department, setDepartment] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => { setDepartment(''); setReason(''); setErrors(new Map()); setFailure(null); onClose(); };
  async function submit() {
    const local = new Map<string, string>();
    if (mode === 'forward' && !department) local.set('department', t('inbox.needDepartment'));
    if (reason.trim().length < 3) local.set('reason', t('inbox.needReason'));
    setErrors(local);
    if (local.size > 0) return;
    try { await onSubmit(department, reason.trim()); close(); } catch (caught) { setErrors(issuesByPath(caught)); setFailure(errorText(caught, t)); }
  }
  return (
    <Dialog open={mode !== null} title={mode === 'forward' ? t('inbox.forwardTitle') : t('inbox.returnTitle')} onClose={close} testId="reason-dialog"
      footer={<>
        <button type="button" className="button" onClick={close}>{t('common.cancel')}</button>
        <button type="button" className="button button-primary" onClick={() => void submit()} data-testid="reason-submit">
          {mode === 'forward' ? t('inbox.forward') : t('inbox.return')}
        </button>
      </>}>
      {mode === 'forward' && (
        <div className="form-field">
          <label htmlFor="forward-department">{t('inbox.forwardTo')}</label>
          <select id="forward-department" value={department} onChange={(e) => setDepartment(e.target.value)}
            aria-invalid={errors.has('department') || undefined} aria-describedby={errors.has('department') ? 'forward-department-error' : undefined}>
            <option value="">{t('review.chooseDepartment')}</option>
            {departments.filter((d) => d.code !== ownDepartment).map((d) => <option key={d.code} value={d.code}>{departmentName(d.code)}</option>)}
          </select>
          {errors.has('department') && <span id="forward-department-error" className="field-error">{errors.get('department')}</span>}
        </div>
      )}
      <div className="form-field">
        <label htmlFor="action-reason">{t('inbox.reason')}</label>
        <textarea id="action-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)}
          aria-invalid={errors.has('reason') || undefined} aria-describedby={errors.has('reason') ? 'action-reason-error' : undefined} />
        {errors.has('reason') && <span id="action-reason-error" className="field-error">{errors.get('reason')}</span>}
      </div>
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}
