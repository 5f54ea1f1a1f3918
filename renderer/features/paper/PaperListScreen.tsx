// Übergabeliste: mail for departments not yet connected leaves the mailroom on paper. The list is
// printed for the courier, one department per page with signature lines, and ticked off when handed over.
import { useMemo, useState } from 'react';
import { api, useApiEvents, useLoad, type Output } from '../../api/index.ts';
import { ProtectionBadge } from '../../components/Badges.tsx';
import { errorText } from '../../components/errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { todayIso } from '../../components/Badges.tsx';
import { useI18n } from '../../i18n/index.tsx';

type PaperGroup = Output<'paper.list'>['groups'][number];

export function PaperListScreen() {
  const { t, date, dateTime, docType } = useI18n();
  const [day, setDay] = useState('');
  const list = useLoad(() => api.call('paper.list', day ? { date: day } : {}), day);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  useApiEvents((event) => { if (event.type === 'items.changed' && event.data.state === 'paper') void list.reload(); });

  const groups = useMemo(() => list.data?.groups ?? [], [list.data]);
  const toggle = (ids: string[], on: boolean) => setSelected((current) => {
    const next = new Set(current);
    ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
    return next;
  });

  async function handOver(ids: string[]) {
    if (ids.length === 0) return;
    try {
      const answer = await api.call('paper.markHandedOver', { ids });
      setNotice({ kind: 'success', text: t('paper.handedOver', { count: answer.handedOver.length }) });
      setSelected(new Set());
      await list.reload();
    } catch (caught) {
      setNotice({ kind: 'error', text: errorText(caught, t) });
    }
  }

  const printedDate = list.data?.date ?? todayIso();
  return (
    <div className="page paper" data-testid="paper-screen">
      <div className="page-header no-print">
        <div>
          <h1>{t('paper.title')}</h1>
          <p className="lead">{t('paper.lead')}</p>
        </div>
        <div className="toolbar">
          <label className="inline-label">
            <span>{t('paper.date')}</span>
            <input type="date" value={day} onChange={(e) => setDay(e.target.value)} aria-describedby="paper-date-hint" />
          </label>
          <span id="paper-date-hint" className="muted small">{day ? '' : t('paper.openItems')}</span>
          <button type="button" className="button" onClick={() => handOver([...selected])} disabled={selected.size === 0} data-testid="hand-over-selected">
            {t('paper.markSelected', { count: selected.size })}
          </button>
          <button type="button" className="button button-primary" onClick={() => window.print()} data-testid="print">{t('paper.print')}</button>
        </div>
      </div>
      {notice && <div className="no-print"><Notice kind={notice.kind} onDismiss={() => setNotice(null)}>{notice.text}</Notice></div>}
      {list.error && <Notice kind="error">{errorText(list.error, t)}</Notice>}

      <header className="print-only print-header">
        <h1>{t('paper.printTitle')}</h1>
        <p>{t('paper.printSubtitle', { date: date(printedDate), count: list.data?.total ?? 0 })}</p>
      </header>

      {!list.loading && groups.length === 0 && <p className="empty-state">{t('paper.empty')}</p>}
      {groups.map((group) => (
        <PaperGroupSection key={group.department ?? 'none'} group={group} selected={selected} onToggle={toggle}
          onHandOver={(ids) => void handOver(ids)} renderDate={dateTime} docType={docType} printedDate={date(printedDate)} />
      ))}
    </div>
  );
}

function PaperGroupSection({ group, selected, onToggle, onHandOver, renderDate, docType, printedDate }: {
  group: PaperGroup; selected: Set<string>; onToggle(ids: string[], on: boolean): void; onHandOver(ids: string[]): void;
  renderDate(value: string): string; docType(type: PaperGroup['items'][number]['documentType']): string; printedDate: string;
}) {
  const { t } = useI18n();
  const ids = group.items.map((item) => item.id);
  const allSelected = ids.length > 0 && ids.every((id) => selected.has(id));
  const headingId = `paper-group-${group.department ?? 'none'}`;
  return (
    <section className="card paper-group" aria-labelledby={headingId} data-testid="paper-group" data-department={group.department ?? ''}>
      <div className="paper-group-header">
        <h2 id={headingId}>
          {group.department ? `${group.department} ${group.departmentName ?? ''}` : t('paper.noDepartment')}
          <span className="count-pill">{group.items.length}</span>
        </h2>
        <button type="button" className="button button-small no-print" onClick={() => onHandOver(ids)}>{t('paper.markGroup')}</button>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="no-print">
              <input type="checkbox" checked={allSelected} onChange={(e) => onToggle(ids, e.target.checked)}
                aria-label={t('paper.selectGroup', { department: group.department ?? '' })} />
            </th>
            <th scope="col">{t('paper.number')}</th>
            <th scope="col">{t('paper.receivedAt')}</th>
            <th scope="col">{t('paper.type')}</th>
            <th scope="col">{t('paper.sender')}</th>
            <th scope="col">{t('paper.protection')}</th>
            <th scope="col">{t('paper.note')}</th>
            <th scope="col" className="print-only">{t('paper.check')}</th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((item, index) => (
            <tr key={item.id} data-testid="paper-item" data-item-id={item.id} data-source={item.sourceName}>
              <td className="no-print">
                <input type="checkbox" checked={selected.has(item.id)} onChange={(e) => onToggle([item.id], e.target.checked)}
                  aria-label={t('paper.selectItem', { number: index + 1 })} />
              </td>
              <td>{index + 1}</td>
              <td>{renderDate(item.receivedAt)}</td>
              <td>{item.unopened ? t('paper.unopened') : docType(item.documentType)}</td>
              <td>{item.unopened ? item.unopened.addressee : item.restricted ? t('paper.restricted') : item.fields.sender ?? item.sourceName}</td>
              <td><ProtectionBadge level={item.protectionLevel} /></td>
              <td>{item.unopened ? t(`unopened.kind.${item.unopened.kind}`) : item.fields.reference ?? item.fields.cashReference ?? ''}</td>
              <td className="print-only print-check">☐</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-only signature-lines">
        <span>{t('paper.signedOver')}</span>
        <span>{t('paper.signedReceived')}</span>
        <span>{t('paper.signedDate', { date: printedDate })}</span>
      </div>
    </section>
  );
}
