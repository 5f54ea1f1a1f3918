// Note: sharp writes 3 channels from 1-channel raw input unless told 'b-w' at every step.
// Simulated scanning: render the page, then add what a document scanner adds — paper tone,
// uneven illumination, sensor noise, slight blur, skew, JPEG compression — and turn the sheet
// when it went in upside down or sideways. Everything is drawn from the given seed.
import sharp from 'sharp';
import type { PageLayout } from './layout.ts';
import type { ScanPlan } from './model.ts';
import { createRng, hashSeed } from './prng.ts';
import { pageToSvg } from './svg.ts';

export interface RawPage { data: Buffer; width: number; height: number }

const NOISE: Record<ScanPlan['noise'], { sigma: number; dust: number; blur: number; shade: number; jpeg: number }> = {
  clean: { sigma: 0, dust: 0, blur: 0, shade: 0, jpeg: 0 },
  light: { sigma: 2, dust: 60, blur: 0.4, shade: 0.04, jpeg: 0.3 },
  normal: { sigma: 5, dust: 250, blur: 0.7, shade: 0.08, jpeg: 0.6 },
  heavy: { sigma: 9, dust: 900, blur: 1.1, shade: 0.14, jpeg: 0.9 },
};

/** 64k pre-drawn approximately Gaussian values: per-pixel noise without a PRNG call per pixel. */
function noiseTable(seed: number, sigma: number): Int16Array {
  const rng = createRng(seed);
  const table = new Int16Array(65536);
  for (let i = 0; i < table.length; i++) {
    const g = (rng.next() + rng.next() + rng.next() + rng.next() - 2) * 1.732;
    table[i] = Math.round(g * sigma);
  }
  return table;
}

/** Paper and ink tone, a brightness falloff (lamp, curled edge) and sensor noise, in place. */
function applyTone(data: Buffer, width: number, height: number, seed: number, level: ScanPlan['noise']): void {
  const p = NOISE[level];
  if (level === 'clean') return;
  const rng = createRng(seed);
  const paper = rng.int(232, 250);
  const ink = rng.int(15, 55);
  const table = noiseTable(hashSeed(seed, 'noise'), p.sigma);
  const ax = (rng.next() * 2 - 1) * p.shade;
  const ay = (rng.next() * 2 - 1) * p.shade;
  const edge = rng.next() * p.shade * 1.5;
  const span = paper - ink;
  let idx = rng.int(0, 65535);
  const step = 1 + 2 * rng.int(1000, 30000);
  const col = new Float32Array(width);
  for (let x = 0; x < width; x++) {
    const u = x / width;
    col[x] = ax * (u - 0.5) - edge * Math.pow(Math.max(0, 0.08 - u) / 0.08, 2);
  }
  for (let y = 0; y < height; y++) {
    const v = y / height;
    const rowShade = 1 + ay * (v - 0.5);
    const offset = y * width;
    for (let x = 0; x < width; x++) {
      const i = offset + x;
      const value = ink + (span * (data[i] as number)) / 255;
      idx = (idx + step) & 0xffff;
      const out = value * (rowShade + (col[x] as number)) + (table[idx] as number);
      data[i] = out < 0 ? 0 : out > 255 ? 255 : out;
    }
  }
}

/** Renders one page as a scanner would deliver it: greyscale, raw 8-bit. */
export async function scanPage(page: PageLayout, plan: ScanPlan, pageIndex: number, seed: number): Promise<RawPage> {
  const p = NOISE[plan.noise];
  const rng = createRng(hashSeed(seed, 'scan', pageIndex));
  const svg = pageToSvg(page, p.dust > 0 ? { rng: rng.fork('dust'), count: Math.round(p.dust * (0.5 + rng.next())) } : undefined);
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).toColourspace('b-w').raw()
    .toBuffer({ resolveWithObject: true });
  const width = info.width;
  const height = info.height;
  applyTone(data, width, height, hashSeed(seed, 'tone', pageIndex), plan.noise);
  const raw = { raw: { width, height, channels: 1 as const } };
  let img = sharp(data, raw);
  const blur = p.blur * (0.6 + rng.next() * 0.8);
  if (blur >= 0.3) img = img.blur(blur);
  const skew = plan.skew[pageIndex] ?? 0;
  let out: RawPage;
  if (Math.abs(skew) >= 0.05) {
    const bg = Math.round(235 + rng.next() * 15);
    const rotated = await img.rotate(skew, { background: { r: bg, g: bg, b: bg } }).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    // Crop back to A4 around the centre: a scanner's frame stays put while the sheet skews.
    const left = Math.floor((rotated.info.width - width) / 2);
    const top = Math.floor((rotated.info.height - height) / 2);
    const cropped = await sharp(rotated.data, { raw: { width: rotated.info.width, height: rotated.info.height, channels: 1 } })
      .extract({ left, top, width, height }).toColourspace('b-w').raw().toBuffer();
    out = { data: cropped, width, height };
  } else {
    out = { data: await img.toColourspace('b-w').raw().toBuffer(), width, height };
  }
  // Scanner firmware compresses before the host sees the page: keep its 8x8 block artefacts.
  // Only PNG needs the round trip; JPEG, JPEG-in-TIFF and scanned PDFs get them when encoded, and
  // bilevel TIFF thresholds them away.
  const jpegChance = rng.chance(p.jpeg);
  if (plan.format === 'png' && jpegChance) {
    const jpeg = await sharp(out.data, { raw: { width, height, channels: 1 } }).jpeg({ quality: rng.int(45, 80) }).toBuffer();
    const back = await sharp(jpeg).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    out = { data: back.data, width: back.info.width, height: back.info.height };
  }
  const turn = plan.rotations[pageIndex] ?? 0;
  if (turn !== 0) {
    const turned = await sharp(out.data, { raw: { width: out.width, height: out.height, channels: 1 } }).rotate(turn).toColourspace('b-w').raw()
      .toBuffer({ resolveWithObject: true });
    out = { data: turned.data, width: turned.info.width, height: turned.info.height };
  }
  return out;
}
