// Parsing what people type in German forms back into the contract's field formats.

/** "15.12.2025", "15.12.25" or "2025-12-15" → "2025-12-15"; anything else → null. */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  if (!match) return null;
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const iso = `${year}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  const check = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso ? null : iso;
}

export function formatDateInput(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** "1.234,56", "1234,56", "1234.56" → 1234.56. German first: a comma is the decimal separator. */
export function parseAmountInput(text: string): number | null {
  const value = text.replace(/\s|€|EUR/gi, '');
  if (!value) return null;
  const normalised = value.includes(',') ? value.replace(/\./g, '').replace(',', '.') : value;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export function formatAmountInput(amount: number | undefined): string {
  return amount === undefined ? '' : amount.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** IBANs are stored without spaces and shown in groups of four. */
export function formatIban(iban: string | undefined): string {
  return iban ? iban.replace(/(.{4})/g, '$1 ').trim() : '';
}

export function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
