// The articles collection's loader: Astro's glob() loader, plus the checks that make bad input fail the build loudly.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleFields, articleSchema } from './article-schema.ts';
import { checkedEntryType, type EntryType } from './checked-entry-type.ts';
import { ContentProblemsError, problemsReport, publishProblems } from './content-problems.ts';
import { describeSchemaIssues } from './input-checks.ts';
import { checkPermalinks } from './permalink-check.ts';
import { photoProblem } from './photo-check.ts';
import { ProblemList } from './problem-list.ts';
import { buildDay, isScheduled } from './publication.ts';
import { referenceChecker } from './reference-checks.ts';
import { closeRenderWorkers } from '../../build/parallel-render.ts';
import { forgetEntriesWithoutBodies, pruneUnstoredBodies } from '../../build/article-bodies.ts';
import { publishedArticles, writePublishedArticles } from '../../build/published-articles.ts';

export interface ArticlesLoaderOptions {
  /** Folder of the markdown articles, relative to the project root (default: 'content/articles'). */
  base?: string;
  /** Folder of the authors' files, which an article's `authors` slugs name (default: 'content/authors'). */
  authors?: string;
}

type Context = LoaderContext & { entryTypes: Map<string, EntryType> };

// The collection's schema reads `image` with Astro's image(); here it is text, and photoProblem looks at the file.
const checks = articleSchema();

/**
 * glob() stops at the first file whose front matter it cannot parse or validate, and only logs one it cannot
 * render. This loader checks every file, keeps going, and reports every problem with its file and line: a build (or
 * `astro check`) fails once, listing them all; the dev server keeps serving, shows them on every page and in the
 * terminal, and checks a file again each time it changes.
 */
export function articlesLoader({
  base = 'content/articles',
  authors = 'content/authors',
}: ArticlesLoaderOptions = {}): Loader {
  const inner = glob({ pattern: '**/*.md', base, retainBody: false });
  return {
    name: 'dateline-articles',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const problems = new ProblemList(root);
      const { entryTypes, parseData } = context as Context;
      const cacheDir = fileURLToPath(context.config.cacheDir);
      forgetEntriesWithoutBodies(context.store, cacheDir);
      await inner.load({
        ...context,
        logger: collectingErrors(context.logger, problems),
        entryTypes: new Map([...entryTypes].map(([extension, type]) => [extension, checkedEntryType(type, problems)])),
        parseData: checkedParseData(parseData, problems),
        ...(context.watcher && {
          watcher: recheckingWatcher(context.watcher, problems, () => report(context, problems, base)),
        }),
      } as Context);
      await closeRenderWorkers();
      pruneUnstoredBodies(context.store, cacheDir);
      holdBackScheduled(context, problems);
      // Checked on every article, changed or not: a photograph or an author's file may have been deleted or renamed since.
      const references = referenceChecker(root, resolve(root, authors));
      for (const entry of context.store.values())
        if (entry.filePath && !problems.has(entry.filePath))
          for (const message of await references(entry)) problems.add(entry.filePath, message);
      report(context, problems, base);
      // For the search index, twins and quote pages, which a build writes while Astro renders the pages.
      writePublishedArticles(cacheDir, publishedArticles(context.store.values()));
    },
  };
}

/**
 * Astro's parseData, after the checks glob() does not make: dates as written, the schema's every issue (not only the
 * first), the lead photograph's file. An article with a problem is not parsed: its data stays as written.
 */
function checkedParseData(parseData: LoaderContext['parseData'], problems: ProblemList): LoaderContext['parseData'] {
  return async (props) => {
    if (problems.unreadable(props.filePath)) return props.data;
    const dateProblems = problems.rawDates(props.filePath);
    problems.addFields(props.filePath, dateProblems);
    const result = checks.safeParse(props.data);
    const photo =
      result.success && result.data.image !== undefined && props.filePath
        ? await photoProblem(props.filePath, result.data.image)
        : undefined;
    if (photo) problems.addFields(props.filePath, [{ field: 'image', message: photo }]);
    if (result.success && dateProblems.length === 0 && !photo) return parseData(props);
    // A date the raw check has explained already would only be reported again, less clearly.
    const issues = (result.error?.issues ?? []).filter(
      (issue) => !dateProblems.some(({ field }) => issue.path[0] === field),
    );
    problems.addFields(props.filePath, describeSchemaIssues(issues, props.data, articleFields));
    return props.data;
  };
}

/**
 * Reports the problems found. A build or `astro check` (no watcher) stops here. The dev server logs them, takes the
 * articles that have them out of the store (a page would otherwise meet their unchecked front matter, and fail with a
 * TypeError), and shows them on every page until they are fixed.
 */
function report(context: LoaderContext, problems: ProblemList, base: string): void {
  const [bug] = problems.bugs.splice(0);
  if (bug) throw bug;
  for (const entry of context.store.values())
    if (entry.filePath && problems.has(entry.filePath)) context.store.delete(entry.id);
  const found = [...problems.list(), ...checkPermalinks(context.store.values())];
  if (!context.watcher && found.length > 0) throw new ContentProblemsError(found, base);
  if (found.length > 0) context.logger.error(problemsReport(found, base));
  publishProblems(base, found);
}

/**
 * The dev server's file watcher, as glob() sees it: before glob() reads a changed, new or deleted article again, what
 * was found in it is forgotten; once it has, the problems are reported again.
 */
function recheckingWatcher(
  watcher: NonNullable<LoaderContext['watcher']>,
  problems: ProblemList,
  reportAgain: () => void,
): LoaderContext['watcher'] {
  const wrapped = Object.create(watcher) as NonNullable<LoaderContext['watcher']>;
  wrapped.on = ((event: string, listener: (path: string) => unknown) => {
    watcher.on(event as 'change', async (path: string) => {
      problems.forget(path);
      await listener(path);
      reportAgain();
    });
    return wrapped;
  }) as typeof watcher.on;
  return wrapped;
}

/** Takes out of the store each article dated after today (it is published by the first build on or after its day). */
function holdBackScheduled(context: LoaderContext, problems: ProblemList): void {
  const today = buildDay();
  for (const entry of context.store.values()) {
    const date = entry.data['date'];
    if (!entry.filePath || typeof date !== 'string' || problems.has(entry.filePath) || !isScheduled(date, today))
      continue;
    context.store.delete(entry.id);
    context.logger.warn(
      `${entry.filePath}: dated ${date}, after today (${today}): held back until the first build on or after that day`,
    );
  }
}

function collectingErrors(logger: LoaderContext['logger'], problems: ProblemList): LoaderContext['logger'] {
  const wrapped = Object.create(logger) as LoaderContext['logger'];
  wrapped.error = (message: string) => {
    problems.addGeneral(message);
    logger.error(message);
  };
  return wrapped;
}
