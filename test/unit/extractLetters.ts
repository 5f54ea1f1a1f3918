// The fields the extractors find in a letter to the city, for the general-cause tests of the
// extractors (extract-dev4…dev6). Not a *.test.ts file itself.
import { analyseLetter } from '../../ocr/extract/layout.ts';
import { extractFields } from '../../ocr/extract/index.ts';
import { pagesFromText } from '../../ocr/classify/textPages.ts';
import type { RecognizedPage } from '../../ocr/types.ts';

export const org = 'Stadt Musterstadt';

/** Fields of recognised pages, received on 1 July 2026. */
export const fieldsOfPages = (pages: RecognizedPage[]) =>
  extractFields(analyseLetter(pages, { organisation: org }), { organisation: org, receivedAt: new Date('2026-07-01T10:00:00') }).fields;

/** Fields of a letter given as its lines, with word positions as the OCR delivers them. */
export const fieldsOf = (lines: string[]) => fieldsOfPages(pagesFromText(lines.join('\n')));
