// A link checker for a built static site: every link to this site, in pages, feeds, sitemaps and JSON, must lead
// to a file in the build, and every #fragment to an element with that id.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Attributes that hold a URL (or, for srcset, a list of them). */
const urlAttributes = ['href', 'src', 'srcSet', 'poster', 'action', 'cite', 'content'] as const;

/** The file that serves a site path, as a static host resolves it, or undefined. */
function fileFor(dist: string, pathname: string): string | undefined {
  const path = join(dist, decodeURIComponent(pathname));
  if (!path.startsWith(dist)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Every link to this site in one built file, as absolute URLs (HTML parsed; XML, JSON and text scanned for the site's origin). */
function linksIn(file: string, pageUrl: URL, origin: string): URL[] {
  const text = readFileSync(file, 'utf8');
  if (extname(file) !== '.html') {
    // XML escapes the HTML of feed items: unescape it first, so that `src=&quot;/x&quot;` ends at its quote.
    const unescaped = text.replace(
      /&(quot|apos|lt|gt|amp);/g,
      (_, name: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[name] ?? '',
    );
    const absolute = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"'<>\\\\]*`, 'g');
    return [...unescaped.matchAll(absolute)].map(([url]) => new URL(url));
  }
  const urls: URL[] = [];
  visit(unified().use(rehypeParse).parse(text), 'element', (node) => {
    for (const name of urlAttributes) {
      const value = node.properties[name];
      if (typeof value !== 'string' && !Array.isArray(value)) continue;
      const values =
        name === 'srcSet'
          ? String(value)
              .split(',')
              .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          : [Array.isArray(value) ? value.join(' ') : value];
      // `content` is a URL only in link-preview metadata (og:image, twitter:image, og:url).
      if (name === 'content' && !values.every((v) => v.startsWith(origin))) continue;
      for (const v of values) if (v) urls.push(new URL(v, pageUrl));
    }
  });
  return urls;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Checks every link to `origin` (or relative to a page) in `dist`; returns how many were checked and which are broken. */
export function checkLinks(dist: string, origin: string): { checked: number; broken: string[] } {
  const files = readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(?:html|xml|json|txt)$/.test(f.name) && !f.name.startsWith('_'))
    .map((f) => join(f.parentPath, f.name));
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const sitePath = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    for (const url of linksIn(file, new URL(sitePath, origin), origin)) {
      if (url.origin !== origin) continue;
      checked++;
      const target = fileFor(dist, url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!target) broken.push(`${sitePath} -> ${url.pathname}: no such file`);
      else if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment))
        broken.push(`${sitePath} -> ${url.pathname}#${fragment}: no such id`);
    }
  }
  return { checked, broken };
}
