// Sections and tags: which articles each holds, newest first, in the order pages list them. Pure over the articles.
import type { Article } from './articles.ts';
import { paginate, type Page } from './pagination.ts';
import { slugify } from './slug.ts';
import { site as defaultSite, type Section, type SiteConfig } from './site.ts';

/** A section's entry in the site config; the schema has refused any other slug. */
export function sectionOf(slug: string, site: Pick<SiteConfig, 'sections'> = defaultSite): Section {
  const section = site.sections.find((s) => s.slug === slug);
  if (!section)
    throw new Error(
      `unknown section "${slug}" (the schema accepts only ${site.sections.map((s) => s.slug).join(', ')})`,
    );
  return section;
}

/** Every section of the site with its articles (newest first, as given), in the config's order; an empty section too. */
export function articlesBySection(
  articles: readonly Article[],
  site: Pick<SiteConfig, 'sections'> = defaultSite,
): { section: Section; articles: Article[] }[] {
  const bySlug = new Map(site.sections.map((section) => [section.slug, [] as Article[]]));
  for (const article of articles) bySlug.get(article.data.section)?.push(article);
  return site.sections.map((section) => ({ section, articles: bySlug.get(section.slug) ?? [] }));
}

/** A tag as pages show it: the first spelling met (newest article first), and the slug every spelling shares. */
export interface Tag {
  name: string;
  slug: string;
  articles: Article[];
}

/** The slug of a tag: "South Asia", "south asia" and "South-Asia" are one tag, `/tags/south-asia/`. */
export function tagSlug(tag: string): string {
  return slugify(tag, { fallback: 'tag' });
}

/** Every tag with its articles (newest first, as given), most used first, then by name. */
export function collectTags(articles: readonly Article[]): Tag[] {
  const tags = new Map<string, Tag>();
  for (const article of articles) {
    // An article that spells one tag twice ("India", "india") is listed under it once.
    for (const slug of new Set(article.data.tags.map(tagSlug))) {
      const name = article.data.tags.find((tag) => tagSlug(tag) === slug) ?? slug;
      const tag = tags.get(slug);
      if (tag) tag.articles.push(article);
      else tags.set(slug, { name, slug, articles: [article] });
    }
  }
  return [...tags.values()].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

/** An article's tags as links: each slug once, in the article's order. */
export function articleTags(article: Pick<Article, 'data'>): { name: string; slug: string }[] {
  const seen = new Set<string>();
  return article.data.tags.flatMap((name) => {
    const slug = tagSlug(name);
    if (seen.has(slug)) return [];
    seen.add(slug);
    return [{ name, slug }];
  });
}

/** One page of a section's, a tag's or an author's articles. */
export interface ListPage {
  slug: string;
  name: string;
  page: Page<Article>;
}

/** Every page of every group's articles, `perPage` to a page; a group with no articles still has its first page. */
export function listPages(
  groups: readonly { slug: string; name: string; articles: readonly Article[] }[],
  perPage: number,
): ListPage[] {
  return groups.flatMap(({ slug, name, articles }) =>
    paginate(articles, perPage).map((page) => ({ slug, name, page })),
  );
}

/** The sections as `listPages` takes them. */
export function sectionGroups(articles: readonly Article[], site: Pick<SiteConfig, 'sections'> = defaultSite) {
  return articlesBySection(articles, site).map(({ section, articles: list }) => ({
    slug: section.slug,
    name: section.name,
    articles: list,
  }));
}

/** Each author with their articles (newest first, as given), in the order given: an author with none keeps a page. */
export function authorGroups(articles: readonly Article[], authors: Iterable<{ slug: string; name: string }>) {
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) {
    for (const slug of new Set(article.bylines.flatMap(({ slug: s }) => (s ? [s] : []))))
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), article]);
  }
  return [...authors].map(({ slug, name }) => ({ slug, name, articles: bySlug.get(slug) ?? [] }));
}
