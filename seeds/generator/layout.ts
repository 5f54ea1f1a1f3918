// Lays a letter out on A4 pages at 300 dpi (DIN 5008 form B positions: address field from
// 45 mm, information block right, subject at ~100 mm) and records, per page, the exact text
// lines drawn: the reference for OCR character error rate.
import type { Block, FontFamily, LetterDoc } from './model.ts';
import { textWidth, wrap } from './fonts.ts';
import type { Rng } from './prng.ts';

export const DPI = 300;
export const PAGE_WIDTH = 2480;
export const PAGE_HEIGHT = 3508;
export const MM = DPI / 25.4;
export const PT = DPI / 72;

export interface TextItem {
  x: number;
  y: number;
  text: string;
  sizePx: number;
  bold: boolean;
  italic: boolean;
  family: FontFamily;
  anchor: 'start' | 'end' | 'middle';
  underline: boolean;
  /** 0 black … 255 white. */
  grey: number;
}

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; grey: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; grey: number }
  | { kind: 'line'; x0: number; y0: number; x1: number; y1: number; width: number; grey: number }
  | { kind: 'path'; d: string; width: number; grey: number };

export interface PageLayout {
  width: number;
  height: number;
  texts: TextItem[];
  shapes: Shape[];
  /** The text lines in reading order: block by block, top to bottom. */
  lines: string[];
}

const LEFT = 25 * MM;
const RIGHT = 190 * MM;
const BODY_WIDTH = RIGHT - LEFT;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface PageBuilder { texts: TextItem[]; shapes: Shape[]; lines: string[] }

/** Lays out the letter; `rng` only draws the handwritten signature and logo details. */
export function layoutLetter(doc: LetterDoc, rng: Rng): PageLayout[] {
  const size = doc.size * PT;
  const lineH = size * doc.lineSpacing;
  const family = doc.font;
  const pages: PageBuilder[] = [];
  const footerTop = doc.footer.length > 0 ? 272 * MM : 287 * MM;
  const maxY = footerTop - (doc.pageNumbers.startsWith('bottom') ? 10 * MM : 4 * MM);
  let page: PageBuilder = { texts: [], shapes: [], lines: [] };
  pages.push(page);

  const text = (p: PageBuilder, t: Partial<TextItem> & { x: number; y: number; text: string }): void => {
    p.texts.push({ sizePx: size, bold: false, italic: false, family, anchor: 'start', underline: false, grey: 0, ...t, text: clean(t.text) });
  };

  // Letterhead.
  const lh = doc.letterhead;
  if (lh.plain) {
    let y = 18 * MM;
    for (const line of [lh.name, ...lh.lines]) {
      text(page, { x: LEFT, y, text: line, sizePx: size * 0.95 });
      page.lines.push(clean(line));
      y += lineH * 0.95;
    }
  } else {
    const nameSize = (15 + rng.int(0, 6)) * PT;
    const x = lh.align === 'left' ? LEFT : lh.align === 'right' ? RIGHT : (LEFT + RIGHT) / 2;
    const anchor = lh.align === 'left' ? 'start' : lh.align === 'right' ? 'end' : 'middle';
    let y = 22 * MM;
    const nameWidth = textWidth(lh.name, family, true, nameSize);
    if (lh.logo !== 'none') {
      const logoX = lh.align === 'right' ? RIGHT - nameWidth - 16 * MM : lh.align === 'left' ? LEFT : x - nameWidth / 2 - 16 * MM;
      if (lh.logo === 'box') page.shapes.push({ kind: 'rect', x: logoX, y: y - 10 * MM, w: 12 * MM, h: 12 * MM, grey: rng.int(40, 140) });
      if (lh.logo === 'circle') page.shapes.push({ kind: 'circle', cx: logoX + 6 * MM, cy: y - 4 * MM, r: 6 * MM, grey: rng.int(40, 140) });
      if (lh.logo === 'bar') page.shapes.push({ kind: 'rect', x: LEFT, y: 8 * MM, w: BODY_WIDTH, h: 3 * MM, grey: rng.int(60, 160) });
    }
    const nameX = lh.logo !== 'none' && lh.logo !== 'bar' && lh.align === 'left' ? x + 16 * MM : x;
    text(page, { x: nameX, y, text: lh.name, sizePx: nameSize, bold: true, anchor });
    page.lines.push(clean(lh.name));
    y += nameSize * 0.6 + 4 * MM;
    for (const line of lh.lines) {
      text(page, { x: nameX, y, text: line, sizePx: 8.5 * PT, anchor, grey: 40 });
      page.lines.push(clean(line));
      y += 8.5 * PT * 1.25;
    }
    if (rng.chance(0.5)) page.shapes.push({ kind: 'line', x0: LEFT, y0: Math.max(y, 40 * MM), x1: RIGHT, y1: Math.max(y, 40 * MM), width: 3, grey: 90 });
  }

  // Return address line and recipient (window envelope field).
  if (doc.returnLine) {
    text(page, { x: LEFT, y: 50 * MM, text: doc.returnLine, sizePx: 7 * PT, underline: true, grey: 30 });
    page.lines.push(clean(doc.returnLine));
  }
  let y = 58 * MM;
  for (const line of doc.recipient) {
    text(page, { x: LEFT, y, text: line });
    page.lines.push(clean(line));
    y += lineH;
  }

  // Information block or reference row.
  let subjectY = 103 * MM;
  const info = doc.info;
  if (info.style === 'block' && info.entries.length > 0) {
    let iy = 52 * MM;
    const infoSize = 8.5 * PT;
    const labelWidth = Math.max(...info.entries.map(([l]) => textWidth(`${l}:`, family, false, infoSize))) + 3 * MM;
    const ix = 125 * MM;
    for (const [label, value] of info.entries) {
      text(page, { x: ix, y: iy, text: `${label}:`, sizePx: infoSize, grey: 50 });
      text(page, { x: ix + labelWidth, y: iy, text: value, sizePx: infoSize });
      page.lines.push(clean(`${label}: ${value}`));
      iy += infoSize * 1.45;
    }
    subjectY = Math.max(subjectY, iy + 8 * MM);
  } else if (info.style === 'row' && info.entries.length > 0) {
    const cols = info.entries.length;
    const colW = BODY_WIDTH / cols;
    const ry = 96 * MM;
    info.entries.forEach(([label, value], i) => {
      text(page, { x: LEFT + i * colW, y: ry, text: label, sizePx: 7 * PT, grey: 60 });
      text(page, { x: LEFT + i * colW, y: ry + 4.5 * MM, text: value, sizePx: 9 * PT });
    });
    // A row reads label by label, then value by value.
    page.lines.push(clean(info.entries.map(([l]) => l).join(' ')));
    page.lines.push(clean(info.entries.map(([, v]) => v).join(' ')));
    subjectY = 110 * MM;
  }
  if (doc.placeDate) {
    text(page, { x: RIGHT, y: subjectY - 8 * MM, text: doc.placeDate, anchor: 'end' });
    page.lines.push(clean(doc.placeDate));
    subjectY += 2 * MM;
  }
  y = subjectY;
  doc.subject.forEach((line, i) => {
    const wrapped = wrap(line, family, i === 0, size, BODY_WIDTH);
    for (const w of wrapped) {
      text(page, { x: LEFT, y, text: w, bold: i === 0 });
      page.lines.push(clean(w));
      y += lineH;
    }
  });
  y += lineH;

  const newPage = (): void => {
    page = { texts: [], shapes: [], lines: [] };
    pages.push(page);
    y = 30 * MM;
  };
  const ensure = (height: number): void => {
    if (y + height > maxY) newPage();
  };

  const drawBlock = (block: Block): void => {
    switch (block.kind) {
      case 'gap':
        y += block.mm * MM;
        break;
      case 'pageBreak':
        newPage();
        break;
      case 'heading':
        ensure(lineH * 3);
        y += lineH * 0.3;
        text(page, { x: LEFT, y, text: block.text, bold: true });
        page.lines.push(clean(block.text));
        y += lineH * 1.2;
        break;
      case 'para': {
        const indent = (block.indentMm ?? 0) * MM;
        for (const w of wrap(block.text, family, !!block.bold, size, BODY_WIDTH - indent)) {
          ensure(lineH);
          text(page, { x: LEFT + indent, y, text: w, bold: !!block.bold, italic: !!block.italic });
          page.lines.push(clean(w));
          y += lineH;
        }
        y += lineH * 0.55;
        break;
      }
      case 'lines':
        for (const line of block.lines) {
          ensure(lineH);
          if (line.length > 0) {
            text(page, { x: LEFT, y, text: line, bold: !!block.bold });
            page.lines.push(clean(line));
          }
          y += lineH;
        }
        if (block.gapAfter) y += lineH * 0.55;
        break;
      case 'table':
        drawTable(block);
        break;
      case 'signature':
        ensure(lineH * 3);
        page.shapes.push({ kind: 'path', d: scribble(rng, LEFT + rng.int(0, 10) * MM, y + lineH * 1.1, rng.int(35, 60) * MM), width: rng.int(4, 8), grey: rng.int(10, 70) });
        y += lineH * 2.2;
        break;
    }
  };

  const drawTable = (block: Extract<Block, { kind: 'table' }>): void => {
    const tsize = size * 0.9;
    const tLine = tsize * 1.3;
    const xs: number[] = [];
    let acc = LEFT;
    for (const col of block.columns) {
      xs.push(acc);
      acc += col.widthMm * MM;
    }
    const right = acc;
    const header = (): void => {
      ensure(tLine * 3);
      block.columns.forEach((col, i) => {
        const x = col.align === 'right' ? (xs[i] ?? LEFT) + col.widthMm * MM - 1.5 * MM : (xs[i] ?? LEFT);
        text(page, { x, y, text: col.title, sizePx: tsize, bold: true, anchor: col.align === 'right' ? 'end' : 'start' });
      });
      page.lines.push(clean(block.columns.map((c) => c.title).join(' ')));
      page.shapes.push({ kind: 'line', x0: LEFT, y0: y + tsize * 0.45, x1: right, y1: y + tsize * 0.45, width: 3, grey: 40 });
      y += tLine * 1.15;
    };
    header();
    for (const row of block.rows) {
      const cells = row.map((cell, i) => {
        const col = block.columns[i];
        return col ? wrap(cell, family, false, tsize, col.widthMm * MM - 3 * MM) : [cell];
      });
      const height = Math.max(...cells.map((c) => c.length));
      if (y + height * tLine > maxY) {
        newPage();
        header();
      }
      for (let k = 0; k < height; k++) {
        const parts: string[] = [];
        cells.forEach((c, i) => {
          const col = block.columns[i];
          const s = c[k];
          if (!col || s === undefined) return;
          const x = col.align === 'right' ? (xs[i] ?? LEFT) + col.widthMm * MM - 1.5 * MM : (xs[i] ?? LEFT);
          text(page, { x, y, text: s, sizePx: tsize, anchor: col.align === 'right' ? 'end' : 'start' });
          parts.push(s);
        });
        page.lines.push(clean(parts.join(' ')));
        y += tLine;
      }
    }
    ensure(tLine * (block.totals.length + 1));
    page.shapes.push({ kind: 'line', x0: LEFT, y0: y - tLine + tsize * 0.45, x1: right, y1: y - tLine + tsize * 0.45, width: 2, grey: 80 });
    y += tLine * 0.3;
    const lastW = (block.columns[block.columns.length - 1]?.widthMm ?? 30) * MM;
    for (const t of block.totals) {
      text(page, { x: right - lastW - 3 * MM, y, text: t.label, sizePx: tsize, bold: !!t.bold, anchor: 'end' });
      text(page, { x: right - 1.5 * MM, y, text: t.value, sizePx: tsize, bold: !!t.bold, anchor: 'end' });
      page.lines.push(clean(`${t.label} ${t.value}`));
      if (t.bold) page.shapes.push({ kind: 'line', x0: right - lastW - 45 * MM, y0: y - tsize * 1.05, x1: right, y1: y - tsize * 1.05, width: 3, grey: 30 });
      y += tLine;
    }
    y += lineH * 0.6;
  };

  for (const block of doc.body) drawBlock(block);

  const count = pages.length;
  return pages.map((p, i) => finishPage(p, i, count, doc, footerTop));
}

function finishPage(p: PageBuilder, index: number, count: number, doc: LetterDoc, footerTop: number): PageLayout {
  const size = 7 * PT;
  const item = (x: number, y: number, t: string, anchor: TextItem['anchor'] = 'start', grey = 40): void => {
    p.texts.push({ x, y, text: clean(t), sizePx: size, bold: false, italic: false, family: doc.font, anchor, underline: false, grey });
  };
  if (count > 1 && doc.pageNumbers !== 'none') {
    const label = `Seite ${index + 1} von ${count}`;
    if (doc.pageNumbers === 'top-right') item(RIGHT, 15 * MM, label, 'end', 0);
    else item(doc.pageNumbers === 'bottom-right' ? RIGHT : (LEFT + RIGHT) / 2, footerTop - 5 * MM, label, doc.pageNumbers === 'bottom-right' ? 'end' : 'middle', 0);
    const last = p.texts[p.texts.length - 1];
    if (last) last.sizePx = 8.5 * PT;
    if (doc.pageNumbers === 'top-right') p.lines.unshift(label);
    else p.lines.push(label);
  }
  if (doc.footer.length > 0) {
    p.shapes.push({ kind: 'line', x0: LEFT, y0: footerTop - 3 * MM, x1: RIGHT, y1: footerTop - 3 * MM, width: 2, grey: 110 });
    // Columns as wide as their longest line; shrink the type when they do not fit side by side.
    const gap = 4 * MM;
    const natural = doc.footer.map((col) => Math.max(...col.map((l) => textWidth(clean(l), doc.font, false, size))));
    const total = natural.reduce((a, b) => a + b, 0) + gap * (natural.length - 1);
    const scale = Math.min(1, BODY_WIDTH / total);
    const fsize = size * scale;
    const spare = (BODY_WIDTH - total * scale) / Math.max(1, natural.length - 1);
    let x = LEFT;
    doc.footer.forEach((col, i) => {
      col.forEach((line, k) => {
        item(x, footerTop + k * fsize * 1.3, line);
        const last = p.texts[p.texts.length - 1];
        if (last) last.sizePx = fsize;
        p.lines.push(clean(line));
      });
      x += (natural[i] ?? 0) * scale + gap * scale + spare;
    });
  }
  if (doc.foldMarks) {
    p.shapes.push({ kind: 'line', x0: 4 * MM, y0: 105 * MM, x1: 9 * MM, y1: 105 * MM, width: 3, grey: 60 });
    p.shapes.push({ kind: 'line', x0: 4 * MM, y0: 148.5 * MM, x1: 11 * MM, y1: 148.5 * MM, width: 3, grey: 60 });
  }
  return { width: PAGE_WIDTH, height: PAGE_HEIGHT, texts: p.texts, shapes: p.shapes, lines: p.lines.filter((l) => l.length > 0) };
}

/** A handwritten-looking stroke for signatures: a few joined Bézier loops. */
export function scribble(rng: Rng, x: number, y: number, width: number): string {
  let d = `M ${x.toFixed(0)} ${y.toFixed(0)}`;
  let cx = x;
  const steps = rng.int(4, 8);
  for (let i = 0; i < steps; i++) {
    const dx = width / steps;
    const up = rng.int(20, 90);
    d += ` c ${(dx * 0.3).toFixed(0)} ${-up} ${(dx * 0.8).toFixed(0)} ${-up} ${dx.toFixed(0)} ${rng.int(-20, 30)}`;
    cx += dx;
  }
  d += ` l ${(-(cx - x) * 0.3).toFixed(0)} ${rng.int(10, 40)}`;
  return d;
}
