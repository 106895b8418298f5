// Child process of the benchmark: one `astro build` with the benchmark's own output and cache folders, so that runs
// never share state (`astro build` has no --cacheDir flag; the content store and the incremental-build manifest live there).
import { readFile } from 'node:fs/promises';
import { build } from 'astro';

const [outDir, cacheDir, logLevel = 'warn', root = process.cwd()] = process.argv.slice(2);
if (!outDir || !cacheDir || (logLevel !== 'warn' && logLevel !== 'info')) {
  console.error('usage: node scripts/bench/build-site.ts OUT_DIR CACHE_DIR [warn|info] [PROJECT_ROOT]');
  process.exit(2);
}
await build({ root, outDir, cacheDir, logLevel });
// CPU time from /proc: on a machine shared with other work, wall time swings with their load; CPU time much less.
const [utime = 0, stime = 0] =
  (await readFile('/proc/self/stat', 'utf8')).split(') ')[1]?.split(' ').slice(11, 13).map(Number) ?? [];
console.log(`  astro build CPU ${((utime + stime) / 100).toFixed(1)} s`); // clock ticks: 100 a second on Linux
