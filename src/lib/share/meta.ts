// Link previews as data: the Open Graph, Twitter/X and JSON-LD a page puts in its head, built from an article, a quote or a page.
import type { Article } from '../articles.ts';
import type { StoredQuote } from '../remark/frontmatter.ts';
import { siteTimestamp } from '../dates.ts';
import { formatDateline } from '../format-dateline.ts';
import {
  absoluteUrl,
  authorPath,
  articleImagePath,
  articlePath,
  defaultImagePath,
  quoteImagePath,
  quotePagePath,
} from '../paths.ts';
import { site as defaultSite, type SiteConfig } from '../site.ts';
import { shareImageSize } from './card.ts';
import { sectionOf } from '../taxonomy.ts';
import { quoteWords } from './article-cards.ts';

/** One `<meta>`: Open Graph reads `property=`, Twitter/X and search engines read `name=`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** Everything a page's head needs for link previews. */
export interface LinkPreview {
  tags: MetaTag[];
  /** A schema.org object, serialised by `serializeJsonLd`. */
  jsonLd: Record<string, unknown>;
}

interface PreviewImage {
  url: string;
  alt: string;
  /** MIME type and pixel size (default: the drawn share card's, a 1200x630 PNG). */
  type?: string;
  width?: number;
  height?: number;
}

/** An article's photograph, cropped for link previews (its URL absolute). */
export interface SharePhoto {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface PreviewOptions {
  /** Whether share images are built; without them no image is announced (default: `site.shareImages`). */
  images?: boolean;
  /** The site (default: the configured one). */
  site?: Pick<SiteConfig, 'title' | 'url' | 'lang' | 'description'>;
}

const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });

/** Tags every preview shares: title, description, URL, site name, image with its size and alt, and the Twitter/X card. */
function commonTags(
  type: string,
  title: string,
  description: string,
  url: string,
  image: PreviewImage | null,
  siteName: string,
): MetaTag[] {
  const imageTags = image
    ? [
        property('og:image', image.url),
        property('og:image:type', image.type ?? 'image/png'),
        property('og:image:width', String(image.width ?? shareImageSize.width)),
        property('og:image:height', String(image.height ?? shareImageSize.height)),
        property('og:image:alt', image.alt),
      ]
    : [];
  const twitterImage = image ? [name('twitter:image', image.url), name('twitter:image:alt', image.alt)] : [];
  return [
    property('og:type', type),
    property('og:title', title),
    property('og:description', description),
    property('og:url', url),
    property('og:site_name', siteName),
    ...imageTags,
    name('twitter:card', image ? 'summary_large_image' : 'summary'),
    name('twitter:title', title),
    name('twitter:description', description),
    ...twitterImage,
  ];
}

function publisher(site: NonNullable<PreviewOptions['site']>) {
  return { '@type': 'Organization', name: site.title, url: absoluteUrl('/') };
}

/**
 * An article page: `og:type=article` with its times in the site zone, and a schema.org `NewsArticle`. Its photograph,
 * when it has one, is its preview image; the drawn card otherwise.
 */
export function articlePreview(
  article: Article,
  {
    images = defaultSite.shareImages,
    site = defaultSite,
    photo,
  }: PreviewOptions & { photo?: SharePhoto | undefined } = {},
): LinkPreview {
  const url = absoluteUrl(articlePath(article));
  const description = article.data.summary ?? article.lede;
  const dateline = formatDateline(article.dateline, article.date);
  const card = images
    ? { url: absoluteUrl(articleImagePath(article)), alt: `${article.headline} (${dateline})`, ...shareImageSize }
    : null;
  const image = photo ? { ...photo, type: 'image/jpeg' } : card;
  const published = siteTimestamp(article.date);
  const modified = article.updated ? siteTimestamp(article.updated) : null;
  // Byline first (an author with a page is a Person with its URL); a wire dateline's agency is the next best author.
  // Neither known: no author claimed.
  const agency = article.dateline?.agency;
  const people = article.bylines.map(({ name, slug }) => ({
    '@type': slug || name !== agency ? 'Person' : 'Organization',
    name,
    ...(slug ? { url: absoluteUrl(authorPath(slug)) } : {}),
  }));
  if (people.length === 0 && agency) people.push({ '@type': 'Organization', name: agency });
  const tags = [
    ...commonTags('article', article.headline, description, url, image, site.title),
    property('article:published_time', published),
    ...(modified ? [property('article:modified_time', modified)] : []),
    property('article:section', sectionOf(article.data.section).name),
    ...article.data.tags.map((tag) => property('article:tag', tag)),
  ];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: article.data.lang ?? site.lang,
    datePublished: published,
    dateModified: modified ?? published,
    dateline,
    ...(article.dateline?.place ? { locationCreated: { '@type': 'Place', name: article.dateline.place } } : {}),
    ...(people.length > 0 ? { author: people.length === 1 ? people[0] : people } : {}),
    publisher: publisher(site),
    ...(image ? { image: { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height } } : {}),
    articleSection: sectionOf(article.data.section).name,
    ...(article.data.tags.length > 0 ? { keywords: article.data.tags } : {}),
  };
  return { tags, jsonLd };
}

/** The words a shared quote previews with: “text” — speaker. */
export function quoteTitle(quote: Pick<StoredQuote, 'text' | 'speaker'>): string {
  return `“${quoteWords(quote)}” — ${quote.speaker ?? 'unattributed'}`;
}

/** A quote's own page: previews as the quote (its card as image), and describes itself as a schema.org `Quotation`. */
export function quotePreview(
  article: Article,
  quote: StoredQuote,
  { images = defaultSite.shareImages, site = defaultSite }: PreviewOptions = {},
): LinkPreview {
  const url = absoluteUrl(quotePagePath(article, quote.id));
  const title = quoteTitle(quote);
  const description = `From “${article.headline}”, ${formatDateline(article.dateline, article.date)}.`;
  const image = images ? { url: absoluteUrl(quoteImagePath(article, quote.id)), alt: title } : null;
  const published = siteTimestamp(article.date);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: quote.text,
    url,
    inLanguage: article.data.lang ?? site.lang,
    // Only a speaker known to be a person or an organisation is one; "a spokeswoman" is the reporter's words.
    ...(quote.speaker && quote.speakerType === 'person' ? { creator: { '@type': 'Person', name: quote.speaker } } : {}),
    ...(quote.speaker && quote.speakerType === 'organisation'
      ? { creator: { '@type': 'Organization', name: quote.speaker } }
      : {}),
    isPartOf: {
      '@type': 'NewsArticle',
      headline: article.headline,
      url: absoluteUrl(articlePath(article)),
      datePublished: published,
    },
  };
  return {
    tags: [
      ...commonTags('article', title, description, url, image, site.title),
      property('article:published_time', published),
    ],
    jsonLd,
  };
}

export interface PagePreviewInput {
  /** 'website' for the home page, 'collection' for the date index and archive pages. */
  kind: 'website' | 'collection';
  /** Page title without the site name (default: the site name). */
  title?: string | undefined;
  description: string;
  /** Site path of the page. */
  path: string;
}

/** Home and index pages: `og:type=website` with the site-wide image, and a schema.org `WebSite` or `CollectionPage`. */
export function pagePreview(
  { kind, title, description, path }: PagePreviewInput,
  { images = defaultSite.shareImages, site = defaultSite }: PreviewOptions = {},
): LinkPreview {
  const url = absoluteUrl(path);
  const image = images ? { url: absoluteUrl(defaultImagePath), alt: `${site.title}: ${site.description}` } : null;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': kind === 'website' ? 'WebSite' : 'CollectionPage',
    name: title ?? site.title,
    description,
    url,
    inLanguage: site.lang,
    ...(kind === 'website'
      ? { publisher: publisher(site) }
      : { isPartOf: { '@type': 'WebSite', name: site.title, url: absoluteUrl('/') } }),
  };
  return { tags: commonTags('website', title ?? site.title, description, url, image, site.title), jsonLd };
}
