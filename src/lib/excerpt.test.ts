import { describe, expect, it } from 'vitest';
import { leadingWords } from './excerpt.ts';

describe('leadingWords', () => {
  it('keeps a short text whole and cuts a long one after its first words', () => {
    expect(leadingWords('It can convince India,')).toBe('It can convince India,');
    expect(leadingWords('There is no second opinion that Russia is an important country of this region', 8)).toBe(
      'There is no second opinion that Russia is…',
    );
    expect(leadingWords('Pakistan and Russia share, as we said, a relationship', 3)).toBe('Pakistan and Russia…');
    expect(leadingWords('Pakistan and Russia, as we said, share a relationship', 3)).toBe('Pakistan and Russia…');
  });

  it('cuts Urdu at its words too', () => {
    expect(leadingWords('ہم نے تمام امور پر تفصیلی بات کی اور آگے بڑھنے کا فیصلہ کیا', 4)).toBe('ہم نے تمام امور…');
  });
});
