// The authors collection's loader: one markdown file per author (`content/authors/<slug>.md`), its front matter the
// author's fields and its text the short bio. Not glob(): that would render the bio with the articles' pipeline,
// which refuses a text without a headline.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { photoProblem } from './photo-check.ts';
import { authorSchema } from './author-schema.ts';

/** The authors' files in `folder`: their slugs (file names without `.md`); none when the folder does not exist. */
export function authorSlugs(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -'.md'.length));
  } catch {
    return [];
  }
}

/** An author's file: its front matter, and its text as the bio's paragraphs (blank lines part them). */
function readAuthorFile(file: string): { frontmatter: Record<string, unknown>; bio: string[] } {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
  const bio = content
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { frontmatter, bio };
}

/**
 * The name of every author in `folder`, by slug, as the collection reads it: for the output written beside the
 * build, which has no collection to ask. The collection's own loader has refused a file whose fields are wrong.
 */
export function authorNames(folder: string): Map<string, { slug: string; name: string }> {
  const schema = authorSchema(() => z.string());
  return new Map(
    authorSlugs(folder).flatMap((slug) => {
      const { frontmatter, bio } = readAuthorFile(join(folder, `${slug}.md`));
      const parsed = schema.safeParse({ ...frontmatter, bio });
      return parsed.success ? [[slug, { slug, name: parsed.data.name }] as const] : [];
    }),
  );
}

export function authorsLoader({
  base,
}: {
  /** Folder of the authors' files, relative to the project root. */ base: string;
}): Loader {
  return {
    name: 'dateline-authors',
    async load({ config, store, parseData, generateDigest }) {
      const root = fileURLToPath(config.root);
      const folder = resolve(root, base);
      const problems: string[] = [];
      store.clear();
      for (const slug of authorSlugs(folder)) {
        const filePath = relative(root, join(folder, `${slug}.md`));
        try {
          const { frontmatter, bio } = readAuthorFile(join(root, filePath));
          const photo =
            typeof frontmatter['photo'] === 'string'
              ? await photoProblem(join(root, filePath), frontmatter['photo'])
              : undefined;
          if (photo) throw new Error(photo);
          const data = await parseData({ id: slug, data: { ...frontmatter, bio }, filePath });
          store.set({ id: slug, data, filePath, digest: generateDigest({ frontmatter, bio }) });
        } catch (error) {
          problems.push(`${filePath}: ${(error as Error).message}`);
        }
      }
      if (problems.length > 0)
        throw new Error(`${problems.length} problem(s) in the authors in ${base}:\n- ${problems.join('\n- ')}`);
    },
  };
}
