// Astro's markdown entry type, made to report problems instead of throwing them, and to render on worker threads.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkControlCharacters, checkEncoding } from './input-checks.ts';
import type { ProblemList } from './problem-list.ts';
import { parallelRenderFunction, type RenderEntry } from '../../build/parallel-render.ts';

/** The part of Astro's markdown entry type that this loader wraps (Astro passes the map to loaders, untyped). */
export interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
  getRenderFunction?(config: unknown): Promise<(entry: RenderEntry) => Promise<unknown>>;
}
/**
 * The markdown entry type, made to report instead of throw: bytes that are not UTF-8 or hold control characters
 * and front matter that is not YAML mark the file unreadable; a render error (no headline, no body, raw HTML that
 * would swallow text) is recorded at its line.
 */
export function checkedEntryType(type: EntryType, problems: ProblemList): EntryType {
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
