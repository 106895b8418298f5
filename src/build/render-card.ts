// Draws share-card SVGs to PNG with resvg: fonts from npm, several at once on worker threads, cached on disk by content hash.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { cardPalette } from '../lib/share/card.ts';
import { environment } from '../environment.ts';
import type { RenderJob } from './card-worker.ts';
import { WorkerPool } from './worker-pool.ts';

/** Font files by the scripts they cover, as npm package paths. Policy as data: a newsroom adding Hindi adds a line. */
export const cardFonts = [
  {
    script: /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{P}]/u,
    files: [
      '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
      '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    ],
  },
  {
    script: /\p{Script=Arabic}/u,
    files: [
      '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
      '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
    ],
  },
  // 10 MB, so loaded only for a card that has Chinese or Japanese on it (one weight: headlines and quotes are bold).
  {
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
    files: ['@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'],
  },
] as const;

/** The font files a card needs: the Latin set always (site name, digits), the others when their script is on it. */
export function fontsFor(svg: string): string[] {
  const text = svg.replace(/<[^>]*>/g, ' ');
  return cardFonts.flatMap(({ script, files }, i) => (i === 0 || script.test(text) ? files : []));
}

// Resolved from the project root: the built chunk that runs this may live in any --outDir.
const require = createRequire(join(process.cwd(), 'package.json'));

/** Where PNGs are kept between builds, under node_modules so git and clean checkouts ignore it. */
const cacheDir = resolve(environment.cardCache);

const packageVersion = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
const fontPackages = new Set(
  cardFonts.flatMap(({ files }) => files.map((file) => file.split('/').slice(0, 2).join('/'))),
);

/**
 * Part of every cache key: an update of the renderer or of a font package may change what the same SVG looks like, and
 * another palette what its PNG holds.
 */
const rendererVersion = [
  ...['@resvg/resvg-js', ...fontPackages].map((name) => `${name}@${packageVersion(name)}`),
  `palette ${cardPalette.flat().join(',')}`,
].join(' ');

/** Cache key of a card: a hash of everything that decides its pixels. */
export function cardKey(svg: string, fonts: readonly string[], version = rendererVersion): string {
  return createHash('sha256')
    .update(`${version}\n${fonts.join('\n')}\n${svg}`)
    .digest('hex')
    .slice(0, 32);
}

// Drawing and PNG encoding are synchronous: on worker threads, one card per core at a time.
const pool = new WorkerPool<RenderJob, null>('src/build/card-worker.ts');

/** The cached PNG file of a card, drawn first when the cache does not have it. */
async function renderToCache(svg: string): Promise<string> {
  const fonts = fontsFor(svg);
  const file = join(cacheDir, `${cardKey(svg, fonts)}.png`);
  if (!(await stat(file).catch(() => undefined)))
    await pool.run({ svg, fontFiles: fonts.map((f) => require.resolve(f)), file });
  return file;
}

/** The PNG of a card: from the cache, else drawn now (on a worker; Astro renders several pages at once, so both
 * workers stay busy during a cold build). */
export async function cardPng(svg: string): Promise<Buffer> {
  return readFile(await renderToCache(svg));
}

/** An endpoint's answer: the PNG bytes, typed. */
export async function pngResponse(svg: string): Promise<Response> {
  return new Response(new Uint8Array(await cardPng(svg)), { headers: { 'Content-Type': 'image/png' } });
}
