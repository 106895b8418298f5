// The newsroom's authors (content/authors/), as pages read them.
import type { ImageMetadata } from 'astro';
import { getCollection } from 'astro:content';
import { authorSlugs } from './content/authors-loader.ts';
import { authorsFolder } from './content/folders.ts';

/** An author of the authors collection. */
export interface Author {
  slug: string;
  name: string;
  role: string | undefined;
  /** The short bio, by paragraph. */
  bio: string[];
  photo: ImageMetadata | undefined;
}

let cached: Promise<Map<string, Author>> | undefined;

/** Every author, by slug. Computed once per build. */
export function getAuthors(): Promise<Map<string, Author>> {
  // A site without authors' files is not asked for the collection: Astro would warn, on every build, that it is empty.
  if (authorSlugs(authorsFolder).length === 0) return Promise.resolve(new Map());
  cached ??= getCollection('authors').then(
    (entries) =>
      new Map(
        entries.map(({ id, data }) => [
          id,
          { slug: id, name: data.name, role: data.role, bio: data.bio, photo: data.photo },
        ]),
      ),
  );
  return cached;
}
