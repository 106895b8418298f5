import { describe, expect, it } from 'vitest';
import { bylinesOf, bylineText } from './bylines.ts';

const authors = new Map([
  ['jane-doe', { slug: 'jane-doe', name: 'Jane Doe', role: undefined, bio: [], photo: undefined }],
]);

describe('bylinesOf', () => {
  it('resolves references to authors with a page, keeps a wire name as it stands, and falls back to the free-text byline', () => {
    expect(bylinesOf({ authors: [{ id: 'jane-doe' }, 'Reuters'], byline: 'Desk' }, authors)).toEqual([
      { name: 'Jane Doe', slug: 'jane-doe' },
      { name: 'Reuters' },
    ]);
    expect(bylinesOf({ authors: [], byline: 'Staff reporter' }, authors)).toEqual([{ name: 'Staff reporter' }]);
    expect(bylinesOf({ authors: [] }, authors)).toEqual([]);
    expect(() => bylinesOf({ authors: [{ id: 'jane-deo' }] }, authors)).toThrow(/no author "jane-deo"/);
  });

  it('reads as one line', () => {
    expect(bylineText([{ name: 'Jane Doe' }, { name: 'Sam Lee' }, { name: 'Reuters' }])).toBe(
      'Jane Doe, Sam Lee and Reuters',
    );
    expect(bylineText([{ name: 'Reuters' }])).toBe('Reuters');
    expect(bylineText([])).toBeNull();
  });
});
