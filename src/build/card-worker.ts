// Worker thread of render-card.ts: draws one card to PNG and writes it into the cache, off the build's main thread.
import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import { toWorkerError, type WorkerAnswer } from './worker-pool.ts';
import { drawCard } from './draw-card.ts';
import { cardPalette, shareImageSize, type CardDrawing } from '../lib/share/card.ts';
import { palettePng } from '../lib/share/palette-png.ts';

/** One card to draw and the PNG file to write. */
export interface CardJob {
  drawing: CardDrawing;
  file: string;
}

// One canvas for every card this thread draws: each card paints its whole background first.
const canvas = createCanvas(shareImageSize.width, shareImageSize.height);
const context = canvas.getContext('2d');

async function render({ drawing, file }: CardJob): Promise<void> {
  // Drawing and PNG encoding are both synchronous: that is why they run here and not on the build's thread.
  drawCard(context, drawing);
  const { data } = context.getImageData(0, 0, drawing.width, drawing.height);
  const png = palettePng(
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    drawing.width,
    drawing.height,
    cardPalette,
  );
  await mkdir(dirname(file), { recursive: true });
  // Written aside and renamed: a build stopped mid-write, or two renders of the same card at once, never leave half a PNG
  // under the real name (each writer has its own temporary name; the last rename wins, with the same bytes).
  const partial = `${file}.${randomUUID()}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
}

parentPort?.on('message', (job: CardJob) => {
  render(job).then(
    () => parentPort?.postMessage({ result: null } satisfies WorkerAnswer<null>),
    (error: unknown) => parentPort?.postMessage({ error: toWorkerError(error) } satisfies WorkerAnswer<null>),
  );
});
