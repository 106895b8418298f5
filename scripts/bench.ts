// `npm run bench -- [--n 1000] [--no-share-images] [--rebuilds 3] [--plain-astro] [--photo-every 10] [--dev] [--keep] [--verbose]`: builds a synthetic newsroom from clean, then again after one edit, and prints what it cost.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles } from './bench/synthetic-articles.ts';
import { syntheticPhoto, withComment } from './bench/synthetic-photo.ts';
import { writePlainAstroProject } from './bench/plain-astro.ts';
import { measureDevPreview } from './bench/dev-preview.ts';
import { assetWeights, median, pageWeight, treeRss, type Weight } from './bench/measure.ts';
import sharp from 'sharp';
import { variantBudget } from '../src/lib/photos.ts';

const { values } = parseArgs({
  options: {
    // --n: how many articles to generate (default: 1000).
    n: { type: 'string', default: '1000' },
    // --no-share-images: build without share images (sets DATELINE_SHARE_IMAGES=0) (default: with them).
    'share-images': { type: 'boolean', default: true },
    // --keep: leave the temporary folders (content; dist and cache) for inspection (default: removed).
    keep: { type: 'boolean', default: false },
    // --verbose: Astro logs at "info", with the time each of its steps took (default: warnings only).
    verbose: { type: 'boolean', default: false },
    // --rebuilds: how many one-article edits to rebuild after, one after another, for a median (default: 3).
    rebuilds: { type: 'string', default: '3' },
    // --plain-astro: then build the plainest Astro site of the same articles the same way (bench/plain-astro.ts), and
    // print its times and ours over its: what the machine's noise does to both cancels out (default: off).
    'plain-astro': { type: 'boolean', default: false },
    // --photo-every: one article in this many gets a lead photograph, and one in twice as many a photograph in its text;
    // 0 for none (default: 10). Encoding them is most of a cold build's time, so a change to anything else is best
    // measured with 0.
    'photo-every': { type: 'string', default: '10' },
    // --dev: then start `astro dev` on the built site and time its first page and an edit (default: off).
    dev: { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive whole number, not "${values.n}"`);
const rebuilds = Number(values.rebuilds);
if (!Number.isInteger(rebuilds) || rebuilds < 1)
  throw new Error(`--rebuilds must be a positive whole number, not "${values.rebuilds}"`);
const photoEvery = Number(values['photo-every']);
if (!Number.isInteger(photoEvery) || photoEvery < 0)
  throw new Error(`--photo-every must be a whole number, 0 or more, not "${values['photo-every']}"`);

// Inside the project: for an outDir outside it, Astro puts its prerender chunks in the shared ./.astro, where a
// concurrent build (a test, another benchmark) would overwrite them.
const cacheRoot = join(import.meta.dirname, '..', 'node_modules', '.cache');
mkdirSync(cacheRoot, { recursive: true });
const work = mkdtempSync(join(cacheRoot, 'dateline-bench-'));
// The articles outside node_modules, where the dev server's file watcher sees an edit (it ignores node_modules).
const content = mkdtempSync(join(tmpdir(), 'dateline-bench-content-'));
const dist = join(work, 'dist');
const cache = join(work, 'cache');

// Photographs by default: their build-time cost is part of what a newsroom pays. Half as many articles as have a lead
// photograph (one in ten by default) have one in their text; `--photo-every 0` builds without either.
const articles = generateArticles({ n, photoEvery, inTextPhotoEvery: photoEvery * 2 });
const photos = new Map<number, Buffer>();
for (const { path, text, photo, inTextPhoto } of articles) {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), text);
  for (const { path: file, seed } of [photo, inTextPhoto].filter((p) => p !== undefined)) {
    if (!photos.has(seed)) photos.set(seed, await syntheticPhoto({ seed }));
    writeFileSync(join(content, file), withComment(photos.get(seed)!, file));
  }
}

/** The environment of every build and dev server the benchmark starts. */
const siteEnv = {
  ...process.env,
  DATELINE_CONTENT: content,
  // Cards drawn by an earlier run (the same articles make the same cards) would make a clean build look cheap.
  DATELINE_OG_CACHE: join(work, 'card-cache'),
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(values['share-images'] ? {} : { DATELINE_SHARE_IMAGES: '0' }),
};

/** Runs a command and samples the memory of its whole process tree meanwhile. */
async function measured(args: string[]): Promise<{ seconds: number; peakRss: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: siteEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid ?? 0))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${args.join(' ')} failed (exit code ${code}); its output is above`);
  return { seconds: (performance.now() - started) / 1000, peakRss };
}

/** A project the benchmark builds: its root, and its own output and cache folders. */
interface Site {
  root: string;
  dist: string;
  cache: string;
}
const dateline: Site = { root: join(import.meta.dirname, '..'), dist, cache };

/** The build as `npm run build` runs it (`astro build`; the search index is part of it, src/build/index.ts). */
async function timedBuild(site: Site): Promise<{ seconds: number; peakRss: number }> {
  return measured([
    join(import.meta.dirname, 'bench', 'build-site.ts'),
    site.dist,
    site.cache,
    values.verbose ? 'info' : 'warn',
    site.root,
  ]);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name));
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kb = ({ raw, gzip }: Weight) => `${(raw / 1000).toFixed(1)} KB raw, ${(gzip / 1000).toFixed(1)} KB gzip`;

console.log(
  `Generated ${n} articles from ${articles.at(-1)?.path.slice(0, 10)} to ${articles[0]?.path.slice(0, 10)} in ${content}`,
);
const full = await timedBuild(dateline);
const output = files(dist);
const pages = output.filter((f) => f.endsWith('.html'));
// An article page is /YYYY/MM/DD/<slug>/index.html: four folders deep under the output.
const articlePages = pages.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(relative(dist, f)));
const weighAsset = assetWeights(dist);
const weights = articlePages.map((f) => ({
  file: relative(dist, f),
  ...pageWeight(readFileSync(f, 'utf8'), weighAsset),
}));
const largest = weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));

console.log(`
articles:            ${n}
pages written:       ${pages.length} HTML (${output.length} files in all)
full build:          ${full.seconds.toFixed(1)} s wall, ${(n / full.seconds).toFixed(0)} articles/s
peak memory:         ${mib(full.peakRss)} (RSS of the build and its children)
output size:         ${mib(output.reduce((sum, f) => sum + statSync(f).size, 0))}
article page median: ${kb({ raw: median(weights.map((w) => w.raw)), gzip: median(weights.map((w) => w.gzip)) })} (HTML + CSS + JS)
article page max:    ${kb(largest)} (${largest.file})
photo variants:      ${await photoVariants(output)}`);

/**
 * How many photograph variants the build wrote of each format, the largest, and how many weigh more than their budget
 * (README, variantBudget). An original, were one published (`name.HASH.jpg`, its variants `name.HASH_KEY.avif`), is
 * counted apart.
 */
async function photoVariants(files: readonly string[]): Promise<string> {
  const photos = files.map((file) => relative(dist, file)).filter((file) => /^_astro\/.+\.(avif|webp|jpg)$/.test(file));
  // Every prefix of a name that ends before a `_`: an original's name without its extension is one of them.
  const prefixes = new Set(photos.flatMap((file) => [...file.matchAll(/_/g)].map(({ index }) => file.slice(0, index))));
  const isOriginal = (file: string) => prefixes.has(file.replace(/\.\w+$/, ''));
  const sizes = new Map<string, number[]>();
  for (const file of photos) {
    const kind = isOriginal(file) ? 'original' : (file.split('.').at(-1) ?? '');
    sizes.set(kind, [...(sizes.get(kind) ?? []), statSync(join(dist, file)).size]);
  }
  if (photos.length === 0) return 'none';
  let over = 0;
  for (const file of photos.filter((photo) => !isOriginal(photo))) {
    const bytes = readFileSync(join(dist, file));
    const { format, width, height } = await sharp(bytes).metadata();
    if (bytes.length > variantBudget(format === 'heif' ? 'avif' : (format as 'webp' | 'jpeg'), width, height))
      over += 1;
  }
  return `${[...sizes].map(([kind, list]) => `${list.length} ${kind} (largest ${(Math.max(...list) / 1024).toFixed(0)} KB)`).join(', ')}; ${over} over their budget`;
}

// The edit a newsroom makes most: a correction to one article's text. Each rebuild corrects another article, spread
// over the years (the search index is rebuilt per year), and the median of them is the figure to compare.
let missing = 0;
async function rebuildsAfterEdits(site: Site, label: string): Promise<number> {
  const times: number[] = [];
  for (let i = 1; i <= rebuilds; i++) {
    const edited = articles[Math.floor((articles.length * i) / (rebuilds + 1))];
    if (!edited) throw new Error('no article to edit');
    const marker = `Correction ${Date.now()}: an earlier version misstated the date of the meeting.`;
    writeFileSync(join(content, edited.path), `${edited.text}\n${marker}\n`);
    const again = await timedBuild(site);
    const rebuilt = readFileSync(join(site.dist, edited.path.replace(/\.md$/, '/index.html')), 'utf8').includes(marker);
    if (!rebuilt) missing++;
    times.push(again.seconds);
    console.log(
      `${label}one-article rebuild ${i}/${rebuilds}: ${again.seconds.toFixed(1)} s wall, peak ${mib(again.peakRss)}, edit ${rebuilt ? 'published' : 'MISSING from the output'} (${edited.path})`,
    );
  }
  console.log(`${label}one-article rebuild: median ${median(times).toFixed(1)} s wall of ${rebuilds}`);
  return median(times);
}
const rebuild = await rebuildsAfterEdits(dateline, '');

if (values.dev) {
  const edited = articles[Math.floor(articles.length / 2)];
  if (!edited) throw new Error('no article to edit');
  const preview = await measureDevPreview({
    ...dateline,
    env: siteEnv,
    edit: () => {
      const marker = `Correction ${Date.now()}: an earlier version misspelled the name of the harbour.`;
      writeFileSync(join(content, edited.path), `${edited.text}\n${marker}\n`);
      return { path: `/${edited.path.replace(/\.md$/, '/')}`, marker };
    },
  });
  console.log(
    `npm run dev after the build: first page ${preview.firstPageSeconds.toFixed(1)} s, peak ${mib(preview.peakRss)}, an edit shown ${preview.editSeconds.toFixed(1)} s after saving`,
  );
}

if (values['plain-astro']) {
  const plain: Site = {
    root: join(work, 'plain-astro'),
    dist: join(work, 'plain-astro-dist'),
    cache: join(work, 'plain-astro-cache'),
  };
  writePlainAstroProject(plain.root, content);
  const plainFull = await timedBuild(plain);
  console.log(`plain Astro full build: ${plainFull.seconds.toFixed(1)} s wall, peak ${mib(plainFull.peakRss)}`);
  const plainRebuild = await rebuildsAfterEdits(plain, 'plain Astro ');
  console.log(`
Dateline over plain Astro (same articles, same machine, one after the other):
full build:          ${(full.seconds / plainFull.seconds).toFixed(2)} x (${full.seconds.toFixed(1)} s against ${plainFull.seconds.toFixed(1)} s)
one-article rebuild: ${(rebuild / plainRebuild).toFixed(2)} x (median ${rebuild.toFixed(1)} s against ${plainRebuild.toFixed(1)} s)`);
}

if (values.keep) console.log(`kept ${work} and ${content}`);
else for (const folder of [work, content]) rmSync(folder, { recursive: true, force: true });
if (missing > 0) process.exitCode = 1;
