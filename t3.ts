import sharp from 'sharp';
import { generateLetter } from './seeds/generator/letter.ts';
import { scanPage } from './seeds/generator/scan.ts';
const l = generateLetter(3, 'invoice');
for (const noise of ['clean', 'light'] as const) for (const skew of [0, 1.2]) {
  const p = await scanPage(l.pages[0]!, { ...l.plan, skew: [skew], noise, rotations: [0] }, 0, 5);
  console.log(noise, skew, p.width, p.height, p.data.length);
  await sharp(p.data, { raw: { width: p.width, height: p.height, channels: 1 } }).resize(400).png().toFile(`/tmp/d-${noise}-${skew}.png`);
}
