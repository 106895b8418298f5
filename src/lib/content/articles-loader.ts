// The articles collection's loader: Astro's glob() loader, plus the checks that make bad input fail the build loudly.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { parseCalendarDate } from '../dates.ts';
import { checkPermalinks } from './permalink-check.ts';

export interface ArticlesLoaderOptions {
  /** Folder of the markdown articles, relative to the project root (default: 'content/articles'). */
  base?: string;
}

/**
 * glob() only logs an article it failed to render (and keeps it without HTML); this loader collects those
 * messages and fails the build with all of them, each naming its file.
 */
export function articlesLoader({ base = 'content/articles' }: ArticlesLoaderOptions = {}): Loader {
  const inner = glob({ pattern: '**/*.md', base, retainBody: false });
  return {
    name: 'dateline-articles',
    async load(context) {
      const problems: string[] = [];
      await inner.load({ ...context, logger: collectingErrors(context.logger, problems) });
      const root = new URL('.', context.config.root);
      for (const entry of context.store.values()) {
        if (!entry.filePath) continue;
        if (!entry.rendered) problems.push(`${entry.filePath}: the article could not be rendered (see the error above)`);
        const raw = await readFile(join(root.pathname, entry.filePath), 'utf8');
        problems.push(...checkRawDates(entry.filePath, raw));
      }
      problems.push(...checkPermalinks(context.store.values()));
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) in ${base}:\n- ${problems.join('\n- ')}`);
      }
    },
  };
}

function collectingErrors(logger: LoaderContext['logger'], problems: string[]): LoaderContext['logger'] {
  const wrapped = Object.create(logger) as LoaderContext['logger'];
  wrapped.error = (message: string) => {
    problems.push(message);
    logger.error(message);
  };
  return wrapped;
}

const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;
const dateField = /^(date|updated):[ \t]*["']?([^"'\s#]*)/gm;

/** YAML silently rolls an impossible unquoted date (2021-02-30) over to another day: read the raw text instead. */
export function checkRawDates(filePath: string, raw: string): string[] {
  const yaml = frontMatter.exec(raw)?.[1] ?? '';
  const problems: string[] = [];
  for (const [, field, value = ''] of yaml.matchAll(dateField)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) continue; // other shapes are refused by the schema with its own message
    const parsed = parseCalendarDate(value);
    if ('error' in parsed) problems.push(`${filePath}: ${field}: ${parsed.error}; write a calendar date YYYY-MM-DD`);
  }
  return problems;
}
