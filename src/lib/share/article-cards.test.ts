import { describe, expect, it } from 'vitest';
import { testArticle } from '../../../tests/fixtures/article.ts';
import {
  articleCard,
  articleCardText,
  quoteCard,
  quoteCardText,
  quoteWords,
  shareableQuotes,
} from './article-cards.ts';
import type { CardDrawing } from './card.ts';

describe('quoteWords', () => {
  it('drops the punctuation that led back into the sentence, in Latin and Arabic script', () => {
    expect(quoteWords({ text: 'We discussed the whole range of our ties,' })).toBe(
      'We discussed the whole range of our ties',
    );
    expect(quoteWords({ text: 'ہم نے تمام امور پر بات کی،' })).toBe('ہم نے تمام امور پر بات کی');
    expect(quoteWords({ text: 'Is that so?' })).toBe('Is that so?');
  });
});

/** The lines of text a card shows. */
const textsOf = (drawing: CardDrawing) =>
  drawing.shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));

describe('cards of an article', () => {
  it('puts the headline and dateline on the article card, the speaker and words on a quote card', () => {
    const article = testArticle();
    expect(textsOf(articleCard(article))).toContain('Islamabad, April 7, 2021 (Reuters)');
    const [quote] = shareableQuotes(article);
    expect(shareableQuotes(article).map((q) => q.id)).toEqual(['quote-1']);
    if (!quote) throw new Error('fixture has a direct quote');
    const texts = textsOf(quoteCard(article, quote));
    expect(texts).toContain('“We welcome FM Lavrov’s visit”');
    expect(texts).toContain('— Shah Mahmood Qureshi');
  });
});

describe('shareableQuotes', () => {
  type Type = 'person' | 'organisation' | 'unknown' | null;
  const quote = (
    id: string,
    type: 'direct' | 'reported',
    speaker: string | null,
    speakerType: Type = speaker ? 'person' : null,
  ) => ({ id, type, speaker, speakerType });
  it('keeps the direct quotations of a named person or organisation, the first ones up to the number asked', () => {
    const quotes = [
      quote('quote-1', 'direct', null),
      quote('report-1', 'reported', 'Lavrov'),
      quote('quote-2', 'direct', 'Qureshi'),
      quote('quote-3', 'direct', 'a spokeswoman', 'unknown'),
      quote('quote-4', 'direct', 'Foreign Office', 'organisation'),
      quote('quote-5', 'direct', 'Qureshi'),
    ];
    expect(shareableQuotes({ quotes }, 2).map((q) => q.id)).toEqual(['quote-2', 'quote-4']);
    expect(shareableQuotes({ quotes }, 5).map((q) => q.id)).toEqual(['quote-2', 'quote-4', 'quote-5']);
    expect(shareableQuotes({ quotes }, 0)).toEqual([]);
  });
});

describe('what a card shows, the key of its page', () => {
  it('stays the same when only what the card does not show changes, so an unchanged card is not drawn again', () => {
    const article = testArticle();
    const [quote] = shareableQuotes(article);
    if (!quote) throw new Error('fixture has a direct quote');
    const edited = { ...article, html: '<p>A corrected body.</p>', lede: 'A corrected lede.' };
    expect(articleCardText(edited)).toEqual(articleCardText(article));
    expect(articleCard(edited)).toEqual(articleCard(article));
    expect(quoteCardText(edited, quote)).toEqual(quoteCardText(article, quote));
  });

  it('changes with the headline, the dateline and the quote’s words or speaker', () => {
    const article = testArticle();
    const [quote] = shareableQuotes(article);
    if (!quote) throw new Error('fixture has a direct quote');
    const retitled = { ...article, headline: 'Talks end' };
    expect(articleCardText(retitled)).not.toEqual(articleCardText(article));
    expect(articleCardText({ ...article, dateline: null })).not.toEqual(articleCardText(article));
    expect(quoteCardText(retitled, quote)).not.toEqual(quoteCardText(article, quote));
    expect(quoteCardText(article, { ...quote, text: 'We regret it' })).not.toEqual(quoteCardText(article, quote));
    expect(quoteCardText(article, { ...quote, speaker: 'Sergey Lavrov' })).not.toEqual(quoteCardText(article, quote));
  });
});
