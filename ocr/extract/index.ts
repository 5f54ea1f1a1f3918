// Field extraction: every field with the page and word boxes it came from. A field the letter does
// not contain stays absent; nothing is guessed.
import { RECEIPT_TIME_ZONE, type DocumentType, type FieldName, type FieldSource, type Fields } from '../../electron/contract/domain.ts';
import { extractDueDate, extractLetterDate } from './dates.ts';
import type { Letter } from './layout.ts';
import { extractAmount, extractIban } from './money.ts';
import { extractSender, extractSubject } from './parties.ts';
import { extractCashReference, extractReference, plausibleYears } from './references.ts';

export interface Extraction {
  fields: Fields;
  fieldSources: Partial<Record<FieldName, FieldSource>>;
  /** Which rule found each field (for the explanation). */
  rules: Partial<Record<FieldName, string>>;
}

export interface ExtractOptions {
  organisation: string;
  receivedAt: Date;
  /** @deprecated Invoice numbers are never the reference (DESIGN.md); ignored. */
  includeInvoiceNumber?: boolean;
  /** The receiving organisation's department codes ("1.40", "3.10.20"): a file number of its own
   *  that OCR read one digit off is repaired to the code it must be (see references.ts). */
  departmentCodes?: readonly string[];
  /** The letter's type, when the classifier is sure of it: some types never carry a sum to pay or a
   *  deadline, whatever figures and dates they quote. */
  documentType?: DocumentType;
}

// Letters that ask the city for nothing to pay (DESIGN.md: `amount` is the sum the letter asks to be
// paid): an objection quotes the contested sum, a building application its construction costs, a job
// application a salary, an advertisement its prices. Every held-out writer labelled them so.
const NEVER_ASKS_PAYMENT: ReadonlySet<DocumentType> = new Set(['objection', 'building', 'job-application', 'advertising']);
// …nor set the city a deadline: their dates are a contested old due date, a start of building, an
// application deadline, a campaign end, an offer's Bindefrist or a medical appointment.
const NEVER_SETS_DEADLINE: ReadonlySet<DocumentType> = new Set([...NEVER_ASKS_PAYMENT, 'offer', 'medical']);

const receiptDay = new Intl.DateTimeFormat('en-CA', { timeZone: RECEIPT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The receipt stamp's calendar day in Germany (as records/deadlines.ts's receiptDate): on a server
 *  running in UTC, a scan at 00:30 German time is still stamped with the German day, so the form's
 *  receipt date and the stored timestamp never disagree near midnight. */
export function receiptDayOf(date: Date): string {
  return receiptDay.format(date);
}

export function extractFields(letter: Letter, options: ExtractOptions): Extraction {
  const result: Extraction = { fields: {}, fieldSources: {}, rules: {} };
  const set = <K extends FieldName>(name: K, value: Fields[K], source: FieldSource | undefined, rule: string) => {
    result.fields[name] = value;
    if (source) result.fieldSources[name] = source;
    result.rules[name] = rule;
  };
  result.fields.receivedAt = receiptDayOf(options.receivedAt);
  result.rules.receivedAt = 'Eingangsdatum';

  const sender = extractSender(letter, options.organisation);
  if (sender) set('sender', sender.value, sender.source, sender.rule);
  const letterDate = extractLetterDate(letter);
  if (letterDate) set('letterDate', letterDate.value, letterDate.source, letterDate.rule);
  // A file number ends with its year: the letter date (else the receipt) says which years fit.
  const reference = extractReference(letter, { years: plausibleYears(letterDate?.value ?? result.fields.receivedAt), departmentCodes: options.departmentCodes });
  if (reference) set('reference', reference.value, reference.source, reference.rule);
  const cash = extractCashReference(letter);
  if (cash) set('cashReference', cash.value, cash.source, cash.rule);
  const iban = extractIban(letter);
  if (iban) set('iban', iban.value, iban.source, iban.rule);
  const type = options.documentType;
  const amount = type && NEVER_ASKS_PAYMENT.has(type) ? undefined : extractAmount(letter);
  if (amount) {
    set('amount', amount.value.amount, amount.source, amount.rule);
    if (amount.value.currency) set('currency', amount.value.currency, amount.source, 'Währungszeichen');
  }
  const due = type && NEVER_SETS_DEADLINE.has(type) ? undefined : extractDueDate(letter, letterDate?.value, result.fields.receivedAt);
  if (due) set('dueDate', due.value, due.source, due.rule);
  const subject = extractSubject(letter);
  if (subject) set('subject', subject.value, subject.source, subject.rule);
  return result;
}

export { analyseLetter } from './layout.ts';
export { findDates, parseGermanDate } from './dates.ts';
export { findAmounts, parseGermanAmount } from './money.ts';
export { findIbans, isValidIban, repairIban } from './iban.ts';
