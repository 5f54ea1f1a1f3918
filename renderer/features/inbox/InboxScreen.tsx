// Posteingang of one department. The list is virtualised and fetched page by page, so 10,000 items
// scroll as smoothly as 10: only the visible rows exist in the DOM and only their pages are loaded.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DOCUMENT_TYPES, type DocumentType } from '../../../electron/contract/domain.ts';
import { api, useApiEvents, type Input, type Output } from '../../api/index.ts';
import { useReference } from '../../api/reference.ts';
import { DeadlineBadge, ProtectionBadge, deadlineStatus, todayIso } from '../../components/Badges.tsx';
import { errorText } from '../../components/errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useUser } from '../../session/session.tsx';
import { ItemPanel } from './ItemPanel.tsx';

export type InboxItem = Output<'inbox.list'>['items'][number];
type Sort = 'deadline' | 'receivedAt';
type StateFilter = '' | 'routed' | 'claimed' | 'done';

const PAGE = 100;
const ROW_HEIGHT = 60;

interface Filters { sort: Sort; state: StateFilter; documentType: DocumentType | ''; search: string }

/** Pages of the list, loaded when the virtualiser shows one of their rows. */
function usePagedInbox(filters: Filters) {
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, InboxItem[]>>(new Map());
  const [error, setError] = useState<Error | null>(null);
  const requested = useRef(new Set<number>());
  const generation = useRef(0);

  const query = useCallback((offset: number): Input<'inbox.list'> => ({
    sort: filters.sort, offset, limit: PAGE,
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.documentType ? { documentType: filters.documentType } : {}),
    ...(filters.search ? { search: filters.search } : {}),
  }), [filters]);

  const loadPage = useCallback(async (page: number, mine: number) => {
    requested.current.add(page);
    try {
      const answer = await api.call('inbox.list', query(page * PAGE));
      if (mine !== generation.current) return;
      setTotal(answer.total);
      setPages((current) => new Map(current).set(page, answer.items));
      setError(null);
    } catch (caught) {
      requested.current.delete(page);
      if (mine === generation.current) setError(caught as Error);
    }
  }, [query]);

  /** Start over (new filters) or refresh what is loaded (an item changed). */
  const reset = useCallback((keepPages: number[]) => {
    const mine = ++generation.current;
    requested.current = new Set();
    if (keepPages.length === 0) { setPages(new Map()); setTotal(null); }
    void Promise.all((keepPages.length ? keepPages : [0]).map((page) => loadPage(page, mine)));
  }, [loadPage]);

  useEffect(() => { reset([]); }, [reset]);

  const ensure = useCallback((page: number) => {
    if (!requested.current.has(page)) void loadPage(page, generation.current);
  }, [loadPage]);

  const itemAt = (index: number) => pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  return { total, itemAt, ensure, reset, loadedPages: () => [...pages.keys()], error };
}

export function InboxScreen() {
  const { t, docType, date, money, itemState, number } = useI18n();
  const user = useUser();
  const reference = useReference();
  const department = reference?.departments.find((d) => d.code === user.department);
  const [filters, setFilters] = useState<Filters>({ sort: 'deadline', state: '', documentType: '', search: '' });
  const [searchText, setSearchText] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setFilters((f) => (f.search === searchText.trim() ? f : { ...f, search: searchText.trim() })), 250);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  const inbox = usePagedInbox(filters);
  const count = inbox.total ?? 0;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const virtualRows = virtualizer.getVirtualItems();
  const first = virtualRows[0]?.index ?? 0;
  const last = virtualRows[virtualRows.length - 1]?.index ?? 0;
  useEffect(() => {
    for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page++) inbox.ensure(page);
  }, [first, last, inbox.ensure]);

  const [activeIndex, setActiveIndex] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const today = useMemo(() => todayIso(), []);

  const refreshTimer = useRef<number | undefined>(undefined);
  useApiEvents((event) => {
    if (event.type !== 'items.changed') return;
    window.clearTimeout(refreshTimer.current);
    refreshTimer.current = window.setTimeout(() => inbox.reset(inbox.loadedPages()), 300);
  });

  function moveActive(index: number) {
    const next = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onListKey(event: KeyboardEvent) {
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveActive(activeIndex + 1), j: () => moveActive(activeIndex + 1),
      ArrowUp: () => moveActive(activeIndex - 1), k: () => moveActive(activeIndex - 1),
      PageDown: () => moveActive(activeIndex + 10), PageUp: () => moveActive(activeIndex - 10),
      Home: () => moveActive(0), End: () => moveActive(count - 1),
      Enter: () => { const item = inbox.itemAt(activeIndex); if (item) setSelectedId(item.id); },
    };
    const action = keys[event.key];
    if (action) { event.preventDefault(); action(); }
  }

  const activeItem = inbox.itemAt(activeIndex);
  const update = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((f) => ({ ...f, [key]: value }));

  return (
    <div className="inbox" data-testid="inbox-screen">
      <section className="inbox-list-pane" aria-labelledby="inbox-title">
        <div className="page-header">
          <div>
            <h1 id="inbox-title">{t('inbox.title')}</h1>
            <p className="lead">{department ? `${department.code} ${department.name}` : user.department}</p>
          </div>
          <span className="count-pill count-pill-large" data-testid="inbox-count">{count === 1 ? t('inbox.countOne') : t('inbox.count', { count: number(count) })}</span>
        </div>
        <div className="filter-bar" role="search">
          <label className="inline-label">
            <span>{t('inbox.sort')}</span>
            <select value={filters.sort} onChange={(e) => update('sort', e.target.value as Sort)} data-testid="inbox-sort">
              <option value="deadline">{t('inbox.sortDeadline')}</option>
              <option value="receivedAt">{t('inbox.sortReceived')}</option>
            </select>
          </label>
          <label className="inline-label">
            <span>{t('inbox.state')}</span>
            <select value={filters.state} onChange={(e) => update('state', e.target.value as StateFilter)} data-testid="inbox-state">
              <option value="">{t('inbox.stateAll')}</option>
              <option value="routed">{itemState('routed')}</option>
              <option value="claimed">{itemState('claimed')}</option>
              <option value="done">{itemState('done')}</option>
            </select>
          </label>
          <label className="inline-label">
            <span>{t('inbox.documentType')}</span>
            <select value={filters.documentType} onChange={(e) => update('documentType', e.target.value as DocumentType | '')}>
              <option value="">{t('inbox.typeAll')}</option>
              {DOCUMENT_TYPES.map((type) => <option key={type} value={type}>{docType(type)}</option>)}
            </select>
          </label>
          <label className="inline-label inline-label-grow">
            <span className="visually-hidden">{t('inbox.search')}</span>
            <input type="search" placeholder={t('inbox.search')} value={searchText} onChange={(e) => setSearchText(e.target.value)} />
          </label>
        </div>
        {inbox.error && <Notice kind="error">{errorText(inbox.error, t)}</Notice>}
        <div className="inbox-columns" aria-hidden="true">
          <span>{t('inbox.colDeadline')}</span><span>{t('inbox.colReceived')}</span><span>{t('inbox.colItem')}</span>
          <span className="num">{t('inbox.colAmount')}</span><span>{t('inbox.colState')}</span>
        </div>
        <div ref={scrollRef} className="inbox-scroll" tabIndex={0} role="listbox" aria-label={t('inbox.listLabel')}
          aria-activedescendant={activeItem ? `inbox-row-${activeItem.id}` : undefined} onKeyDown={onListKey} data-testid="inbox-list">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualRows.map((row) => {
              const item = inbox.itemAt(row.index);
              const status = deadlineStatus(item?.fields.dueDate, today);
              return (
                <div key={row.key} className={`inbox-row inbox-row-${status}${row.index === activeIndex ? ' inbox-row-active' : ''}${item && item.id === selectedId ? ' inbox-row-selected' : ''}`}
                  style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
                  id={item ? `inbox-row-${item.id}` : undefined} role="option" aria-selected={item ? item.id === selectedId : false}
                  aria-posinset={row.index + 1} aria-setsize={count} data-testid="inbox-row" data-item-id={item?.id} data-source={item?.sourceName}
                  onClick={() => { setActiveIndex(row.index); if (item) setSelectedId(item.id); }}>
                  {item ? (
                    <>
                      <span><DeadlineBadge dueDate={item.fields.dueDate} today={today} /></span>
                      <span className="small">{date(item.receivedAt)}</span>
                      <span className="inbox-row-main">
                        <span className="inbox-row-title">{docType(item.documentType)}{item.fields.sender ? ` · ${item.fields.sender}` : ''}</span>
                        <span className="inbox-row-sub">{item.fields.subject ?? item.fields.reference ?? item.sourceName}</span>
                      </span>
                      <span className="num">{item.fields.amount !== undefined ? money(item.fields.amount, item.fields.currency) : ''}</span>
                      <span className="inbox-row-state">
                        <span className={`state state-${item.state}`}>{itemState(item.state)}</span>
                        {item.protectionLevel && item.protectionLevel !== 'normal' && <ProtectionBadge level={item.protectionLevel} />}
                      </span>
                    </>
                  ) : <span className="inbox-row-loading">{t('common.loading')}</span>}
                </div>
              );
            })}
          </div>
          {inbox.total === 0 && <p className="empty-state">{t('inbox.empty')}</p>}
        </div>
        <p className="muted small inbox-hint">{t('inbox.keyboardHint')}</p>
      </section>
      <aside className="inbox-detail-pane" aria-label={t('inbox.detail')}>
        {selectedId ? (
          <ItemPanel key={selectedId} itemId={selectedId} onChanged={() => inbox.reset(inbox.loadedPages())}
            onGone={() => { setSelectedId(null); inbox.reset(inbox.loadedPages()); }} />
        ) : <p className="empty-state">{t('inbox.chooseItem')}</p>}
      </aside>
    </div>
  );
}
