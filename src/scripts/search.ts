// The search page's behaviour: fetches Pagefind the first time the reader searches, then lists the matching articles.

/** The part of Pagefind's browser API used here (pagefind.js has no types of its own). */
interface Pagefind {
  mergeIndex(bundlePath: string): Promise<void>;
  search(
    term: string,
  ): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[] }>;
}

/** Results listed at once (default: 20); more would need paging, and a reader refines the words instead. */
const shown = 20;

const form = document.querySelector<HTMLFormElement>('[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');

/** The index's bundles, one per year, newest first, as the page lists them (src/build/search-index.ts). */
const bundles = form?.dataset['searchBundles']?.split(' ').filter(Boolean) ?? [];

/** Pagefind from the newest year's bundle, with every other year merged in: one search across all of them. */
async function loadPagefind(): Promise<Pagefind> {
  const [newest, ...older] = bundles;
  if (!newest) throw new Error('the site has no search index');
  // A path the bundler cannot see: the index is written beside Astro's pages, not bundled.
  const engine = (await import(/* @vite-ignore */ `${newest}pagefind.js`)) as Pagefind;
  await Promise.all(older.map((bundle) => engine.mergeIndex(bundle)));
  return engine;
}

let engine: Promise<Pagefind> | undefined;
// Loaded on first use only.
const pagefind = () => (engine ??= loadPagefind());

/** Pagefind's excerpt is escaped text with <mark> around the matches: rebuilt as text and marks, never parsed into the page. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body.childNodes;
  return [...parsed].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function search(term: string): void {
  find(term).catch(() => {
    if (status) status.textContent = 'Search is not available at the moment: browse every article by date instead.';
  });
}

async function find(term: string) {
  if (!status || !list) return;
  status.textContent = 'Searching…';
  const { results } = await (await pagefind()).search(term);
  const found = await Promise.all(results.slice(0, shown).map((result) => result.data()));
  if (term !== input?.value.trim()) return; // the reader has typed on: a newer search will answer
  list.replaceChildren(
    ...found.map(({ url, excerpt, meta }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = meta.title ?? url;
      const text = document.createElement('p');
      text.append(...excerptNodes(excerpt));
      item.append(link, text);
      return item;
    }),
  );
  const count = results.length === 1 ? '1 article' : `${results.length} articles`;
  status.textContent =
    results.length === 0
      ? `No article matches “${term}”.`
      : results.length > shown
        ? `${count}; the first ${shown}:`
        : `${count}:`;
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = input.value.trim();
    // The words go in the address, so that the results can be bookmarked and shared.
    history.replaceState(null, '', `?q=${encodeURIComponent(term)}`);
    if (term) search(term);
  });
  const asked = new URLSearchParams(location.search).get('q')?.trim();
  if (asked) {
    input.value = asked;
    search(asked);
  }
}

// A module, not a classic script: its names (status, form…) are its own, not globals of the page.
export {};
