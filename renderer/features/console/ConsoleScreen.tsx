// IT console: which department is connected for which protection level, the planned waves, the
// confidence threshold, the scanner folders and the routing rules. Every edit is checked with the
// contract's ConfigSchema before it is sent (errors shown at the field) and again by the server,
// which writes the file and the audit log.
import { useEffect, useMemo, useState } from 'react';
import { ConfigSchema, type Config, type RoutingRule } from '../../../electron/contract/config.ts';
import { DOCUMENT_TYPES, PROTECTION_LEVELS, ROLLOUT_STATES, type ProtectionLevel, type RolloutState } from '../../../electron/contract/domain.ts';
import { api, useLoad, type Output } from '../../api/index.ts';
import { invalidateReference } from '../../api/reference.ts';
import { errorText, issuesByPath } from '../../components/errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { RuleTester } from './RuleTester.tsx';

type Waves = Output<'waves.list'>;
type Issues = Map<string, string>;

function FieldError({ issues, path, id }: { issues: Issues; path: string; id: string }) {
  const message = issues.get(path);
  return message ? <span id={id} className="field-error" data-testid={`error-${path}`}>{message}</span> : null;
}

/** Props that tie an input to its error message for screen readers. */
function invalid(issues: Issues, path: string, id: string) {
  return issues.has(path) ? { 'aria-invalid': true as const, 'aria-describedby': id } : {};
}

export function ConsoleScreen() {
  const { t, date, rollout, protection } = useI18n();
  const loaded = useLoad(() => api.call('config.get', {}), 'config');
  const waves = useLoad(() => api.call('waves.list', {}), 'waves');
  const [base, setBase] = useState<Config | null>(null);
  const [draft, setDraft] = useState<Config | null>(null);
  const [issues, setIssues] = useState<Issues>(new Map());
  const [notice, setNotice] = useState<{ kind: 'success' | 'error' | 'warning'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (loaded.data) { setBase(loaded.data.config); setDraft(loaded.data.config); }
  }, [loaded.data]);

  const dirty = useMemo(() => draft !== null && base !== null && JSON.stringify(draft) !== JSON.stringify(base), [draft, base]);

  function accept(config: Config, message: string, kind: 'success' | 'warning' = 'success') {
    setBase(config);
    setDraft((current) => (current && base && JSON.stringify(current) !== JSON.stringify(base) ? current : config));
    setNotice({ kind, text: message });
    invalidateReference();
    void waves.reload();
  }

  async function setCell(department: string, level: ProtectionLevel, state: RolloutState) {
    try {
      const answer = await api.call('config.setRollout', { department, level, state });
      // The matrix saves at once; keep unsaved edits elsewhere in the draft, but take the new rollout.
      setBase(answer.config);
      setDraft((current) => current && { ...current, departments: answer.config.departments });
      setNotice({ kind: 'success', text: t('console.rolloutSaved', { department, level: protection(level), state: rollout(state) }) });
      invalidateReference();
      void waves.reload();
    } catch (caught) {
      setNotice({ kind: 'error', text: errorText(caught, t) });
    }
  }

  async function save() {
    if (!draft) return;
    const checked = ConfigSchema.safeParse(draft);
    if (!checked.success) {
      const found: Issues = new Map();
      for (const issue of checked.error.issues) {
        const path = issue.path.map(String).join('.');
        if (!found.has(path)) found.set(path, issue.message);
      }
      setIssues(found);
      setNotice({ kind: 'error', text: t('console.invalid', { count: found.size }) });
      return;
    }
    setIssues(new Map());
    setSaving(true);
    try {
      const answer = await api.call('config.update', { config: draft });
      setBase(answer.config);
      setDraft(answer.config);
      setNotice(answer.restartNeeded ? { kind: 'warning', text: t('console.savedRestart') } : { kind: 'success', text: t('console.saved') });
      invalidateReference();
      void waves.reload();
    } catch (caught) {
      setIssues(issuesByPath(caught));
      setNotice({ kind: 'error', text: errorText(caught, t) });
    } finally {
      setSaving(false);
    }
  }

  async function executeWave(id: string) {
    try {
      const answer = await api.call('waves.execute', { id });
      accept(answer.config, t('console.waveExecuted', { count: answer.changed.length }));
    } catch (caught) {
      setNotice({ kind: 'error', text: errorText(caught, t) });
    }
  }

  if (loaded.error) return <div className="page"><Notice kind="error">{errorText(loaded.error, t)}</Notice></div>;
  if (!draft) return <div className="page"><p className="muted">{t('common.loading')}</p></div>;

  const dueWaves = (waves.data?.waves ?? []).filter((wave) => wave.due && !wave.carriedOut);
  const update = (next: Config) => setDraft(next);

  return (
    <div className="page console" data-testid="console-screen">
      <div className="page-header">
        <div>
          <h1>{t('console.title')}</h1>
          <p className="lead">{draft.organisation} · {loaded.data?.file ?? t('console.inMemory')}</p>
        </div>
        <div className="toolbar">
          {dirty && <span className="badge badge-conf-medium">{t('console.unsaved')}</span>}
          <button type="button" className="button" disabled={!dirty || saving} onClick={() => { setDraft(base); setIssues(new Map()); }}>{t('console.discard')}</button>
          <button type="button" className="button button-primary" disabled={!dirty || saving} onClick={() => void save()} data-testid="config-save">{t('console.save')}</button>
        </div>
      </div>
      {dueWaves.map((wave) => (
        <div key={wave.id} className="banner banner-warning" role="alert" data-testid="wave-due-banner">
          <span>{t('console.waveDue', { name: wave.name, date: date(wave.date), departments: wave.departments.join(', '), state: rollout(wave.targetState) })}</span>
          <button type="button" className="button button-primary button-small" onClick={() => void executeWave(wave.id)}>{t('console.executeWave')}</button>
        </div>
      ))}
      {notice && <Notice kind={notice.kind} onDismiss={() => setNotice(null)}>{notice.text}</Notice>}

      <div className="console-grid">
        <section className="card console-matrix" aria-labelledby="matrix-title">
          <h2 id="matrix-title">{t('console.matrix')}</h2>
          <p className="muted small">{t('console.matrixHint')}</p>
          <table className="table rollout-table" data-testid="rollout-matrix">
            <thead>
              <tr>
                <th scope="col">{t('console.department')}</th>
                {PROTECTION_LEVELS.map((level) => <th key={level} scope="col">{t('console.protectionColumn', { level: protection(level) })}</th>)}
              </tr>
            </thead>
            <tbody>
              {draft.departments.map((department) => (
                <tr key={department.code} data-department={department.code}>
                  <th scope="row"><span className="code">{department.code}</span> {department.name}</th>
                  {PROTECTION_LEVELS.map((level) => {
                    const state = department.rollout[level];
                    return (
                      <td key={level} className={`rollout-cell rollout-${state}`}>
                        <select value={state} aria-label={t('console.cellLabel', { department: `${department.code} ${department.name}`, level: protection(level) })}
                          data-testid={`rollout-${department.code}-${level}`}
                          onChange={(e) => void setCell(department.code, level, e.target.value as RolloutState)}>
                          {ROLLOUT_STATES.map((s) => <option key={s} value={s}>{rollout(s)}</option>)}
                        </select>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="legend small">
            {ROLLOUT_STATES.map((s) => <span key={s} className={`legend-item rollout-${s}`}>{rollout(s)}: {t(`console.rolloutMeaning.${s}`)}</span>)}
          </p>
        </section>

        <div className="console-side">
          <WavesSection draft={draft} waves={waves.data} issues={issues} onChange={update} onExecute={(id) => void executeWave(id)} />
          <section className="card" aria-labelledby="threshold-title">
            <h2 id="threshold-title">{t('console.threshold')}</h2>
            <div className="form-field">
              <label htmlFor="threshold">{t('console.thresholdLabel')}</label>
              <input id="threshold" type="number" step={0.01} min={0} max={1} value={draft.routing.confidenceThreshold}
                {...invalid(issues, 'routing.confidenceThreshold', 'threshold-error')}
                onChange={(e) => update({ ...draft, routing: { ...draft.routing, confidenceThreshold: e.target.value === '' ? Number.NaN : Number(e.target.value) } })} />
              <FieldError issues={issues} path="routing.confidenceThreshold" id="threshold-error" />
              <span className="muted small">{t('console.thresholdHint')}</span>
            </div>
          </section>
          <FoldersSection draft={draft} issues={issues} onChange={update} />
        </div>
      </div>
      <RulesSection draft={draft} issues={issues} onChange={update} />
      <RuleTester />
    </div>
  );
}

function WavesSection({ draft, waves, issues, onChange, onExecute }: {
  draft: Config; waves: Waves | undefined; issues: Issues; onChange(next: Config): void; onExecute(id: string): void;
}) {
  const { t, rollout } = useI18n();
  const status = (id: string) => waves?.waves.find((wave) => wave.id === id);
  return (
    <section className="card" aria-labelledby="waves-title">
      <h2 id="waves-title">{t('console.waves')}</h2>
      <table className="table">
        <thead><tr><th scope="col">{t('console.wave')}</th><th scope="col">{t('console.waveDate')}</th><th scope="col">{t('console.waveDepartments')}</th><th scope="col">{t('console.waveStatus')}</th></tr></thead>
        <tbody>
          {draft.waves.map((wave, index) => {
            const info = status(wave.id);
            const path = `waves.${index}.date`;
            return (
              <tr key={wave.id}>
                <th scope="row">{wave.name}<div className="muted small">→ {rollout(wave.targetState)}</div></th>
                <td>
                  <label className="visually-hidden" htmlFor={`wave-date-${index}`}>{t('console.waveDateOf', { name: wave.name })}</label>
                  <input id={`wave-date-${index}`} type="date" value={wave.date} {...invalid(issues, path, `wave-date-${index}-error`)}
                    onChange={(e) => onChange({ ...draft, waves: draft.waves.map((w, i) => (i === index ? { ...w, date: e.target.value } : w)) })} />
                  <FieldError issues={issues} path={path} id={`wave-date-${index}-error`} />
                </td>
                <td className="small">{wave.departments.join(', ')}</td>
                <td>
                  {info?.carriedOut ? <span className="badge badge-conf-high">{t('console.waveDone')}</span>
                    : info?.due ? <button type="button" className="button button-small button-primary" onClick={() => onExecute(wave.id)}>{t('console.executeWave')}</button>
                    : <span className="badge badge-neutral">{t('console.wavePlanned')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function FoldersSection({ draft, issues, onChange }: { draft: Config; issues: Issues; onChange(next: Config): void }) {
  const { t } = useI18n();
  const folders = draft.intake.folders;
  const set = (next: typeof folders) => onChange({ ...draft, intake: { ...draft.intake, folders: next } });
  return (
    <section className="card" aria-labelledby="folders-title">
      <h2 id="folders-title">{t('console.folders')}</h2>
      {folders.map((folder, index) => (
        <div className="folder-row" key={index}>
          <div className="form-field">
            <label htmlFor={`folder-path-${index}`}>{t('console.folderPath')}</label>
            <input id={`folder-path-${index}`} value={folder.path} {...invalid(issues, `intake.folders.${index}.path`, `folder-path-${index}-error`)}
              onChange={(e) => set(folders.map((f, i) => (i === index ? { ...f, path: e.target.value } : f)))} />
            <FieldError issues={issues} path={`intake.folders.${index}.path`} id={`folder-path-${index}-error`} />
          </div>
          <div className="form-field">
            <label htmlFor={`folder-scanner-${index}`}>{t('console.folderScanner')}</label>
            <input id={`folder-scanner-${index}`} value={folder.scanner}
              onChange={(e) => set(folders.map((f, i) => (i === index ? { ...f, scanner: e.target.value } : f)))} />
          </div>
          <button type="button" className="button button-small button-quiet" onClick={() => set(folders.filter((_, i) => i !== index))}
            aria-label={t('console.removeFolder', { path: folder.path })}>{t('common.remove')}</button>
        </div>
      ))}
      <FieldError issues={issues} path="intake.folders" id="folders-error" />
      <button type="button" className="button button-small" onClick={() => set([...folders, { path: '', scanner: 'Scanner' }])}>{t('console.addFolder')}</button>
      <div className="form-field">
        <label htmlFor="settle">{t('console.settle')}</label>
        <input id="settle" type="number" min={0} max={600} value={draft.intake.settleSeconds} {...invalid(issues, 'intake.settleSeconds', 'settle-error')}
          onChange={(e) => onChange({ ...draft, intake: { ...draft.intake, settleSeconds: Number(e.target.value) } })} />
        <FieldError issues={issues} path="intake.settleSeconds" id="settle-error" />
      </div>
      <div className="form-field">
        <label htmlFor="complete-settle">{t('console.completeSettle')}</label>
        <input id="complete-settle" type="number" min={0} max={600} step={0.1} value={draft.intake.completeSettleSeconds}
          {...invalid(issues, 'intake.completeSettleSeconds', 'complete-settle-error')}
          onChange={(e) => onChange({ ...draft, intake: { ...draft.intake, completeSettleSeconds: Number(e.target.value) } })} />
        <FieldError issues={issues} path="intake.completeSettleSeconds" id="complete-settle-error" />
      </div>
    </section>
  );
}

function RulesSection({ draft, issues, onChange }: { draft: Config; issues: Issues; onChange(next: Config): void }) {
  const { t, docType, protection } = useI18n();
  const rules = draft.routing.rules;
  const set = (next: RoutingRule[]) => onChange({ ...draft, routing: { ...draft.routing, rules: next } });
  const edit = (index: number, patch: Partial<RoutingRule>) => set(rules.map((rule, i) => {
    if (i !== index) return rule;
    const next: RoutingRule = { ...rule, ...patch };
    // Optional keys are left out rather than set to undefined or "" (the schema is strict).
    for (const key of ['department', 'documentType', 'protectionLevel'] as const) if (!next[key]) delete next[key];
    return next;
  }));
  const cell = (index: number, key: keyof RoutingRule) => ({ path: `routing.rules.${index}.${key}`, id: `rule-${index}-${key}` });
  return (
    <section className="card" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('console.rules')}</h2>
      <p className="muted small">{t('console.rulesHint')}</p>
      <table className="table rules-table" data-testid="rules-table">
        <thead>
          <tr>
            <th scope="col">{t('console.ruleId')}</th><th scope="col">{t('console.rulePattern')}</th><th scope="col">{t('console.ruleDepartment')}</th>
            <th scope="col">{t('console.ruleType')}</th><th scope="col">{t('console.ruleProtection')}</th><th scope="col">{t('console.ruleDescription')}</th><th scope="col"><span className="visually-hidden">{t('common.remove')}</span></th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, index) => {
            const c = (key: keyof RoutingRule) => cell(index, key);
            return (
              <tr key={index}>
                <td>
                  <input aria-label={t('console.ruleId')} value={rule.id} className="input-narrow" {...invalid(issues, c('id').path, c('id').id)}
                    onChange={(e) => edit(index, { id: e.target.value })} />
                  <FieldError issues={issues} {...c('id')} />
                </td>
                <td>
                  <input aria-label={t('console.rulePattern')} value={rule.pattern} className="input-mono" data-testid={`rule-pattern-${index}`}
                    {...invalid(issues, c('pattern').path, c('pattern').id)} onChange={(e) => edit(index, { pattern: e.target.value })} />
                  <FieldError issues={issues} {...c('pattern')} />
                </td>
                <td>
                  <select aria-label={t('console.ruleDepartment')} value={rule.department ?? ''} {...invalid(issues, c('department').path, c('department').id)}
                    onChange={(e) => edit(index, { department: e.target.value })}>
                    <option value="">–</option>
                    {draft.departments.map((d) => <option key={d.code} value={d.code}>{d.code} {d.name}</option>)}
                  </select>
                  <FieldError issues={issues} {...c('department')} />
                </td>
                <td>
                  <select aria-label={t('console.ruleType')} value={rule.documentType ?? ''} onChange={(e) => edit(index, { documentType: (e.target.value || undefined) as RoutingRule['documentType'] })}>
                    <option value="">–</option>
                    {DOCUMENT_TYPES.map((type) => <option key={type} value={type}>{docType(type)}</option>)}
                  </select>
                </td>
                <td>
                  <select aria-label={t('console.ruleProtection')} value={rule.protectionLevel ?? ''} onChange={(e) => edit(index, { protectionLevel: (e.target.value || undefined) as RoutingRule['protectionLevel'] })}>
                    <option value="">–</option>
                    {PROTECTION_LEVELS.map((level) => <option key={level} value={level}>{protection(level)}</option>)}
                  </select>
                </td>
                <td><input aria-label={t('console.ruleDescription')} value={rule.description} onChange={(e) => edit(index, { description: e.target.value })} /></td>
                <td><button type="button" className="button button-small button-quiet" onClick={() => set(rules.filter((_, i) => i !== index))}
                  aria-label={t('console.removeRule', { id: rule.id })}>✕</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rules.length === 0 && <p className="muted small">{t('console.noRules')}</p>}
      <button type="button" className="button button-small" data-testid="add-rule"
        onClick={() => set([...rules, { id: `regel-${rules.length + 1}`, description: '', pattern: '' }])}>{t('console.addRule')}</button>
    </section>
  );
}
