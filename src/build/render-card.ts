// Draws share cards to PNG: several at once on worker threads, cached on disk by a hash of what they show.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cardPalette, type CardDrawing } from '../lib/share/card.ts';
import { environment } from '../environment.ts';
import { astroDefaultCacheDir, cacheFolder } from './cache-folder.ts';
import type { CardJob } from './card-worker.ts';
import { cardFonts } from './draw-card.ts';
import { WorkerPool } from './worker-pool.ts';

// Resolved from the project root: the built chunk that runs this may live in any --outDir.
const require = createRequire(join(process.cwd(), 'package.json'));

/** Where PNGs are kept between builds: with the rest of the build's cache, which git and clean checkouts ignore. */
const cacheDir = resolve(environment.cardCache ?? cacheFolder(environment.cacheDir ?? astroDefaultCacheDir).cards);

const packageVersion = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
const fontPackages = new Set(
  cardFonts.flatMap(({ files }) => files.map((file) => file.split('/').slice(0, 2).join('/'))),
);

/**
 * Part of every cache key: an update of the renderer or of a font package may change what the same drawing looks like, and
 * another palette what its PNG holds.
 */
const rendererVersion = [
  ...['@napi-rs/canvas', ...fontPackages].map((name) => `${name}@${packageVersion(name)}`),
  `palette ${cardPalette.flat().join(',')}`,
].join(' ');

/** Cache key of a card: a hash of everything that decides its pixels. */
export function cardKey(drawing: CardDrawing, version = rendererVersion): string {
  return createHash('sha256')
    .update(`${version}\n${JSON.stringify(drawing)}`)
    .digest('hex')
    .slice(0, 32);
}

// Skia's allocator (mimalloc) hands the 3 MB of each card's pixels back to the system as soon as they are freed, so the
// next card faults them in again: a third of a card's time went to the kernel. Read when the first worker loads Skia.
process.env['MIMALLOC_PURGE_DELAY'] ??= '-1';

// Drawing and PNG encoding are synchronous: on worker threads, one card per core at a time.
const pool = new WorkerPool<CardJob, null>('src/build/card-worker.ts');

/** The cached PNG file of a card, drawn first when the cache does not have it. */
async function renderToCache(drawing: CardDrawing): Promise<string> {
  const file = join(cacheDir, `${cardKey(drawing)}.png`);
  if (!(await stat(file).catch(() => undefined))) await pool.run({ drawing, file });
  return file;
}

/** The PNG of a card: from the cache, else drawn now (on a worker; Astro renders several pages at once, so both
 * workers stay busy during a cold build). */
export async function cardPng(drawing: CardDrawing): Promise<Buffer> {
  return readFile(await renderToCache(drawing));
}

/** An endpoint's answer: the PNG bytes, typed. */
export async function pngResponse(drawing: CardDrawing): Promise<Response> {
  return new Response(new Uint8Array(await cardPng(drawing)), { headers: { 'Content-Type': 'image/png' } });
}
