// The test-letter generator: deterministic, label rules of DESIGN.md, valid IBANs, real pixels.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { StandardFontEmbedder, StandardFonts } from 'pdf-lib';
import { DOCUMENT_TYPES, FieldsSchema, ProtectionLevelSchema, type DocumentType } from '../../electron/contract/domain.ts';
import {
  corpusType, departmentInReference, encodeLetter, encodePng, generateLetter, isValidIban, makeIban, scanPage,
} from '../../seeds/generator/index.ts';
import { loadDemoOrg } from '../../seeds/generator/org.ts';
import { hashSeed } from '../../seeds/generator/prng.ts';
import { formatCents } from '../../seeds/generator/money.ts';

const org = loadDemoOrg();
const codes = new Set(org.departments.map((d) => d.code));
const letters = Array.from({ length: 320 }, (_, i) => generateLetter(hashSeed(99, i), corpusType(99, i)));

describe('generator', () => {
  it('is deterministic in the seed', () => {
    const a = generateLetter(12345, 'invoice');
    const b = generateLetter(12345, 'invoice');
    expect(b.labels).toEqual(a.labels);
    expect(b.pageTexts).toEqual(a.pageTexts);
    expect(b.plan).toEqual(a.plan);
    expect(generateLetter(12346, 'invoice').pageTexts).not.toEqual(a.pageTexts);
  });

  it('computes IBAN check digits', () => {
    expect(makeIban('DE', '370400440532013000')).toBe('DE89370400440532013000');
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isValidIban('DE88370400440532013000')).toBe(false);
    const ibans = letters.map((l) => l.labels.fields.iban).filter((v): v is string => !!v);
    expect(ibans.length).toBeGreaterThan(50);
    for (const iban of ibans) expect(isValidIban(iban), iban).toBe(true);
  });

  it('generates every document type, with the type asked for', () => {
    expect(new Set(Array.from({ length: 16 }, (_, i) => corpusType(1, i)))).toEqual(new Set(DOCUMENT_TYPES));
    for (const type of DOCUMENT_TYPES) expect(generateLetter(7, type).labels.documentType).toBe(type);
    expect(new Set(letters.map((l) => l.labels.documentType)).size).toBe(DOCUMENT_TYPES.length);
  });

  it('writes labels that follow the schema and the rules of DESIGN.md', () => {
    const helvetica = StandardFontEmbedder.for(StandardFonts.Helvetica as unknown as Parameters<typeof StandardFontEmbedder.for>[0]);
    for (const l of letters) {
      const { fields, department, protectionLevel, documentType } = l.labels;
      expect(FieldsSchema.strict().parse(fields)).toEqual(fields);
      ProtectionLevelSchema.parse(protectionLevel);
      const defaults = org.typeDefaults[documentType as DocumentType];
      expect(ProtectionLevelSchema.options.indexOf(protectionLevel)).toBeGreaterThanOrEqual(ProtectionLevelSchema.options.indexOf(defaults.protection));
      if (department !== null) expect(codes.has(department)).toBe(true);
      if (documentType === 'advertising') expect(department).toBeNull();
      const refCode = departmentInReference(fields.reference, org);
      if (refCode && documentType !== 'advertising') expect(department).toBe(refCode);
      if (fields.dueDate && fields.letterDate) expect(fields.dueDate >= fields.letterDate).toBe(true);
      if (fields.amount !== undefined) {
        expect(fields.currency).toBe('EUR');
        expect(l.pageTexts.join('\n')).toContain(formatCents(Math.round(fields.amount * 100)));
      }
      expect(l.pages.length).toBeGreaterThanOrEqual(1);
      expect(l.pages.length).toBeLessThanOrEqual(4);
      expect(l.pageTexts.join(' ').replace(/\s+/g, ' ')).toContain(fields.subject ?? '');
      // Born-digital PDFs draw the same text in WinAnsi: every character must be encodable.
      for (const text of l.pageTexts) expect(() => helvetica.encodeText(text.replace(/\n/g, ' '))).not.toThrow();
    }
  });

  it('renders a page as a 300 dpi A4 greyscale scan', async () => {
    const letter = generateLetter(3, 'reminder', { format: 'png' });
    const page = await scanPage(letter.pages[0]!, { ...letter.plan, rotations: [0], noise: 'normal' }, 0, letter.seed);
    const meta = await sharp(await encodePng(page)).metadata();
    expect([meta.width, meta.height, meta.channels]).toEqual([2480, 3508, 1]);
  });

  it('writes a multi-page TIFF with one image per page', async () => {
    let letter = generateLetter(1, 'job-application', { format: 'tiff' });
    for (let s = 2; letter.pages.length < 2; s++) letter = generateLetter(s, 'job-application', { format: 'tiff' });
    const plan = { ...letter.plan, noise: 'light' as const, bilevel: true, rotations: letter.pages.map(() => 0) };
    const meta = await sharp(await encodeLetter({ ...letter, plan })).metadata();
    expect(meta.pages).toBe(letter.pages.length);
    expect(meta.width).toBe(2480);
  });
});
