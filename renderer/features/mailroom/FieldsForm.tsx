// The extracted fields as a form. Values are edited as text the way people write them in German
// ("15.12.2025", "1.234,56 €") and parsed back into the contract's formats only when saving.
import { FieldsSchema, type FieldName, type Fields } from '../../../electron/contract/domain.ts';
import { formatAmountInput, formatDateInput, formatIban, parseAmountInput, parseDateInput } from '../../components/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FIELD_COLOURS, FIELD_ORDER, fieldLabelKey } from '../viewer/PageViewer.tsx';

export type FieldDraft = Record<FieldName, string>;
const DATE_FIELDS: FieldName[] = ['letterDate', 'receivedAt', 'dueDate'];

export function draftFromFields(fields: Fields): FieldDraft {
  const draft = {} as FieldDraft;
  for (const name of FIELD_ORDER) {
    const value = fields[name];
    if (name === 'amount') draft[name] = formatAmountInput(fields.amount);
    else if (name === 'iban') draft[name] = formatIban(fields.iban);
    else if (DATE_FIELDS.includes(name)) draft[name] = formatDateInput(value as string | undefined);
    else draft[name] = value === undefined ? '' : String(value);
  }
  return draft;
}

export type ParsedFields = { ok: true; fields: Fields } | { ok: false; errors: Partial<Record<FieldName, string>> };

/** Empty means "the letter does not contain it": the field is left out, never sent as "". */
export function fieldsFromDraft(draft: FieldDraft): ParsedFields {
  const errors: Partial<Record<FieldName, string>> = {};
  const raw: Record<string, unknown> = {};
  for (const name of FIELD_ORDER) {
    const text = draft[name].trim();
    if (!text) continue;
    if (name === 'amount') {
      const amount = parseAmountInput(text);
      if (amount === null) errors[name] = 'Betrag wie »1.234,56«';
      else raw[name] = amount;
    } else if (DATE_FIELDS.includes(name)) {
      const date = parseDateInput(text);
      if (date === null) errors[name] = 'Datum wie »15.12.2025«';
      else raw[name] = date;
    } else if (name === 'iban') raw[name] = text.replace(/\s+/g, '').toUpperCase();
    else if (name === 'currency') raw[name] = text.toUpperCase();
    else raw[name] = text;
  }
  // The contract's own schema has the last word (IBAN shape, currency length, ...).
  const parsed = FieldsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path[0] as FieldName | undefined;
      if (name && !errors[name]) errors[name] = issue.message;
    }
  }
  return Object.keys(errors).length > 0 || !parsed.success ? { ok: false, errors } : { ok: true, fields: parsed.data };
}

interface FieldsFormProps {
  draft: FieldDraft;
  errors: Partial<Record<FieldName, string>>;
  onChange(next: FieldDraft): void;
  onActiveField(field: FieldName | null): void;
}

export function FieldsForm({ draft, errors, onChange, onActiveField }: FieldsFormProps) {
  const { t } = useI18n();
  return (
    <fieldset className="fields-form">
      <legend>{t('review.fields')} <kbd>E</kbd></legend>
      {FIELD_ORDER.map((name, index) => {
        const id = `field-${name}`;
        const error = errors[name];
        return (
          <div className="field-row" key={name} onMouseEnter={() => onActiveField(name)} onMouseLeave={() => onActiveField(null)}>
            <label htmlFor={id}>
              <span className="field-swatch" style={{ background: FIELD_COLOURS[name] }} aria-hidden="true" />
              {t(fieldLabelKey(name))}
            </label>
            <input id={id} name={name} value={draft[name]} autoComplete="off" spellCheck={false}
              aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
              onFocus={() => onActiveField(name)} onBlur={() => onActiveField(null)}
              onChange={(e) => onChange({ ...draft, [name]: e.target.value })}
              onKeyDown={(e) => {
                // Enter walks down the fields like a capture form; Ctrl+Enter (handled above) releases.
                if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                  e.preventDefault();
                  const next = FIELD_ORDER[index + 1];
                  if (next) document.getElementById(`field-${next}`)?.focus();
                  else (e.target as HTMLInputElement).blur();
                }
              }} />
            {error && <span id={`${id}-error`} className="field-error">{error}</span>}
          </div>
        );
      })}
    </fieldset>
  );
}
