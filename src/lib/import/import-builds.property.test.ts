// The importer and the build agree: any raw file the importer files as an article is one the build publishes. Random
// raw files (markup, markdown syntax, control characters, scripts of every direction) go through the importer's
// parse and conversion, then through every check the build's loader makes and the article pipeline; fast-check
// shrinks a failure to its smallest file. (tests/e2e/import-build.test.ts builds a sample of them with astro build.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../content/article-schema.ts';
import { checkControlCharacters, checkRawDates } from '../content/input-checks.ts';
import { checkPermalinks } from '../content/permalink-check.ts';
import { dayPath } from '../paths.ts';
import { markdownProcessor } from '../remark/pipeline.ts';
import { slugify } from '../slug.ts';
import { parseRawArticle } from './raw-article.ts';
import { articleToMarkdown } from './to-markdown.ts';
import { rawFile } from '../../../tests/fixtures/raw-files.ts';

const renderer = markdownProcessor().createRenderer({});

/** Every problem the build's loader would report about the imported markdown (empty: it publishes). */
async function buildProblems(markdown: string, path: string): Promise<string[]> {
  const problems = [
    ...checkControlCharacters(markdown).map(({ message }) => message),
    ...checkRawDates(markdown).map(({ message }) => message),
  ];
  const date = /^date: (.*)$/m.exec(markdown)?.[1] ?? '';
  const schema = articleSchema().safeParse({ date });
  if (!schema.success) problems.push(schema.error.message);
  problems.push(...checkPermalinks([{ id: path, filePath: path, data: { date } }]).map(({ message }) => message));
  const printError = console.error;
  console.error = () => undefined; // Astro's renderer prints each failure; the build's loader reports it instead
  try {
    await (await renderer).render(markdown.replace(/^---[\s\S]*?\n---\n/, ''), { frontmatter: {} });
  } catch (error) {
    problems.push((error as { reason?: string }).reason ?? String(error));
  } finally {
    console.error = printError;
  }
  return problems;
}

describe('an imported raw file', () => {
  it('is one the build publishes (300 generated files)', async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(rawFile, async (raw) => {
        const article = parseRawArticle(new TextEncoder().encode(raw));
        if ('error' in article) return;
        imported += 1;
        const { year, month, day } = article.date;
        const path = `content/articles/${dayPath(year, month, day).replace(/^\//, '')}/${slugify(article.headline)}.md`;
        expect(await buildProblems(articleToMarkdown(article), path)).toEqual([]);
      }),
      { numRuns: 300, seed: Number(process.env['FC_SEED'] ?? 15) },
    );
    expect(imported).toBeGreaterThan(250);
  }, 120_000);
});
