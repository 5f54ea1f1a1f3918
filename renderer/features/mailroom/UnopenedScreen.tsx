// Mail marked "persönlich", "vertraulich", for the staff council or the equality officer is not
// opened: the mailroom records it by hand and it goes to the addressee on the paper path.
import { useState, type FormEvent } from 'react';
import { UNOPENED_KINDS, methods } from '../../../electron/contract/methods.ts';
import { api, ApiCallError, type Output } from '../../api/index.ts';
import { departmentLabel, useReference } from '../../api/reference.ts';
import { Notice } from '../../components/Notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { errorText } from '../../components/errors.ts';

type Kind = (typeof UNOPENED_KINDS)[number];
interface Draft { addressee: string; department: string; kind: Kind; sender: string; note: string }
const EMPTY: Draft = { addressee: '', department: '', kind: 'personal', sender: '', note: '' };
type Errors = Partial<Record<keyof Draft, string>>;

export function UnopenedScreen() {
  const { t, dateTime } = useI18n();
  const reference = useReference();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [recorded, setRecorded] = useState<Output<'items.recordUnopened'>[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const input = {
      addressee: draft.addressee, department: draft.department, kind: draft.kind,
      ...(draft.sender.trim() ? { sender: draft.sender } : {}), ...(draft.note.trim() ? { note: draft.note } : {}),
    };
    // The contract's own input schema checks the form before it is sent; the server checks again.
    const parsed = methods['items.recordUnopened'].input.safeParse(input);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof Draft] ??= issue.path[0] === 'department' ? t('unopened.needDepartment') : issue.message;
      setErrors(next);
      return;
    }
    setErrors({});
    try {
      const item = await api.call('items.recordUnopened', parsed.data);
      setRecorded((list) => [item, ...list]);
      setDraft({ ...EMPTY, kind: draft.kind });
      document.getElementById('unopened-addressee')?.focus();
    } catch (caught) {
      if (caught instanceof ApiCallError && caught.issues.length > 0) {
        const next: Errors = {};
        for (const issue of caught.issues) next[issue.path.split('.')[0] as keyof Draft] ??= issue.message;
        setErrors(next);
      }
      setFailure(errorText(caught, t));
    }
  }

  const field = (name: keyof Draft) => ({
    id: `unopened-${name}`,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `unopened-${name}-error` : undefined,
  });
  const error = (name: keyof Draft) => errors[name] && <span id={`unopened-${name}-error`} className="field-error">{errors[name]}</span>;

  return (
    <div className="page page-narrow" data-testid="unopened-screen">
      <h1>{t('unopened.title')}</h1>
      <p className="lead">{t('unopened.lead')}</p>
      <form className="card form" onSubmit={submit} noValidate>
        <fieldset className="radio-group">
          <legend>{t('unopened.kind')}</legend>
          {UNOPENED_KINDS.map((kind) => (
            <label key={kind} className="radio">
              <input type="radio" name="kind" value={kind} checked={draft.kind === kind} onChange={() => setDraft({ ...draft, kind })} />
              {t(`unopened.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor="unopened-addressee">{t('unopened.addressee')}</label>
            <input {...field('addressee')} value={draft.addressee} onChange={(e) => setDraft({ ...draft, addressee: e.target.value })}
              placeholder={t('unopened.addresseeHint')} />
            {error('addressee')}
          </div>
          <div className="form-field">
            <label htmlFor="unopened-department">{t('unopened.department')}</label>
            <select {...field('department')} value={draft.department} onChange={(e) => setDraft({ ...draft, department: e.target.value })}>
              <option value="">{t('review.chooseDepartment')}</option>
              {reference?.departments.map((d) => <option key={d.code} value={d.code}>{d.code} {d.name}</option>)}
            </select>
            {error('department')}
          </div>
          <div className="form-field">
            <label htmlFor="unopened-sender">{t('unopened.sender')} <span className="muted">({t('common.optional')})</span></label>
            <input {...field('sender')} value={draft.sender} onChange={(e) => setDraft({ ...draft, sender: e.target.value })} />
            {error('sender')}
          </div>
          <div className="form-field form-field-wide">
            <label htmlFor="unopened-note">{t('unopened.note')} <span className="muted">({t('common.optional')})</span></label>
            <textarea {...field('note')} rows={2} value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
            {error('note')}
          </div>
        </div>
        {failure && <Notice kind="error">{failure}</Notice>}
        <div className="form-actions">
          <button type="submit" className="button button-primary">{t('unopened.submit')}</button>
        </div>
      </form>
      {recorded.length > 0 && (
        <section className="card" aria-labelledby="unopened-recorded">
          <h2 id="unopened-recorded">{t('unopened.recorded')}</h2>
          <ul className="plain-list" data-testid="unopened-recorded">
            {recorded.map((item) => (
              <li key={item.id}>
                <strong>{item.unopened?.addressee}</strong> · {item.unopened ? t(`unopened.kind.${item.unopened.kind}`) : ''} ·{' '}
                {departmentLabel(reference, item.department)} · {dateTime(item.receivedAt)}
              </li>
            ))}
          </ul>
          <p className="muted small">{t('unopened.toPaper')}</p>
        </section>
      )}
    </div>
  );
}
