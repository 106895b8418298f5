import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { testArticle } from '../../../tests/fixtures/article.ts';
import { atomXml, rfc822, rssXml } from './feeds.ts';

const site = { title: 'Dateline', description: 'News by date.', lang: 'en' };
const parse = (text: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text);

describe('rfc822', () => {
  it('writes the day as RSS wants it, with English names and the zone offset', () => {
    expect(rfc822({ year: 2021, month: 4, day: 7 })).toBe('Wed, 07 Apr 2021 00:00:00 +0000');
  });
});

describe('feeds', () => {
  const entry = testArticle({
    html: '<p>See <a href="/2021/04/06/x/">this</a> and ]]> that &amp; more.</p>',
    updated: { year: 2021, month: 4, day: 8 },
  });

  it('writes an RSS item with its full text in CDATA, surviving "]]>"', () => {
    const rss = parse(rssXml([entry], site)).rss;
    expect(rss.channel.lastBuildDate).toBe('Thu, 08 Apr 2021 00:00:00 +0000');
    expect(rss.channel.item).toMatchObject({
      title: 'Lavrov arrives in Islamabad for talks',
      pubDate: 'Wed, 07 Apr 2021 00:00:00 +0000',
      'dc:creator': 'Reuters',
    });
    expect(rss.channel.item['content:encoded']).toBe(
      '<p>See <a href="https://dateline.example/2021/04/06/x/">this</a> and ]]> that &#x26; more.</p>',
    );
  });

  it('writes an Atom entry with escaped HTML content and RFC 3339 dates', () => {
    const feed = parse(atomXml([entry], site)).feed;
    expect(feed.updated).toBe('2021-04-08T00:00:00Z');
    expect(feed.entry).toMatchObject({
      published: '2021-04-07T00:00:00Z',
      updated: '2021-04-08T00:00:00Z',
      author: { name: 'Reuters' },
    });
    expect(feed.entry.content['#text']).toContain('<a href="https://dateline.example/2021/04/06/x/">this</a>');
  });

  it('drops characters XML 1.0 cannot carry', () => {
    expect(rssXml([{ ...entry, headline: 'Bad\u0001 title' }], site)).toContain('<title>Bad title</title>');
  });
});
