// Page layout → SVG for librsvg (through sharp). Dust specks are drawn here because a few
// hundred circles cost nothing in the vector stage and look like real scanner dirt.
import type { PageLayout } from './layout.ts';
import type { Rng } from './prng.ts';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function grey(v: number): string {
  const h = Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${h}${h}${h}`;
}

export function pageToSvg(page: PageLayout, dust: { rng: Rng; count: number } | undefined): string {
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`];
  for (const s of page.shapes) {
    if (s.kind === 'rect') out.push(`<rect x="${s.x.toFixed(1)}" y="${s.y.toFixed(1)}" width="${s.w.toFixed(1)}" height="${s.h.toFixed(1)}" fill="${grey(s.grey)}"/>`);
    else if (s.kind === 'circle') out.push(`<circle cx="${s.cx.toFixed(1)}" cy="${s.cy.toFixed(1)}" r="${s.r.toFixed(1)}" fill="${grey(s.grey)}"/>`);
    else if (s.kind === 'line') out.push(`<line x1="${s.x0.toFixed(1)}" y1="${s.y0.toFixed(1)}" x2="${s.x1.toFixed(1)}" y2="${s.y1.toFixed(1)}" stroke="${grey(s.grey)}" stroke-width="${s.width}"/>`);
    else out.push(`<path d="${s.d}" fill="none" stroke="${grey(s.grey)}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"/>`);
  }
  for (const t of page.texts) {
    const attrs = [`x="${t.x.toFixed(1)}"`, `y="${t.y.toFixed(1)}"`, `font-family="${t.family}"`, `font-size="${t.sizePx.toFixed(1)}"`, `fill="${grey(t.grey)}"`];
    if (t.bold) attrs.push('font-weight="bold"');
    if (t.italic) attrs.push('font-style="italic"');
    if (t.anchor !== 'start') attrs.push(`text-anchor="${t.anchor}"`);
    if (t.underline) attrs.push('text-decoration="underline"');
    out.push(`<text ${attrs.join(' ')}>${esc(t.text)}</text>`);
  }
  if (dust) {
    const { rng, count } = dust;
    for (let i = 0; i < count; i++) {
      const r = rng.chance(0.97) ? 0.8 + rng.next() * 1.8 : 2 + rng.next() * 5;
      out.push(`<circle cx="${rng.int(0, page.width)}" cy="${rng.int(0, page.height)}" r="${r.toFixed(1)}" fill="${grey(rng.int(20, 140))}"/>`);
    }
    // Now and then a hair or scratch across the glass.
    if (rng.chance(0.3)) {
      const x = rng.int(0, page.width);
      const y = rng.int(0, page.height);
      out.push(`<path d="M ${x} ${y} q ${rng.int(-200, 200)} ${rng.int(-200, 200)} ${rng.int(-400, 400)} ${rng.int(-400, 400)}" stroke="${grey(rng.int(80, 170))}" stroke-width="${rng.int(2, 4)}" fill="none"/>`);
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
