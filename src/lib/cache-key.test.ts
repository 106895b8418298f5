import { describe, expect, it } from 'vitest';
import { cacheKey } from './cache-key.ts';

describe('cacheKey', () => {
  const props = { article: { headline: 'Talks resume', html: '<p>Text</p>', digest: 'a1' }, newer: { headline: 'Next' } };

  it('is the same for the same props, and short', () => {
    expect(cacheKey(structuredClone(props))).toBe(cacheKey(props));
    expect(cacheKey(props)).toMatch(/^[\w-]{27}$/);
  });

  it('changes when anything the page shows changes, however deep', () => {
    expect(cacheKey({ ...props, newer: { headline: 'Next, corrected' } })).not.toBe(cacheKey(props));
    expect(cacheKey({ ...props, article: { ...props.article, digest: 'b2' } })).not.toBe(cacheKey(props));
    expect(cacheKey({ ...props, older: undefined, extra: 1 })).not.toBe(cacheKey(props));
  });

  it('lets the file digest stand for the body HTML, which it does not hash', () => {
    expect(cacheKey({ ...props, article: { ...props.article, html: '<p>Text.</p>' } })).toBe(cacheKey(props));
  });
});
