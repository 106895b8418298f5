// Photographs in the text, through the whole markdown pipeline: the figure pages replace, the text around it kept,
// and every way a photograph can be wrong failing the article at its line with the fix.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { photosOf, splitAtPhotos } from '../body-photos.ts';
import { markdownProcessor } from './pipeline.ts';
import { urlVectors } from '../../../tests/xss/vectors.ts';

const folder = mkdtempSync(join(tmpdir(), 'dateline-body-photos-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const article = join(folder, '2021', '04', '02', 'wharf.md');
mkdirSync(join(folder, '2021', '04', '02'), { recursive: true });
const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#369' } })
  .jpeg()
  .toBuffer();
writeFileSync(join(folder, '2021', '04', '02', 'piles.jpg'), jpeg);
writeFileSync(join(folder, '2021', '04', '02', 'my stall.jpg'), jpeg);
writeFileSync(join(folder, '2021', '04', '02', 'broken.jpg'), 'not a photograph');
writeFileSync(join(folder, '2021', '04', '02', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

const renderer = markdownProcessor().createRenderer({});
const render = async (body: string) =>
  (await renderer).render(`# Harbour board votes\n\n${body}`, { frontmatter: {}, fileURL: pathToFileURL(article) });
const pieces = (html: string) => splitAtPhotos(html).map((part) => ('html' in part ? part.html.trim() : part.photo));
const fileOf = (name: string) => relative(process.cwd(), join(folder, '2021', '04', '02', name));

/** The reason and line (of the body: the headline is lines 1-2) an article fails with. */
async function failure(body: string) {
  const printed = console.error;
  console.error = () => undefined; // Astro's renderer prints each failure; the build's loader reports it instead
  try {
    await render(body);
    return undefined;
  } catch (error) {
    const { reason, line } = error as { reason: string; line?: number };
    return { reason, line };
  } finally {
    console.error = printed;
  }
}

describe('a photograph in the text', () => {
  it('becomes a figure that pages replace, with its caption, between the paragraphs kept as they were', async () => {
    const { code, metadata } = await render(
      'WELLINGTON (Reuters) — The board voted.\n\n![Old "wooden" piles at low tide](./piles.jpg "The piles\' end: \\"soon\\"")\n\n"We waited," the mayor said.\n',
    );
    expect(pieces(code)).toEqual([
      '<p>The board voted.</p>',
      { file: fileOf('piles.jpg'), alt: 'Old "wooden" piles at low tide', caption: 'The piles’ end: “soon”' },
      '<p><span id="quote-1" class="quote-direct">“We waited,”</span> the mayor said.</p>',
    ]);
    // The caption is text of the stored body (the search index reads it), set as the article's own text is.
    expect(code).toContain('<figcaption>The piles’ end: “soon”</figcaption>');
    // Astro imports the file as it does every image of an entry's markdown.
    expect(metadata.localImagePaths).toEqual(['./piles.jpg']);
    const fields = metadata.frontmatter as { dateline: { place: string }; lede: string; quotes: { text: string }[] };
    expect(fields.dateline.place).toBe('Wellington');
    expect(fields.quotes.map((quote) => quote.text)).toEqual(['We waited,']);
  });

  it('is no paragraph of text: one that opens the article leaves the dateline and the lede to the first paragraph', async () => {
    const { code, metadata } = await render(
      '![Piles](./piles.jpg)\n\nWELLINGTON (Reuters) — The board voted on Thursday.\n',
    );
    expect(photosOf(code)).toEqual([{ file: fileOf('piles.jpg'), alt: 'Piles' }]);
    expect(metadata.frontmatter).toMatchObject({
      dateline: { place: 'Wellington', agency: 'Reuters' },
      lede: 'The board voted on Thursday.',
    });
  });

  it('may stand in a blockquote or a list item, be written as a reference, and have an escaped name', async () => {
    const { code } = await render(
      'Before.\n\n> ![A stall][stall]\n\n- ![Piles](./piles.jpg)\n\nAfter.\n\n[stall]: <./my stall.jpg> "The stall"\n',
    );
    expect(photosOf(code)).toEqual([
      { file: fileOf('my stall.jpg'), alt: 'A stall', caption: 'The stall' },
      { file: fileOf('piles.jpg'), alt: 'Piles' },
    ]);
    expect(code).toMatch(
      /^<p>Before.<\/p>\n<blockquote>\n<figure data-photo="[^"]+"><figcaption>The stall<\/figcaption><\/figure>\n<\/blockquote>\n<ul>\n<li>\n<figure data-photo="[^"]+"><\/figure>\n<\/li>\n<\/ul>\n<p>After.<\/p>$/,
    );
    expect(photosOf((await render('![Stall](./my%20stall.jpg)\n\nText.\n')).code)).toEqual([
      { file: fileOf('my stall.jpg'), alt: 'Stall' },
    ]);
  });

  it('cannot be forged by raw HTML: a figure or data-photo of the article stays sanitised markup', async () => {
    const forged = `<figure data-photo="${encodeURIComponent(JSON.stringify({ file: '/etc/passwd.jpg', alt: 'x' }))}"><img src="./piles.jpg" alt="y"></figure>`;
    const { code } = await render(`Text.\n\n${forged}\n\n<figure><figcaption>A raw figure</figcaption></figure>\n`);
    expect(photosOf(code)).toEqual([]);
    expect(code).not.toContain('data-photo');
  });

  it("leaves an image of the site's own files (the public folder) as it is", async () => {
    const { code } = await render('A map: ![A map of the region](/favicon.svg)\n');
    expect(code).toBe('<p>A map: <img src="/favicon.svg" alt="A map of the region"></p>');
  });
});

describe('a photograph in the text that cannot be published fails the article at its line, saying how to fix it', () => {
  it('on another site', async () => {
    for (const url of ['https://tracker.example/p.jpg', '//cdn.example/p.jpg', 'data:image/png;base64,iVBORw0KGgo=']) {
      expect(await failure(`Text.\n\n![A photograph](${url})\n`)).toEqual({
        reason: `the photograph "${url}" is on another site: download it and put it beside the article ("./photo.jpg"): a remote image would tell its host who reads the page, and the site's Content Security Policy blocks it anyway`,
        line: 5,
      });
    }
  });

  it("with any URL of the security tests' vectors, inline or by reference: the article is never published", async () => {
    for (const vector of urlVectors) {
      const url = `<${vector.replace(/[\r\n]/g, ' ').replace(/[<>\\]/g, (c) => `\\${c}`)}>`;
      expect(await failure(`Text.\n\n![A photograph](${url})\n`), vector).toMatchObject({ line: 5 });
      expect(await failure(`Text.\n\n![A photograph][r]\n\n[r]: ${url}\n`), vector).toMatchObject({ line: 5 });
    }
  });

  it('missing, in another format, unreadable, or of the site but not there', async () => {
    expect(await failure('Text.\n\n![Gone](./gone.jpg)\n')).toEqual({
      reason: `the photograph "./gone.jpg" is not there (no file ${join(folder, '2021', '04', '02', 'gone.jpg')}): put it beside the article or correct the name`,
      line: 5,
    });
    expect((await failure('![A chart](./chart.svg)\n\nText.\n'))?.reason).toBe(
      'the photograph "./chart.svg" is not a JPEG, PNG, WebP or AVIF file (its name ends in ".svg"): export it as JPEG',
    );
    expect((await failure('Text.\n\n![Broken](./broken.jpg)\n'))?.reason).toMatch(
      /^the photograph "\.\/broken\.jpg" cannot be read as an image \(.+\): the file is damaged or not a photograph; export it again as JPEG$/,
    );
    expect((await failure('Text.\n\n![A map](/maps/gone.svg)\n'))?.reason).toBe(
      `the image "/maps/gone.svg" is not among the site's files (no file ${join(process.cwd(), 'public', 'maps', 'gone.svg')}): for a photograph, put it beside the article and write "./gone.svg"`,
    );
  });

  it('without a description', async () => {
    expect(await failure('Text.\n\n![](./piles.jpg "Piles")\n')).toEqual({
      reason:
        'the image "./piles.jpg" has no description: write what it shows between the brackets, as in ![Reporters outside the ministry](./piles.jpg), for readers who cannot see it',
      line: 5,
    });
    expect((await failure('Text.\n\n![ ](/favicon.svg)\n'))?.reason).toMatch(
      /^the image "\/favicon\.svg" has no description/,
    );
  });

  it('inside a line of text, a link or a heading', async () => {
    const inside =
      'the photograph "./piles.jpg" stands inside a line of text or a link: give it a paragraph of its own, with a blank line before and after it, where it is to appear between the paragraphs';
    expect(await failure('Text.\n\nThe piles ![Piles](./piles.jpg) come out first.\n')).toEqual({
      reason: inside,
      line: 5,
    });
    expect(await failure('Text.\n\n[![Piles](./piles.jpg)](https://example.org/)\n')).toEqual({
      reason: inside,
      line: 5,
    });
    expect(await failure('Text.\n\n## ![Piles](./piles.jpg)\n')).toEqual({ reason: inside, line: 5 });
  });
});
