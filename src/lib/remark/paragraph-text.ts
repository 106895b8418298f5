// A paragraph's plain text with offsets back into its mdast nodes, so text-level findings can be applied to the tree.
import type { Parent, PhrasingContent, Text } from 'mdast';

/** One text node and where its value sits in the paragraph's joined text. */
export interface TextRun {
  node: Text;
  /** Ancestors from the paragraph down to the node's parent. */
  path: Parent[];
  start: number;
  end: number;
}

export interface ParagraphText {
  text: string;
  runs: TextRun[];
}

/**
 * Joins the text of a paragraph, descending into links and emphasis like remark-smartypants does.
 * Only `text` nodes count: inline code and raw HTML are not prose.
 */
export function paragraphText(paragraph: Parent): ParagraphText {
  const runs: TextRun[] = [];
  let text = '';
  const walk = (parent: Parent, path: Parent[]) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        runs.push({ node: child, path, start: text.length, end: text.length + child.value.length });
        text += child.value;
      } else if ('children' in child) {
        walk(child, [...path, child]);
      }
    }
  };
  walk(paragraph, [paragraph]);
  return { text, runs };
}

/** Removes the first `length` characters of a paragraph's text, dropping nodes it empties. */
export function cutPrefix(paragraph: Parent, length: number): void {
  let remaining = length;
  for (const run of paragraphText(paragraph).runs) {
    if (remaining <= 0) break;
    const taken = Math.min(remaining, run.node.value.length);
    run.node.value = run.node.value.slice(taken);
    remaining -= taken;
  }
  pruneEmpty(paragraph);
}

function pruneEmpty(parent: Parent): void {
  parent.children = parent.children.filter((child) => {
    if (child.type === 'text') return child.value !== '';
    if ('children' in child) {
      pruneEmpty(child);
      return child.children.length > 0;
    }
    return true;
  }) as typeof parent.children;
}

/** Properties of the element that marks a range (an `id`, a `className`, `data-*`). */
export type MarkProperties = Record<string, string | string[]>;

/**
 * Wraps the characters [start, end) of a paragraph's text in a `<span>` with the given properties.
 * Text nodes are split at both ends; when an end falls inside a link or emphasis, that whole element is
 * included, so the mark never cuts an element in two. Returns false when the range cannot be wrapped.
 */
export function markRange(paragraph: Parent, start: number, end: number, properties: MarkProperties): boolean {
  splitAt(paragraph, end);
  splitAt(paragraph, start);
  const inside = paragraphText(paragraph).runs.filter(
    (run) => run.start >= start && run.end <= end && run.end > run.start,
  );
  const first = inside[0];
  const last = inside.at(-1);
  if (!first || !last) return false;
  // The deepest ancestor shared by both ends holds the contiguous run of children to wrap.
  let depth = 0;
  while (depth + 1 < first.path.length && first.path[depth + 1] === last.path[depth + 1]) depth++;
  const container = first.path[depth];
  if (!container) return false;
  const from = container.children.indexOf((first.path[depth + 1] ?? first.node) as never);
  const to = container.children.indexOf((last.path[depth + 1] ?? last.node) as never);
  if (from < 0 || to < from) return false;
  const mark = {
    type: 'emphasis',
    data: { hName: 'span', hProperties: properties },
    children: container.children.slice(from, to + 1) as PhrasingContent[],
  } satisfies PhrasingContent;
  container.children.splice(from, to - from + 1, mark as never);
  return true;
}

/** Splits the text node that straddles `offset`, so that a node boundary falls exactly there. */
function splitAt(paragraph: Parent, offset: number): void {
  const run = paragraphText(paragraph).runs.find((r) => r.start < offset && offset < r.end);
  if (!run) return;
  const parent = run.path.at(-1);
  if (!parent) return;
  const cut = offset - run.start;
  const tail: Text = { type: 'text', value: run.node.value.slice(cut) };
  run.node.value = run.node.value.slice(0, cut);
  parent.children.splice(parent.children.indexOf(run.node) + 1, 0, tail as never);
}
