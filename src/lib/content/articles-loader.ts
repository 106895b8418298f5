// The articles collection's loader: Astro's glob() loader, plus the checks that make bad input fail the build loudly.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleSchema } from './article-schema.ts';
import { checkControlCharacters, checkEncoding, checkRawDates, describeSchemaIssues, type RawDateProblem } from './input-checks.ts';
import { checkPermalinks } from './permalink-check.ts';
import { buildDay, isScheduled } from './publication.ts';
import { closeRenderWorkers, parallelRenderFunction } from './parallel-render.ts';
import { bodiesFolder, hasBody, pruneBodies, type StoredFields } from './article-bodies.ts';
import { publishedArticles, writePublishedArticles } from './published-articles.ts';

export interface ArticlesLoaderOptions {
  /** Folder of the markdown articles, relative to the project root (default: 'content/articles'). */
  base?: string;
}

/** What glob() hands a render function: the entry's body, front matter and file. */
type RenderEntry = { body?: string | undefined; data: Record<string, unknown>; filePath?: string | undefined };

/** The part of Astro's markdown entry type that this loader wraps (Astro passes the map to loaders, untyped). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
  getRenderFunction?(config: unknown): Promise<(entry: RenderEntry) => Promise<unknown>>;
}
type Context = LoaderContext & { entryTypes: Map<string, EntryType> };

const fields = Object.keys(articleSchema.shape);

/** The key of an entry's body in the bodies folder ('' for an entry not rendered). */
function bodyKey(entry: { rendered?: { metadata?: { frontmatter?: Record<string, unknown> } } }): string {
  return (entry.rendered?.metadata?.frontmatter as Partial<StoredFields> | undefined)?.body ?? '';
}

/**
 * glob() stops at the first file whose front matter it cannot parse or validate, and only logs one it cannot
 * render. This loader checks every file, keeps going, and fails the build once, listing every problem with its file.
 */
export function articlesLoader({ base = 'content/articles' }: ArticlesLoaderOptions = {}): Loader {
  const inner = glob({ pattern: '**/*.md', base, retainBody: false });
  return {
    name: 'dateline-articles',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const problems = new Problems(root);
      const { entryTypes, parseData } = context as Context;
      // Found while each file's text is at hand (getEntryInfo), reported if the entry is parsed (parseData).
      const rawDateProblems = new Map<string, RawDateProblem[]>();
      const cacheDir = fileURLToPath(context.config.cacheDir);
      const bodies = bodiesFolder(cacheDir);
      // An entry kept from the last build whose body file is gone (the cache folder half deleted) is rendered again.
      for (const entry of context.store.values()) if (!hasBody(bodies, bodyKey(entry))) context.store.delete(entry.id);
      await inner.load({
        ...context,
        logger: collectingErrors(context.logger, problems),
        entryTypes: new Map([...entryTypes].map(([extension, type]) => [extension, guarded(type, problems, rawDateProblems)])),
        parseData: async (props) => {
          if (problems.unreadable(props.filePath)) return props.data;
          const dateProblems = rawDateProblems.get(props.filePath ?? '') ?? [];
          problems.addAll(props.filePath, dateProblems.map(({ message }) => message));
          const result = articleSchema.safeParse(props.data);
          if (result.success && dateProblems.length === 0) return parseData(props);
          // A date the raw check has explained already would only be reported again, less clearly.
          const issues = (result.error?.issues ?? []).filter((issue) => !dateProblems.some(({ field }) => issue.path[0] === field));
          problems.addAll(props.filePath, describeSchemaIssues(issues, props.data, fields));
          return props.data;
        },
      } as Context);
      await closeRenderWorkers();
      pruneBodies(bodies, new Set([...context.store.values()].map(bodyKey)));
      const today = buildDay();
      for (const entry of context.store.values()) {
        const date = entry.data['date'];
        if (!entry.filePath || typeof date !== 'string' || problems.has(entry.filePath) || !isScheduled(date, today)) continue;
        context.store.delete(entry.id);
        context.logger.warn(`${entry.filePath}: dated ${date}, after today (${today}): held back until the first build on or after that day`);
      }
      problems.general.push(...checkPermalinks(context.store.values()));
      if (problems.count > 0) throw new Error(`${problems.count} problem(s) in the articles in ${base}:\n- ${problems.list().join('\n- ')}`);
      // For the search index, twins and quote pages, which a build writes while Astro renders the pages.
      writePublishedArticles(cacheDir, publishedArticles(context.store.values()));
    },
  };
}

/** Every problem found, by file (paths relative to the project root, as the editor sees them). */
class Problems {
  readonly general: string[] = [];
  readonly #byFile = new Map<string, string[]>();
  readonly #unreadable = new Set<string>();
  readonly #root: string;

  constructor(root: string) {
    this.#root = root;
  }

  #key(path: string | undefined): string {
    return path?.startsWith('/') ? relative(this.#root, path) : (path ?? '(unknown file)');
  }

  addAll(path: string | undefined, problems: readonly string[]): void {
    if (problems.length === 0) return;
    const key = this.#key(path);
    this.#byFile.set(key, [...(this.#byFile.get(key) ?? []), ...problems]);
  }

  /** A file that cannot be read as text: nothing more is checked or rendered, so it gets one clear message. */
  markUnreadable(path: string, problem: string): void {
    this.#unreadable.add(this.#key(path));
    this.addAll(path, [problem]);
  }

  unreadable(path: string | undefined): boolean {
    return this.#unreadable.has(this.#key(path));
  }

  has(path: string): boolean {
    return this.#byFile.has(this.#key(path));
  }

  get count(): number {
    return this.general.length + [...this.#byFile.values()].reduce((sum, list) => sum + list.length, 0);
  }

  list(): string[] {
    return [...[...this.#byFile].flatMap(([file, list]) => list.map((problem) => `${file}: ${problem}`)), ...this.general];
  }
}

/**
 * The markdown entry type, made to report instead of throw: bytes that are not UTF-8 or hold control characters
 * and front matter that is not YAML mark the file unreadable; a render error (no headline, no body) is recorded.
 * The dates as written are checked here too, into `rawDates` by file, while the text is at hand.
 */
function guarded(type: EntryType, problems: Problems, rawDates: Map<string, RawDateProblem[]>): EntryType {
  const wrapped: EntryType = {
    ...type,
    async getEntryInfo(params) {
      const path = fileURLToPath(params.fileUrl);
      // Astro decoded the file leniently: a byte that is not UTF-8 became U+FFFD, so only then are the bytes read
      // again, to say where (every file is read here on every build, the unchanged ones too).
      const encoding = params.contents.includes('\uFFFD') ? checkEncoding(readFileSync(path)) : undefined;
      const controls = encoding ? [] : checkControlCharacters(params.contents);
      if (encoding || controls.length > 0) {
        for (const problem of encoding ? [encoding] : controls) problems.markUnreadable(path, problem);
        return { data: {}, body: '' };
      }
      const dateProblems = checkRawDates(params.contents);
      if (dateProblems.length > 0) rawDates.set(path, dateProblems);
      try {
        return await type.getEntryInfo(params);
      } catch (error) {
        const { message, loc } = error as { message: string; loc?: { line?: number } };
        const where = loc?.line === undefined ? '' : ` at line ${loc.line + 1}`;
        problems.markUnreadable(path, `the front matter is not valid YAML${where}: ${message}. Check the indentation and put text containing ": " or starting with a quote mark in quotes`);
        return { data: {}, body: '' };
      }
    },
  };
  if (type.getRenderFunction) {
    // Astro's own render function, but on worker threads: every core renders articles (parallel-render.ts).
    wrapped.getRenderFunction = async (config) => {
      const render = parallelRenderFunction(config as Parameters<typeof parallelRenderFunction>[0]);
      return async (entry) => {
        if (problems.unreadable(entry.filePath)) return undefined;
        try {
          return await render(entry);
        } catch (error) {
          // The pipeline's own words (remark's `file.fail`), without the "Failed to parse Markdown file" wrapper.
          const { reason, message } = error as { reason?: string; message: string };
          problems.addAll(entry.filePath, [reason ?? message]);
          return undefined;
        }
      };
    };
  }
  return wrapped;
}

function collectingErrors(logger: LoaderContext['logger'], problems: Problems): LoaderContext['logger'] {
  const wrapped = Object.create(logger) as LoaderContext['logger'];
  wrapped.error = (message: string) => {
    problems.general.push(message);
    logger.error(message);
  };
  return wrapped;
}
