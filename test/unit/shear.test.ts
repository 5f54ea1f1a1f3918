// Deskew by shears against sharp's interpolating rotate: the same geometry, every pixel kept.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { rotateByShear, type GreyRaster } from '../../ocr/preprocess/shear.ts';

const WHITE = 250;

/** A 600×400 white image with three black 4×4 dots. */
function dots(): { image: GreyRaster; at: [number, number][] } {
  const width = 600;
  const height = 400;
  const data = new Uint8Array(width * height).fill(WHITE);
  const at: [number, number][] = [[100, 80], [450, 120], [300, 330]];
  for (const [x, y] of at) for (let dy = 0; dy < 4; dy++) for (let dx = 0; dx < 4; dx++) data[(y + dy) * width + x + dx] = 0;
  return { image: { data, width, height }, at };
}

/** Centroids of the dark pixels, clustered by proximity (the three dots are far apart). */
function centroids(image: GreyRaster): [number, number][] {
  const clusters: { x: number; y: number; n: number }[] = [];
  for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) {
    if (image.data[y * image.width + x]! >= 128) continue;
    const near = clusters.find((c) => Math.hypot(c.x / c.n - x, c.y / c.n - y) < 20);
    if (near) { near.x += x; near.y += y; near.n++; } else clusters.push({ x, y, n: 1 });
  }
  return clusters.map((c) => [c.x / c.n, c.y / c.n] as [number, number]).sort((p, q) => p[0] - q[0]);
}

describe('rotateByShear', () => {
  it.each([1.2, -2.5, 4])('turns %f° clockwise like sharp.rotate, on a canvas of the same size', async (degrees) => {
    const { image } = dots();
    const ours = rotateByShear(image, degrees, WHITE);
    const theirs = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
      .rotate(degrees, { background: { r: WHITE, g: WHITE, b: WHITE } }).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    expect(Math.abs(ours.width - theirs.info.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(ours.height - theirs.info.height)).toBeLessThanOrEqual(1);
    const expected = centroids({ data: theirs.data, width: theirs.info.width, height: theirs.info.height });
    const found = centroids(ours);
    expect(found).toHaveLength(3);
    found.forEach(([x, y], i) => {
      expect(Math.abs(x - expected[i]![0])).toBeLessThan(1.5);
      expect(Math.abs(y - expected[i]![1])).toBeLessThan(1.5);
    });
  });

  it('moves pixels without resampling them: all ink is kept, new area is background', () => {
    const { image } = dots();
    const ours = rotateByShear(image, 3, WHITE);
    const values = new Set(ours.data);
    expect([...values].sort()).toEqual([0, WHITE]);
    expect(ours.data.filter((v) => v === 0).length).toBe(3 * 16);
  });

  it('leaves an unskewed image as it is', () => {
    const { image } = dots();
    expect(rotateByShear(image, 0, WHITE)).toBe(image);
  });
});
