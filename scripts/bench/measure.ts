// What the benchmark measures besides time: memory of a process tree, and the weight of built pages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Resident memory of `root` and all its descendants now, in bytes, read from /proc (Linux only). */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // the process ended while we were reading: it has no memory left to count
    }
  }
  let total = 0;
  for (const stack = [root]; stack.length > 0;) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Raw and gzip size of some bytes. */
export interface Weight {
  raw: number;
  gzip: number;
}

/** Stylesheets and scripts a page loads from its own site (`/_astro/x.css`), in document order. */
export function localAssets(html: string): string[] {
  const refs = html.matchAll(/<(?:link[^>]*\brel="stylesheet"[^>]*\bhref|script[^>]*\bsrc)="(\/[^"]+)"/g);
  return [...refs].map((m) => m[1] as string);
}

/** Weight of a page as one round trip sees it: its HTML plus every local stylesheet and script, each gzipped on its own. */
export function pageWeight(html: string, assetWeight: (path: string) => Weight): Weight {
  const weights = [
    { raw: Buffer.byteLength(html), gzip: gzipSync(html).length },
    ...localAssets(html).map(assetWeight),
  ];
  return weights.reduce((sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip }));
}

/** A memoised reader of asset weights under `distDir`. */
export function assetWeights(distDir: string): (path: string) => Weight {
  const cache = new Map<string, Weight>();
  return (path) => {
    let weight = cache.get(path);
    if (!weight) {
      const bytes = readFileSync(join(distDir, path));
      cache.set(path, (weight = { raw: bytes.length, gzip: gzipSync(bytes).length }));
    }
    return weight;
  };
}

/** The middle value of a non-empty list (the lower middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}
