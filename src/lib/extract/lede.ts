// Shortens an article's first paragraph to a lede for lists and link previews.

/** The text's first sentences, up to `limit` characters (default: 200), cut at a sentence end or else a word with "…". */
export function shortLede(text: string, limit = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit);
  const sentenceEnds = [...cut.matchAll(/[.!?]["”’]?(?=\s)/g)];
  const lastEnd = sentenceEnds.at(-1);
  // A sentence end in the first half would make a stub; a word cut reads better then.
  if (lastEnd && lastEnd.index + lastEnd[0].length > limit / 2) return cut.slice(0, lastEnd.index + lastEnd[0].length);
  return `${cut.replace(/\s+\S*$/, '')}…`;
}
