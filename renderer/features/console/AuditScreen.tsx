// Protokoll: the hash-chained audit log, newest first, metadata only.
import { useState } from 'react';
import { api, useLoad } from '../../api/index.ts';
import { errorText } from '../../components/errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n } from '../../i18n/index.tsx';

const PAGE = 100;

export function AuditScreen() {
  const { t, dateTime, itemState } = useI18n();
  const [offset, setOffset] = useState(0);
  const audit = useLoad(() => api.call('audit.list', { offset, limit: PAGE }), String(offset));
  const total = audit.data?.total ?? 0;
  return (
    <div className="page" data-testid="audit-screen">
      <div className="page-header">
        <div>
          <h1>{t('audit.title')}</h1>
          <p className="lead">{t('audit.lead')}</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('audit.newer')}</button>
          <span className="muted small">{t('audit.range', { from: total === 0 ? 0 : offset + 1, to: Math.min(total, offset + PAGE), total })}</span>
          <button type="button" className="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>{t('audit.older')}</button>
        </div>
      </div>
      {audit.error && <Notice kind="error">{errorText(audit.error, t)}</Notice>}
      <div className="card">
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">#</th><th scope="col">{t('audit.at')}</th><th scope="col">{t('audit.actor')}</th><th scope="col">{t('audit.type')}</th>
              <th scope="col">{t('audit.item')}</th><th scope="col">{t('audit.transition')}</th><th scope="col">{t('audit.details')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data?.entries.map((entry) => (
              <tr key={entry.seq}>
                <td className="num">{entry.seq}</td>
                <td>{dateTime(entry.at)}</td>
                <td>{entry.actor}</td>
                <td><code>{entry.type}</code></td>
                <td className="mono small">{entry.itemId ? entry.itemId.slice(0, 8) : '–'}</td>
                <td>{entry.fromState || entry.toState ? `${entry.fromState ? itemState(entry.fromState) : '–'} → ${entry.toState ? itemState(entry.toState) : '–'}` : ''}</td>
                <td className="small">{entry.reason ?? (entry.data ? JSON.stringify(entry.data).slice(0, 120) : '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
