// Finds the quoted spans of one paragraph, whatever marks the copy uses.
//
// Copy arrives curled (“ ”), raw (" and two apostrophes, as old wire and NYT copy writes them), mixed ("…''), or in
// another language's marks (« », „ “, » «, 「 」). Which mark may close which is data (QUOTE_PAIRS). Single marks
// (‘ ’) quote only where no double marks enclose them, as British copy writes quotations: an apostrophe (don’t,
// the players’ union) is never a quotation mark. Pairing restarts in every paragraph, so one stray mark costs at
// most the rest of its own paragraph.

/** A quoted span of a paragraph. Offsets are UTF-16, `end` exclusive. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark, or the paragraph's length when the quote runs on. */
  end: number;
  /** Offset of the first quoted character. */
  innerStart: number;
  /** Offset just past the last quoted character. */
  innerEnd: number;
  /** False when the paragraph ends inside the quote (it continues in the next paragraph). */
  closed: boolean;
}

/** English-family double marks: any of them may close any other ("…'' as in the seed). */
const DOUBLE = ['"', "''", '’’', '‘‘', '‘’', '”'];

/**
 * Each opening mark and the marks that close it. Marks of another family inside guillemets or corner brackets are
 * nested quotations; inside an English-family quotation a second opening mark means the first lost its closing one.
 */
export const QUOTE_PAIRS: Readonly<Record<string, readonly string[]>> = {
  '“': DOUBLE,
  '"': DOUBLE,
  "''": DOUBLE,
  '’’': DOUBLE,
  '‘‘': DOUBLE,
  '‘’': DOUBLE,
  '``': DOUBLE,
  '‟': DOUBLE,
  // German „…“, Polish and Hungarian „…”.
  '„': ['“', ...DOUBLE],
  // French and Russian «…», German »…«, Swedish »…».
  '«': ['»'],
  '»': ['«', '»'],
  '「': ['」'],
  '『': ['』'],
};

/** Marks that only ever open. `"` and two apostrophes open or close by their place; `»` opens only where no quote is open. */
const ALWAYS_OPENS = new Set(['“', '„', '‟', '«', '``', '「', '『']);
const ALWAYS_CLOSES = new Set(['”', '»', '」', '』']);
/** Families whose quotations hold others: inside them a mark of another family neither closes nor restarts. */
const NESTING = new Set(['«', '»', '「', '『']);

const MARK = /``|''|’’|‘‘|‘’|["“”„‟«»「」『』]/g;
const BEFORE_OPEN = /[\s([{—–\-/]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-…]/;

interface Mark {
  index: number;
  text: string;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

// A mark opens after a space or bracket and before a word; it closes after a word and before a space or punctuation.
function canOpen(paragraph: string, index: number, length: number): boolean {
  const before = paragraph[index - 1];
  return (before === undefined || BEFORE_OPEN.test(before)) && !isSpace(paragraph[index + length]);
}

function canClose(paragraph: string, index: number, length: number): boolean {
  const after = paragraph[index + length];
  return (
    !isSpace(paragraph[index - 1]) && (after === undefined || AFTER_CLOSE.test(after) || /["”’'»«」』“]/.test(after))
  );
}

function span(open: Mark, close: Mark | undefined, paragraph: string): QuoteSpan {
  const innerStart = open.index + open.text.length;
  if (close === undefined)
    return { start: open.index, end: paragraph.length, innerStart, innerEnd: paragraph.length, closed: false };
  return { start: open.index, end: close.index + close.text.length, innerStart, innerEnd: close.index, closed: true };
}

/**
 * The quoted spans of `paragraph`, in order; the last one may be left open (`closed: false`). With `singles`, spans in
 * single marks outside double ones count too: set it for copy that quotes with single marks (quotingMarks).
 */
export function findQuoteSpans(paragraph: string, singles = false): QuoteSpan[] {
  const doubles = doubleSpans(paragraph);
  return singles ? [...doubles, ...singleSpans(paragraph, doubles)].sort((a, b) => a.start - b.start) : doubles;
}

/**
 * Whether an article quotes with single marks, as British copy does (‘We will win,’ she said): it has more spans in
 * single marks outside double ones than in double marks. American copy uses single marks outside doubles only for
 * titles and imagined words (‘Who cares?’), rarely enough to lose to its double quotations.
 */
export function quotesWithSingleMarks(paragraphs: readonly string[]): boolean {
  let doubles = 0;
  let singles = 0;
  for (const paragraph of paragraphs) {
    const spans = doubleSpans(paragraph);
    doubles += spans.length;
    singles += singleSpans(paragraph, spans).length;
  }
  return singles > doubles;
}

type Role = 'open' | 'close' | 'either';

// Curly marks carry their direction; straight marks and apostrophe pairs get it from their place, and when both or
// neither place fits, the pairing state decides.
function roleOf(paragraph: string, mark: Mark): Role {
  if (ALWAYS_OPENS.has(mark.text)) return 'open';
  if (ALWAYS_CLOSES.has(mark.text)) return 'close';
  const opens = canOpen(paragraph, mark.index, mark.text.length);
  const closes = canClose(paragraph, mark.index, mark.text.length);
  return opens === closes ? 'either' : opens ? 'open' : 'close';
}

function doubleSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Mark | undefined;
  for (const m of paragraph.matchAll(MARK)) {
    const mark = { index: m.index, text: m[0] };
    const role = roleOf(paragraph, mark);
    if (open === undefined) {
      // A mark that can only close, with nothing open, is a stray: skip it and keep the pairing in sync. German
      // copy opens with », where it stands before a word.
      const opens =
        mark.text === '»' ? canOpen(paragraph, mark.index, 1) : role !== 'close' && mark.text in QUOTE_PAIRS;
      if (opens) open = mark;
    } else if (QUOTE_PAIRS[open.text]!.includes(mark.text) && (role !== 'open' || ALWAYS_OPENS.has(mark.text))) {
      spans.push(span(open, mark, paragraph));
      open = undefined;
    } else if (role === 'open' && !NESTING.has(open.text)) {
      // Two openings in a row: the first lost its closing mark; restart from the second.
      open = mark;
    }
  }
  if (open !== undefined) spans.push(span(open, undefined, paragraph));
  return spans;
}

const SINGLE_OPEN = /[‘']/g;
// A closing single mark ends a quotation when punctuation comes before it (‘We will win,’) or after it (‘a start’.);
// otherwise it may be an apostrophe ending a word (the players’ union), tried only when nothing better follows.
const SINGLE_CLOSE = /(?<=\S)[’'](?![\p{L}\p{N}])/gu;

// British copy quotes with single marks: ‘We will win,’ she said. Only outside double quotations, where single marks
// are the nested ones.
function singleSpans(paragraph: string, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const inside = (i: number): boolean => doubles.some((s) => i >= s.start && i < s.end);
  const closers = [...paragraph.matchAll(SINGLE_CLOSE)].map((m) => m.index).filter((i) => !inside(i));
  const spans: QuoteSpan[] = [];
  let from = 0;
  for (const m of paragraph.matchAll(SINGLE_OPEN)) {
    if (
      m.index < from ||
      inside(m.index) ||
      !canOpen(paragraph, m.index, 1) ||
      !/[\p{L}\p{N}]/u.test(paragraph[m.index + 1] ?? '')
    )
      continue;
    const later = closers.filter((i) => i > m.index + 1 && !doubles.some((s) => s.start > m.index && s.start < i));
    const close =
      later.find(
        (i) => /[.,!?…]/u.test(paragraph[i - 1]!) || /^(?:$|[.,;:!?)—–])/u.test(paragraph.slice(i + 1, i + 2)),
      ) ?? later[0];
    const open = { index: m.index, text: m[0] };
    // Without a closing mark it runs on only from the start of the paragraph (a quotation continued below).
    if (close === undefined && paragraph.slice(0, m.index).trim() !== '') continue;
    spans.push(span(open, close === undefined ? undefined : { index: close, text: paragraph[close]! }, paragraph));
    from = close === undefined ? paragraph.length : close + 1;
  }
  return spans;
}
