// The first words of a text, to point at it rather than print it again (the "Who said what" list on an article page).

/** The first `words` words of `text` (default: 8), with "…" when some were left out; a trailing comma or colon goes. */
export function leadingWords(text: string, words = 8): string {
  const all = text.trim().split(/\s+/u);
  if (all.length <= words) return text.trim();
  return `${all
    .slice(0, words)
    .join(' ')
    .replace(/[,;:،؛]$/u, '')}…`;
}
