// rehype plugins: raw HTML must not silently swallow the article's own text (an unclosed comment or tag eats
// everything after it); the copy is noted before the HTML is parsed and looked for after.
import type { Root, Text } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const noted = new WeakMap<VFile, string[]>();

/** CommonMark's HTML blocks that run to their end marker, or to the end of the document when it never comes. */
const blocksToEnd: ReadonlyArray<{ start: RegExp; end: RegExp }> = [
  { start: /^<(?:script|pre|style|textarea)(?:\s|>|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^<!--/, end: /-->/ },
  { start: /^<\?/, end: /\?>/ },
  { start: /^<!\[CDATA\[/, end: /\]\]>/ },
  { start: /^<![A-Za-z]/, end: />/ },
];

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The runs of text (between tags) of the paragraphs that an HTML block took in because it never reached its end
 * marker (an unclosed `<script>` or comment runs to the end of the article): copy that must still be text once
 * the HTML is parsed.
 */
export function textSwallowedByBlock(html: string): string[] {
  const blank = /\n[ \t]*\n/.exec(html);
  const block = blocksToEnd.find(({ start }) => start.test(html));
  if (!blank || !block || block.end.test(html)) return [];
  return html
    .slice(blank.index)
    .replace(/<[^>]*>/g, '\n')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (ref, dec?: string, hex?: string, name?: string) =>
      dec || hex ? String.fromCodePoint(Number.parseInt(dec ?? hex ?? '', dec ? 10 : 16)) : (entities[name ?? ''] ?? ref),
    )
    .split(/\s*\n\s*/)
    .filter(Boolean);
}

/** Runs before rehype-raw: notes every run of the article's own text, and the text an unclosed HTML block took in. */
export function rehypeNoteText() {
  return (tree: Root, file: VFile) => {
    const texts: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'text') {
        const value = (node as Text).value.trim();
        if (value) texts.push(value);
      } else if (node.type === 'raw') {
        texts.push(...textSwallowedByBlock((node as Raw).value));
      }
    });
    noted.set(file, texts);
  };
}

/** The runs of `texts` that appear nowhere in `parsed` (the text of the tree after raw HTML was parsed). */
export function lostTexts(texts: readonly string[], parsed: string): string[] {
  return texts.filter((value) => !parsed.includes(value));
}

/**
 * Runs after rehype-raw, before sanitize: fails the article when text it had before is gone, which happens only when
 * raw HTML leaves a comment, a tag or an attribute open. Text inside a raw `<script>` or `<style>` still counts as
 * kept here: sanitize removes that on purpose.
 */
export function rehypeCheckKeptText() {
  return (tree: Root, file: VFile) => {
    let parsed = '';
    // A <template>'s children live in a fragment of their own, which sanitize drops: only a script or style in it
    // (dropped on purpose anyway) keeps its text there.
    const collect = (root: Root, inTemplate: boolean) =>
      visit(root, (node, _, parent) => {
        const inCode = parent?.type === 'element' && (parent.tagName === 'script' || parent.tagName === 'style');
        if (node.type === 'text' && (!inTemplate || inCode)) parsed += `${node.value}\n`;
        else if (node.type === 'element' && node.content) collect(node.content, true);
      });
    collect(tree, false);
    const lost = lostTexts(noted.get(file) ?? [], parsed);
    if (lost.length === 0) return;
    const quoted = lost.join(' ');
    file.fail(
      `raw HTML swallows the text after it, which would vanish ("${quoted.length > 80 ? `${quoted.slice(0, 80)}…` : quoted}"): ` +
        'an HTML comment, tag or attribute before it is never closed: close it, or write the HTML as text',
    );
  };
}
