// remark plugin: curly quotes, dashes and ellipses as remark-smartypants (Astro's `markdown.smartypants`) makes them
// (the same text on every corpus we have: see curlQuotes), at a fraction of its cost. remark-smartypants runs
// retext-smartypants twice: once over all the text for the quotes, then over every text node for dashes, ellipses and
// backticks, each time parsing the text into a tree of paragraphs, sentences and words and visiting every node of it.
// Here the quotes are decided on the flat list of tokens that retext's parser (parse-latin) makes, by
// retext-smartypants' own rules, looking only around each straight quote; and the second pass runs only on text that
// holds "--" or two dots with at most spaces between. Unlike remark-smartypants, two apostrophes are read as a double
// quotation mark that opens or closes by its place (`''The line is moving,'' he said.`, as old wire and NYT copy
// writes it), not as a closing mark wherever they stand: see doubleMarks.
import type { Nodes, Parents, Root } from 'mdast';
import { ParseLatin } from 'parse-latin';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** Dashes ("--" to an em dash) and ellipses ("..." and ". . ."); doubleMarks has already turned backticks and apostrophe pairs into quotes. */
const marks = retext().use(retextSmartypants, { quotes: false });

/** Text in which retext-smartypants finds a straight quote to curl. */
const hasStraightQuote = /["']/;
/** Text in which it may find a dash, an ellipsis or a backtick pair to replace (a superset: the pass then decides). */
const hasMarks = /--|\.\s*\./;

/** The nodes remark-smartypants reads: text, inline code (a stand-in of the same length) and blocks that start afresh. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

export function remarkSmartPunctuation() {
  return (tree: Root) => {
    const nodes: Nodes[] = [];
    let all = '';
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (!parent) return;
      if (node.type === 'text') node.value = doubleMarks(node.value);
      if (node.type === 'text' || node.type === 'inlineCode') {
        // Inline code is never changed, but stands in the text so that a quote after it is read in place.
        all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
        nodes.push(node);
      } else if (blocks.has(node.type)) {
        // A space before each block: a quote that opens a paragraph is an opening quote.
        all += ' ';
        nodes.push(node);
      }
    });
    if (hasStraightQuote.test(all)) all = curlQuotes(all);
    let start = 0;
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = all.slice(start, start + node.value.length);
        start += node.value.length;
        node.value = hasMarks.test(text) ? marks.processSync(text).toString() : text;
      } else {
        start += node.type === 'inlineCode' ? node.value.length : 1;
      }
    }
  };
}

/**
 * Old typewriter and wire copy writes a double quotation mark as two backticks or two apostrophes. Backticks only
 * open; two apostrophes become a straight `"`, which curlQuotes then opens or closes as the text around it says
 * (retext-smartypants would close every one, so `''Nobody asked us,'' Matos said.` opened with a closing mark and the
 * quotation was lost). Three apostrophes are a single mark beside a double one: closing `'"` after a word, else `"'`.
 */
export function doubleMarks(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text;
  return text
    .replace(/``/g, '“')
    .replace(/(^|.)'''/gsu, (_, before: string) =>
      before === '' || /[\s([{—–-]/u.test(before) ? `${before}"'` : `${before}'"`,
    )
    .replace(/''/g, '"');
}

/**
 * A token of parse-latin's: a run of word characters, of white space, or of one punctuation mark or symbol; `text` is
 * a run of word characters inside a word that parse-latin merged from several ("don't", "F.B.I.'s").
 */
interface Token {
  kind: 'word' | 'text' | 'space' | 'mark';
  value: string;
}

const latin = new ParseLatin();

/** Marks that parse-latin merges into a word when they stand alone between two words ("don't", "U.S", "e-mail"). */
const innerWordMark = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
/** Marks that end a sentence. */
const terminalMark = /^[!.?\u2026\u203D]+$/;
/** A word that carries on the sentence before it: parse-latin merges a sentence starting so back into the previous. */
const continuingWord = /^[\p{Ll}\d]/u;

function tokens(text: string): Token[] {
  return latin
    .tokenize(text)
    .map((node) =>
      node.type === 'WordNode'
        ? { kind: 'word', value: node.children.map((child) => ('value' in child ? child.value : '')).join('') }
        : { kind: node.type === 'WhiteSpaceNode' ? 'space' : 'mark', value: node.value },
    );
}

/** The end (exclusive) of the word parse-latin makes from the word token at `start`, with the marks and words it joins. */
function wordEnd(list: readonly Token[], start: number): number {
  let end = start + 1;
  for (;;) {
    let at = end;
    while (list[at]?.kind === 'mark' && innerWordMark.test(list[at]?.value ?? '')) at++;
    if (at === end || list[at]?.kind !== 'word') return end;
    end = at + 1;
  }
}

/** What a quote mark's rules read: its neighbour before, the one after (and its text), and the one after that. */
interface Siblings {
  previous: Token | undefined;
  next: Token | undefined;
  nextValue: string;
  afterNext: Token | undefined;
}

/**
 * The siblings of the quote mark at `at`, as parse-latin's tree has them: inside a merged word, the word's own parts;
 * otherwise whole words, and nothing after a quote that closes a sentence ("… authorities."We …).
 */
function siblingsOf(list: readonly Token[], words: ReadonlyMap<number, [number, number]>, at: number): Siblings {
  const word = words.get(at);
  if (word) {
    const [, end] = word;
    const part = (i: number): Token | undefined =>
      i < end
        ? { ...(list[i] as Token), kind: list[i]?.kind === 'word' ? 'text' : (list[i]?.kind ?? 'mark') }
        : undefined;
    const next = part(at + 1);
    return { previous: part(at - 1), next, nextValue: next?.value ?? '', afterNext: part(at + 2) };
  }
  let previous = list[at - 1];
  let next = list[at + 1];
  const nextEnd = next?.kind === 'word' ? (words.get(at + 1)?.[1] ?? at + 2) : at + 2;
  const nextValue = list
    .slice(at + 1, nextEnd)
    .map(({ value }) => value)
    .join('');
  // A quote stuck between a sentence's end and more text: parse-latin closes the sentence after the quote, unless the
  // text goes on in lower case; then a lone full stop joins the word before it (`ended."he` reads as `ended.` `"` `he`).
  if (
    previous?.kind === 'mark' &&
    !words.has(at - 1) &&
    terminalMark.test(previous.value) &&
    next &&
    next.kind !== 'space'
  ) {
    if (!(next.kind === 'word' && continuingWord.test(next.value))) next = undefined;
    else if (previous.value === '.' && list[at - 2]?.kind === 'word') previous = { kind: 'word', value: '.' };
  }
  return { previous, next, nextValue: next ? nextValue : '', afterNext: next ? list[nextEnd] : undefined };
}

/**
 * The text with its straight quotes curled as retext-smartypants' quote rules curl them (checked against it on the
 * seed, the fixtures, synthetic articles and 363 PolNeAR news articles).
 */
export function curlQuotes(text: string): string {
  const list = tokens(text);
  // Every token of a word parse-latin merges from several, with the word's start and end.
  const words = new Map<number, [number, number]>();
  for (let i = 0; i < list.length; i++) {
    if (list[i]?.kind !== 'word') continue;
    const end = wordEnd(list, i);
    if (end > i + 1) for (let j = i; j < end; j++) words.set(j, [i, end]);
    i = end - 1;
  }
  const curled = list.map(({ value }) => value);
  const open: Record<string, string> = { '"': '“', "'": '‘' };
  const close: Record<string, string> = { '"': '”', "'": '’' };
  for (let i = 0; i < list.length; i++) {
    const value = curled[i] as string;
    if (value !== '"' && value !== "'") continue;
    const { previous, next, nextValue, afterNext } = siblingsOf(list, words, i);
    if (next?.kind === 'mark' && afterNext?.kind !== 'word') curled[i] = close[value] as string;
    else if (next?.kind === 'mark' && (nextValue === '"' || nextValue === "'")) {
      // Double sets of quotes: `He said, "'Quoted' words in a larger quote."`
      curled[i] = open[value] as string;
      curled[++i] = open[nextValue] as string;
    } else if (next && /^\d\ds$/.test(nextValue))
      curled[i] = close[value] as string; // the '80s
    else if ((previous?.kind === 'space' || previous?.kind === 'mark') && next?.kind === 'word')
      curled[i] = open[value] as string;
    else if (previous && previous.kind !== 'space' && previous.kind !== 'mark') curled[i] = close[value] as string;
    else if (!next || next.kind === 'space' || (value === "'" && nextValue === 's')) curled[i] = close[value] as string;
    else curled[i] = open[value] as string;
  }
  return curled.join('');
}
