// Finds the spans enclosed in double quotation marks in one paragraph, whatever marks the copy uses.
//
// Copy arrives curled by smartypants (“ ”), raw (" and NYT-style '' … ''), or mixed ("…'' in one quote);
// so any double mark may close any other. Single marks (’ in don’t, 'head in the sand' nested in a
// quote) are never top-level marks. Pairing restarts in every paragraph, so one stray mark costs at
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

type Role = 'open' | 'close' | 'either';

interface Mark {
  index: number;
  length: number;
  role: Role;
}

// Curly marks carry their direction; straight and doubled-apostrophe marks get it from context.
const FIXED_ROLE: Readonly<Record<string, Role>> = {
  '“': 'open', '„': 'open', '‟': 'open', '«': 'open', '``': 'open',
  '”': 'close', '»': 'close',
  '"': 'either', "''": 'either', '’’': 'either', '‘‘': 'either', '‘’': 'either',
};

const MARK = /``|''|’’|‘‘|‘’|["“”„‟«»]/g;
const BEFORE_OPEN = /[\s([{—–\-/]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-…]/;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function findMarks(paragraph: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of paragraph.matchAll(MARK)) {
    marks.push({ index: m.index, length: m[0].length, role: FIXED_ROLE[m[0]] ?? 'either' });
  }
  return marks;
}

// A contextual mark opens after a space or bracket and before a word; it closes after a word and
// before a space or punctuation. When both or neither hold, the pairing state decides.
function contextRole(paragraph: string, mark: Mark): Role {
  const before = paragraph[mark.index - 1];
  const after = paragraph[mark.index + mark.length];
  const canOpen = (before === undefined || BEFORE_OPEN.test(before)) && !isSpace(after);
  const canClose = !isSpace(before) && (after === undefined || AFTER_CLOSE.test(after) || /["”’']/.test(after));
  if (canOpen && !canClose) return 'open';
  if (canClose && !canOpen) return 'close';
  return 'either';
}

/** The quoted spans of `paragraph`, in order; the last one may be left open (`closed: false`). */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: Mark | undefined;
  for (const mark of findMarks(paragraph)) {
    const role = mark.role === 'either' ? contextRole(paragraph, mark) : mark.role;
    if (open === undefined) {
      // A mark that can only close, with nothing open, is a stray: skip it and keep the pairing in sync.
      if (role !== 'close') open = mark;
    } else if (role === 'open') {
      // Two openings in a row: the first lost its closing mark; restart from the second.
      open = mark;
    } else {
      spans.push({
        start: open.index,
        end: mark.index + mark.length,
        innerStart: open.index + open.length,
        innerEnd: mark.index,
        closed: true,
      });
      open = undefined;
    }
  }
  if (open !== undefined) {
    spans.push({
      start: open.index,
      end: paragraph.length,
      innerStart: open.index + open.length,
      innerEnd: paragraph.length,
      closed: false,
    });
  }
  return spans;
}
