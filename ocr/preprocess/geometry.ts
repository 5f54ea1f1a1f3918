// Page geometry from ink pixels: orientation (0/90/180/270) and skew, measured on a small
// binarised copy of the page. Pure functions over a greyscale pixel array, so they are cheap
// (a few ms for a page at 150 dpi) and testable without images on disk.

/** A greyscale image, one byte per pixel, row by row. */
export interface GreyPixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Ink pixel coordinates of a binarised page. */
export interface InkPoints {
  xs: Int32Array;
  ys: Int32Array;
  count: number;
  width: number;
  height: number;
}

export interface Levels {
  /** Grey value of the darkest ink (0.5th percentile). */
  black: number;
  /** Grey value of the paper (median: a letter is mostly paper). */
  white: number;
}

export function measureLevels(pixels: GreyPixels): Levels {
  const histogram = new Uint32Array(256);
  for (const value of pixels.data) histogram[value] = (histogram[value] ?? 0) + 1;
  const at = (quantile: number): number => {
    const target = quantile * pixels.data.length;
    let seen = 0;
    for (let value = 0; value < 256; value++) {
      seen += histogram[value] ?? 0;
      if (seen >= target) return value;
    }
    return 255;
  };
  const black = at(0.005);
  const white = at(0.5);
  // A blank or nearly uniform page: keep a usable span so the stretch stays finite.
  return white - black < 32 ? { black: Math.max(0, white - 128), white } : { black, white };
}

/** Ink is darker than the midpoint between paper and the darkest ink. */
export function inkPoints(pixels: GreyPixels, levels: Levels): InkPoints {
  const threshold = (levels.black + levels.white) / 2;
  const { data, width, height } = pixels;
  let count = 0;
  for (const value of data) if (value < threshold) count++;
  const xs = new Int32Array(count);
  const ys = new Int32Array(count);
  let i = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if ((data[row + x] ?? 255) < threshold) {
        xs[i] = x;
        ys[i] = y;
        i++;
      }
    }
  }
  return { xs, ys, count, width, height };
}

/**
 * How line-like the ink is along one axis, sheared by `tan`: B·Σn²/N² with B the page's extent
 * across the lines (1 for ink spread evenly, large when it sits in separate lines).
 */
function profile(points: InkPoints, horizontal: boolean, tan: number): { bins: Uint32Array; offset: number; score: number } {
  const { xs, ys, count } = points;
  const along = horizontal ? points.width : points.height;
  const across = horizontal ? points.height : points.width;
  const shift = Math.ceil(Math.abs(tan) * along) + 1;
  const bins = new Uint32Array(across + 2 * shift + 1);
  for (let i = 0; i < count; i++) {
    const a = horizontal ? (xs[i] ?? 0) : (ys[i] ?? 0);
    const b = horizontal ? (ys[i] ?? 0) : (xs[i] ?? 0);
    const bin = Math.round(b - a * tan) + shift;
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  let squares = 0;
  for (const n of bins) squares += n * n;
  // Normalised by the page's extent, not the sheared span: a wider span must not win by itself.
  const score = count === 0 ? 0 : (across * squares) / (count * count);
  return { bins, offset: shift, score };
}

export interface Skew {
  /** Slope of the text lines in degrees, image coordinates (y down): positive when they descend to the right. */
  degrees: number;
  score: number;
}

/** Ink points the coarse skew search looks at: plenty to find the lines, a fraction of the time. */
const COARSE_POINTS = 16_000;

/** Searches the shear that makes the ink profile most line-like: coarse (on a sample), then fine. */
export function findSkew(points: InkPoints, horizontal: boolean, maxDegrees = 6): Skew {
  const scoreOf = (sample: InkPoints, degrees: number) => profile(sample, horizontal, Math.tan((degrees * Math.PI) / 180)).score;
  const coarse = everyNth(points, Math.max(1, Math.floor(points.count / COARSE_POINTS)));
  let centre = 0;
  let coarseBest = scoreOf(coarse, 0);
  for (let degrees = -maxDegrees; degrees <= maxDegrees + 1e-9; degrees += 0.5) {
    const score = scoreOf(coarse, degrees);
    if (score > coarseBest) {
      coarseBest = score;
      centre = degrees;
    }
  }
  let best: Skew = { degrees: centre, score: scoreOf(points, centre) };
  for (let degrees = centre - 0.4; degrees <= centre + 0.4 + 1e-9; degrees += 0.1) {
    const score = scoreOf(points, degrees);
    if (score > best.score) best = { degrees: Math.round(degrees * 10) / 10, score };
  }
  return best;
}

function everyNth(points: InkPoints, step: number): InkPoints {
  if (step === 1) return points;
  const count = Math.floor(points.count / step);
  const xs = new Int32Array(count);
  const ys = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    xs[i] = points.xs[i * step] ?? 0;
    ys[i] = points.ys[i * step] ?? 0;
  }
  return { ...points, xs, ys, count };
}

export interface TextLines {
  /** Median height of a text line's ink band, in pixels of the analysed image. */
  medianHeight: number;
  /** Ink above the lines' densest band minus ink below it, over both: > 0 for upright Latin text. */
  upwardBias: number;
  count: number;
}

/**
 * Finds text lines in the horizontal profile (at the skew found) and compares the ink above each
 * line's densest band (ascenders, capitals, umlaut dots: frequent in German) with the ink below it
 * (descenders: rare). Upside down the comparison flips.
 */
export function analyseLines(points: InkPoints, skewDegrees: number): TextLines {
  const { bins } = profile(points, true, Math.tan((skewDegrees * Math.PI) / 180));
  let peak = 0;
  for (const n of bins) if (n > peak) peak = n;
  // Rows with a little ink belong to a line; gaps between lines have (almost) none.
  const floor = Math.max(2, peak * 0.04);
  const heights: number[] = [];
  let above = 0;
  let below = 0;
  let start = -1;
  for (let bin = 0; bin <= bins.length; bin++) {
    const inLine = bin < bins.length && (bins[bin] ?? 0) > floor;
    if (inLine && start < 0) start = bin;
    if (!inLine && start >= 0) {
      const end = bin - 1;
      if (end - start >= 3) {
        heights.push(end - start + 1);
        let max = 0;
        for (let b = start; b <= end; b++) max = Math.max(max, bins[b] ?? 0);
        let coreStart = start;
        while ((bins[coreStart] ?? 0) < max * 0.5) coreStart++;
        let coreEnd = end;
        while ((bins[coreEnd] ?? 0) < max * 0.5) coreEnd--;
        for (let b = start; b < coreStart; b++) above += bins[b] ?? 0;
        for (let b = coreEnd + 1; b <= end; b++) below += bins[b] ?? 0;
      }
      start = -1;
    }
  }
  heights.sort((a, b) => a - b);
  const medianHeight = heights.length === 0 ? 0 : (heights[Math.floor(heights.length / 2)] ?? 0);
  const upwardBias = above + below === 0 ? 0 : (above - below) / (above + below);
  return { medianHeight, upwardBias, count: heights.length };
}

/** Clockwise quarter turns; what was applied to make the page upright. */
export type Rotation = 0 | 90 | 180 | 270;

export interface Orientation {
  /** Clockwise rotation that makes the page upright. */
  rotation: Rotation;
  /** Slope of the lines after the quarter turn (see Skew); undo it by turning counter-clockwise by it. */
  skewDegrees: number;
  /** 0..1: how clearly the evidence decided between upright and upside down. */
  confidence: number;
  lines: TextLines;
}

/** Points of the image after turning it clockwise by 90°: (x, y) → (H−1−y, x). */
function turnClockwise(points: InkPoints): InkPoints {
  const xs = new Int32Array(points.count);
  const ys = new Int32Array(points.count);
  for (let i = 0; i < points.count; i++) {
    xs[i] = points.height - 1 - (points.ys[i] ?? 0);
    ys[i] = points.xs[i] ?? 0;
  }
  return { xs, ys, count: points.count, width: points.height, height: points.width };
}

function turnHalf(points: InkPoints): InkPoints {
  const xs = new Int32Array(points.count);
  const ys = new Int32Array(points.count);
  for (let i = 0; i < points.count; i++) {
    xs[i] = points.width - 1 - (points.xs[i] ?? 0);
    ys[i] = points.height - 1 - (points.ys[i] ?? 0);
  }
  return { ...points, xs, ys };
}

/** Below this many ink pixels there is no text to orient by (blank page, a stamp). */
const MIN_INK_POINTS = 500;

export function detectOrientation(points: InkPoints): Orientation {
  const noLines: TextLines = { medianHeight: 0, upwardBias: 0, count: 0 };
  if (points.count < MIN_INK_POINTS) return { rotation: 0, skewDegrees: 0, confidence: 0, lines: noLines };
  // Lines run along the axis whose profile is most line-like.
  const horizontal = findSkew(points, true);
  const vertical = findSkew(points, false);
  const sideways = vertical.score > horizontal.score * 1.15;
  // The page turned clockwise by 90° puts text of a page lying on its left side upright or upside down.
  const turned = sideways ? turnClockwise(points) : points;
  const skew = sideways ? findSkew(turned, true).degrees : horizontal.degrees;
  const lines = analyseLines(turned, skew);
  const upsideDown = lines.upwardBias < 0;
  const base: Rotation = sideways ? 90 : 0;
  const rotation = ((base + (upsideDown ? 180 : 0)) % 360) as Rotation;
  // A half turn keeps the slope of every line: the skew stays as measured.
  const final = upsideDown ? analyseLines(turnHalf(turned), skew) : lines;
  return { rotation, skewDegrees: skew, confidence: Math.min(1, Math.abs(lines.upwardBias) * 4), lines: final };
}
