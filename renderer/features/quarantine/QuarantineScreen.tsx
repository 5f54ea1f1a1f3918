// Quarantäne: scans the pipeline could not read. Until one is processed, its paper letter is not
// captured, so the screen says so loudly; the mailroom has the file read again (after the cause is
// fixed) or discards the entry with a reason (typically: the paper was scanned again). IT sees the
// same list read-only: the reasons point at scanner or folder problems, the paper is the mailroom's.
import { useEffect, useRef, useState } from 'react';
import { api, ApiCallError, useApiEvents, useLoad, type Output } from '../../api/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorText, issuesByPath } from '../../components/errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n, type I18n } from '../../i18n/index.tsx';

type Entry = Output<'quarantine.list'>['items'][number];

/** Refreshes on every item change: a scan going into (or out of) quarantine is one. */
function useQuarantine() {
  const list = useLoad(() => api.call('quarantine.list', {}), 'quarantine');
  useApiEvents((event) => { if (event.type === 'items.changed') void list.reload(); });
  return list;
}

/**
 * The count next to the navigation link. Its own component: it mounts with the signed-in shell, so
 * its event stream carries the session (a stream opened before sign-in gets no events).
 */
export function QuarantineBadge() {
  const { t } = useI18n();
  const count = useQuarantine().data?.total ?? 0;
  if (count === 0) return null;
  return (
    <>
      <span className="nav-badge" data-testid="quarantine-count" aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('nav.quarantineCount', { count })}</span>
    </>
  );
}

/** The server's own sentence for a conflict ("not in quarantine any more", "file missing"). */
function failureText(error: unknown, t: I18n['t']): string {
  return error instanceof ApiCallError && error.code === 'conflict' ? error.message : errorText(error, t);
}

export function QuarantineScreen({ readOnly = false }: { readOnly?: boolean }) {
  const { t, dateTime, docType, itemState, number } = useI18n();
  const list = useQuarantine();
  const [busy, setBusy] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState<Entry | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'warning' | 'error'; text: string } | null>(null);
  const items = list.data?.items ?? [];

  const size = (bytes: number | null) => bytes === null ? '' : bytes < 1024 ? `${bytes} B`
    : bytes < 1024 * 1024 ? `${number(bytes / 1024, 1)} kB` : `${number(bytes / 1024 / 1024, 1)} MB`;

  async function retry(entry: Entry) {
    setBusy(entry.id);
    setNotice(null);
    try {
      const result = await api.call('quarantine.retry', { id: entry.id });
      const file = entry.sourceName;
      if (result.state === 'quarantined') setNotice({ kind: 'warning', text: t('quarantine.stillUnreadable', { file, reason: (result.error ?? '').replace(/^nicht lesbar: /, '') }) });
      else if (result.state === 'duplicate') setNotice({ kind: 'success', text: t('quarantine.retriedDuplicate', { file }) });
      else if (result.state === 'processing') setNotice({ kind: 'warning', text: t('quarantine.retryPending', { file }) });
      else setNotice({ kind: 'success', text: t('quarantine.retried', { file, type: docType(result.documentType), state: itemState(result.state) }) });
    } catch (caught) {
      setNotice({ kind: 'error', text: failureText(caught, t) });
    } finally {
      setBusy(null);
      await list.reload();
    }
  }

  return (
    <div className="page quarantine" data-testid="quarantine-screen">
      <div className="page-header">
        <div>
          <h1>{t('quarantine.title')}</h1>
          <p className="lead">{readOnly ? t('quarantine.leadReadOnly') : t('quarantine.lead')}</p>
        </div>
      </div>
      {notice && <Notice kind={notice.kind} onDismiss={() => setNotice(null)}>{notice.text}</Notice>}
      {list.error && <Notice kind="error">{errorText(list.error, t)}</Notice>}
      {items.length > 0 && <Notice kind="warning">{items.length === 1 ? t('quarantine.warningOne') : t('quarantine.warning', { count: items.length })}</Notice>}

      {!list.loading && !list.error && items.length === 0 && <p className="empty-state" data-testid="quarantine-empty">{t('quarantine.empty')}</p>}
      {items.length > 0 && (
        <section className="card" aria-label={t('quarantine.title')}>
          <table className="table quarantine-table">
            <thead>
              <tr>
                <th scope="col">{t('quarantine.file')}</th>
                <th scope="col">{t('quarantine.receivedAt')}</th>
                <th scope="col">{t('quarantine.reason')}</th>
                <th scope="col">{t('quarantine.size')}</th>
                {!readOnly && <th scope="col"><span className="visually-hidden">{t('quarantine.actions')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id} data-testid="quarantine-item" data-item-id={entry.id} data-source={entry.sourceName}>
                  <td>
                    <span className="mono quarantine-file">{entry.sourceName}</span>
                    <span className="muted small quarantine-scanner">{entry.scanner ?? t('quarantine.noScanner')}</span>
                  </td>
                  <td>
                    {dateTime(entry.receivedAt)}
                    <span className="muted small quarantine-since">{t('quarantine.since')} {dateTime(entry.quarantinedAt)}</span>
                  </td>
                  <td className="quarantine-reason" data-testid="quarantine-reason">
                    {entry.reason}
                    {!entry.fileAvailable && <span className="field-error">{t('quarantine.fileMissing')}</span>}
                  </td>
                  <td className="nowrap">{size(entry.sizeBytes)}</td>
                  {!readOnly && (
                    <td>
                      <div className="toolbar quarantine-actions">
                        <button type="button" className="button button-small button-primary" disabled={busy !== null || !entry.fileAvailable}
                          onClick={() => void retry(entry)} aria-label={t('quarantine.retryOf', { file: entry.sourceName })} data-testid="quarantine-retry">
                          {busy === entry.id ? t('quarantine.retrying') : t('quarantine.retry')}
                        </button>
                        <button type="button" className="button button-small" disabled={busy !== null}
                          onClick={() => setDiscarding(entry)} aria-label={t('quarantine.discardOf', { file: entry.sourceName })} data-testid="quarantine-discard">
                          {t('quarantine.discard')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <DiscardDialog entry={discarding} onClose={() => setDiscarding(null)} onDiscarded={(entry) => {
        setNotice({ kind: 'success', text: t('quarantine.discarded', { file: entry.sourceName }) });
        void list.reload();
      }} />
    </div>
  );
}

function DiscardDialog({ entry, onClose, onDiscarded }: { entry: Entry | null; onClose(): void; onDiscarded(entry: Entry): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // After the dialog's showModal (a child's effect runs first), which focuses the close button.
  useEffect(() => { if (entry) field.current?.focus(); }, [entry]);
  const close = () => { setReason(''); setError(null); setFailure(null); onClose(); };

  async function submit() {
    if (!entry) return;
    if (reason.trim().length < 3) { setError(t('quarantine.needReason')); return; }
    setError(null);
    try {
      await api.call('quarantine.discard', { id: entry.id, reason: reason.trim() });
      close();
      onDiscarded(entry);
    } catch (caught) {
      setError(issuesByPath(caught).get('reason') ?? null);
      setFailure(failureText(caught, t));
    }
  }

  return (
    <Dialog open={entry !== null} title={t('quarantine.discardTitle')} onClose={close} testId="quarantine-discard-dialog"
      footer={<>
        <button type="button" className="button" onClick={close}>{t('common.cancel')}</button>
        <button type="button" className="button button-primary" onClick={() => void submit()} data-testid="quarantine-discard-submit">
          {t('quarantine.discardSubmit')}
        </button>
      </>}>
      <p>{t('quarantine.discardLead', { file: entry?.sourceName ?? '' })}</p>
      <form className="form-field" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label htmlFor="quarantine-discard-reason">{t('quarantine.discardReason')}</label>
        <textarea id="quarantine-discard-reason" ref={field} rows={3} value={reason} placeholder={t('quarantine.discardHint')}
          onChange={(e) => { setReason(e.target.value); if (error && e.target.value.trim().length >= 3) setError(null); }}
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void submit(); } }}
          aria-invalid={error ? true : undefined} aria-describedby={error ? 'quarantine-discard-reason-error' : undefined} />
        {error && <span id="quarantine-discard-reason-error" className="field-error">{error}</span>}
      </form>
      {failure && <p className="form-error" role="alert">{failure}</p>}
    </Dialog>
  );
}
