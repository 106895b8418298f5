// Writes the XSS corpus into article files, each vector in every place an article's text reaches the page,
// with safe marker words around it, and says which page shows what.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { controlCharacter } from '../../src/lib/content/input-checks.ts';
import { parseCalendarDate, type CalendarDate } from '../../src/lib/dates.ts';
import { articleJsonPath, articlePath } from '../../src/lib/paths.ts';
import { htmlVectors, urlVectors, type Family } from './vectors.ts';

/** One generated article page and what must survive on it. */
export interface XssPage {
  /** Site path of the article page. */
  path: string;
  /** Site path of its JSON twin. */
  jsonPath: string;
  /** Where the vector was placed. */
  placement: 'body, headline, front matter, quote' | 'title' | 'link and image URLs';
  family: Family | 'url';
  /** A marker word of the headline, which the JSON twin must carry too. */
  headlineMarker: string;
  vector: string;
  /** Marker words placed around the vector that the page must still show as text. */
  safeTexts: string[];
  /** Marker words that must appear in the page's meta description. */
  safeDescription: string[];
}

/**
 * The loader refuses a file holding a raw control character (the broken-input test shows it), so those go in as
 * character references, which an HTML parser decodes to the same character inside raw markup and attributes.
 */
const controlsAsReferences = (unsafe: string) =>
  unsafe.replace(new RegExp(controlCharacter.source, 'g'), (c) => `&#${c.charCodeAt(0)};`);

/** `&`, `<`, `>` as entities: the vector then reaches markdown as text, not markup (as pasted wire copy would). */
const asText = (unsafe: string) => unsafe.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const oneLine = (unsafe: string) => unsafe.replace(/[\r\n]+/g, ' ');
/** JSON strings are YAML double-quoted scalars, so any vector goes into front matter intact. */
const yamlString = (unsafe: string) => JSON.stringify(unsafe);
/** A CommonMark `<…>` link destination: only `<`, `>`, `\` and line breaks need escaping there. */
const destination = (unsafe: string) => `<${oneLine(unsafe).replace(/[<>\\]/g, (c) => `\\${c}`)}>`;

function dayAfter(start: string, days: number): CalendarDate {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  const parsed = parseCalendarDate(date.toISOString().slice(0, 10));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

function write(dir: string, slug: string, date: CalendarDate, text: string): Pick<XssPage, 'path' | 'jsonPath'> {
  writeFileSync(join(dir, `${slug}.md`), text);
  return { path: articlePath({ date, slug }), jsonPath: articleJsonPath({ date, slug }) };
}

/** A URL that closes the double-quoted attribute it is written into and opens markup of its own. */
const breaksOut = (unsafeUrl: string) => /"\s*>/.test(unsafeUrl);

const isoOf = ({ year, month, day }: CalendarDate) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Writes one article per vector and placement into `dir` (created if missing); returns the pages to check.
 * The body placements are the newest articles, so that they are the ones the feeds carry.
 */
export function writeXssArticles(dir: string): XssPage[] {
  mkdirSync(dir, { recursive: true });
  const pages: XssPage[] = [];
  htmlVectors.forEach(({ family, unsafeHtml: vector }, i) => {
    const unsafeHtml = controlsAsReferences(vector);
    const n = `v${i}`;
    const date = dayAfter('2020-01-01', i);
    const body = [
      '---',
      `date: ${isoOf(date)}`,
      `summary: ${yamlString(`${n}summary ${unsafeHtml}`)}`,
      `byline: ${yamlString(`${n}byline ${unsafeHtml}`)}`,
      `place: ${yamlString(`${n}place ${unsafeHtml}`)}`,
      '---',
      '',
      `# ${n}head ${oneLine(unsafeHtml)}`,
      '',
      `${n}before opens the article.`,
      '',
      unsafeHtml,
      '',
      `Inline ${n}inline ${oneLine(unsafeHtml)} ${n}tail ends here.`,
      '',
      `"The words ${n}quote ${asText(oneLine(unsafeHtml))} were said," said ${asText(oneLine(unsafeHtml))} Ahmed Khan.`,
      '',
      `The last paragraph ${n}after closes it.`,
      '',
    ].join('\n');
    pages.push({
      ...write(dir, `xss-${n}`, date, body),
      placement: 'body, headline, front matter, quote',
      headlineMarker: `${n}head`,
      family,
      vector: unsafeHtml,
      safeTexts: [
        `${n}head`,
        `${n}before`,
        `${n}inline`,
        `${n}tail`,
        `${n}quote`,
        `${n}after`,
        `${n}byline`,
        `${n}place`,
      ],
      safeDescription: [`${n}summary`],
    });

    const titled = dayAfter('2019-01-01', i);
    const titleText = [
      '---',
      `date: ${isoOf(titled)}`,
      `title: ${yamlString(`${n}title ${unsafeHtml}`)}`,
      '---',
      '',
      `${n}titlebody is the body.`,
      '',
    ];
    pages.push({
      ...write(dir, `xss-title-${n}`, titled, titleText.join('\n')),
      placement: 'title',
      headlineMarker: `${n}title`,
      family,
      vector: unsafeHtml,
      safeTexts: [`${n}title`, `${n}titlebody`],
      safeDescription: [`${n}titlebody`],
    });
  });
  urlVectors.forEach((vector, i) => {
    const unsafeUrl = controlsAsReferences(vector);
    const n = `u${i}`;
    const date = dayAfter('2018-01-01', i);
    const url = destination(unsafeUrl);
    const body = [
      '---',
      `date: ${isoOf(date)}`,
      '---',
      '',
      `# URL vector ${i}`,
      '',
      // No markdown image: one with any of these URLs fails its article (src/lib/remark/photos.test.ts).
      `${n}before [${n}link](${url}) ${n}mid ${n}after.`,
      '',
      `A reference [${n}ref][r].`,
      '',
      `[r]: ${url}`,
      '',
      // A URL that ends the attribute ("><script>…) leaves `">` and the link text as text among raw tags, where they do
      // not reach the page: the build refuses that article (src/lib/remark/raw-html.ts), so it gets no raw HTML line.
      breaksOut(unsafeUrl)
        ? `${n}raw ${n}end`
        : `<a href="${unsafeUrl}">${n}raw</a> <img src="${unsafeUrl}" alt="${n}rawimg"> ${n}end`,
      '',
    ].join('\n');
    pages.push({
      ...write(dir, `xss-url-${n}`, date, body),
      placement: 'link and image URLs',
      headlineMarker: `URL vector ${i}`,
      family: 'url',
      vector: unsafeUrl,
      safeTexts: [`${n}before`, `${n}link`, `${n}mid`, `${n}after`, `${n}ref`, `${n}raw`, `${n}end`],
      safeDescription: [`${n}before`],
    });
  });
  return pages;
}
