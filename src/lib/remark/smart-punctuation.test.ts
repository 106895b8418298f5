// remarkSmartPunctuation must curl as remark-smartypants, which Astro would otherwise run, does: same trees out, but for
// two apostrophes, which it reads as a double mark that opens or closes by its place (smartypants closes them all).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../../scripts/bench/synthetic-articles.ts';
import { doubleMarks, remarkSmartPunctuation } from './smart-punctuation.ts';

function curled(markdown: string, plugin: Plugin<[], Root>): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(plugin);
  return processor.runSync(processor.parse(markdown)) as Root;
}

function expectSameAsSmartypants(markdown: string): Root {
  const ours = curled(markdown, remarkSmartPunctuation);
  // Source positions differ where doubleMarks shortened the text it gave remark-smartypants.
  expect(withoutPositions(ours)).toEqual(
    withoutPositions(curled(doubleMarks(markdown), remarkSmartypants as Plugin<[], Root>)),
  );
  return ours;
}

function withoutPositions(root: Root): string {
  return JSON.stringify(root, (key, value: unknown) => (key === 'position' ? undefined : value));
}

const texts = (root: Root) => withoutPositions(root).match(/"value":"[^"]*"/g);

describe('remarkSmartPunctuation', () => {
  it('curls the seed article as remark-smartypants does', () => {
    const seed = join(
      import.meta.dirname,
      '../../../content/articles/2021/04/07/sergey-lavrov-arrived-in-islamabad-to-hold-bilateral-talks-with-shah-mahmood.md',
    );
    expectSameAsSmartypants(readFileSync(seed, 'utf8'));
  });

  it('curls the quote fixtures as remark-smartypants does', () => {
    const folder = join(import.meta.dirname, '../extract/fixtures/quotes');
    for (const name of readdirSync(folder))
      expectSameAsSmartypants(readFileSync(join(folder, name, 'input.txt'), 'utf8'));
  });

  it('curls 200 synthetic articles as remark-smartypants does', () => {
    for (const { text } of generateArticles({ n: 200, seed: 3 })) expectSameAsSmartypants(text);
  });

  it.each([
    ['dashes', 'War -- and peace --- again.', 'War — and peace --- again.'],
    ['an unspaced ellipsis', 'He paused... then went on.', 'He paused… then went on.'],
    ['a spaced ellipsis', 'He paused . . . then went on.', 'He paused … then went on.'],
    ['backtick quotes', "``Quoted,'' she said.", '“Quoted,” she said.'],
    ['quotes around emphasis and inline code', '"*Yes*," he said of `x` in the \'80s.', '“'],
    ['no straight quote at all', 'Plain text, nothing to curl.', 'Plain text, nothing to curl.'],
    [
      'a possessive after an initialism, inside the word it makes',
      "the F.B.I.'s review and Biden Jr.'s decision",
      'the F.B.I.’s review and Biden Jr.’s decision',
    ],
    [
      'a quote that closes a sentence with no space after it',
      'the authorities."We were deceived," she said; "in Spain."—Kim',
      'the authorities.”We were deceived,” she said; “in Spain.”—Kim',
    ],
    [
      'a quote after a full stop that the next word carries on',
      'It ended."he said it twice, or?"she did',
      'It ended.”he said it twice, or?“she did',
    ],
    ['nested quotes and decades', "He said, \"'Quoted' words in the '80s.\"", 'He said, “‘Quoted’ words in the ’80s.”'],
    [
      'two apostrophes that open and close a quotation',
      "''Nobody asked us,'' Matos said.",
      '“Nobody asked us,” Matos said.',
    ],
    [
      'two apostrophes around a single-quoted phrase',
      "''An ostrich 'head in the sand' approach,'' he said.",
      '“An ostrich ‘head in the sand’ approach,” he said.',
    ],
    [
      'three apostrophes: a single and a double mark',
      "''They called it 'the end''' and left; '''Tis,'' she said.",
      '“They called it ‘the end’” and left; “‘Tis,” she said.',
    ],
    ['a curly opening closed by two apostrophes', "“We will go,'' he said.", '“We will go,” he said.'],
    [
      'apostrophes inside and after words',
      "rock 'n' roll, the countries' leaders, don't",
      'rock ‘n’ roll, the countries’ leaders, don’t',
    ],
  ])('replaces %s as remark-smartypants does', (_, markdown, expected) => {
    const values = texts(expectSameAsSmartypants(markdown)) ?? [];
    expect(values.join('')).toContain(expected);
  });
});
