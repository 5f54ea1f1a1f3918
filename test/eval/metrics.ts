// Scoring of classified letters against their labels: pure functions, so the harness and unit
// tests share them. Field rule ("never guessed"): a field counts for a letter when the label has
// it or the classifier produced it; a value produced without a label is wrong.
import type { Classification, DocumentType, FieldName, Fields, ProtectionLevel } from '../../electron/contract/domain.ts';
import { DOCUMENT_TYPES, PROTECTION_LEVELS } from '../../electron/contract/domain.ts';
import { editDistance, foldLine } from '../../ocr/extract/normalize.ts';
import type { Config } from '../../electron/contract/config.ts';

/** Every department live for every level: what would be released once the rollout is complete. */
export function allLive(config: Config): Config {
  return { ...config, departments: config.departments.map((d) => ({ ...d, rollout: { normal: 'live', high: 'live', 'very-high': 'live' } })) };
}

/** The scanner's receipt stamp is not in the letter; a few days after the letter date is typical. */
export function receivedAtFor(fields: { letterDate?: string | undefined }): Date {
  const base = fields.letterDate ? new Date(`${fields.letterDate}T10:00:00`) : new Date('2025-03-03T10:00:00');
  base.setDate(base.getDate() + 3);
  return base;
}

export interface Expected {
  file: string;
  documentType: DocumentType;
  protectionLevel: ProtectionLevel;
  department: string | null;
  fields: Fields;
  /**
   * The fields the answers cover. Default: all (the generated corpus labels every field, so a field
   * predicted without a label was invented). The real invoices' answers know only some fields.
   */
  scoredFields?: readonly FieldName[];
}

export interface Outcome {
  expected: Expected;
  predicted: Classification;
  /** Released without review when every department is `live`. */
  released: boolean;
  source: string;
}

/** receivedAt is the scanner's stamp, not read from the letter: not scored. */
export const SCORED_FIELDS: FieldName[] = ['sender', 'letterDate', 'reference', 'cashReference', 'iban', 'amount', 'currency', 'dueDate', 'subject'];

/** Free-text fields tolerate OCR damage: equal after folding, within 1 edit per 12 characters. */
const FREE_TEXT: ReadonlySet<FieldName> = new Set(['sender', 'subject']);

function compact(value: string): string {
  return foldLine(value).replace(/[^a-z0-9]/g, '');
}

export function fieldMatches(name: FieldName, expected: Fields[FieldName], predicted: Fields[FieldName]): boolean {
  if (expected === undefined || predicted === undefined) return false;
  if (typeof expected === 'number' || typeof predicted === 'number') return Math.abs(Number(expected) - Number(predicted)) < 0.005;
  if (FREE_TEXT.has(name)) {
    const a = compact(expected);
    const b = compact(predicted);
    const tolerated = Math.floor(Math.max(a.length, b.length) / 12);
    return editDistance(a, b, tolerated) <= tolerated;
  }
  if (name === 'reference' || name === 'cashReference') return compact(expected) === compact(predicted);
  return expected === predicted;
}

export interface Rate { correct: number; total: number; rate: number }

function rate(correct: number, total: number): Rate {
  return { correct, total, rate: total > 0 ? correct / total : 1 };
}

export interface FieldScore extends Rate {
  /** Labelled but not found. */
  missed: number;
  /** Found but not labelled (guessed). */
  invented: number;
  /** Both present, values differ. */
  wrong: number;
}

export interface Report {
  letters: number;
  type: Rate;
  department: Rate;
  protection: Rate;
  perType: Record<string, Rate>;
  perDepartment: Record<string, Rate>;
  perProtection: Record<string, Rate>;
  confusion: Record<string, Record<string, number>>;
  fields: Record<string, FieldScore>;
  released: Rate & { wrongAmongReleased: number };
  /**
   * Why items were held by rule whatever the confidence: predicted (possibly) very-high, or no
   * department; and the release rate among the others, the ones confidence decides on.
   */
  heldByRule: { veryHigh: number; noDepartment: number; releasedOfTheRest: Rate };
  /**
   * The release rate a perfect classifier would reach: the same two rules hold every item labelled
   * very-high and every item labelled without a department (advertising aside, it is discarded).
   */
  releaseCeiling: Rate & { veryHigh: number; noDepartment: number };
  veryHighClassifiedLower: string[];
  /**
   * Is the confidence a probability? Per confidence band: how many items, their mean confidence
   * and how many had the routing decision (type, department and protection) right. `gap` is the
   * expected calibration error: the item-weighted mean |mean confidence − observed rate|.
   */
  calibration: { bands: CalibrationBand[]; gap: number };
  /** Items a wrong decision would have sent out unreviewed. */
  failures: { file: string; problems: string[]; confidence: number; released: boolean }[];
}

export interface CalibrationBand { from: number; to: number; items: number; meanConfidence: number; decisionRight: Rate }

/** Bands around the routing threshold (0.85 in the demo) so both sides of it can be read. */
const CALIBRATION_EDGES = [0, 0.5, 0.7, 0.85, 0.95, 1] as const;

export function calibrate(items: readonly { confidence: number; right: boolean }[]): Report['calibration'] {
  const bands: CalibrationBand[] = [];
  let weightedGap = 0;
  for (let i = 0; i + 1 < CALIBRATION_EDGES.length; i += 1) {
    const from = CALIBRATION_EDGES[i]!;
    const to = CALIBRATION_EDGES[i + 1]!;
    const last = i + 2 === CALIBRATION_EDGES.length;
    const inBand = items.filter((item) => item.confidence >= from && (item.confidence < to || (last && item.confidence <= to)));
    const meanConfidence = inBand.length > 0 ? inBand.reduce((sum, item) => sum + item.confidence, 0) / inBand.length : 0;
    const decisionRight = rate(inBand.filter((item) => item.right).length, inBand.length);
    if (inBand.length > 0) weightedGap += inBand.length * Math.abs(meanConfidence - decisionRight.rate);
    bands.push({ from, to, items: inBand.length, meanConfidence, decisionRight });
  }
  return { bands, gap: items.length > 0 ? weightedGap / items.length : 0 };
}

const LEVEL_RANK: Record<ProtectionLevel, number> = { normal: 0, high: 1, 'very-high': 2 };

export function score(outcomes: Outcome[]): Report {
  const perType: Record<string, [number, number]> = {};
  const perDepartment: Record<string, [number, number]> = {};
  const perProtection: Record<string, [number, number]> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const fields: Record<string, FieldScore> = {};
  const failures: Report['failures'] = [];
  const decisions: { confidence: number; right: boolean }[] = [];
  const veryHighClassifiedLower: string[] = [];
  let typeOk = 0, departmentOk = 0, protectionOk = 0, released = 0, wrongReleased = 0;
  let heldVeryHigh = 0, heldNoDepartment = 0, labelledVeryHigh = 0, labelledNoDepartment = 0;
  const bump = (table: Record<string, [number, number]>, key: string, ok: boolean) => {
    const cell = table[key] ?? [0, 0];
    cell[0] += ok ? 1 : 0;
    cell[1] += 1;
    table[key] = cell;
  };
  for (const name of SCORED_FIELDS) fields[name] = { correct: 0, total: 0, rate: 1, missed: 0, invented: 0, wrong: 0 };

  for (const { expected, predicted, released: isReleased } of outcomes) {
    const problems: string[] = [];
    const typeHit = predicted.documentType === expected.documentType;
    const departmentHit = predicted.department === expected.department;
    const protectionHit = predicted.protectionLevel === expected.protectionLevel;
    typeOk += typeHit ? 1 : 0;
    departmentOk += departmentHit ? 1 : 0;
    protectionOk += protectionHit ? 1 : 0;
    bump(perType, expected.documentType, typeHit);
    bump(perDepartment, expected.department ?? '(keine)', departmentHit);
    bump(perProtection, expected.protectionLevel, protectionHit);
    const row = confusion[expected.documentType] ?? {};
    row[predicted.documentType] = (row[predicted.documentType] ?? 0) + 1;
    confusion[expected.documentType] = row;
    if (!typeHit) problems.push(`type ${expected.documentType} → ${predicted.documentType}`);
    if (!departmentHit) problems.push(`department ${expected.department} → ${predicted.department}`);
    if (!protectionHit) problems.push(`protection ${expected.protectionLevel} → ${predicted.protectionLevel}`);
    if (expected.protectionLevel === 'very-high' && LEVEL_RANK[predicted.protectionLevel] < LEVEL_RANK['very-high']) {
      veryHighClassifiedLower.push(expected.file);
    }
    for (const name of expected.scoredFields ?? SCORED_FIELDS) {
      const want = expected.fields[name];
      const got = predicted.fields[name];
      if (want === undefined && got === undefined) continue;
      const stats = fields[name]!;
      stats.total += 1;
      if (fieldMatches(name, want, got)) { stats.correct += 1; continue; }
      if (want === undefined) stats.invented += 1;
      else if (got === undefined) stats.missed += 1;
      else stats.wrong += 1;
      problems.push(`${name} ${JSON.stringify(want)} → ${JSON.stringify(got)}`);
    }
    if (expected.protectionLevel === 'very-high') labelledVeryHigh += 1;
    else if (!expected.department && expected.documentType !== 'advertising') labelledNoDepartment += 1;
    if (predicted.protectionLevel === 'very-high' || predicted.mightBeVeryHigh) heldVeryHigh += 1;
    else if (!predicted.department && predicted.documentType !== 'advertising') heldNoDepartment += 1;
    decisions.push({ confidence: predicted.confidence, right: typeHit && departmentHit && protectionHit });
    if (isReleased) {
      released += 1;
      if (!typeHit || !departmentHit || !protectionHit) wrongReleased += 1;
    }
    if (problems.length > 0) failures.push({ file: expected.file, problems, confidence: predicted.confidence, released: isReleased });
  }
  for (const stats of Object.values(fields)) stats.rate = stats.total > 0 ? stats.correct / stats.total : 1;
  const toRates = (table: Record<string, [number, number]>) => Object.fromEntries(Object.entries(table).map(([k, [c, t]]) => [k, rate(c, t)]));
  const n = outcomes.length;
  return {
    letters: n,
    type: rate(typeOk, n),
    department: rate(departmentOk, n),
    protection: rate(protectionOk, n),
    perType: toRates(perType),
    perDepartment: toRates(perDepartment),
    perProtection: toRates(perProtection),
    confusion,
    fields,
    released: { ...rate(released, n), wrongAmongReleased: wrongReleased },
    heldByRule: { veryHigh: heldVeryHigh, noDepartment: heldNoDepartment, releasedOfTheRest: rate(released, n - heldVeryHigh - heldNoDepartment) },
    releaseCeiling: { ...rate(n - labelledVeryHigh - labelledNoDepartment, n), veryHigh: labelledVeryHigh, noDepartment: labelledNoDepartment },
    veryHighClassifiedLower,
    calibration: calibrate(decisions),
    failures,
  };
}

const pct = (r: Rate) => `${(r.rate * 100).toFixed(1).padStart(5)} % (${r.correct}/${r.total})`;

/** The calibration table: per confidence band, the share of items whose routing decision was right. */
export function formatCalibration(calibration: Report['calibration']): string[] {
  const out = [`confidence calibration (decision right = type, department and protection), gap ${(calibration.gap * 100).toFixed(1)} points:`];
  for (const band of calibration.bands) {
    const observed = band.items > 0 ? `${(band.decisionRight.rate * 100).toFixed(1).padStart(5)} % right` : '';
    out.push(`  ${band.from.toFixed(2)}–${band.to.toFixed(2)}  ${String(band.items).padStart(4)} items  mean ${(band.meanConfidence * 100).toFixed(1).padStart(5)} %  ${observed}`);
  }
  return out;
}

/** The human-readable summary `npm run eval` prints. */
export function formatReport(title: string, report: Report, options: { confusion?: boolean } = {}): string {
  const out: string[] = [`== ${title}: ${report.letters} letters ==`];
  out.push(`document type   ${pct(report.type)}`);
  out.push(`department      ${pct(report.department)}`);
  out.push(`protection      ${pct(report.protection)}`);
  out.push(`released without review (every department live): ${pct(report.released)}; of these wrong in type/department/protection: ${report.released.wrongAmongReleased}`);
  const held = report.heldByRule;
  out.push(`  held by rule: ${held.veryHigh} possibly very-high, ${held.noDepartment} without department; released of the other ${held.releasedOfTheRest.total}: ${pct(held.releasedOfTheRest)}`);
  const ceiling = report.releaseCeiling;
  out.push(`  ceiling by these rules (a perfect classifier): ${pct(ceiling)}; labelled very-high ${ceiling.veryHigh}, labelled without department ${ceiling.noDepartment}`);
  out.push(`very-high classified lower: ${report.veryHighClassifiedLower.length}${report.veryHighClassifiedLower.length ? ` (${report.veryHighClassifiedLower.join(', ')})` : ''}`);
  out.push(...formatCalibration(report.calibration));
  out.push('', 'per type:');
  for (const type of DOCUMENT_TYPES) {
    const r = report.perType[type];
    if (r) out.push(`  ${type.padEnd(16)} ${pct(r)}`);
  }
  out.push('per department:');
  for (const [code, r] of Object.entries(report.perDepartment).sort()) out.push(`  ${code.padEnd(16)} ${pct(r)}`);
  out.push('per protection level:');
  for (const level of PROTECTION_LEVELS) {
    const r = report.perProtection[level];
    if (r) out.push(`  ${level.padEnd(16)} ${pct(r)}`);
  }
  out.push('fields (predicted without a label counts as wrong):');
  for (const [name, f] of Object.entries(report.fields)) {
    out.push(`  ${name.padEnd(16)} ${pct(f)}  missed ${f.missed}, invented ${f.invented}, wrong ${f.wrong}`);
  }
  if (options.confusion !== false) {
    const present = DOCUMENT_TYPES.filter((t) => report.confusion[t] || Object.values(report.confusion).some((row) => row[t]));
    const short = (t: string) => t.slice(0, 5);
    out.push('confusion (rows: labelled, columns: predicted):');
    out.push(`  ${''.padEnd(16)}${present.map((t) => short(t).padStart(6)).join('')}`);
    for (const type of present) {
      const row = report.confusion[type] ?? {};
      out.push(`  ${type.padEnd(16)}${present.map((t) => String(row[t] ?? '.').padStart(6)).join('')}`);
    }
  }
  return out.join('\n');
}
