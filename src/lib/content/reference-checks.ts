// What an article names outside itself: its photographs and its authors' files, which must exist.
import { join, relative } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { authorSlugs } from './authors-loader.ts';
import { photoProblem } from './photo-check.ts';

/** An article as Astro's data store keeps it. */
type StoredEntry = ReturnType<LoaderContext['store']['values']>[number];

/**
 * A check of one stored article's references, for the articles under `root` and the authors in `authorsFolder`: the
 * problems found, one sentence each (the authors' folder is read once, when the checker is made).
 */
export function referenceChecker(root: string, authorsFolder: string): (entry: StoredEntry) => Promise<string[]> {
  const knownAuthors = new Set(authorSlugs(authorsFolder));
  return async (entry) => {
    if (!entry.filePath) return [];
    const file = join(root, entry.filePath);
    const image = entry.data['image'];
    // The lead photograph, then the photographs in the text (Astro imports each from the markdown's image paths).
    const photos = [...(typeof image === 'string' ? [image] : []), ...(entry.assetImports ?? [])];
    const photoProblems = await Promise.all(photos.map((photo) => photoProblem(file, photo, { read: false })));
    return [
      ...photoProblems.filter((problem) => problem !== undefined),
      ...unknownAuthors(entry.data['authors'], knownAuthors, relative(root, authorsFolder)),
    ];
  };
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
