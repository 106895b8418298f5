import { describe, expect, it } from 'vitest';
import { cacheKey, keyedAs } from './cache-key.ts';

describe('cacheKey', () => {
  const props = { article: { headline: 'Talks resume', html: '<p>Text</p>' }, newer: { headline: 'Next' } };

  it('is the same for the same props, and short', () => {
    expect(cacheKey(structuredClone(props))).toBe(cacheKey(props));
    expect(cacheKey(props)).toMatch(/^[\w-]{27}$/);
  });

  it('changes when anything the page shows changes, however deep', () => {
    expect(cacheKey({ ...props, newer: { headline: 'Next, corrected' } })).not.toBe(cacheKey(props));
    expect(cacheKey({ ...props, article: { ...props.article, html: '<p>Text.</p>' } })).not.toBe(cacheKey(props));
    expect(cacheKey({ ...props, older: undefined, extra: 1 })).not.toBe(cacheKey(props));
  });

  it('lets a named object stand for itself: the name decides, not the fields', () => {
    const named = (digest: string, html: string) => keyedAs({ headline: 'Talks resume', html }, `talks.md@${digest}`);
    expect(cacheKey({ article: named('a1', '<p>Text</p>') })).toBe(cacheKey({ article: named('a1', '<p>Other</p>') }));
    expect(cacheKey({ article: named('a1', '<p>Text</p>') })).not.toBe(
      cacheKey({ article: named('b2', '<p>Text</p>') }),
    );
  });
});
