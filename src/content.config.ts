// The collections: the articles, markdown files under content/articles/ (or $DATELINE_CONTENT, for tests and the
// benchmark), and their authors, one file each in the folder beside it (content/authors/).
import { defineCollection, reference } from 'astro:content';
import { articlesLoader } from './lib/content/articles-loader.ts';
import { articleSchema } from './lib/content/article-schema.ts';
import { authorsLoader } from './lib/content/authors-loader.ts';
import { authorSchema } from './lib/content/author-schema.ts';
import { articlesFolder, authorsFolder } from './lib/content/folders.ts';

/** An author's slug, read as a reference to their file: one function, so that the schema's authors field is made once. */
const authorReference = () => reference('authors');

const articles = defineCollection({
  loader: articlesLoader({ base: articlesFolder, authors: authorsFolder }),
  // Astro's image() resolves `image` beside the article and hands pages its size and format (astro:assets).
  schema: ({ image }) => articleSchema(image, authorReference),
});

const authors = defineCollection({
  loader: authorsLoader({ base: authorsFolder }),
  schema: ({ image }) => authorSchema(image),
});

export const collections = { articles, authors };
