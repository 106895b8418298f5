import { describe, expect, it } from 'vitest';
import { testArticle } from '../../../tests/fixtures/article.ts';
import { articlePreview, pagePreview, quotePreview, type LinkPreview } from './meta.ts';

const site = { title: 'Dateline', url: 'https://dateline.example', lang: 'en', description: 'News by date.' };
const tag = (preview: LinkPreview, key: string) =>
  preview.tags.filter((t) => t.key === key).map((t) => `${t.attribute}=${t.content}`);

describe('articlePreview', () => {
  it('announces one article, its image, its times in the site zone and a NewsArticle', () => {
    const preview = articlePreview(testArticle({ updated: { year: 2021, month: 4, day: 9 } }), { images: true, site });
    const url = 'https://dateline.example/2021/04/07/talks/';
    expect(tag(preview, 'og:type')).toEqual(['property=article']);
    expect(tag(preview, 'og:url')).toEqual([`property=${url}`]);
    expect(tag(preview, 'og:image')).toEqual([`property=${url}share.png`]);
    expect(tag(preview, 'twitter:card')).toEqual(['name=summary_large_image']);
    expect(tag(preview, 'article:published_time')).toEqual(['property=2021-04-07T00:00:00Z']);
    expect(tag(preview, 'article:modified_time')).toEqual(['property=2021-04-09T00:00:00Z']);
    expect(preview.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      dateModified: '2021-04-09T00:00:00Z',
      dateline: 'Islamabad, April 7, 2021 (Reuters)',
      locationCreated: { '@type': 'Place', name: 'Islamabad' },
      author: { '@type': 'Organization', name: 'Reuters' },
      mainEntityOfPage: { '@id': url },
    });
  });

  it('prefers the byline as author, and the summary as description', () => {
    const preview = articlePreview(testArticle({ data: { byline: 'Staff reporter', summary: 'Talks began.' } }), {
      images: true,
      site,
    });
    expect(preview.jsonLd).toMatchObject({
      author: { '@type': 'Person', name: 'Staff reporter' },
      description: 'Talks began.',
    });
    expect(tag(preview, 'og:description')).toEqual(['property=Talks began.']);
  });

  it('names an author with a page as a Person with its URL, a wire as an Organization, and the section', () => {
    const article = testArticle({
      bylines: [{ name: 'Jane Doe', slug: 'jane-doe' }, { name: 'Reuters' }],
      data: { section: 'world' },
    });
    expect(articlePreview(article, { images: true, site }).jsonLd).toMatchObject({
      author: [
        { '@type': 'Person', name: 'Jane Doe', url: 'https://dateline.example/authors/jane-doe/' },
        { '@type': 'Organization', name: 'Reuters' },
      ],
      articleSection: 'World',
    });
  });

  it('previews with the photograph, cropped, in place of the drawn card when the article has one', () => {
    const photo = {
      url: 'https://dateline.example/_astro/talks.abc.jpg',
      alt: 'Two ministers',
      width: 1200,
      height: 630,
    };
    const preview = articlePreview(testArticle(), { images: true, site, photo });
    expect(tag(preview, 'og:image')).toEqual([`property=${photo.url}`]);
    expect(tag(preview, 'og:image:type')).toEqual(['property=image/jpeg']);
    expect(preview.jsonLd['image']).toEqual({ '@type': 'ImageObject', url: photo.url, width: 1200, height: 630 });
  });

  it('announces no image and a small card when share images are off', () => {
    const preview = articlePreview(testArticle(), { images: false, site });
    expect(preview.tags.filter((t) => t.key.includes('image'))).toEqual([]);
    expect(tag(preview, 'twitter:card')).toEqual(['name=summary']);
    expect(preview.jsonLd).not.toHaveProperty('image');
  });
});

describe('quotePreview', () => {
  it('previews a quote page as the quote, with its card and its article', () => {
    const article = testArticle();
    const quote = article.quotes[0];
    if (!quote) throw new Error('fixture has a quote');
    const preview = quotePreview(article, quote, { images: true, site });
    expect(tag(preview, 'og:title')).toEqual(['property=“We welcome FM Lavrov’s visit” — Shah Mahmood Qureshi']);
    expect(tag(preview, 'og:image')).toEqual(['property=https://dateline.example/2021/04/07/talks/quote-1/card.png']);
    expect(preview.jsonLd).toMatchObject({
      '@type': 'Quotation',
      creator: { name: 'Shah Mahmood Qureshi' },
      isPartOf: { url: 'https://dateline.example/2021/04/07/talks/' },
    });
  });
});

describe('pagePreview', () => {
  it('calls the home page a WebSite and an index page a CollectionPage, both og:type website', () => {
    const home = pagePreview({ kind: 'website', description: 'News by date.', path: '/' }, { images: true, site });
    const month = pagePreview(
      { kind: 'collection', title: 'April 2021', description: '3 articles.', path: '/2021/04/' },
      { images: true, site },
    );
    expect([tag(home, 'og:type'), tag(month, 'og:type')]).toEqual([['property=website'], ['property=website']]);
    expect(home.jsonLd).toMatchObject({ '@type': 'WebSite', name: 'Dateline' });
    expect(month.jsonLd).toMatchObject({
      '@type': 'CollectionPage',
      name: 'April 2021',
      url: 'https://dateline.example/2021/04/',
    });
    expect(tag(month, 'og:image')).toEqual(['property=https://dateline.example/share.png']);
  });
});
