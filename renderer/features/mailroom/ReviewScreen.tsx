// Prüfplatz: the mailroom verifies what the machine decided, corrects it and releases it — with the
// keyboard alone, because one person does this hundreds of times a day.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DOCUMENT_TYPES, PROTECTION_LEVELS, type DocumentType, type FieldName, type Fields, type ProtectionLevel } from '../../../electron/contract/domain.ts';
import { api, ApiCallError, useApiEvents, useLoad, type Output } from '../../api/index.ts';
import { departmentLabel, useReference } from '../../api/reference.ts';
import { ConfidenceBadge, ProtectionBadge } from '../../components/Badges.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { errorText } from '../../components/errors.ts';
import { isTypingTarget } from '../../components/format.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { PageViewer, nextZoom, type ViewerState } from '../viewer/PageViewer.tsx';
import { FieldsForm, draftFromFields, fieldsFromDraft, type FieldDraft } from './FieldsForm.tsx';
import { ShortcutBar, ShortcutHelp } from './Shortcuts.tsx';

type QueueEntry = Output<'items.reviewQueue'>['items'][number];
type Detail = Output<'items.get'>;

interface Draft { documentType: DocumentType; protectionLevel: ProtectionLevel; department: string; fields: FieldDraft }

const PAGE_SIZE = 200;

export function ReviewScreen() {
  const { t, docType, dateTime } = useI18n();
  const reference = useReference();
  const threshold = reference?.confidenceThreshold ?? 0.85;
  const [search, setSearch] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  const queue = useLoad(() => api.call('items.reviewQueue', { search: appliedSearch || undefined, offset: 0, limit: PAGE_SIZE }), appliedSearch);
  const entries = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const screenRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const typeRef = useRef<HTMLSelectElement>(null);
  const protectionRef = useRef<HTMLSelectElement>(null);
  const departmentRef = useRef<HTMLSelectElement>(null);

  // Debounced search: the queue reloads when the typing pauses.
  useEffect(() => {
    const timer = window.setTimeout(() => setAppliedSearch(search.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [search]);

  // Keep a valid selection: the first (oldest) item when nothing or a vanished item is selected.
  const selectedIndex = entries.findIndex((entry) => entry.id === selectedId);
  useEffect(() => {
    if (entries.length === 0) { if (selectedId !== null) setSelectedId(null); return; }
    if (selectedIndex === -1) setSelectedId(entries[0]!.id);
  }, [entries, selectedId, selectedIndex]);

  const lastPosition = useRef(0);
  if (selectedIndex >= 0) lastPosition.current = selectedIndex;

  const reloadTimer = useRef<number | undefined>(undefined);
  useApiEvents((event) => {
    if (event.type !== 'items.changed') return;
    window.clearTimeout(reloadTimer.current);
    reloadTimer.current = window.setTimeout(() => void queue.reload(), 300);
  });

  const detail = useLoad<Detail | null>(() => (selectedId ? api.call('items.get', { id: selectedId }) : Promise.resolve(null)), selectedId ?? '');
  const current = detail.data && detail.data.item.id === selectedId ? detail.data : null;

  const [draft, setDraft] = useState<Draft | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [viewer, setViewer] = useState<ViewerState>({ zoom: 1, rotation: 0, page: 0 });
  const [activeField, setActiveField] = useState<FieldName | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!current) { setDraft(null); return; }
    const { item } = current;
    setDraft({
      documentType: item.documentType ?? 'other',
      protectionLevel: item.protectionLevel ?? 'normal',
      department: item.department ?? '',
      fields: draftFromFields(item.fields),
    });
    setFieldErrors({});
    setViewer((v) => ({ ...v, page: 0, rotation: 0 }));
  }, [current]);

  const move = useCallback((direction: 1 | -1) => {
    if (entries.length === 0) return;
    const index = selectedIndex === -1 ? 0 : Math.min(entries.length - 1, Math.max(0, selectedIndex + direction));
    setSelectedId(entries[index]!.id);
  }, [entries, selectedIndex]);

  const focusScreen = () => screenRef.current?.focus({ preventScroll: true });

  const release = useCallback(async () => {
    if (!current || !draft || busy) return;
    const { item } = current;
    const parsed = fieldsFromDraft(draft.fields);
    if (!parsed.ok) { setFieldErrors(parsed.errors); setNotice({ kind: 'error', text: t('review.fixFields') }); return; }
    if (!draft.department) { setNotice({ kind: 'error', text: t('review.needDepartment') }); departmentRef.current?.focus(); return; }
    setBusy(true);
    try {
      const changedFields = changedFieldValues(item.fields, parsed.fields);
      const corrected = draft.documentType !== item.documentType || draft.protectionLevel !== item.protectionLevel
        || draft.department !== (item.department ?? '') || changedFields !== null;
      if (corrected) {
        await api.call('items.correct', {
          id: item.id,
          ...(draft.documentType !== item.documentType ? { documentType: draft.documentType } : {}),
          ...(draft.protectionLevel !== item.protectionLevel ? { protectionLevel: draft.protectionLevel } : {}),
          ...(draft.department !== (item.department ?? '') ? { department: draft.department } : {}),
          ...(changedFields ? { fields: parsed.fields } : {}),
        });
      }
      const released = await api.call('items.release', { id: item.id });
      setNotice({
        kind: 'success',
        text: t(released.state === 'paper' ? 'review.releasedPaper' : 'review.released', {
          type: docType(draft.documentType), department: departmentLabel(reference, draft.department),
        }),
      });
      // Stay at the same position: the next item slides into it.
      const next = entries[selectedIndex + 1] ?? entries[selectedIndex - 1];
      setSelectedId(next?.id ?? null);
      await queue.reload();
      focusScreen();
    } catch (caught) {
      setNotice({ kind: 'error', text: errorText(caught, t) });
      if (caught instanceof ApiCallError) setFieldErrors(fieldIssues(caught));
    } finally {
      setBusy(false);
    }
  }, [current, draft, busy, entries, selectedIndex, queue, reference, t, docType]);

  // The keyboard map. Letters act only outside form controls; Ctrl+Enter releases from anywhere.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (bulkOpen) return;
      const target = event.target;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); void release(); return; }
      if (helpOpen) return;
      if (isTypingTarget(target)) {
        const element = target as HTMLElement;
        if (event.key === 'Escape') { event.preventDefault(); element.blur(); focusScreen(); }
        else if (event.key === 'Enter' && element.tagName === 'SELECT') { event.preventDefault(); void release(); }
        else if (event.key === 'Enter' && element === searchRef.current) { event.preventDefault(); focusScreen(); }
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.key === 'Enter' || event.key === ' ') && target instanceof HTMLElement && target.closest('button, a, summary')) return;
      const actions: Record<string, () => void> = {
        j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
        Enter: () => void release(),
        t: () => typeRef.current?.focus(), p: () => protectionRef.current?.focus(), a: () => departmentRef.current?.focus(),
        e: () => screenRef.current?.querySelector<HTMLInputElement>('.fields-form input')?.focus(),
        s: () => searchRef.current?.focus(), f: () => searchRef.current?.focus(), '/': () => searchRef.current?.focus(),
        '?': () => setHelpOpen(true),
        '+': () => setViewer((v) => ({ ...v, zoom: nextZoom(v.zoom, 1) })), '=': () => setViewer((v) => ({ ...v, zoom: nextZoom(v.zoom, 1) })),
        '-': () => setViewer((v) => ({ ...v, zoom: nextZoom(v.zoom, -1) })),
        r: () => setViewer((v) => ({ ...v, rotation: (v.rotation + 90) % 360 })),
        b: () => setBulkOpen(true),
      };
      const action = actions[event.key] ?? actions[event.key.toLowerCase()];
      if (action) { event.preventDefault(); action(); }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, release, helpOpen, bulkOpen]);

  useEffect(() => { focusScreen(); }, []);

  // Scroll the selected queue entry into view as J/K walk the list.
  useEffect(() => {
    if (selectedId) document.getElementById(`queue-${selectedId}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const reasons = current?.item.reasons ?? [];
  const reasonsFor = (decision: string) => reasons.filter((reason) => reason.decision === decision);

  return (
    <div className="review" ref={screenRef} tabIndex={-1} aria-label={t('review.title')} data-testid="review-screen">
      <aside className="review-queue" aria-label={t('review.queue')}>
        <div className="panel-header">
          <h1 className="panel-title">{t('review.title')}</h1>
          <span className="count-pill" data-testid="queue-count">{queue.data?.total ?? 0}</span>
        </div>
        <div className="review-search">
          <label htmlFor="review-search" className="visually-hidden">{t('review.search')}</label>
          <input id="review-search" ref={searchRef} type="search" placeholder={`${t('review.search')} (/)`}
            value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <button type="button" className="button button-secondary button-block" onClick={() => setBulkOpen(true)}
          title={`${t('review.bulk')} (B)`} data-testid="bulk-open">
          {t('review.bulkButton', { threshold: Math.round(threshold * 100) })}
        </button>
        {queue.error && <Notice kind="error">{errorText(queue.error, t)}</Notice>}
        <ol className="queue-list" aria-label={t('review.queue')}>
          {entries.map((entry) => (
            <li key={entry.id} id={`queue-${entry.id}`}>
              <button type="button" className={`queue-entry${entry.id === selectedId ? ' queue-entry-selected' : ''}`}
                aria-current={entry.id === selectedId ? 'true' : undefined} data-testid="queue-entry" data-item-id={entry.id} data-source={entry.sourceName}
                onClick={() => setSelectedId(entry.id)}>
                <span className="queue-entry-top">
                  <span className="queue-entry-type">{docType(entry.documentType)}</span>
                  <ConfidenceBadge value={entry.confidence} threshold={threshold} />
                </span>
                <span className="queue-entry-sender">{entry.fields.sender ?? entry.sourceName}</span>
                <span className="queue-entry-meta">{dateTime(entry.receivedAt)} · {entry.department ?? t('review.noDepartment')}</span>
              </button>
            </li>
          ))}
        </ol>
        {!queue.loading && entries.length === 0 && <p className="empty-state" data-testid="queue-empty">{t('review.empty')}</p>}
      </aside>

      <div className="review-page">
        {current ? (
          <PageViewer itemId={current.item.id} pages={current.pages} fieldSources={current.item.fieldSources}
            activeField={activeField} state={viewer} onChange={setViewer} />
        ) : <div className="viewer viewer-empty">{entries.length === 0 ? t('review.empty') : t('common.loading')}</div>}
      </div>

      <section className="review-decision" aria-label={t('review.decision')}>
        {notice && <Notice kind={notice.kind} onDismiss={() => setNotice(null)}>{notice.text}</Notice>}
        {current && draft ? (
          <form className="decision-form" onSubmit={(e) => { e.preventDefault(); void release(); }} data-testid="decision-form">
            <div className="decision-head">
              <div>
                <div className="muted small">{current.item.sourceName}</div>
                <div className="muted small">{t('review.receivedAt')}: {dateTime(current.item.receivedAt)}</div>
              </div>
              <div className="decision-confidence">
                <span className="small muted">{t('review.confidence')}</span>
                <ConfidenceBadge value={current.item.confidence} threshold={threshold} />
              </div>
            </div>
            {current.item.mightBeVeryHigh && <Notice kind="warning">{t('review.mightBeVeryHigh')}</Notice>}
            <ReasonList reasons={reasonsFor('confidence')} />

            <div className="form-field">
              <label htmlFor="decision-type">{t('review.documentType')} <kbd>T</kbd></label>
              <select id="decision-type" ref={typeRef} value={draft.documentType}
                onChange={(e) => setDraft({ ...draft, documentType: e.target.value as DocumentType })}>
                {DOCUMENT_TYPES.map((type) => <option key={type} value={type}>{docType(type)}</option>)}
              </select>
              <ReasonList reasons={reasonsFor('documentType')} />
            </div>
            <div className="form-field">
              <label htmlFor="decision-protection">{t('review.protection')} <kbd>P</kbd></label>
              <div className="inline">
                <select id="decision-protection" ref={protectionRef} value={draft.protectionLevel}
                  onChange={(e) => setDraft({ ...draft, protectionLevel: e.target.value as ProtectionLevel })}>
                  {PROTECTION_LEVELS.map((level) => <option key={level} value={level}>{t(`protection.${level}`)}</option>)}
                </select>
                <ProtectionBadge level={draft.protectionLevel} />
              </div>
              <ReasonList reasons={reasonsFor('protectionLevel')} />
            </div>
            <div className="form-field">
              <label htmlFor="decision-department">{t('review.department')} <kbd>A</kbd></label>
              <select id="decision-department" ref={departmentRef} value={draft.department}
                onChange={(e) => setDraft({ ...draft, department: e.target.value })}>
                <option value="">{t('review.chooseDepartment')}</option>
                {reference?.departments.map((department) => (
                  <option key={department.code} value={department.code}>
                    {department.code} {department.name}{department.rollout[draft.protectionLevel] === 'paper' ? ` — ${t('rollout.paper')}` : ''}
                  </option>
                ))}
              </select>
              <ReasonList reasons={reasonsFor('department')} />
            </div>

            <FieldsForm draft={draft.fields} errors={fieldErrors} onChange={(fields) => setDraft({ ...draft, fields })}
              onActiveField={setActiveField} />

            <div className="decision-actions">
              <button type="submit" className="button button-primary" disabled={busy} data-testid="release">
                {t('review.release')} <kbd className="kbd-on-primary">Enter</kbd>
              </button>
            </div>
          </form>
        ) : !queue.loading && entries.length === 0 ? null : <p className="muted">{t('common.loading')}</p>}
      </section>

      <ShortcutBar onHelp={() => setHelpOpen(true)} />
      <ShortcutHelp open={helpOpen} onClose={() => { setHelpOpen(false); focusScreen(); }} />
      <BulkReleaseDialog open={bulkOpen} entries={entries} total={queue.data?.total ?? 0} threshold={threshold}
        onClose={() => { setBulkOpen(false); focusScreen(); }}
        onDone={(count) => { setBulkOpen(false); setNotice({ kind: 'success', text: t('review.bulkDone', { count }) }); void queue.reload(); focusScreen(); }} />
    </div>
  );
}

function ReasonList({ reasons }: { reasons: { message: string }[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="reason-list">
      {reasons.map((reason, index) => <li key={index}>{reason.message}</li>)}
    </ul>
  );
}

function BulkReleaseDialog({ open, entries, total, threshold, onClose, onDone }: {
  open: boolean; entries: QueueEntry[]; total: number; threshold: number; onClose(): void; onDone(count: number): void;
}) {
  const { t, percent } = useI18n();
  const [minimum, setMinimum] = useState(Math.round(threshold * 100));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { if (open) { setMinimum(Math.round(threshold * 100)); setError(null); } }, [open, threshold]);
  const candidates = entries.filter((entry) => entry.confidence !== null && entry.confidence >= minimum / 100 && !entry.mightBeVeryHigh);
  const complete = entries.length >= total;
  async function confirm() {
    try {
      const result = await api.call('items.releaseBulk', { minConfidence: minimum / 100 });
      onDone(result.released.length);
    } catch (caught) {
      setError(errorText(caught, t));
    }
  }
  return (
    <Dialog open={open} title={t('review.bulk')} onClose={onClose} testId="bulk-dialog"
      footer={<>
        <button type="button" className="button" onClick={onClose}>{t('common.cancel')}</button>
        <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={candidates.length === 0 && complete}>
          {t('review.bulkConfirm', { count: complete ? candidates.length : `≥ ${candidates.length}` })}
        </button>
      </>}>
      <p>{t('review.bulkExplain', { threshold: percent(threshold) })}</p>
      <div className="form-field">
        <label htmlFor="bulk-minimum">{t('review.bulkMinimum')}</label>
        <input id="bulk-minimum" type="number" min={Math.round(threshold * 100)} max={100} step={1} value={minimum}
          onChange={(e) => setMinimum(Number(e.target.value))} />
      </div>
      <p data-testid="bulk-count">{t('review.bulkCount', { count: candidates.length })}</p>
      {error && <p className="form-error" role="alert">{error}</p>}
    </Dialog>
  );
}

/** The corrected field values when they differ from the machine's, else null. */
function changedFieldValues(original: Fields, next: Fields): Fields | null {
  const keys = new Set([...Object.keys(original), ...Object.keys(next)]) as Set<FieldName>;
  for (const key of keys) if (original[key] !== next[key]) return next;
  return null;
}

function fieldIssues(error: ApiCallError): Partial<Record<FieldName, string>> {
  const result: Partial<Record<FieldName, string>> = {};
  for (const issue of error.issues) {
    const match = /(?:^|\.)fields\.(\w+)/.exec(issue.path);
    if (match) result[match[1] as FieldName] = issue.message;
  }
  return result;
}
