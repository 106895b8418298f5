// rehype plugin: article headings get their anchor ids under `user-content-`, like every other id from an article.
import Slugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const heading = /^h[2-6]$/;

/**
 * Astro would name a heading "Main" `main`, the id of the page's own `<main>` (the skip link's target), and
 * "Quote 1" `quote-1`: a heading's text must not be able to take an id the page or a quote anchor uses.
 * Runs after sanitize; Astro keeps an id that is already set.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new Slugger();
    visit(tree, 'element', (node) => {
      if (heading.test(node.tagName) && node.properties['id'] === undefined)
        node.properties['id'] = `user-content-${slugger.slug(textOf(node))}`;
    });
  };
}

function textOf(element: Element): string {
  let text = '';
  visit(element, 'text', (node) => {
    text += node.value;
  });
  return text;
}
