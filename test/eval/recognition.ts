// The real raster and OCR stages with a cache per file content: OCR is the slow part (seconds per
// page), the classifier the part that changes, so re-running after a classifier change only
// re-classifies. The cache key covers the content hash and the OCR settings.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { z } from 'zod';
import type { OcrPool } from '../../ocr/engines/tesseract.ts';
import { rasterize } from '../../ocr/raster.ts';
import { recognizePages } from '../../ocr/recognize.ts';
import type { RasterPage, RecognizedPage } from '../../ocr/types.ts';

/** Bump when raster/OCR settings change, so stale results are not reused. */
export const OCR_CACHE_VERSION = 'v7-iban-reread';

const BoxSchema = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
const WordSchema = z.object({ text: z.string(), box: BoxSchema, confidence: z.number(), line: z.number() });
const PageSchema = z.object({
  index: z.number(), width: z.number(), height: z.number(), text: z.string(), words: z.array(WordSchema),
  confidence: z.number(), source: z.enum(['ocr', 'text-layer']), rotation: z.number(),
});
const CacheSchema = z.object({ version: z.string(), pages: z.array(PageSchema) });

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface CachedRecognizer {
  /** Raster + recognize a file's bytes (PDF text layers included), cached by content. */
  recognizeFile(data: Buffer, variant?: string): Promise<RecognizedPage[]>;
  /** Recognize ready page images (e.g. rendered with noise), cached under the given key. */
  recognizeImages(key: string, pages: () => Promise<RasterPage[]>): Promise<RecognizedPage[]>;
  stats: { hits: number; misses: number };
}

export function cachedRecognizer(pool: OcrPool, cacheDir: string): CachedRecognizer {
  const stats = { hits: 0, misses: 0 };
  // One rasterization at a time: two PDFs rasterized concurrently fail with pdfjs' "Invalid page
  // request" (reported; ocr/engines/pdf.ts). OCR, the slow part, still runs on every worker.
  const rasterOne = pLimit(1);
  async function cached(key: string, work: () => Promise<RecognizedPage[]>): Promise<RecognizedPage[]> {
    const file = path.join(cacheDir, `${key}.json`);
    try {
      const parsed = CacheSchema.parse(JSON.parse(await readFile(file, 'utf8')));
      if (parsed.version === OCR_CACHE_VERSION) {
        stats.hits += 1;
        return parsed.pages;
      }
    } catch {
      // missing or unreadable: recompute
    }
    stats.misses += 1;
    const pages = await work();
    await mkdir(cacheDir, { recursive: true });
    // Write then rename: an interrupted run never leaves a half-written cache entry.
    await writeFile(`${file}.tmp`, JSON.stringify({ version: OCR_CACHE_VERSION, pages }));
    await rename(`${file}.tmp`, file);
    return pages;
  }
  return {
    stats,
    recognizeFile: (data, variant = '') => cached(sha256(data) + variant, async () => recognizePages(await rasterOne(() => rasterize(data)), pool)),
    recognizeImages: (key, pages) => cached(key, async () => recognizePages(await rasterOne(pages), pool)),
  };
}
