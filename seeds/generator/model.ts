// The letter model between content and layout: what a letter says and how it is arranged,
// independent of pixels, so the same letter can become a scan or a born-digital PDF.
import type { DocumentType, Fields, ProtectionLevel } from '../../electron/contract/domain.ts';
import type { PageLayout } from './layout.ts';

export type FontFamily = 'Liberation Sans' | 'Liberation Serif' | 'Liberation Mono' | 'DejaVu Sans' | 'DejaVu Serif';

export interface TableColumn { title: string; widthMm: number; align: 'left' | 'right' }

export type Block =
  | { kind: 'para'; text: string; bold?: boolean; italic?: boolean; indentMm?: number }
  /** Lines kept as they are (signature, address inside the body, list). */
  | { kind: 'lines'; lines: string[]; bold?: boolean; gapAfter?: boolean }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; totals: Array<{ label: string; value: string; bold?: boolean }> }
  | { kind: 'gap'; mm: number }
  | { kind: 'pageBreak' }
  | { kind: 'heading'; text: string }
  /** Room for a handwritten signature, drawn as a scribble without text. */
  | { kind: 'signature' };

export interface LetterDoc {
  font: FontFamily;
  /** Body size in points. */
  size: number;
  lineSpacing: number;
  letterhead: {
    name: string;
    lines: string[];
    align: 'left' | 'right' | 'center';
    logo: 'none' | 'box' | 'circle' | 'bar';
    /** Private letters: the sender's address as plain lines at the top left. */
    plain: boolean;
  };
  returnLine?: string;
  recipient: string[];
  info: { style: 'block' | 'row' | 'none'; entries: Array<[string, string]> };
  /** "Neustadt, 12.03.2025" above the subject when the date is not in the info block. */
  placeDate?: string;
  subject: string[];
  body: Block[];
  footer: string[][];
  pageNumbers: 'none' | 'bottom-right' | 'bottom-center' | 'top-right';
  foldMarks: boolean;
}

export interface LetterLabels {
  documentType: DocumentType;
  protectionLevel: ProtectionLevel;
  department: string | null;
  fields: Fields;
}

export type OutputFormat = 'png' | 'jpeg' | 'tiff' | 'pdf-scan' | 'pdf-text';

export interface ScanPlan {
  format: OutputFormat;
  /** Per page: 0, 90, 180 or 270 degrees the sheet went through the scanner turned. */
  rotations: number[];
  /** Small skew in degrees per page. */
  skew: number[];
  noise: 'clean' | 'light' | 'normal' | 'heavy';
  /** TIFF only: bilevel CCITT G4 like a high-volume scanner, else JPEG-compressed grey. */
  bilevel: boolean;
  jpegQuality: number;
  /** PNG only: 16 grey levels, as scanners' "4-bit grey" mode writes (keeps samples small). */
  pngPalette?: boolean;
}

export interface GeneratedLetter {
  seed: number;
  labels: LetterLabels;
  doc: LetterDoc;
  /** Hard cases and notable traits, for slicing evaluation results. */
  tags: string[];
  plan: ScanPlan;
  pages: PageLayout[];
  /** The exact text drawn on each page, lines joined by "\n" (reference for OCR error rates). */
  pageTexts: string[];
}
