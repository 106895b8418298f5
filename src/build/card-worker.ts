// Worker thread of render-card.ts: draws one card SVG to PNG with resvg and writes it into the cache, off the build's main thread.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { toWorkerError, type WorkerAnswer } from './worker-pool.ts';
import { cardPalette } from '../lib/share/card.ts';
import { palettePng } from '../lib/share/palette-png.ts';

/** One card to draw: its SVG, the font files it needs (absolute paths) and the PNG file to write. */
export interface RenderJob {
  svg: string;
  fontFiles: string[];
  file: string;
}

async function render({ svg, fontFiles, file }: RenderJob): Promise<void> {
  // Rasterising and PNG encoding are both synchronous: that is why they run here and not on the build's thread.
  const picture = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' },
  }).render();
  const png = palettePng(picture.pixels, picture.width, picture.height, cardPalette);
  await mkdir(dirname(file), { recursive: true });
  // Written aside and renamed: a build stopped mid-write, or two renders of the same card at once, never leave half a PNG
  // under the real name (each writer has its own temporary name; the last rename wins, with the same bytes).
  const partial = `${file}.${randomUUID()}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
}

parentPort?.on('message', (job: RenderJob) => {
  render(job).then(
    () => parentPort?.postMessage({ result: null } satisfies WorkerAnswer<null>),
    (error: unknown) => parentPort?.postMessage({ error: toWorkerError(error) } satisfies WorkerAnswer<null>),
  );
});
