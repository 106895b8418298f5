// Which way an article's text runs: right-to-left for Urdu, Arabic, Persian, Hebrew…, from its language or its letters.

/** Languages written right to left (ISO 639 codes). Policy as data: add a line for another one. */
export const rtlLanguages: ReadonlySet<string> = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku-arab',
  'pa-arab',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** Scripts written right to left, as BCP 47 script subtags (`az-Arab`, `pa-Arab`). */
const rtlScripts = /^(?:arab|hebr|syrc|thaa|nkoo|adlm|rohg|samr|mand)$/i;

/** Letters are what has a strong direction for HTML's `dir="auto"`: digits and punctuation do not count. */
const letter = /\p{L}/u;
const rtlLetter =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/**
 * `rtl` or `ltr` for a text: its BCP 47 `lang` decides when given (a script subtag first, then the language),
 * otherwise its first strongly directional letter (default: `ltr`, also for text with no letters).
 */
export function textDirection(lang: string | undefined, text = ''): 'rtl' | 'ltr' {
  if (lang) {
    const [language = '', ...subtags] = lang.toLowerCase().split('-');
    const script = subtags.find((subtag) => subtag.length === 4);
    if (script) return rtlScripts.test(script) ? 'rtl' : 'ltr';
    return rtlLanguages.has(language) ? 'rtl' : 'ltr';
  }
  const first = letter.exec(text)?.[0];
  return first && rtlLetter.test(first) ? 'rtl' : 'ltr';
}
