// Every problem an articles load finds, by file and line, as it finds them: the loader reports them all at once.
import { relative } from 'node:path';
import type { ContentProblem } from './content-problems.ts';
import {
  checkRawDates,
  frontMatterLines,
  type FieldProblem,
  type LineProblem,
  type RawDateProblem,
} from './input-checks.ts';

/** Every problem found, by file (paths relative to the project root, as the editor sees them). */
export class ProblemList {
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
