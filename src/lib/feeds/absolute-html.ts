// Article HTML made to stand on its own in a feed reader: relative links and images resolved against the article's URL.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import type { Root } from 'hast';

/** Attributes that hold a URL in the markup our sanitiser lets through. */
const urlAttributes = ['href', 'src', 'cite'] as const;

/** Resolves every relative URL in already-sanitised HTML against `base`; the markup is otherwise unchanged. */
export function absolutizeHtml(sanitisedHtml: string, base: string): string {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: Root) => {
      visit(tree, 'element', (node) => {
        for (const name of urlAttributes) {
          const value = node.properties[name];
          if (typeof value !== 'string') continue;
          // A fragment (#quote-1) points into the article: keep it pointing there from the feed too.
          try {
            node.properties[name] = new URL(value, base).href;
          } catch {
            delete node.properties[name]; // not a URL at all: a reader could not follow it either
          }
        }
      });
    })
    .use(rehypeStringify);
  return String(processor.processSync(sanitisedHtml));
}
