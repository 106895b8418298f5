// Worker thread of parallel-render.ts: renders articles' markdown with the site's processor, off the build's main thread.
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../lib/remark/pipeline.ts';
import { toWorkerError, type WorkerAnswer } from './worker-pool.ts';
import type { RenderedArticle, RenderJob } from './parallel-render.ts';
import { withBodyKept } from './article-bodies.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

// Astro's renderer prints every failure as a raw object (seventeen lines of VFileMessage fields) before it rethrows
// it. A problem our plugins raise about an article (`file.fail`) is the loader's to report, once, with file and line.
const printError = console.error;
console.error = (...args: unknown[]) => {
  const [first] = args;
  const contentProblem =
    args.length === 1 &&
    typeof first === 'object' &&
    first !== null &&
    'fatal' in first &&
    first.fatal === true &&
    'reason' in first;
  if (!contentProblem) printError(...args);
};

async function render({ options, body, frontmatter, filePath, bodies }: RenderJob): Promise<RenderedArticle> {
  renderer ??= markdownProcessor().createRenderer(
    options as Parameters<ReturnType<typeof markdownProcessor>['createRenderer']>[0],
  );
  const result = await (
    await renderer
  ).render(body, { frontmatter, ...(filePath ? { fileURL: pathToFileURL(filePath) } : {}) });
  // As Astro's markdown entry type shapes it (astro/dist/vite-plugin-markdown/content-entry-type.js).
  const rendered = {
    html: result.code,
    metadata: {
      ...result.metadata,
      imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths],
    },
  };
  return withBodyKept(rendered, bodies);
}

parentPort?.on('message', (job: RenderJob) => {
  render(job).then(
    (result) => parentPort?.postMessage({ result } satisfies WorkerAnswer<RenderedArticle>),
    (error: unknown) =>
      parentPort?.postMessage({ error: toWorkerError(error) } satisfies WorkerAnswer<RenderedArticle>),
  );
});
