// A problem in an article as every tool shows it (astro build, astro check, npm run dev's page and terminal): the file,
// the line where known, what is wrong and how to fix it, in one sentence.

/** One problem in one article file (or, without a file, in the articles as a whole). */
export interface ContentProblem {
  /** The file, relative to the project root as the editor sees it ('' for a problem of no one file). */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number | undefined;
  /** What is wrong and how to fix it. */
  message: string;
}

/** `file:line: message`, the shape compilers use, which terminals and editors turn into a link to the line. */
export function formatProblem({ file, line, message }: ContentProblem): string {
  if (!file) return message;
  return `${file}${line === undefined ? '' : `:${line}`}: ${message}`;
}

/** The whole report: how many problems, where the articles are, one problem a line. */
export function problemsReport(problems: readonly ContentProblem[], base: string): string {
  return `${problems.length} problem(s) in the articles in ${base}:\n- ${problems.map(formatProblem).join('\n- ')}`;
}

/**
 * The error a build or `astro check` stops with. It has no stack: the problem is in an article, and a stack trace
 * into the loader would point the editor at our code instead of their file.
 */
export class ContentProblemsError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[], base: string) {
    super(problemsReport(problems, base));
    this.name = 'ContentProblemsError';
    this.problems = problems;
    this.stack = '';
  }
}

/**
 * The problems the dev server's articles have now, for its problem page (src/integrations/content-problems-page.ts).
 * Kept on globalThis: the loader and the integration are each loaded as modules of their own by Astro, in one process.
 */
const current = Symbol.for('dateline.contentProblems');
type WithProblems = typeof globalThis & { [current]?: { base: string; problems: readonly ContentProblem[] } };

export function publishProblems(base: string, problems: readonly ContentProblem[]): void {
  (globalThis as WithProblems)[current] = { base, problems };
}

export function currentProblems(): { base: string; problems: readonly ContentProblem[] } {
  return (globalThis as WithProblems)[current] ?? { base: '', problems: [] };
}
