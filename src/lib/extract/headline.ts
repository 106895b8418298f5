// Finds an article's headline: its first level-one heading.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Headline {
  /** The heading's text, whitespace collapsed. */
  text: string;
  /** Index of the heading among the root's children, so an adapter can remove it. */
  index: number;
}

/** The first `# ` heading at the top level of the document, or undefined when there is none (or it is empty). */
export function extractHeadline(tree: Root): Headline | undefined {
  const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  const node = tree.children[index];
  if (!node) return undefined;
  const text = toString(node).replace(/\s+/g, ' ').trim();
  return text ? { text, index } : undefined;
}
