// The articles collection's loader: Astro's glob() loader, plus the checks that make bad input fail the build loudly.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleFields, articleSchema } from './article-schema.ts';
import { photoProblem } from './photo-check.ts';
import {
  checkControlCharacters,
  checkEncoding,
  checkRawDates,
  describeSchemaIssues,
  frontMatterLines,
  type FieldProblem,
  type LineProblem,
  type RawDateProblem,
} from './input-checks.ts';
import { ContentProblemsError, problemsReport, publishProblems, type ContentProblem } from './content-problems.ts';
import { authorSlugs } from './authors-loader.ts';
import { checkPermalinks } from './permalink-check.ts';
import { buildDay, isScheduled } from './publication.ts';
import { closeRenderWorkers, parallelRenderFunction, type RenderEntry } from '../../build/parallel-render.ts';
import { bodiesFolder, hasBody, pruneBodies, type StoredFields } from '../../build/article-bodies.ts';
import { publishedArticles, writePublishedArticles } from '../../build/published-articles.ts';

export interface ArticlesLoaderOptions {
  /** Folder of the markdown articles, relative to the project root (default: 'content/articles'). */
  base?: string;
  /** Folder of the authors' files, which an article's `authors` slugs name (default: 'content/authors'). */
  authors?: string;
}

/** The part of Astro's markdown entry type that this loader wraps (Astro passes the map to loaders, untyped). */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
  getRenderFunction?(config: unknown): Promise<(entry: RenderEntry) => Promise<unknown>>;
}
type Context = LoaderContext & { entryTypes: Map<string, EntryType> };

// The collection's schema reads `image` with Astro's image(); here it is text, and photoProblem looks at the file.
const checks = articleSchema();

/** The key of an entry's body in the bodies folder ('' for an entry not rendered). */
function bodyKey(entry: { rendered?: { metadata?: { frontmatter?: Record<string, unknown> } } }): string {
  return (entry.rendered?.metadata?.frontmatter as Partial<StoredFields> | undefined)?.body ?? '';
}

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
      const problems = new Problems(root);
      const { entryTypes, parseData } = context as Context;
      const cacheDir = fileURLToPath(context.config.cacheDir);
      const bodies = bodiesFolder(cacheDir);
      // An entry kept from the last build whose body file is gone (the cache folder half deleted) is rendered again.
      for (const entry of context.store.values()) if (!hasBody(bodies, bodyKey(entry))) context.store.delete(entry.id);
      await inner.load({
        ...context,
        logger: collectingErrors(context.logger, problems),
        entryTypes: new Map([...entryTypes].map(([extension, type]) => [extension, guarded(type, problems)])),
        parseData: async (props) => {
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
        },
        ...(context.watcher && {
          watcher: recheckingWatcher(context.watcher, problems, () => report(context, problems, base)),
        }),
      } as Context);
      await closeRenderWorkers();
      pruneBodies(bodies, new Set([...context.store.values()].map(bodyKey)));
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
      // Checked on every article, changed or not: a photograph or an author's file may have been deleted or renamed since.
      const authorsFolder = resolve(root, authors);
      const knownAuthors = new Set(authorSlugs(authorsFolder));
      for (const entry of context.store.values()) {
        if (!entry.filePath || problems.has(entry.filePath)) continue;
        const image = entry.data['image'];
        const photo =
          typeof image === 'string'
            ? await photoProblem(join(root, entry.filePath), image, { read: false })
            : undefined;
        if (photo) problems.add(entry.filePath, photo);
        // The photographs in the text: Astro imports each from the markdown's image paths.
        for (const reference of entry.assetImports ?? []) {
          const inText = await photoProblem(join(root, entry.filePath), reference, { read: false });
          if (inText) problems.add(entry.filePath, inText);
        }
        for (const message of unknownAuthors(entry.data['authors'], knownAuthors, relative(root, authorsFolder)))
          problems.add(entry.filePath, message);
      }
      report(context, problems, base);
      // For the search index, twins and quote pages, which a build writes while Astro renders the pages.
      writePublishedArticles(cacheDir, publishedArticles(context.store.values()));
    },
  };
}

/**
 * Reports the problems found. A build or `astro check` (no watcher) stops here. The dev server logs them, takes the
 * articles that have them out of the store (a page would otherwise meet their unchecked front matter, and fail with a
 * TypeError), and shows them on every page until they are fixed.
 */
function report(context: LoaderContext, problems: Problems, base: string): void {
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
  problems: Problems,
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

/** Every problem found, by file (paths relative to the project root, as the editor sees them). */
class Problems {
  /** Errors that are no problem of an article's but a bug: thrown as they are, with their stack. */
  readonly bugs: unknown[] = [];
  readonly #general: ContentProblem[] = [];
  readonly #byFile = new Map<string, ContentProblem[]>();
  readonly #unreadable = new Set<string>();
  /** By file: each front matter field's line, and the problems with dates as written (found while the text is at hand). */
  readonly #fieldLines = new Map<string, Map<string, number>>();
  readonly #rawDates = new Map<string, RawDateProblem[]>();
  /** By file: how many lines come before the body Astro hands to the renderer (the front matter). */
  readonly #bodyOffsets = new Map<string, number>();
  readonly #root: string;

  constructor(root: string) {
    this.#root = root;
  }

  #key(path: string | undefined): string {
    return path?.startsWith('/') ? relative(this.#root, path) : (path ?? '(unknown file)');
  }

  add(path: string | undefined, message: string, line?: number): void {
    const file = this.#key(path);
    this.#byFile.set(file, [...(this.#byFile.get(file) ?? []), { file, line, message }]);
  }

  addGeneral(message: string): void {
    this.#general.push({ file: '', message });
  }

  /** Problems with front matter fields, each at its field's line. */
  addFields(path: string | undefined, found: readonly FieldProblem[]): void {
    const lines = this.#fieldLines.get(this.#key(path));
    for (const { field, message } of found) this.add(path, message, lines?.get(field));
  }

  /** A render problem at `line` of the body (1-based), or of no line. */
  addInBody(path: string | undefined, message: string, line: number | undefined): void {
    this.add(path, message, line === undefined ? undefined : line + (this.#bodyOffsets.get(this.#key(path)) ?? 0));
  }

  /** What is known of a file's text before it is parsed: its fields' lines, its dates as written, where its body starts. */
  noteText(path: string, contents: string, body: string): void {
    const key = this.#key(path);
    this.#fieldLines.set(key, frontMatterLines(contents));
    this.#rawDates.set(key, checkRawDates(contents));
    const start = body ? contents.indexOf(body) : -1;
    this.#bodyOffsets.set(key, start < 0 ? 0 : contents.slice(0, start).split('\n').length - 1);
  }

  rawDates(path: string | undefined): RawDateProblem[] {
    return this.#rawDates.get(this.#key(path)) ?? [];
  }

  /** A file that cannot be read as text: nothing more is checked or rendered, so it gets one clear message a line. */
  markUnreadable(path: string, found: readonly LineProblem[]): void {
    this.#unreadable.add(this.#key(path));
    for (const { line, message } of found) this.add(path, message, line);
  }

  unreadable(path: string | undefined): boolean {
    return this.#unreadable.has(this.#key(path));
  }

  has(path: string): boolean {
    return this.#byFile.has(this.#key(path));
  }

  /** Forgets what was found in a file, before it is read again (the dev server, after an edit). */
  forget(path: string): void {
    const key = this.#key(path);
    for (const map of [this.#byFile, this.#fieldLines, this.#rawDates, this.#bodyOffsets]) map.delete(key);
    this.#unreadable.delete(key);
  }

  /** By file, in path order (articles render in parallel, so they are found in any order), then the general ones. */
  list(): ContentProblem[] {
    const files = [...this.#byFile.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return [...files.flatMap(([, found]) => found), ...this.#general];
  }
}

/**
 * The markdown entry type, made to report instead of throw: bytes that are not UTF-8 or hold control characters
 * and front matter that is not YAML mark the file unreadable; a render error (no headline, no body, raw HTML that
 * would swallow text) is recorded at its line.
 */
function guarded(type: EntryType, problems: Problems): EntryType {
  const wrapped: EntryType = {
    ...type,
    async getEntryInfo(params) {
      const path = fileURLToPath(params.fileUrl);
      // Astro decoded the file leniently: a byte that is not UTF-8 became U+FFFD, so only then are the bytes read
      // again, to say where (every file is read here on every build, the unchanged ones too).
      const encoding = params.contents.includes('\uFFFD') ? checkEncoding(readFileSync(path)) : undefined;
      const controls = encoding ? [] : checkControlCharacters(params.contents);
      if (encoding || controls.length > 0) {
        problems.markUnreadable(path, encoding ? [encoding] : controls);
        return { data: {}, body: '' };
      }
      try {
        const info = await type.getEntryInfo(params);
        problems.noteText(path, params.contents, (info as { body?: string }).body ?? '');
        return info;
      } catch (error) {
        const { message, loc } = error as { message: string; loc?: { line?: number } };
        // Astro counts the lines of the YAML from 0, after the opening ---.
        const line = loc?.line === undefined ? undefined : loc.line + 2;
        const reason = message.replace(/\s*\(\d+:\d+\)[\s\S]*$/, '');
        problems.markUnreadable(path, [
          {
            line: line ?? 1,
            message: `the front matter is not valid YAML (${reason}): check the indentation, and put text containing ": " or starting with a quote mark in quotes`,
          },
        ]);
        return { data: {}, body: '' };
      }
    },
  };
  if (type.getRenderFunction) {
    // Astro's own render function, but on worker threads: every core renders articles (src/build/parallel-render.ts).
    wrapped.getRenderFunction = async (config) => {
      const render = parallelRenderFunction(config as Parameters<typeof parallelRenderFunction>[0]);
      return async (entry) => {
        if (problems.unreadable(entry.filePath)) return undefined;
        try {
          return await render(entry);
        } catch (error) {
          // The pipeline's own words (remark's `file.fail`), without the "Failed to parse Markdown file" wrapper.
          const { reason, line } = error as { reason?: string; line?: number };
          if (reason === undefined) problems.bugs.push(error);
          else problems.addInBody(entry.filePath, reason, line);
          return undefined;
        }
      };
    };
  }
  return wrapped;
}

/** An article's `authors` that name no file in the authors folder (a reference is stored as `{ id, collection }`). */
function unknownAuthors(value: unknown, known: ReadonlySet<string>, folder: string): string[] {
  const ids = Array.isArray(value)
    ? value.flatMap((author) => (typeof author === 'object' && author && 'id' in author ? [String(author.id)] : []))
    : [];
  return ids
    .filter((id) => !known.has(id))
    .map(
      (id) =>
        `the author "${id}" has no file ${join(folder, `${id}.md`)}: add one (name, role, a short bio), correct the slug, or write a wire's name as it is printed ("Reuters")`,
    );
}

function collectingErrors(logger: LoaderContext['logger'], problems: Problems): LoaderContext['logger'] {
  const wrapped = Object.create(logger) as LoaderContext['logger'];
  wrapped.error = (message: string) => {
    problems.addGeneral(message);
    logger.error(message);
  };
  return wrapped;
}
