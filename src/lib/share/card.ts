// Share cards: the 1200x630 pictures that links preview with, laid out here as a list of rectangles and lines of text,
// and drawn to PNG by src/build/render-card.ts.
import { inkPalette } from './palette-png.ts';

/** Size of every share image: the 1.91:1 that Open Graph and X's large card crop to. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/** Colours of every card: the site's light palette. */
const theme = {
  background: '#fdfdfb',
  text: '#1b1b1b',
  muted: '#5a5a5a',
  accent: '#9b1c1c',
  rule: '#d8d6d0',
};

/** Every colour a card can show: its background, and each of its inks at the coverages of an anti-aliased edge. */
export const cardPalette = inkPalette(theme.background, [theme.text, theme.muted, theme.accent, theme.rule]);

/**
 * The font families for a text, in order. The renderer falls back along the list glyph by glyph, but its fallback
 * ignores the weight: so a text in Arabic script (Urdu too) names its own family first, to be set in the weight asked.
 */
export function fontStack(text: string): string[] {
  return /\p{Script=Arabic}/u.test(text)
    ? ['Noto Sans Arabic', 'Noto Sans', 'Noto Sans SC']
    : ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC'];
}

/** A filled rectangle of a card, in px. */
export interface CardRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** One line of a card's text at its baseline `y`, its left or right end at `x`. */
export interface CardLine {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  align: 'left' | 'right';
  size: number;
  weight: 400 | 700;
  families: string[];
  fill: string;
  /** Set right to left (Arabic script, Hebrew): the order of its words and marks. */
  rtl: boolean;
  /** The language, for the renderer's choice of glyph forms (Urdu and Arabic differ). */
  lang: string;
}

/** A whole card: what the renderer draws, in order, on the card's background; its JSON is the card's cache key. */
export interface CardDrawing {
  width: number;
  height: number;
  background: string;
  shapes: (CardRect | CardLine)[];
}

const rect = (x: number, y: number, width: number, height: number, fill: string): CardRect => ({
  kind: 'rect',
  x,
  y,
  width,
  height,
  fill,
});

/** Control characters (an entity such as &#1; in a headline) are nothing a reader should see drawn as a box. */
const withoutControls = (text: string) => text.replace(/[\p{Cc}]/gu, '');

const margin = 64;
const column = shareImageSize.width - 2 * margin;
const lineHeight = 1.22;

/**
 * Estimated advance of one character, in em of Noto Sans Bold: a little wide on purpose, so that a line judged
 * to fit really fits (the renderer's real metrics are not known while laying out).
 */
function charWidth(char: string): number {
  if (char === ' ') return 0.27;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(char))
    return 1.02;
  // Arabic vowel marks (U+064B-U+065F) sit on the letter before them: as narrow as a full stop.
  const code = char.codePointAt(0) ?? 0;
  if (/[.,;:!'’‘|ilj()]/u.test(char) || (code >= 0x64b && code <= 0x65f)) return 0.32;
  // Measured in Noto Sans Bold: Ш and Щ are the widest letters of the scripts we set, m and W close behind.
  if (/[ШЩ]/u.test(char)) return 1.07;
  if (/[WMmwЖЮФжшщюыфОO—]/u.test(char)) return 1;
  if (/\p{Script=Arabic}/u.test(char)) return 0.52;
  if (/[\p{Lu}\p{Nd}]/u.test(char)) return 0.72;
  return 0.62;
}

/** Estimated width of a run of text, in em. */
export function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Whether a text is written right to left, judged by its first letter (Arabic script, Hebrew, Syriac, Thaana). */
export function isRightToLeft(text: string): boolean {
  const firstLetter = /\p{L}/u.exec(text)?.[0] ?? '';
  return /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(firstLetter);
}

export interface Wrapped {
  lines: string[];
  /** True when the text did not fit in the lines allowed and the last line ends with an ellipsis. */
  truncated: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * ICU's word breaker for a language, made once per language (making one is slow: a card asks many times);
 * a tag ICU cannot take (well-formed but unknown) breaks as English does.
 */
function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Opening marks ("“", "(") that belong to the word after them, closing ones ("”", ",", ".") to the word before. */
const opening = /^[\p{Ps}\p{Pi}]+$/u;
const closing = /^[\p{Pe}\p{Pf}.,;:!?…،؛]+$/u;

/** The segmenter's words, with the punctuation that touches them glued on: a line never starts with "”" or ends with "“". */
function unbreakable(segments: readonly string[]): string[] {
  const units: string[] = [];
  let pending = '';
  for (const segment of segments) {
    const previous = units.at(-1);
    if (opening.test(segment)) pending += segment;
    else if (pending === '' && previous !== undefined && closing.test(segment) && !/\s$/u.test(previous))
      units[units.length - 1] = previous + segment;
    else {
      units.push(pending + segment);
      pending = '';
    }
  }
  // A mark left over at the end (the closing one of right-to-left text, written "“") goes with the last word.
  if (pending !== '') units.push(`${units.pop() ?? ''}${pending}`);
  return units;
}

/**
 * Breaks text into lines of at most `maxEm` em, at word boundaries as ICU finds them (so Chinese breaks
 * between words, not only at spaces); a word longer than a line is broken between characters. Past
 * `maxLines`, the last line is shortened to end in "…".
 */
export function wrapText(text: string, maxEm: number, maxLines: number, lang = 'en'): Wrapped {
  const segments = unbreakable(
    [...wordSegmenter(lang).segment(text.replace(/\s+/g, ' ').trim())].map(({ segment }) => segment),
  ).flatMap((segment) => (emWidth(segment) > maxEm ? [...segment] : [segment]));
  const lines: string[] = [];
  let current = '';
  for (const segment of segments) {
    const candidate = current + segment;
    if (current.trim() === '' || emWidth(candidate.trimEnd()) <= maxEm) {
      current = candidate;
    } else {
      lines.push(current.trimEnd());
      current = segment.trimStart();
    }
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = `${kept.pop() ?? ''} ${lines[maxLines] ?? ''}`;
  while (last.length > 0 && emWidth(`${last}…`) > maxEm) last = [...last].slice(0, -1).join('');
  return { lines: [...kept, `${last.trimEnd().replace(/[\s,;:.]+$/u, '')}…`], truncated: true };
}

interface TextBlock {
  text: string;
  /** Top of the block, in px. */
  top: number;
  /** Height the block may take, in px. */
  height: number;
  /** Font sizes to try, largest first: the largest at which the whole text fits wins. */
  sizes: readonly number[];
  weight: 400 | 700;
  fill: string;
  lang: string;
  /** Most lines at any size (default: as many as fit in `height`). */
  maxLines?: number;
}

export interface LaidOutBlock {
  lines: CardLine[];
  size: number;
  /** Bottom of the last line's box, in px. */
  bottom: number;
}

/** Sets a block of text in the card's column: picks the font size, wraps, aligns right for right-to-left text. */
export function textBlock({
  text,
  top,
  height,
  sizes,
  weight,
  fill,
  lang,
  maxLines = Infinity,
}: TextBlock): LaidOutBlock {
  const linesAt = (size: number) => Math.max(1, Math.min(maxLines, Math.floor(height / (size * lineHeight))));
  const clean = withoutControls(text);
  const size = sizes.find((s) => !wrapText(clean, column / s, linesAt(s), lang).truncated) ?? sizes.at(-1) ?? 40;
  const { lines } = wrapText(clean, column / size, linesAt(size), lang);
  const rtl = isRightToLeft(clean);
  const families = fontStack(clean);
  return {
    lines: lines.map((line, i) => ({
      kind: 'text',
      text: line,
      x: rtl ? margin + column : margin,
      y: Math.round(top + size * (0.95 + i * lineHeight)),
      align: rtl ? 'right' : 'left',
      size,
      weight,
      families,
      fill,
      rtl,
      lang,
    })),
    size,
    bottom: Math.round(top + size * lineHeight * lines.length),
  };
}

/** A one-line label at a baseline, left- or right-aligned, shortened with "…" when too long. */
function label(
  text: string,
  baseline: number,
  size: number,
  weight: 400 | 700,
  fill: string,
  {
    align = 'left',
    maxEm = column / size,
    lang = 'en',
  }: { align?: 'left' | 'right'; maxEm?: number; lang?: string } = {},
): CardLine {
  const [line = ''] = wrapText(withoutControls(text), maxEm, 1, lang).lines;
  return {
    kind: 'text',
    text: line,
    x: align === 'left' ? margin : margin + column,
    y: baseline,
    align,
    size,
    weight,
    families: fontStack(line),
    fill,
    rtl: false,
    lang,
  };
}

/** What every card shows around its content: the site's name and host, a top accent and a rule. */
interface Frame {
  siteName: string;
  /** The site's host ("dateline.example"), for readers who see only the picture. */
  host: string;
}

function card(frame: Frame, body: (CardRect | CardLine)[]): CardDrawing {
  const { width, height } = shareImageSize;
  return {
    width,
    height,
    background: theme.background,
    shapes: [
      rect(0, 0, width, 14, theme.accent),
      label(frame.siteName, 92, 40, 700, theme.accent, { maxEm: 14 }),
      label(frame.host, 92, 26, 400, theme.muted, { align: 'right', maxEm: 24 }),
      rect(margin, 122, column, 2, theme.rule),
      ...body,
    ],
  };
}

export interface ArticleCard extends Frame {
  headline: string;
  /** "Islamabad, April 7, 2021 (Reuters)". */
  dateline: string;
  /** Language of the headline, for line breaking (default: 'en'). */
  lang?: string | undefined;
}

/** An article's card: big headline (as large as it fits), the dateline under a rule. */
export function articleCardDrawing({ headline, dateline, lang = 'en', ...frame }: ArticleCard): CardDrawing {
  const block = textBlock({
    text: headline,
    top: 160,
    height: 360,
    sizes: [76, 68, 60, 54, 48, 42],
    weight: 700,
    fill: theme.text,
    lang,
  });
  return card(frame, [
    ...block.lines,
    rect(margin, 534, column, 2, theme.rule),
    label(dateline, 588, 32, 700, theme.muted, { lang }),
  ]);
}

export interface QuoteCard extends Frame {
  /** The quoted words, without quotation marks. */
  quote: string;
  /** Who said it ("Unattributed" when unknown). */
  speaker: string;
  headline: string;
  /** "April 7, 2021". */
  date: string;
  lang?: string | undefined;
}

/** A quote's card: the words in quotation marks, the speaker, and the article they come from. */
export function quoteCardDrawing({ quote, speaker, headline, date, lang = 'en', ...frame }: QuoteCard): CardDrawing {
  const text = isRightToLeft(quote) ? `”${quote}“` : `“${quote}”`;
  const block = textBlock({
    text,
    top: 156,
    height: 300,
    sizes: [60, 54, 48, 42, 36, 32],
    weight: 700,
    fill: theme.text,
    lang,
  });
  return card(frame, [
    ...block.lines,
    label(`— ${speaker}`, Math.min(block.bottom + 52, 508), 36, 700, theme.accent, { lang }),
    rect(margin, 534, column, 2, theme.rule),
    label(`${date} · ${headline}`, 588, 28, 400, theme.muted, { lang }),
  ]);
}

export interface SiteCard extends Frame {
  description: string;
}

/** The site-wide card, for pages without one of their own: name and description. */
export function siteCardDrawing({ description, ...frame }: SiteCard): CardDrawing {
  const name = textBlock({
    text: frame.siteName,
    top: 220,
    height: 130,
    sizes: [110],
    weight: 700,
    fill: theme.text,
    lang: 'en',
    maxLines: 1,
  });
  const about = textBlock({
    text: description,
    top: 380,
    height: 150,
    sizes: [44, 38],
    weight: 400,
    fill: theme.muted,
    lang: 'en',
  });
  return card(frame, [...name.lines, ...about.lines]);
}
