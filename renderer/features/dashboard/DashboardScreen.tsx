// Pilot figures: what IT needs to decide whether the next wave can be connected. Each chart has its
// numbers as a table behind it too, for screen readers and for copying into a report.
import { useState, type ReactElement, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, useLoad } from '../../api/index.ts';
import { errorText } from '../../components/errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n } from '../../i18n/index.tsx';

// Calm, distinguishable colours (Okabe–Ito palette, safe for colour-blind readers).
const COLOURS = { blue: '#0072B2', orange: '#E69F00', green: '#009E73', vermillion: '#D55E00', grey: '#8a94a3', sky: '#56B4E9' };

export function DashboardScreen() {
  const { t, date, number, percent, docType } = useI18n();
  const [days, setDays] = useState(30);
  const stats = useLoad(() => api.call('stats.dashboard', { days }), String(days));
  const data = stats.data;

  return (
    <div className="page dashboard" data-testid="dashboard-screen">
      <div className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="lead">{data ? t('dashboard.range', { from: date(data.from), to: date(data.to) }) : t('common.loading')}</p>
        </div>
        <label className="inline-label">
          <span>{t('dashboard.period')}</span>
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {[7, 30, 90, 365].map((d) => <option key={d} value={d}>{t('dashboard.days', { days: d })}</option>)}
          </select>
        </label>
      </div>
      {stats.error && <Notice kind="error">{errorText(stats.error, t)}</Notice>}
      {data && (
        <>
          <div className="kpi-row">
            <Kpi label={t('dashboard.received')} value={number(data.itemsPerDay.reduce((sum, d) => sum + d.received, 0))} />
            <Kpi label={t('dashboard.shareAutomatic')} value={data.release.shareAutomatic === null ? '–' : percent(data.release.shareAutomatic)}
              detail={t('dashboard.releaseDetail', { automatic: data.release.automatic, reviewed: data.release.reviewed })} testId="kpi-share" />
            <Kpi label={t('dashboard.waiting')} value={number(data.queues.reduce((sum, q) => sum + q.needsReview + q.routed, 0))} />
            <Kpi label={t('dashboard.medianPickup')} value={formatMinutes(median(data.pickup.map((p) => p.medianMinutes)), t)} />
          </div>
          <div className="chart-grid">
            <ChartCard title={t('dashboard.perDay')} table={
              <SimpleTable head={[t('dashboard.day'), t('dashboard.received'), t('dashboard.released')]}
                rows={data.itemsPerDay.map((d) => [date(d.date), number(d.received), number(d.released)])} />
            }>
              <BarChart data={data.itemsPerDay.map((d) => ({ ...d, label: date(d.date).slice(0, 6) }))} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ec" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
                <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Legend />
                <Bar dataKey="received" name={t('dashboard.received')} fill={COLOURS.blue} isAnimationActive={false} />
                <Bar dataKey="released" name={t('dashboard.released')} fill={COLOURS.green} isAnimationActive={false} />
              </BarChart>
            </ChartCard>
            <ChartCard title={t('dashboard.queues')} table={
              <SimpleTable head={[t('console.department'), t('dashboard.needsReview'), t('dashboard.routed'), t('dashboard.claimed'), t('dashboard.paper')]}
                rows={data.queues.map((q) => [`${q.department} ${q.name}`, q.needsReview, q.routed, q.claimed, q.paper].map(String))} />
            }>
              <BarChart data={data.queues} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ec" horizontal={false} />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="department" width={64} tick={{ fontSize: 11 }} interval={0} />
                <Tooltip />
                <Legend />
                <Bar dataKey="needsReview" stackId="q" name={t('dashboard.needsReview')} fill={COLOURS.orange} isAnimationActive={false} />
                <Bar dataKey="routed" stackId="q" name={t('dashboard.routed')} fill={COLOURS.blue} isAnimationActive={false} />
                <Bar dataKey="claimed" stackId="q" name={t('dashboard.claimed')} fill={COLOURS.sky} isAnimationActive={false} />
                <Bar dataKey="paper" stackId="q" name={t('dashboard.paper')} fill={COLOURS.grey} isAnimationActive={false} />
              </BarChart>
            </ChartCard>
            <ChartCard title={t('dashboard.pickup')} table={
              <SimpleTable head={[t('console.department'), t('dashboard.count'), t('dashboard.median'), t('dashboard.mean')]}
                rows={data.pickup.map((p) => [p.department, String(p.count), formatMinutes(p.medianMinutes, t), formatMinutes(p.meanMinutes, t)])} />
            }>
              <BarChart data={data.pickup.map((p) => ({ ...p, medianHours: Math.round((p.medianMinutes / 60) * 10) / 10 }))} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ec" vertical={false} />
                <XAxis dataKey="department" tick={{ fontSize: 12 }} />
                <YAxis tick={{ fontSize: 12 }} />
                <Tooltip />
                <Bar dataKey="medianHours" name={t('dashboard.medianHours')} fill={COLOURS.blue} isAnimationActive={false} />
              </BarChart>
            </ChartCard>
            <ChartCard title={t('dashboard.corrections')} table={
              <SimpleTable head={[t('review.documentType'), t('dashboard.classified'), t('dashboard.corrected'), t('dashboard.share')]}
                rows={data.correctionsPerType.map((c) => [docType(c.documentType), String(c.classified), String(c.corrected), c.share === null ? '–' : percent(c.share)])} />
            }>
              <BarChart data={data.correctionsPerType.map((c) => ({ ...c, label: docType(c.documentType).split(' ')[0] }))} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ec" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={56} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Legend />
                <Bar dataKey="classified" name={t('dashboard.classified')} fill={COLOURS.grey} isAnimationActive={false} />
                <Bar dataKey="corrected" name={t('dashboard.corrected')} fill={COLOURS.vermillion} isAnimationActive={false} />
              </BarChart>
            </ChartCard>
          </div>
        </>
      )}
    </div>
  );
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function formatMinutes(minutes: number | null, t: ReturnType<typeof useI18n>['t']): string {
  if (minutes === null) return '–';
  if (minutes < 90) return t('dashboard.minutes', { value: Math.round(minutes) });
  if (minutes < 48 * 60) return t('dashboard.hours', { value: Math.round(minutes / 6) / 10 });
  return t('dashboard.daysValue', { value: Math.round(minutes / 144) / 10 });
}

function Kpi({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="kpi card" data-testid={testId}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{value}</span>
      {detail && <span className="kpi-detail small muted">{detail}</span>}
    </div>
  );
}

function ChartCard({ title, children, table }: { title: string; children: ReactElement; table: ReactNode }) {
  const { t } = useI18n();
  return (
    <figure className="card chart-card">
      <figcaption><h2>{title}</h2></figcaption>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={300}>{children}</ResponsiveContainer>
      </div>
      <details>
        <summary>{t('dashboard.asTable')}</summary>
        {table}
      </details>
    </figure>
  );
}

function SimpleTable({ head, rows }: { head: string[]; rows: string[][] }) {
  return (
    <table className="table table-compact">
      <thead><tr>{head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
      <tbody>{rows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>)}</tbody>
    </table>
  );
}
