// Character error rate of OCR output against the known text.
// `cer`: Levenshtein distance over the whole page with whitespace collapsed, divided by the
// reference length: strict, also counts reading-order differences (a footer's three columns read
// across or down). `bagCer`: the same on the words sorted, so it counts misread characters and
// hardly the order: the fairer figure for comparing two engines' recognition.

export interface CharacterErrors {
  /** Percent, strict reading order. */
  cer: number;
  /** Percent, order-independent (sorted words). */
  bagCer: number;
}

export function characterErrors(references: string[], hypotheses: string[]): CharacterErrors {
  let errors = 0;
  let chars = 0;
  let bagErrors = 0;
  let bagChars = 0;
  references.forEach((reference, i) => {
    const hypothesis = hypotheses[i] ?? '';
    const ref = collapse(reference);
    errors += levenshtein(ref, collapse(hypothesis));
    chars += ref.length;
    const refBag = bag(reference);
    bagErrors += levenshtein(refBag, bag(hypothesis));
    bagChars += refBag.length;
  });
  return { cer: percent(errors, chars), bagCer: percent(bagErrors, bagChars) };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function bag(text: string): string {
  return text.split(/\s+/).filter(Boolean).sort().join(' ');
}

function percent(errors: number, chars: number): number {
  return chars === 0 ? 0 : Math.round((10_000 * errors) / chars) / 100;
}

export function levenshtein(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1).map((_, j) => j);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}
