// `npm run dev` only: while an article has a problem, every page the browser asks for is a page that lists the
// problems, in the words the terminal and `astro build` use, instead of a page built from an article half read.
import type { AstroIntegration } from 'astro';
import { currentProblems, formatProblem, type ContentProblem } from '../lib/content/content-problems.ts';

export default function contentProblemsPage(): AstroIntegration {
  return {
    name: 'dateline:content-problems-page',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const { base, problems } = currentProblems();
          if (problems.length === 0 || !asksForPage(request.method, request.url ?? '/', request.headers.accept))
            return next();
          response.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          response.end(problemsPage(base, problems));
        });
      },
    },
  };
}

/** A page (what a reader or editor opens), not a script, style or file that Vite or a page asks for. */
function asksForPage(method: string | undefined, url: string, accept: string | undefined): boolean {
  const path = url.split('?')[0] ?? '/';
  if (method !== 'GET' || path.startsWith('/@') || path.startsWith('/_astro/') || path.startsWith('/node_modules/'))
    return false;
  return accept?.includes('text/html') === true || !/\.[a-z0-9]+$/i.test(path);
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The problem page: plain HTML, readable without JavaScript; Vite's client reloads it once an edit changes the articles. */
export function problemsPage(base: string, problems: readonly ContentProblem[]): string {
  const items = problems.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${problems.length} problem(s) in the articles</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}code{white-space:pre-wrap}</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<h1>${problems.length} problem(s) in the articles in ${escapeHtml(base)}</h1>
<p>Fix each one in its file and save: this page reloads, and shows the site once every problem is fixed.</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}
