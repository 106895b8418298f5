import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { experimental_AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testArticle } from '../../tests/fixtures/article.ts';
import { absoluteUrl, quotePagePath } from '../lib/paths.ts';
import { quoteTitle } from '../lib/share/meta.ts';
import { loadCompiled, type LoadedModule } from './component-loader.ts';
import type { ComponentPages } from './component-pages.ts';

type Component = Parameters<experimental_AstroContainer['renderToString']>[0];

const root = fileURLToPath(new URL('../..', import.meta.url));
const cacheDir = mkdtempSync(join(tmpdir(), 'dateline-component-pages-'));
let loaded: LoadedModule<typeof import('./component-pages.ts')>;
let pages: ComponentPages;
let container: experimental_AstroContainer;

/** What one component renders on its own, through the same compiler as the build's pages. */
async function rendered(file: string, props: Record<string, unknown>): Promise<string> {
  const component = (await loaded.load<{ default: Component }>(file)).default;
  return container.renderToString(component, { props });
}

beforeAll(async () => {
  loaded = await loadCompiled(root, '/src/build/component-pages.ts', cacheDir);
  pages = await loaded.module.createComponentPages();
  const { experimental_AstroContainer: Container } =
    await loaded.load<typeof import('astro/container')>('astro/container');
  container = await Container.create();
}, 60_000);

afterAll(async () => {
  await loaded?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The markup of a page outside its attribute values, where text cannot start an element. */
const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');

const hostile = testArticle({
  headline: 'Talks </script><script>alert(1)</script>',
  quotes: [
    {
      id: 'quote-1',
      type: 'direct',
      text: '"><img src=x onerror=alert(1)>',
      speaker: '<b onmouseover=alert(1)>X</b>',
      speakerMention: '<b onmouseover=alert(1)>X</b>',
      speakerType: 'person',
      cue: 'said',
    },
  ],
});

describe('the search document of an article', () => {
  it('holds what the article page shows of it: the header, the text, and who said what, from the same components', async () => {
    const article = testArticle({ bylines: [{ name: 'Jane Doe', slug: 'jane-doe' }, { name: 'Reuters' }] });
    const html = await pages.searchDocument(article);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    const indexed = html.slice(html.indexOf('<article data-pagefind-body>'), html.indexOf('</article>'));
    const header = await rendered('/src/components/ArticleHeader.astro', { article });
    expect(header).toContain('By <a href="/authors/jane-doe/" rel="author"');
    expect(indexed).toContain(header);
    expect(indexed).toContain(article.html);
    const quoteList = await rendered('/src/components/QuoteList.astro', { quotes: article.quotes });
    expect(quoteList).toContain('Who said what');
    expect(indexed).toContain(quoteList);
  });

  it('renders the same after hundreds of pages, when the renderer has moved on to another container', async () => {
    const article = testArticle();
    const first = await pages.searchDocument(article);
    const more = await Promise.all(Array.from({ length: 600 }, () => pages.searchDocument(article)));
    expect(new Set(more)).toEqual(new Set([first]));
  });

  it('keeps an article’s own language', async () => {
    expect(await pages.searchDocument(testArticle({ data: { lang: 'ur' } }))).toMatch(
      /^<!DOCTYPE html><html lang="ur">/,
    );
  });

  it('escapes the stored fields, so that a headline cannot add markup to the document', async () => {
    const html = await pages.searchDocument(hostile);
    expect(html).toContain('Talks &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(outsideAttributes(html)).not.toMatch(/<img|<b |<script>alert/);
  });
});

describe('a quote’s own page', () => {
  const article = testArticle();
  const quote = article.quotes[0]!;
  const url = absoluteUrl(quotePagePath(article, quote.id));

  it('has the head every page has and the share links of the article’s share bar, from the same components', async () => {
    const html = await pages.quotePage(article, quote);
    const title = quoteTitle(quote);
    const head = await rendered('/src/components/PageHead.astro', {
      title,
      description: `A quote from “${article.headline}”.`,
      path: quotePagePath(article, quote.id),
    });
    expect(head).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain(head);
    const links = await rendered('/src/components/ShareLinks.astro', { url, title });
    expect(links).toContain(`href="https://x.com/intent/tweet?url=${encodeURIComponent(url)}&amp;text=`);
    expect(html).toContain(`<ul>${links}</ul>`);
    expect(await rendered('/src/components/ShareBar.astro', { url, title })).toContain(links);
    // The site's pages open with the same head.
    const layout = await rendered('/src/layouts/BaseLayout.astro', { path: '/', title: 'Home', description: 'd' });
    expect(layout).toContain(
      await rendered('/src/components/PageHead.astro', { path: '/', title: 'Home', description: 'd' }),
    );
  });

  it('previews as the quote with its card, is noindex, and leads to the quote in the article', async () => {
    const html = await pages.quotePage(article, quote);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr">/);
    expect(html).toContain(`<meta property="og:image" content="${url}card.png">`);
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(html).toContain('<h1>“We welcome FM Lavrov’s visit”</h1>');
    expect(html).toContain('<a class="in-context" href="/2021/04/07/talks/#quote-1">Read it in the article →</a>');
    expect(html).toContain('Islamabad, April 7, 2021 (Reuters)');
  });

  it('announces no image when share images are off', async () => {
    expect(await pages.quotePage(article, quote, false)).not.toContain('og:image');
  });

  it('states its policy, takes its style from the one stylesheet of all quote pages, and runs no script', async () => {
    const html = await pages.quotePage(article, quote);
    expect(html).toContain(
      `<meta http-equiv="content-security-policy" content="default-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; script-src 'self'; style-src 'self'">`,
    );
    expect(html).toContain(`<link rel="stylesheet" href="/quote-page.css?v=`);
    expect(html).not.toMatch(/<style|style=/);
    expect(html.match(/<script(?![^>]*application\/ld\+json)/g)).toBeNull();
  });

  it('escapes hostile text everywhere: markup in the speaker, a script end in the headline', async () => {
    const html = await pages.quotePage(hostile, hostile.quotes[0]!);
    expect(outsideAttributes(html)).not.toMatch(/<img|<b |<script>alert/);
    expect(html).toContain('&lt;b onmouseover=alert(1)&gt;X&lt;/b&gt;');
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('sets the language and direction of an Urdu article', async () => {
    expect(await pages.quotePage(testArticle({ data: { lang: 'ur' } }), quote)).toContain('<html lang="ur" dir="rtl">');
  });
});
