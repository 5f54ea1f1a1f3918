// German money formatting: 1.234,56 — and amounts kept in cents so sums are exact.

export function formatCents(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${euros},${String(abs % 100).padStart(2, '0')}`;
}

export function centsToNumber(cents: number): number {
  return Math.round(cents) / 100;
}
