// The authors collection's loader: one markdown file per author (`content/authors/<slug>.md`), its front matter the
// author's fields and its text the short bio. Not glob(): that would render the bio with the articles' pipeline,
// which refuses a text without a headline.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { photoProblem } from './photo-check.ts';

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

export function authorsLoader({ base }: { /** Folder of the authors' files, relative to the project root. */ base: string }): Loader {
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
          const { frontmatter, content } = parseFrontmatter(readFileSync(join(root, filePath), 'utf8'));
          const photo = typeof frontmatter['photo'] === 'string' ? await photoProblem(join(root, filePath), frontmatter['photo']) : undefined;
          if (photo) throw new Error(photo);
          // The bio is plain paragraphs: blank lines part them.
          const bio = content.trim().split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
          const data = await parseData({ id: slug, data: { ...frontmatter, bio }, filePath });
          store.set({ id: slug, data, filePath, digest: generateDigest({ frontmatter, bio }) });
        } catch (error) {
          problems.push(`${filePath}: ${(error as Error).message}`);
        }
      }
      if (problems.length > 0) throw new Error(`${problems.length} problem(s) in the authors in ${base}:\n- ${problems.join('\n- ')}`);
    },
  };
}
