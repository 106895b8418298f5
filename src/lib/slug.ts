// Turns a headline into the URL slug an article is filed and published under.

export interface SlugOptions {
  /** Longest slug, in user-perceived characters (graphemes); a longer one is cut after the last word that fits (default: 80). */
  maxLength?: number;
  /** Slug used when the headline has no letters or digits at all (default: 'article'). */
  fallback?: string;
}

/**
 * Latin letters that Unicode does not decompose into a base letter plus a diacritic,
 * so stripping combining marks alone would drop them or leave them as they are.
 */
const latinLetterSpellings: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

// Everything but the characters the permalink check (content/permalink-check.ts) accepts in a slug separates words.
const nonSlugCharacters = /[^\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+/u;
// Apostrophes join ("Pakistan's" -> "pakistans") and so do the dots of an abbreviation ("U.S." -> "us").
const joiningPunctuation = /['’ʼ]|(?<=\p{L})\.(?=\p{L})/gu;

/**
 * The slug of a headline: lower-case words joined by `-`.
 * Latin letters lose their diacritics (`é` -> `e`, `ß` -> `ss`) so that English and European URLs stay ASCII;
 * letters of other scripts (Urdu, Arabic, Russian, Chinese…) are kept as they are, with their marks,
 * because transliterating them would be a guess and dropping them would leave no slug at all.
 * Browsers show such a URL in its own script and percent-encode it on the wire.
 */
export function slugify(headline: string, { maxLength = 80, fallback = 'article' }: SlugOptions = {}): string {
  const words = foldLatin(headline.toLowerCase())
    .replace(joiningPunctuation, '')
    .split(nonSlugCharacters)
    .filter(Boolean);
  return cutAtWord(words, maxLength) || fallback;
}

/** Strips the diacritics of Latin letters only: in Devanagari or Arabic the combining marks are part of the word. */
function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[ßæœøđðłþı]/g, (letter) => latinLetterSpellings[letter] ?? letter);
}

/** Joins words with `-` while they fit; a first word that is longer on its own is cut between graphemes. */
function cutAtWord(words: string[], maxLength: number): string {
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    // A string is never more graphemes than UTF-16 units: the common short case needs no segmenting.
    if (next.length > maxLength && graphemes(next).length > maxLength)
      return slug || graphemes(word).slice(0, maxLength).join('');
    slug = next;
  }
  return slug;
}

// One segmenter for the whole build: creating one costs far more than using it.
const graphemeSegmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), ({ segment }) => segment);
}
