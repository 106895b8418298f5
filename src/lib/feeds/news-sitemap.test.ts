import { describe, expect, it } from 'vitest';
import { testArticle } from '../../../tests/fixtures/article.ts';
import { newsSitemapXml, recentArticles } from './news-sitemap.ts';

const on = (day: number) =>
  testArticle({ slug: `day-${day}`, date: { year: 2021, month: 4, day }, isoDate: `2021-04-0${day}` });

describe('recentArticles', () => {
  it('keeps the articles whose day began within two days before the build, and none from the future', () => {
    const articles = [on(9), on(8), on(7), on(6), on(5)];
    const now = new Date('2021-04-08T12:00:00Z');
    expect(recentArticles(articles, now).map((a) => a.slug)).toEqual(['day-8', 'day-7']);
  });
});

describe('newsSitemapXml', () => {
  it('writes a news:news entry per article', () => {
    expect(newsSitemapXml([on(7)], { title: 'Dateline', lang: 'en' })).toContain(
      '<url><loc>https://dateline.example/2021/04/07/day-7/</loc><news:news><news:publication><news:name>Dateline</news:name><news:language>en</news:language></news:publication><news:publication_date>2021-04-07T00:00:00Z</news:publication_date><news:title>Lavrov arrives in Islamabad for talks</news:title></news:news></url>',
    );
  });
});
