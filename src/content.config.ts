// The articles collection: markdown files under content/articles/ (or $DATELINE_CONTENT, for tests and the benchmark).
import { defineCollection } from 'astro:content';
import { articlesLoader } from './lib/content/articles-loader.ts';
import { articleSchema } from './lib/content/article-schema.ts';

const articles = defineCollection({
  loader: articlesLoader({ base: process.env['DATELINE_CONTENT'] ?? 'content/articles' }),
  // Astro's image() resolves `image` beside the article and hands pages its size and format (astro:assets).
  schema: ({ image }) => articleSchema(image),
});

export const collections = { articles };
