// Paste a letter's text and see how the rules in force would classify and route it. Nothing is stored.
import { useState } from 'react';
import { api, type Output } from '../../api/index.ts';
import { ConfidenceBadge, ProtectionBadge } from '../../components/Badges.tsx';
import { errorText } from '../../components/errors.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useReference, departmentLabel } from '../../api/reference.ts';
import { FIELD_ORDER, fieldLabelKey } from '../viewer/PageViewer.tsx';

export function RuleTester() {
  const { t, docType, itemState } = useI18n();
  const reference = useReference();
  const [text, setText] = useState('');
  const [result, setResult] = useState<Output<'rules.test'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function test() {
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try { setResult(await api.call('rules.test', { text })); } catch (caught) { setError(errorText(caught, t)); } finally { setBusy(false); }
  }

  const classification = result?.classification;
  return (
    <section className="card" aria-labelledby="tester-title" data-testid="rule-tester">
      <h2 id="tester-title">{t('console.tester')}</h2>
      <p className="muted small">{t('console.testerHint')}</p>
      <div className="tester">
        <div className="form-field">
          <label htmlFor="tester-text">{t('console.testerText')}</label>
          <textarea id="tester-text" rows={9} className="input-mono" value={text} onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void test(); } }} />
          <button type="button" className="button button-primary" onClick={() => void test()} disabled={busy || !text.trim()} data-testid="tester-run">
            {t('console.testerRun')} <kbd className="kbd-on-primary">Strg+Enter</kbd>
          </button>
        </div>
        <div className="tester-result" aria-live="polite" data-testid="tester-result">
          {error && <Notice kind="error">{error}</Notice>}
          {classification && result && (
            <>
              <dl className="facts">
                <dt>{t('review.documentType')}</dt><dd data-testid="tester-type">{docType(classification.documentType)}</dd>
                <dt>{t('review.protection')}</dt><dd><ProtectionBadge level={classification.protectionLevel} /></dd>
                <dt>{t('review.department')}</dt><dd data-testid="tester-department">{departmentLabel(reference, classification.department)}</dd>
                <dt>{t('review.confidence')}</dt><dd><ConfidenceBadge value={classification.confidence} threshold={reference?.confidenceThreshold ?? 0.85} /></dd>
                <dt>{t('console.testerRoute')}</dt><dd data-testid="tester-route">{itemState(result.route.state)} – {result.route.reason}</dd>
                {FIELD_ORDER.filter((name) => classification.fields[name] !== undefined).map((name) => (
                  <Fact key={name} label={t(fieldLabelKey(name))} value={String(classification.fields[name])} />
                ))}
              </dl>
              <h3 className="small-heading">{t('console.testerReasons')}</h3>
              <ul className="reason-list">
                {classification.reasons.map((reason, index) => <li key={index}><span className="muted">{t(`decision.${reason.decision}`)}:</span> {reason.message}</li>)}
              </ul>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return <><dt>{label}</dt><dd>{value}</dd></>;
}
