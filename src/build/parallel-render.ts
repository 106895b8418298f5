// Renders articles' markdown on worker threads, one per core: the content layer renders each article once per
// clean build, and on one thread that would be most of a large site's build time.
import { fileURLToPath } from 'node:url';
import { WorkerPool } from './worker-pool.ts';
import { bodiesFolder } from './article-bodies.ts';

/** The markdown settings the renderer takes from the Astro config (all structured-cloneable). */
export interface RenderOptions {
  syntaxHighlight: unknown;
  shikiConfig: unknown;
  gfm: boolean | undefined;
  smartypants: unknown;
  image: { domains: unknown; remotePatterns: unknown };
}

/** One article to render: its markdown body, its front matter, its file. */
export interface RenderJob {
  options: RenderOptions;
  body: string;
  frontmatter: Record<string, unknown>;
  filePath: string | undefined;
  /** Where the worker keeps the article's body (article-bodies.ts). */
  bodies: string;
}

/** What glob() hands a render function: the entry's body, front matter and file. */
export interface RenderEntry {
  body?: string | undefined;
  data: Record<string, unknown>;
  filePath?: string | undefined;
}

/** What Astro stores as an entry's `rendered` (the worker keeps the body apart first: article-bodies.ts). */
export interface RenderedArticle {
  html: string;
  metadata: Record<string, unknown>;
}

/** The part of the Astro config the markdown entry type reads. */
interface MarkdownConfig {
  markdown: { syntaxHighlight?: unknown; shikiConfig?: unknown; gfm?: boolean; smartypants?: unknown };
  image: { domains?: unknown; remotePatterns?: unknown };
  cacheDir: URL;
  root: URL;
}

let pool: WorkerPool<RenderJob, RenderedArticle> | undefined;

/** A render function like Astro's markdown entry type's, that hands each article to the worker pool. */
export function parallelRenderFunction(config: MarkdownConfig): (entry: RenderEntry) => Promise<RenderedArticle> {
  const { markdown, image, cacheDir, root } = config;
  const options: RenderOptions = {
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
    image: { domains: image.domains, remotePatterns: image.remotePatterns },
  };
  const bodies = bodiesFolder(fileURLToPath(cacheDir));
  pool ??= new WorkerPool(new URL('src/build/markdown-worker.ts', root));
  const workers = pool;
  return (entry) =>
    workers.run({ options, body: entry.body ?? '', frontmatter: entry.data, filePath: entry.filePath, bodies });
}

/** Stops the render workers once the articles are rendered: their memory is the build's for the pages that follow. */
export async function closeRenderWorkers(): Promise<void> {
  await pool?.close();
}
