import { describe, expect, it } from 'vitest';
import { testArticle } from '../../../tests/fixtures/article.ts';
import { articleCard, quoteCard, quoteWords, shareableQuotes } from './article-cards.ts';

describe('quoteWords', () => {
  it('drops the punctuation that led back into the sentence, in Latin and Arabic script', () => {
    expect(quoteWords({ text: 'We discussed the whole range of our ties,' })).toBe('We discussed the whole range of our ties');
    expect(quoteWords({ text: 'ہم نے تمام امور پر بات کی،' })).toBe('ہم نے تمام امور پر بات کی');
    expect(quoteWords({ text: 'Is that so?' })).toBe('Is that so?');
  });
});

describe('cards of an article', () => {
  it('puts the headline and dateline on the article card, the speaker and words on a quote card', () => {
    const article = testArticle();
    expect(articleCard(article)).toContain('>Islamabad, April 7, 2021 (Reuters)<');
    const [quote] = shareableQuotes(article);
    expect(shareableQuotes(article).map((q) => q.id)).toEqual(['quote-1']);
    if (!quote) throw new Error('fixture has a direct quote');
    const svg = quoteCard(article, quote);
    expect(svg).toContain('“We welcome FM Lavrov’s visit”');
    expect(svg).toContain('>— Shah Mahmood Qureshi<');
  });
});
